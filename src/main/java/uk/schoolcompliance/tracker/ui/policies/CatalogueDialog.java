package uk.schoolcompliance.tracker.ui.policies;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static uk.schoolcompliance.tracker.ui.policies.PolicyDialogs.*;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.app.PolicyScheduleImport;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/**
 * Choose catalogue entries to add; entries already in the library are shown but cannot be chosen.
 * "Statutory" is for the school's phase when known, else for any phase.
 */
public final class CatalogueDialog extends Dialog<List<PolicyCatalogue.Entry>> {

    /**
     * OK adds the entries ticked through {@code saver} while the dialog is open (issue #18); a refusal is said in it,
     * which keeps the ticks, and it closes only when they are added.
     */
    public CatalogueDialog(Window owner, Set<String> existingTitles, Optional<uk.schoolcompliance.tracker.domain.SchoolPhase> phase,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<List<PolicyCatalogue.Entry>> saver) {
        java.util.function.Predicate<PolicyCatalogue.Entry> statutoryHere = e -> phase.map(e::statutoryFor).orElse(e.statutory());
        ButtonType ok = new ButtonType(I18n.t("policies.catalogue.add"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, "policies.catalogue.title", "catalogue-dialog", ok);
        Dialog<List<PolicyCatalogue.Entry>> d = this;
        d.setHeaderText(I18n.t("policies.catalogue.header"));
        record Choice(PolicyCatalogue.Entry entry, javafx.beans.property.BooleanProperty chosen, boolean present) {
        }
        List<Choice> choices = new ArrayList<>();
        for (PolicyCatalogue.Entry e : PolicyCatalogue.entries()) {
            boolean present = existingTitles.contains(e.title().toLowerCase(java.util.Locale.ROOT));
            choices.add(new Choice(e, new javafx.beans.property.SimpleBooleanProperty(false), present));
        }
        TableView<Choice> table = new TableView<>(FXCollections.observableArrayList(choices));
        table.setId("catalogue-table");
        table.setEditable(true);
        TableColumn<Choice, Boolean> pick = new TableColumn<>("");
        pick.setCellValueFactory(cd -> cd.getValue().chosen());
        pick.setCellFactory(col -> {
            CheckBoxTableCell<Choice, Boolean> cell = new CheckBoxTableCell<>();
            cell.tableRowProperty().addListener((o, a, row) -> {
                if (row != null) {
                    cell.disableProperty().bind(Bindings.createBooleanBinding(
                            () -> row.getItem() != null && row.getItem().present(), row.itemProperty()));
                }
            });
            return cell;
        });
        pick.setEditable(true);
        pick.setPrefWidth(40);
        TableColumn<Choice, String> name = new TableColumn<>(I18n.t("policies.col.title"));
        name.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().entry().title()
                + (cd.getValue().present() ? "  " + I18n.t("policies.catalogue.present") : "")));
        name.setPrefWidth(330);
        TableColumn<Choice, String> stat = new TableColumn<>(I18n.t("policies.col.statutory"));
        stat.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                statutoryHere.test(cd.getValue().entry()) ? I18n.t("policies.statutory.yes") : ""));
        uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(stat);
        TableColumn<Choice, String> who = new TableColumn<>(I18n.t("policies.col.audience"));
        who.setCellFactory(uk.schoolcompliance.tracker.ui.common.ColumnFit.tooltipCells());
        TableColumn<Choice, String> freq = new TableColumn<>(I18n.t("policies.col.frequency"));
        freq.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                FrequencyWords.describe(cd.getValue().entry().reviewMonths())));
        freq.setPrefWidth(120);
        TableColumn<Choice, String> body = new TableColumn<>(I18n.t("policies.col.approvingBody"));
        body.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().entry().approvingBody()));
        body.setPrefWidth(160);
        who.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                Policy.describeAudience(cd.getValue().entry().audience())));
        who.setPrefWidth(200);
        table.getColumns().setAll(List.of(pick, name, stat, freq, body, who));
        table.setPrefSize(940, 380); // the rows scroll; the dialog opens whole at 1024 × 640 (125 %)
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.entry().reason()));
            }
        });
        Button statutory = new Button(I18n.t("policies.catalogue.pickStatutory"));
        statutory.setId("catalogue-statutory");
        statutory.setOnAction(e -> choices.forEach(c -> c.chosen().set(!c.present() && statutoryHere.test(c.entry()))));
        Label count = new Label();
        Runnable recount = () -> count.setText(I18n.t("policies.catalogue.count",
                choices.stream().filter(c -> c.chosen().get()).count()));
        choices.forEach(c -> c.chosen().addListener((o, a, b) -> recount.run()));
        recount.run();
        HBox bar = new HBox(12, statutory, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("catalogue-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        VBox content = new VBox(8, bar, table, problem);
        content.setPadding(new Insets(12));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(980);
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(d, problem::setText).button(ok,
                new javafx.beans.property.SimpleBooleanProperty(true), Optional::empty,
                () -> choices.stream().filter(c -> c.chosen().get() && !c.present()).map(Choice::entry).toList(), saver);
    }
}
