package uk.schoolcompliance.tracker.ui.safety;

import java.io.File;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.audit.AuditViewModel;

/** Subject access export: choose the person and a folder; the PDF and CSV are written there. */
public final class SubjectAccessDialog {

    private SubjectAccessDialog() {
    }

    public static void show(Window owner, AuditViewModel vm) {
        ComboBox<StaffMember> person = new ComboBox<>();
        person.setId("sar-person");
        person.setPrefWidth(380);
        person.setPromptText(I18n.t("safety.sar.person"));
        person.setConverter(Converters.<StaffMember>display(s -> s.sortName() + " — " + s.category().label()
                        + (s.staffRef() == null ? "" : " (" + s.staffRef() + ")"), ""));
        vm.staff(list -> person.getItems().setAll(list));
        Label intro = new Label(I18n.t("safety.sar.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("safety.sar.title"));
        dialog.setHeaderText(I18n.t("safety.sar.header"));
        ButtonType export = new ButtonType(I18n.t("safety.sar.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, intro, person));
        dialog.getDialogPane().setPadding(new Insets(8));
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId("sar-export");
        exportButton.disableProperty().bind(person.valueProperty().isNull());
        dialog.showAndWait().filter(b -> b == export).ifPresent(b -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("safety.sar.folder"));
            File folder = chooser.showDialog(owner);
            if (folder == null) {
                return;
            }
            vm.exportSubjectAccess(person.getValue().id(), folder.toPath(), e -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, I18n.t("safety.sar.done", e.pdf(), e.csv()), ButtonType.OK);
                done.initOwner(owner);
                done.setHeaderText(I18n.t("safety.sar.title"));
                done.show();
            });
        });
    }
}
