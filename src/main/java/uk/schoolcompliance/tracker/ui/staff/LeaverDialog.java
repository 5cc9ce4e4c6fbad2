package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.SaveWhileOpen;

/**
 * "Mark as leaver": the leave date, never before the person's start date. OK saves while the dialog is open (issue
 * #18): a refusal (the server went away, a rule) is shown under the date, which keeps what was typed; the dialog
 * closes only when the leave date is recorded. The result is the date recorded.
 */
public final class LeaverDialog extends Dialog<LocalDate> {

    /** What the dialog checks, without a screen: a leave date is given and is not before the start date. */
    public static final class Form {
        private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        private final BooleanProperty blank = new SimpleBooleanProperty();
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form(LocalDate startDate) {
            BooleanBinding beforeStart = Bindings.createBooleanBinding(
                    () -> date.get() != null && date.get().isBefore(startDate), date);
            problem = Bindings.when(beforeStart).then(I18n.t("staff.form.error.leaveBeforeStart")).otherwise("");
            valid = blank.not().and(beforeStart.not());
        }

        public ObjectProperty<LocalDate> dateProperty() {
            return date;
        }

        /** True while nothing is typed in the date field. */
        public BooleanProperty blankProperty() {
            return blank;
        }

        public StringBinding problemProperty() {
            return problem;
        }

        public BooleanBinding valid() {
            return valid;
        }
    }

    public LeaverDialog(Window owner, StaffMember s, LocalDate asOf, Supplier<LocalDate> today,
            SaveWhileOpen.Saver<LocalDate> saver) {
        initOwner(owner);
        setTitle(I18n.t("staff.leaver.title"));
        setHeaderText(I18n.t("staff.leaver.header", s.fullName()));
        setResizable(true);
        Form form = new Form(s.startDate());
        DateField date = DateFields.picker(s.leaveDate() != null ? s.leaveDate() : asOf, today);
        date.setFieldName(I18n.t("staff.form.leave").replace("_", ""));
        date.setId("staff-leaver-date");
        form.dateProperty().bind(date.valueProperty());
        form.blankProperty().bind(Bindings.createBooleanBinding(date::isBlank, date.textProperty(), date.valueProperty()));
        Label hint = new Label(I18n.t("staff.leaver.hint", Dates.forPeople(s.startDate())));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("staff-leaver-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        // a text that is not a date, or a save that failed, is said on OK until the text changes
        javafx.beans.property.StringProperty refusal = new javafx.beans.property.SimpleStringProperty("");
        date.textProperty().addListener((o, a, b) -> refusal.set(""));
        problem.textProperty().bind(Bindings.createStringBinding(() -> refusal.get().isEmpty()
                ? form.problemProperty().get() : refusal.get(), refusal, form.problemProperty()));
        VBox box = new VBox(8, new Label(I18n.t("staff.leaver.date")), date, problem, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(380);
        box.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(LeaverDialog.class.getResource("staff.css").toExternalForm());
        ButtonType ok = new ButtonType(I18n.t("staff.leaver.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        SaveWhileOpen.on(this, refusal::set).button(ok, form.valid(), () -> DateFields.refusal(date), date::getValue,
                saver).setId("staff-leaver-ok");
    }
}
