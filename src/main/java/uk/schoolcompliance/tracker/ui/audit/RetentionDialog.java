package uk.schoolcompliance.tracker.ui.audit;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.RetentionService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * Leavers due for erasure: tick who to erase, then confirm; nothing is erased without that second yes. Erase works
 * while the dialog is open (issue #18): a failure (the server went away, the file in use) is said in the dialog, which
 * keeps the ticks, and it closes only when the erasure is done.
 */
public final class RetentionDialog {

    private RetentionDialog() {
    }

    public static void show(Window owner, AuditViewModel vm) {
        Set<Long> ticked = new HashSet<>();
        TableView<RetentionService.Candidate> table = new TableView<>();
        table.setId("retention-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.t("safety.retention.none")));
        TableColumn<RetentionService.Candidate, Boolean> tick = new TableColumn<>(I18n.t("safety.retention.col.erase"));
        tick.setEditable(true);
        tick.setCellValueFactory(d -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(ticked.contains(d.getValue().staff().id()));
            p.addListener((o, a, on) -> {
                if (on) {
                    ticked.add(d.getValue().staff().id());
                } else {
                    ticked.remove(d.getValue().staff().id());
                }
            });
            return p;
        });
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        TableColumn<RetentionService.Candidate, String> name = new TableColumn<>(I18n.t("safety.retention.col.name"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().staff().sortName()));
        TableColumn<RetentionService.Candidate, String> left = new TableColumn<>(I18n.t("safety.retention.col.left"));
        left.setCellValueFactory(d -> new ReadOnlyStringWrapper(Dates.forPeople(d.getValue().leftOn())));
        TableColumn<RetentionService.Candidate, String> due = new TableColumn<>(I18n.t("safety.retention.col.due"));
        due.setCellValueFactory(d -> new ReadOnlyStringWrapper(Dates.forPeople(d.getValue().dueOn())));
        TableColumn<RetentionService.Candidate, String> acks = new TableColumn<>(I18n.t("safety.retention.col.acks"));
        acks.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.valueOf(d.getValue().acknowledgements())));
        tick.setPrefWidth(60);
        name.setPrefWidth(220);
        for (TableColumn<RetentionService.Candidate, ?> c : java.util.List.of(tick, left, due, acks)) {
            uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(c); // "Due since", "Acknowledgements" whole
        }
        table.getColumns().setAll(java.util.List.of(tick, name, left, due, acks));
        table.setPrefSize(700, 300);
        vm.retentionDue(list -> table.getItems().setAll(list));

        Label intro = new Label(I18n.t("safety.retention.intro", vm.retentionYears()));
        intro.setWrapText(true);
        intro.setMaxWidth(700);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("safety.retention.title"));
        dialog.setHeaderText(I18n.t("safety.retention.header"));
        ButtonType erase = new ButtonType(I18n.t("safety.retention.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(erase, ButtonType.CANCEL);
        Label problem = new Label();
        problem.setId("retention-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(700);
        dialog.getDialogPane().setContent(new VBox(10, intro, table, problem));
        dialog.getDialogPane().setPadding(new Insets(8));
        Button eraseButton = (Button) dialog.getDialogPane().lookupButton(erase);
        eraseButton.setId("retention-erase");
        eraseButton.getStyleClass().add("danger");
        // the second yes is asked before the erasure starts; "no" leaves the dialog open with the ticks as they were
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(dialog, problem::setText).button(erase,
                new SimpleBooleanProperty(true),
                () -> ticked.isEmpty() || Dialogs.confirm(dialog.getDialogPane().getScene().getWindow(),
                        I18n.t("safety.retention.confirm.header", ticked.size()), I18n.t("safety.retention.confirm"))
                        ? java.util.Optional.empty() : java.util.Optional.of(""),
                () -> erase, (b, saved, refused) -> {
                    if (ticked.isEmpty()) {
                        saved.run(); // nothing ticked: nothing to erase
                    } else {
                        vm.erase(ticked, redacted -> saved.run(), refused);
                    }
                });
        dialog.show();
    }
}
