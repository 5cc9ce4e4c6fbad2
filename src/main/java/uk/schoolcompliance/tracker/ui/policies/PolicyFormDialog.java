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
import java.util.function.Consumer;
import java.util.function.Supplier;

import static uk.schoolcompliance.tracker.ui.policies.PolicyDialogs.*;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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

/**
 * Adds (a null policy) or edits a policy: the policy add/edit form. Without a {@link Saver} the result is the policy
 * as entered; with one (the policy page), OK saves while the form is open and it closes only when the save succeeded,
 * so a refusal (another person's change since it was opened, issue #19) is shown in the form with the values kept.
 */
public final class PolicyFormDialog extends Dialog<Policy> {

    /** Saves the policy as entered, off the FX thread: then {@code onSaved} with it as saved, or {@code onError}. */
    @FunctionalInterface
    public interface Saver {
        void save(Policy entered, Consumer<Policy> onSaved, Consumer<String> onError);
    }

    /** What the policy form checks, without a screen: a title, and a grace period of whole days if one is given. */
    public static final class Form {
        private final StringProperty title = new SimpleStringProperty("");
        private final StringProperty grace = new SimpleStringProperty("");
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form() {
            problem = Bindings.createStringBinding(() -> {
                String t = title.get();
                String g = grace.get();
                if (t == null || t.isBlank()) {
                    return I18n.t("policies.problem.title");
                }
                if (g != null && !g.isBlank() && !g.strip().matches("\\d{1,3}")) {
                    return I18n.t("policies.problem.grace");
                }
                return "";
            }, title, grace);
            valid = problem.isEmpty();
        }

        public StringProperty titleProperty() {
            return title;
        }

        /** The grace period in days as typed; blank for the school's default. */
        public StringProperty graceProperty() {
            return grace;
        }

        public StringBinding problemProperty() {
            return problem;
        }

        public BooleanBinding valid() {
            return valid;
        }
    }

    public PolicyFormDialog(Window owner, Policy p, Supplier<LocalDate> today) {
        this(owner, p, today, PolicyDialogs.AppliesTo.NONE);
    }

    private static <T> void showWhole(ComboBox<T> c) {
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(c, c.getItems(), c::getConverter);
    }

    public PolicyFormDialog(Window owner, Policy p, Supplier<LocalDate> today, PolicyDialogs.AppliesTo appliesTo) {
        this(owner, p, today, appliesTo, null);
    }

    /**
     * Edits the policy as opened ({@link PoliciesViewModel#openForEdit}): OK saves with the opened version, and a save
     * over someone else's change since is refused in the form, which stays open with what was typed (issue #19).
     */
    public static PolicyFormDialog editing(Window owner, PoliciesViewModel vm,
            uk.schoolcompliance.tracker.domain.Editing<Policy> opened, Supplier<LocalDate> today,
            PolicyDialogs.AppliesTo appliesTo) {
        return new PolicyFormDialog(owner, opened.record(), today, appliesTo,
                (entered, saved, refused) -> vm.save(entered, opened.version(), saved, refused));
    }

    /** The form that saves through {@code saver} while open and closes only when the save succeeded. */
    public PolicyFormDialog(Window owner, Policy p, Supplier<LocalDate> today, PolicyDialogs.AppliesTo appliesTo,
            Saver saver) {
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, p == null ? "policies.dialog.add" : "policies.dialog.edit", "policy-dialog", ok);
        Dialog<Policy> d = this;
        TextField title = text("policy-title", p == null ? null : p.title());
        TextField ref = text("policy-reference", p == null ? null : p.referenceCode());
        ComboBox<String> area = editableCombo("policy-area", AREAS, p == null ? null : p.area());
        CheckBox statutory = new CheckBox(I18n.t("policies.field.statutory.box"));
        statutory.setId("policy-statutory");
        statutory.setSelected(p != null && p.statutory());
        TextField owner2 = text("policy-owner", p == null ? null : p.owner());
        ComboBox<String> body = editableCombo("policy-approving-body", BODIES,
                p == null ? "Full governing body" : p.approvingBody());
        ComboBox<Integer> review = months("policy-review-months", List.of(12, 24, 36, 48),
                p == null ? Integer.valueOf(12) : p.reviewMonths(), "policies.frequency.live");
        ComboBox<Integer> reack = months("policy-reack-months", List.of(12, 24),
                p == null ? null : p.reackMonths(), "policies.reack.none");
        TextField grace = text("policy-grace", p == null || p.graceDays() == null ? "" : String.valueOf(p.graceDays()));
        grace.setPromptText(I18n.t("policies.field.grace.prompt"));
        DateField next = date("policy-next-review", p == null ? null : p.nextReviewOverride(), today);
        ComboBox<PolicyStatus> status = new ComboBox<>(FXCollections.observableArrayList(PolicyStatus.values()));
        status.setId("policy-status");
        status.setConverter(Converters.<PolicyStatus>display(s -> s.label(), ""));
        status.setValue(p == null ? PolicyStatus.ACTIVE : p.status());
        Map<StaffCategory, CheckBox> audience = new EnumMap<>(StaffCategory.class);
        FlowPane boxes = new FlowPane(12, 6);
        Set<StaffCategory> current = p == null ? StaffCategory.ALL_STAFF : p.audience();
        for (StaffCategory c : StaffCategory.values()) {
            CheckBox b = new CheckBox(c.label());
            b.setId("audience-" + c.code());
            b.setSelected(current.contains(c));
            audience.put(c, b);
            boxes.getChildren().add(b);
        }
        Button allStaff = new Button(I18n.t("policies.audience.allStaff"));
        allStaff.setOnAction(e -> audience.forEach((c, b) -> b.setSelected(StaffCategory.ALL_STAFF.contains(c))));
        Button everyone = new Button(I18n.t("policies.audience.everyone"));
        everyone.setOnAction(e -> audience.values().forEach(b -> b.setSelected(true)));
        VBox audienceBox = new VBox(6, boxes, new HBox(8, allStaff, everyone));
        boxes.setPrefWrapLength(420);

