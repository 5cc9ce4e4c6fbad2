package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.SaveWhileOpen;

/**
 * "Long-term absence": from a date, to a date or open-ended; "Clear" ends a recorded absence. OK and Clear save
 * while the dialog is open (issue #18): a refusal (the server went away, a rule) is shown under the dates, which keep
 * what was typed; the dialog closes only when the change is recorded. The result is the pair {from, to} recorded,
 * both null when cleared.
 */
public final class AbsenceDialog extends Dialog<LocalDate[]> {

    /** What the dialog checks, without a screen: a start is given and the end is not before it. */
    public static final class Form {
        private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
        private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
        private final BooleanProperty fromBlank = new SimpleBooleanProperty();
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form() {
            BooleanBinding backwards = Bindings.createBooleanBinding(() -> from.get() != null && to.get() != null
                    && to.get().isBefore(from.get()), from, to);
            problem = Bindings.when(backwards).then(I18n.t("staff.form.error.absence")).otherwise("");
            valid = fromBlank.not().and(backwards.not());
        }

        public ObjectProperty<LocalDate> fromProperty() {
            return from;
        }

        public ObjectProperty<LocalDate> toProperty() {
            return to;
        }

        /** True while nothing is typed in the "from" field. */
        public BooleanProperty fromBlankProperty() {
            return fromBlank;
        }

        public StringBinding problemProperty() {
            return problem;
        }

        public BooleanBinding valid() {
            return valid;
        }
    }

    public AbsenceDialog(Window owner, StaffMember s, LocalDate asOf, Supplier<LocalDate> today,
            SaveWhileOpen.Saver<LocalDate[]> saver) {
        initOwner(owner);
        setTitle(I18n.t("staff.absence.title"));
        setHeaderText(I18n.t("staff.absence.header", s.fullName()));
        setResizable(true);
        Form form = new Form();
        DateField from = DateFields.picker(s.absenceFrom() != null ? s.absenceFrom() : asOf, today);
        DateField to = DateFields.picker(s.absenceTo(), today);
        from.setFieldName(I18n.t("staff.absence.from"));
        to.setFieldName(I18n.t("staff.absence.to"));
        from.setId("staff-absence-from");
        to.setId("staff-absence-to");
        form.fromProperty().bind(from.valueProperty());
        form.toProperty().bind(to.valueProperty());
        form.fromBlankProperty().bind(Bindings.createBooleanBinding(from::isBlank, from.textProperty(),
                from.valueProperty()));
        StringProperty refusal = new SimpleStringProperty("");
        from.textProperty().addListener((o, a, b) -> refusal.set(""));
        to.textProperty().addListener((o, a, b) -> refusal.set(""));
        Label problem = new Label();
        problem.setId("staff-absence-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> refusal.get().isEmpty()
                ? form.problemProperty().get() : refusal.get(), refusal, form.problemProperty()));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(I18n.t("staff.absence.from")), from);
        g.addRow(1, new Label(I18n.t("staff.absence.to")), to);
        Label hint = new Label(I18n.t("staff.absence.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, g, problem, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        box.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(AbsenceDialog.class.getResource("staff.css").toExternalForm());
        ButtonType ok = new ButtonType(I18n.t("staff.absence.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType(I18n.t("staff.absence.clear"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        if (s.absenceFrom() != null) {
            getDialogPane().getButtonTypes().add(clear);
        }
        SaveWhileOpen<LocalDate[]> save = SaveWhileOpen.on(this, refusal::set);
        save.button(ok, form.valid(), () -> DateFields.refusal(from, to),
                () -> new LocalDate[] {from.getValue(), to.getValue()}, saver).setId("staff-absence-ok");
        if (s.absenceFrom() != null) {
            save.button(clear, new SimpleBooleanProperty(true), Optional::empty, () -> new LocalDate[] {null, null},
                    saver).setId("staff-absence-clear");
        }
    }
}
