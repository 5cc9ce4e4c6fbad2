package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.StaffService;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/**
 * Add or edit a staff member. Each field is checked as it is typed (required names, a valid and
 * unique email, the leave date not before the start date) with the message under the field, and
 * Save stays disabled until the form is right. Saving runs off the FX thread; a refusal from the
 * service is shown in the dialog, which stays open.
 */
final class StaffFormDialog extends Dialog<StaffMember> {

    /** The error key of the school choice (the form's own: the service names it "School: ..."). */
    static final String SCHOOL = "school";

    private final StaffViewModel vm;
    private final StaffMember original;
    private final TextField given = new TextField();
    private final TextField family = new TextField();
    private final TextField ref = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<StaffCategory> category = new ComboBox<>();
    private final TextField job = new TextField();
    private final DateField start;
    private final DateField leave;
    private final DateField absenceFrom;
    private final DateField absenceTo;
    private final Map<String, Label> messages = new HashMap<>();
    private final Label saveError = new Label();
    /** Issue 16: the school a new person joins, shown for a trust's file only (empty choices: hidden). */
    private final ComboBox<uk.schoolcompliance.tracker.domain.School> school = new ComboBox<>();
    private final java.util.List<javafx.scene.Node> schoolRow = new java.util.ArrayList<>();
    private boolean saving;
    /** Issue #19: the version of the record this form opened (null when adding), handed back on save. */
    private final Long openedVersion;

    StaffFormDialog(Window owner, StaffViewModel vm, StaffMember existing) {
        this(owner, vm, existing, null);
    }

    /** Edits the record as opened ({@link StaffViewModel#openForEdit}): a save is refused if it changed since. */
    static StaffFormDialog editing(Window owner, StaffViewModel vm,
            uk.schoolcompliance.tracker.domain.Editing<StaffMember> opened) {
        return new StaffFormDialog(owner, vm, opened.record(), opened.version());
    }

