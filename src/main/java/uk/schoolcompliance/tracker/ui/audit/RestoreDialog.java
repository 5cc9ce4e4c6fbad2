package uk.schoolcompliance.tracker.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.RestorePlan;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * "Restore from backup": the backups newest first (or another file), then what the restore would undo (the changes
 * since the backup, the erasures and imports among them) and a question before anything is replaced: whether to
 * go ahead, and whether to erase again the people erased since the backup (ticked by default).
 */
public final class RestoreDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private RestoreDialog() {
    }

    public static void show(Window owner, AuditViewModel vm) {
        TableView<Backup> table = new TableView<>();
        table.setId("restore-table");
        table.setPlaceholder(new Label(I18n.t("safety.restore.none")));
        TableColumn<Backup, String> when = new TableColumn<>(I18n.t("safety.restore.col.when"));
        when.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().takenAt().format(WHEN)));
        TableColumn<Backup, String> reason = new TableColumn<>(I18n.t("safety.restore.col.reason"));
        reason.setCellValueFactory(d -> new ReadOnlyStringWrapper(reasonText(d.getValue().reason())));
        TableColumn<Backup, String> size = new TableColumn<>(I18n.t("safety.restore.col.size"));
        size.setCellValueFactory(d -> new ReadOnlyStringWrapper((d.getValue().size() + 1023) / 1024 + " KB"));
        when.setPrefWidth(150);
        reason.setPrefWidth(220);
        size.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(when, reason, size));
        table.setPrefSize(520, 300);
        vm.listBackups(list -> {
            table.getItems().setAll(list);
            if (!list.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        Label intro = new Label(I18n.t("safety.restore.intro", vm.backupFolder()));
        intro.setWrapText(true);
        intro.setMaxWidth(520);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("safety.restore.title"));
        dialog.setHeaderText(I18n.t("safety.restore.header"));
        ButtonType restore = new ButtonType(I18n.t("safety.restore.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(I18n.t("safety.restore.other"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(other, restore, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, intro, table));
        dialog.getDialogPane().setPadding(new Insets(8));
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-confirm");
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.showAndWait().ifPresent(b -> {
            Path chosen = null;
            if (b == restore) {
                chosen = table.getSelectionModel().getSelectedItem().file();
            } else if (b == other) {
                FileChooser fc = new FileChooser();
                fc.setTitle(I18n.t("safety.restore.other"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("file.filter.db"), "*.db", "*.sqlite"));
                File f = fc.showOpenDialog(owner);
                chosen = f == null ? null : f.toPath();
            }
            if (chosen != null) {
                confirmAndRestore(owner, vm, chosen);
            }
        });
    }

    /**
     * Works out what restoring {@code chosen} would undo, lists it and asks (the same list the command line prints);
     * a backup with the same history as the database only gets the plain confirmation.
     */
    static void confirmAndRestore(Window owner, AuditViewModel vm, Path chosen) {
        vm.planRestore(chosen, plan -> {
            if (!plan.needsConfirmation()) {
                if (Dialogs.confirm(owner, I18n.t("safety.restore.confirm.header"),
                        I18n.t("safety.restore.confirm", chosen.getFileName()))) {
                    vm.restore(chosen, plan, true, message -> { });
                }
                return;
            }
            askToUndo(owner, plan).ifPresent(reapply -> vm.restore(chosen, plan, reapply, message -> { }));
        });
    }

    /** The list of what the restore undoes, and whether to erase again the people erased since; empty: cancelled. */
    static Optional<Boolean> askToUndo(Window owner, RestorePlan plan) {
        ListView<String> list = new ListView<>();
        list.setId("restore-undo-list");
        list.setPrefSize(640, 220);
        CheckBox reapply = new CheckBox(I18n.t("safety.restore.undo.reapply", plan.erasures().size()));
        reapply.setId("restore-reapply");
        reapply.setSelected(true);
        reapply.setWrapText(true);
        reapply.setVisible(!plan.erasures().isEmpty());
        reapply.setManaged(!plan.erasures().isEmpty());
        list.getItems().setAll(plan.lines(true, ZoneId.systemDefault()));
        reapply.selectedProperty().addListener((o, a, on) -> list.getItems().setAll(plan.lines(on, ZoneId.systemDefault())));
        Label intro = new Label(I18n.t("safety.restore.undo.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(640);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("safety.restore.undo.title"));
        dialog.setHeaderText(I18n.t("safety.restore.undo.header"));
        ButtonType restore = new ButtonType(I18n.t("safety.restore.undo.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, intro, list, reapply));
        dialog.getDialogPane().setPadding(new Insets(8));
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-undo-confirm");
        restoreButton.getStyleClass().add("danger");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        restoreButton.setDefaultButton(false);
        return dialog.showAndWait().filter(b -> b == restore).map(b -> reapply.isSelected());
    }

    static String reasonText(String reason) {
        String key = "safety.reason." + reason;
        return uk.schoolcompliance.tracker.ui.I18n.has(key) ? I18n.t(key) : reason;
    }
}