        ComboBox<uk.schoolcompliance.tracker.domain.School> applies = new ComboBox<>(
                FXCollections.observableArrayList(appliesTo.choices()));
        applies.setId("policy-applies-to");
        applies.setConverter(Converters.<uk.schoolcompliance.tracker.domain.School>display(
                x -> x.isTrust() ? I18n.t("policies.appliesTo.trust") : x.name(), ""));
        applies.setValue(appliesTo.initial());
        applies.setDisable(!appliesTo.editable());

        // two columns of fields, so the whole form shows on a 1280 × 800 laptop at 125 % (1024 × 640) without scrolling
        GridPane g = form();
        ref.setPrefColumnCount(16);
        owner2.setPrefColumnCount(16);
        grace.setPrefColumnCount(16);
        int r = 0;
        row(g, r++, 0, "policies.field.title", title);
        GridPane.setColumnSpan(title, 3);
        if (!appliesTo.choices().isEmpty()) {
            row(g, r++, 0, "policies.field.appliesTo", applies);
            GridPane.setColumnSpan(applies, 3);
        }
        row(g, r, 0, "policies.field.reference", ref);
        row(g, r++, 2, "policies.field.area", area);
        row(g, r++, 0, "policies.field.statutory", statutory);
        GridPane.setColumnSpan(statutory, 3);
        row(g, r, 0, "policies.field.owner", owner2);
        row(g, r++, 2, "policies.field.approvingBody", body);
        row(g, r, 0, "policies.field.reviewFrequency", review);
        row(g, r++, 2, "policies.field.nextReviewOverride", next);
        row(g, r, 0, "policies.field.reack", reack);
        row(g, r++, 2, "policies.field.grace", grace);
        row(g, r++, 0, "policies.field.status", status);
        for (ComboBox<?> c : List.of(review, reack)) {
            showWhole(c);
        }
        showWhole(status);
        row(g, r, 0, "policies.field.audience", audienceBox);
        GridPane.setColumnSpan(audienceBox, 3);
        boxes.setPrefWrapLength(640);
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setId("policy-dialog-problem");
        d.getDialogPane().setContent(new VBox(4, g, problem));
        Node okButton = d.getDialogPane().lookupButton(ok);
        Form form = new Form();
        form.titleProperty().bind(title.textProperty());
        form.graceProperty().bind(grace.textProperty());
        // on a trust's file the form also needs whom the policy applies to
        javafx.beans.binding.BooleanBinding appliesMissing = Bindings.createBooleanBinding(
                () -> !appliesTo.choices().isEmpty() && applies.getValue() == null, applies.valueProperty());
        javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty(false);
        okButton.disableProperty().bind(form.valid().not().or(appliesMissing).or(saving));
        // a text that is not a date is refused on OK with the field's own message, until the text changes
        javafx.beans.property.StringProperty refusal = new javafx.beans.property.SimpleStringProperty("");
        next.textProperty().addListener((o, a, b) -> refusal.set(""));
        // what the service said when a save was refused (kept until the next save)
        javafx.beans.property.StringProperty saveError = new javafx.beans.property.SimpleStringProperty("");
        problem.textProperty().bind(Bindings.createStringBinding(() -> !refusal.get().isEmpty() ? refusal.get()
                : !saveError.get().isEmpty() ? saveError.get()
                : !form.problemProperty().get().isEmpty() ? form.problemProperty().get()
                : appliesMissing.get() ? I18n.t("policies.problem.appliesTo") : "",
                refusal, saveError, form.problemProperty(), appliesMissing));
        DateFields.refuseInvalid(d, ok, refusal::set, next);
        d.setOnShown(e -> title.requestFocus());
        Supplier<Policy> entered = () -> {
            EnumSet<StaffCategory> cats = EnumSet.noneOf(StaffCategory.class);
            audience.forEach((c, b) -> {
                if (b.isSelected()) {
                    cats.add(c);
                }
            });
            Long chosen = p != null ? p.schoolId()
                    : applies.getValue() == null || applies.getValue().isTrust() ? null : applies.getValue().id();
            return new Policy(p == null ? 0 : p.id(), chosen, title.getText().strip(),
                    blank(ref.getText()), comboText(area), statutory.isSelected(), blank(owner2.getText()), comboText(body),
                    review.getValue(), reack.getValue(), grace.getText().isBlank() ? null : Integer.valueOf(grace.getText().strip()),
                    next.getValue(), status.getValue(), cats);
        };
        if (saver != null) {
            // OK saves while the form is open; it closes only when the service accepted the save
            okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                if (saving.get() || DateFields.refusal(next).isPresent()) {
                    return;
                }
                saving.set(true);
                saveError.set("");
                saver.save(entered.get(), saved -> {
                    saving.set(false);
                    d.setResult(saved);
                    d.close();
                }, message -> {
                    saving.set(false);
                    saveError.set(message == null ? "" : message);
                });
            });
            d.setResultConverter(bt -> null);
            return;
        }
        d.setResultConverter(bt -> bt != ok ? null : entered.get());
    }
}
