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
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

/** A new version of a policy; the suggested label is filled in. The result is the version to add. */
public final class VersionDialog extends Dialog<PolicyService.NewVersion> {

    /** What the version form checks, without a screen: a label not already used, an effective date, approval not after today. */
    public static final class Form {
        private final StringProperty label = new SimpleStringProperty("");
        private final BooleanProperty effectiveBlank = new SimpleBooleanProperty();
        private final ObjectProperty<LocalDate> approvedOn = new SimpleObjectProperty<>();
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form(List<PolicyVersion> existing, LocalDate today) {
            problem = Bindings.createStringBinding(() -> {
                String l = label.get() == null ? "" : label.get().strip();
                return l.isEmpty() ? I18n.t("policies.problem.label")
                        : existing.stream().anyMatch(v -> v.label().equalsIgnoreCase(l)) ? I18n.t("policies.problem.labelTaken", l)
                        : effectiveBlank.get() ? I18n.t("policies.problem.effective")
                        : approvedOn.get() != null && approvedOn.get().isAfter(today)
                        ? I18n.t("policies.problem.approvedOnFuture") : "";
            }, label, effectiveBlank, approvedOn);
            valid = problem.isEmpty();
        }

        public StringProperty labelProperty() {
            return label;
        }

        /** True while nothing is typed in the effective date. */
        public BooleanProperty effectiveBlankProperty() {
            return effectiveBlank;
        }

        public ObjectProperty<LocalDate> approvedOnProperty() {
            return approvedOn;
        }

        public StringBinding problemProperty() {
            return problem;
        }

        public BooleanBinding valid() {
            return valid;
        }
    }

    /**
     * OK saves the version through {@code saver} while the dialog is open (issue #18); a refusal is said in it, which
     * keeps what was typed, and it closes only when the version is added.
     */
    public VersionDialog(Window owner, Policy policy, String suggestedLabel, List<PolicyVersion> existing, LocalDate today,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<PolicyService.NewVersion> saver) {
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.addVersion"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, "policies.dialog.version", "version-dialog", ok);
        Dialog<PolicyService.NewVersion> d = this;
        d.setHeaderText(I18n.t("policies.dialog.version.header", policy.title()));
        TextField label = text("version-label", suggestedLabel);
        DateField effective = date("version-effective", today, () -> today);
        CheckBox material = new CheckBox(I18n.t("policies.field.material.box"));
        material.setId("version-material");
        material.setSelected(existing.isEmpty());
        material.setDisable(existing.isEmpty());
        ComboBox<String> approvedBy = editableCombo("version-approved-by", BODIES, policy.approvingBody());
        DateField approvedOn = date("version-approved-on", null, () -> today);
        TextField minute = text("version-minute", null);
        TextArea summary = new TextArea();
        summary.setId("version-summary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        TextField document = text("version-document", null);
        document.setEditable(false);
        document.setPromptText(I18n.t("policies.field.document.prompt"));
        Button browse = new Button(I18n.t("policies.action.browse"));
        browse.setId("version-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Choose…" whole beside a long file name
        Path[] chosen = new Path[1];
        browse.setOnAction(e -> {
            File f = documentChooser().showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                chosen[0] = f.toPath();
                document.setText(f.getName());
            }
        });
        HBox docRow = new HBox(8, document, browse);
        HBox.setHgrow(document, Priority.ALWAYS);
        GridPane g = form();
        int r = 0;
        r = row(g, r, "policies.field.label", label);
        r = row(g, r, "policies.field.effective", effective);
        r = row(g, r, "policies.field.material", material);
        r = row(g, r, "policies.field.approvedBy", approvedBy);
        r = row(g, r, "policies.field.approvedOn", approvedOn);
        r = row(g, r, "policies.field.minute", minute);
        r = row(g, r, "policies.field.changeSummary", summary);
        row(g, r, "policies.field.document", docRow);
        Label problem = new Label();
        problem.setId("version-dialog-problem");
        problem.getStyleClass().add("error-text");
        Label approvalHint = new Label(I18n.t("policies.field.approval.hint"));
        approvalHint.setId("version-approval-hint");
        approvalHint.getStyleClass().add("hint");
        approvalHint.setWrapText(true);
        approvalHint.setMaxWidth(520);
        d.getDialogPane().setContent(new VBox(4, g, approvalHint, problem));
        Form form = new Form(existing, today);
        form.labelProperty().bind(label.textProperty());
        form.effectiveBlankProperty().bind(Bindings.createBooleanBinding(effective::isBlank,
                effective.textProperty(), effective.valueProperty()));
        form.approvedOnProperty().bind(approvedOn.valueProperty());
        // a text that is not a date, or a save that failed, is said on OK until a date's text changes
        javafx.beans.property.StringProperty refusal = new javafx.beans.property.SimpleStringProperty("");
        problem.textProperty().bind(Bindings.createStringBinding(() -> refusal.get().isEmpty()
                ? form.problemProperty().get() : refusal.get(), refusal, form.problemProperty()));
        effective.textProperty().addListener((o, a, b) -> refusal.set(""));
        approvedOn.textProperty().addListener((o, a, b) -> refusal.set(""));
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(d, refusal::set).button(ok, form.valid(),
                () -> DateFields.refusal(effective, approvedOn),
                () -> new PolicyService.NewVersion(policy.id(), label.getText().strip(), effective.getValue(),
                        material.isSelected(), comboText(approvedBy), approvedOn.getValue(), blank(minute.getText()),
                        blank(summary.getText()), chosen[0]), saver);
    }
}