    private StaffFormDialog(Window owner, StaffViewModel vm, StaffMember existing, Long openedVersion) {
        this.vm = vm;
        this.original = existing;
        this.openedVersion = openedVersion;
        initOwner(owner);
        setTitle(I18n.t(existing == null ? "staff.form.title.add" : "staff.form.title.edit"));
        setHeaderText(existing == null ? I18n.t("staff.form.header.add") : existing.fullName());
        setResizable(true);
        start = DateFields.picker(existing == null ? vm.context().asOf() : existing.startDate(), vm.context()::today);
        leave = DateFields.picker(existing == null ? null : existing.leaveDate(), vm.context()::today);
        absenceFrom = DateFields.picker(existing == null ? null : existing.absenceFrom(), vm.context()::today);
        absenceTo = DateFields.picker(existing == null ? null : existing.absenceTo(), vm.context()::today);
        start.setFieldName(I18n.t("staff.form.start").replace("_", ""));
        leave.setFieldName(I18n.t("staff.form.leave").replace("_", ""));
        absenceFrom.setFieldName(I18n.t("staff.absence.from"));
        absenceTo.setFieldName(I18n.t("staff.absence.to"));
        category.getItems().setAll(StaffCategory.values());
        category.setConverter(Converters.<StaffCategory>display(c -> c.label(), ""));
        category.setValue(existing == null ? StaffCategory.TEACHER : existing.category());
        if (existing != null) {
            given.setText(existing.givenName());
            family.setText(existing.familyName());
            ref.setText(nz(existing.staffRef()));
            email.setText(nz(existing.email()));
            job.setText(nz(existing.jobTitle()));
        }
        given.setId("staff-form-given");
        family.setId("staff-form-family");
        ref.setId("staff-form-ref");
        email.setId("staff-form-email");
        category.setId("staff-form-category");
        school.setId("staff-form-school");
        school.setConverter(Converters.<uk.schoolcompliance.tracker.domain.School>display(x -> x.name(), ""));
        school.setMaxWidth(Double.MAX_VALUE);
        job.setId("staff-form-job");
        start.setId("staff-form-start");
        leave.setId("staff-form-leave");
        absenceFrom.setId("staff-form-absence-from");
        absenceTo.setId("staff-form-absence-to");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(1); // a line for each field's message: tight, so the form opens whole at 1024 × 640 (125 %)
        grid.setPadding(new Insets(8, 16, 2, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = add(grid, row, "staff.form.given", given, StaffService.GIVEN_NAME);
        row = add(grid, row, "staff.form.family", family, StaffService.FAMILY_NAME);
        if (existing == null) {
            int before = grid.getChildren().size();
            row = add(grid, row, "staff.form.school", school, SCHOOL);
            schoolRow.addAll(grid.getChildren().subList(before, grid.getChildren().size()));
            showSchool(false);
        }
        row = add(grid, row, "staff.form.category", category, null);
        row = add(grid, row, "staff.form.job", job, null);
        row = add(grid, row, "staff.form.email", email, StaffService.EMAIL);
        row = add(grid, row, "staff.form.ref", ref, StaffService.STAFF_REF);
        row = add(grid, row, "staff.form.start", start, StaffService.START_DATE);
        row = add(grid, row, "staff.form.leave", leave, StaffService.LEAVE_DATE);
        javafx.scene.layout.HBox absence = new javafx.scene.layout.HBox(8, absenceFrom, new Label(I18n.t("staff.form.absence.to")), absenceTo);
        absence.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row = add(grid, row, "staff.form.absence", absence, StaffService.ABSENCE);
        saveError.getStyleClass().add("error-text");
        saveError.setWrapText(true);
        saveError.setId("staff-form-save-error");
        grid.add(saveError, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        ButtonType save = new ButtonType(I18n.t(existing == null ? "staff.form.add" : "staff.form.save"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("staff-form-save");
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {given.textProperty(), family.textProperty(),
                ref.textProperty(), email.textProperty(), start.valueProperty(), leave.valueProperty(),
                absenceFrom.valueProperty(), absenceTo.valueProperty(), category.valueProperty(), start.textProperty(),
                school.valueProperty()}) {
            o.addListener(x -> validate(saveButton, true));
        }
        validate(saveButton, false);
        if (existing == null) {
            vm.schoolChoices(choices -> {
                school.getItems().setAll(choices);
                school.setValue(vm.defaultSchool(choices));
                showSchool(!choices.isEmpty());
                validate(saveButton, false);
            });
        }
        // Save runs in the background; the dialog closes itself when the service accepts the change
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            // a date field holding text that is not a date is refused by name, never saved as "no date"
            var badDate = saving ? java.util.Optional.<String>empty()
                    : DateFields.refusal(start, leave, absenceFrom, absenceTo);
            if (badDate.isPresent()) {
                saveError.setText(badDate.get());
                return;
            }
            if (saving || !validate(saveButton, true)) {
                return;
            }
            saving = true;
            saveButton.setDisable(true);
            saveError.setText("");
            vm.save(candidate(), openedVersion, saved -> {
                setResult(saved);
                close();
            }, message -> {
                saving = false;
                saveError.setText(message);
                validate(saveButton, true);
            });
        });
        setResultConverter(b -> null);
        setOnShown(e -> given.requestFocus());
    }

    private int add(GridPane grid, int row, String labelKey, javafx.scene.Node field, String errorKey) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setMinHeight(16);
        grid.add(message, 1, row + 1);
        if (errorKey != null) {
            messages.put(errorKey, message);
            message.setId("staff-form-error-" + errorKey);
        }
        return row + 2;
    }

    private StaffMember candidate() {
        long id = original == null ? 0 : original.id();
        long schoolId = original != null ? original.schoolId() : school.getValue() == null ? 0 : school.getValue().id();
        return new StaffMember(id, schoolId, given.getText(), family.getText(), ref.getText(), email.getText(),
                category.getValue() == null ? StaffCategory.TEACHER : category.getValue(), job.getText(),
                start.getValue() == null ? LocalDate.MIN : start.getValue(), leave.getValue(), absenceFrom.getValue(),
                absenceTo.getValue(), original == null ? null : original.dateOfBirth()); // the form does not show it: keep it
    }

    /** Shows each field's message; with {@code show} false only the button state changes (no red on open). */
    private boolean validate(Button saveButton, boolean show) {
        StaffMember c = candidate();
        Map<String, String> errors = vm.validate(c);
        if (start.isBlank()) {
            errors.put(StaffService.START_DATE, "staff.form.error.required");
        } else if (start.getValue() == null) {
            errors.remove(StaffService.START_DATE); // not a date: the field shows why, and Save refuses it by name
        }
        if (isShowingSchool() && school.getValue() == null) {
            errors.put(SCHOOL, "staff.form.error.school");
        }
        messages.forEach((field, label) -> {
            String key = errors.get(field);
            label.setText(show && key != null ? I18n.t(key) : "");
        });
        saveButton.setDisable(saving || !errors.isEmpty());
        return errors.isEmpty();
    }

    private void showSchool(boolean show) {
        for (javafx.scene.Node n : schoolRow) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    private boolean isShowingSchool() {
        return !schoolRow.isEmpty() && schoolRow.get(0).isVisible();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
