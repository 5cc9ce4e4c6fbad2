package uk.schoolcompliance.tracker.ui.audit;

import java.io.File;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * Subject access export: choose the person from the list, or type their staff reference or e-mail exactly ({@code #ID}
 * for a database id; never a part of a name), then a folder; the PDF and CSV are written there.
 */
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
        // or typed: an exact reference or e-mail (#ID for a database id), by the same rule as every command
        TextField typed = new TextField();
        typed.setId("sar-staff");
        typed.setPromptText(I18n.t("safety.sar.staff.prompt"));
        typed.setPrefColumnCount(24);
        Button find = new Button(I18n.t("safety.sar.staff.find"));
        find.setId("sar-find");
        find.disableProperty().bind(typed.textProperty().isEmpty());
        Label found = new Label();
        found.setId("sar-found");
        found.setWrapText(true);
        found.setMaxWidth(420);
        Runnable identify = () -> vm.identifyStaff(typed.getText(), m -> {
            StaffMember match = person.getItems().stream().filter(p -> p.id() == m.id()).findFirst().orElse(m);
            person.setValue(match);
            found.setText(I18n.t("safety.sar.staff.found", m.fullName()));
        }, problem -> {
            person.setValue(null);
            found.setText(problem);
        });
        find.setOnAction(e -> identify.run());
        typed.setOnAction(e -> identify.run());
        Label intro = new Label(I18n.t("safety.sar.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("safety.sar.title"));
        dialog.setHeaderText(I18n.t("safety.sar.header"));
        ButtonType export = new ButtonType(I18n.t("safety.sar.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Label or = new Label(I18n.t("safety.sar.staff.or"));
        or.setWrapText(true);
        or.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, intro, person, or, new HBox(8, typed, find), found));
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
