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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
 * Records the approval of a version: approved by (the policy's body by default), on (not after today), minute. OK
 * saves while the dialog is open (issue #18): a refusal (the server went away, a rule) is said under the fields, which
 * keep what was typed; the dialog closes only when the approval is recorded.
 */
public final class ApproveDialog extends Dialog<PolicyDialogs.Approval> {

    /** What the approval form checks, without a screen: an approval date, not after today. */
    public static final class Form {
        private final ObjectProperty<LocalDate> approvedOn = new SimpleObjectProperty<>();
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form(LocalDate today) {
            problem = Bindings.createStringBinding(() -> approvedOn.get() == null ? I18n.t("policies.problem.approvedOn")
                    : approvedOn.get().isAfter(today) ? I18n.t("policies.problem.approvedOnFuture") : "", approvedOn);
            valid = problem.isEmpty();
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

    public ApproveDialog(Window owner, Policy policy, PolicyVersion version, LocalDate today,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<Approval> saver) {
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.approve.save"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, "policies.dialog.approve", "approve-dialog", ok);
        Dialog<Approval> d = this;
        d.setHeaderText(I18n.t("policies.dialog.approve.header", version.label(), policy.title()));
        ComboBox<String> approvedBy = editableCombo("approve-by", BODIES,
                version.approvedBy() != null ? version.approvedBy() : policy.approvingBody());
        DateField approvedOn = date("approve-on", null, () -> today);
        TextField minute = text("approve-minute", version.minuteRef());
        GridPane g = form();
        int r = 0;
        r = row(g, r, "policies.field.approvedBy", approvedBy);
        r = row(g, r, "policies.field.approvedOn", approvedOn);
        row(g, r, "policies.field.minute", minute);
        Label problem = new Label();
        problem.setId("approve-problem");
        problem.getStyleClass().add("error-text");
        d.getDialogPane().setContent(new VBox(4, g, problem));
        Form form = new Form(today);
        form.approvedOnProperty().bind(approvedOn.valueProperty());
        // a text that is not a date, or a save that failed, is said on OK until the date's text changes
        javafx.beans.property.StringProperty refusal = new javafx.beans.property.SimpleStringProperty("");
        approvedOn.textProperty().addListener((o, a, b) -> refusal.set(""));
        problem.textProperty().bind(Bindings.createStringBinding(() -> refusal.get().isEmpty()
                ? form.problemProperty().get() : refusal.get(), refusal, form.problemProperty()));
        d.setOnShown(e -> approvedOn.requestFocus());
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(d, refusal::set).button(ok, form.valid(),
                () -> DateFields.refusal(approvedOn),
                () -> new Approval(comboText(approvedBy), approvedOn.getValue(), blank(minute.getText())), saver);
    }
}
