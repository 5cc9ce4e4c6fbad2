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

/** The policy library's dialogs: a policy, a version, the import confirm step, the catalogue and a schedule. */
public final class PolicyDialogs {

    /** The approving bodies offered (any other can be typed). */
    public static final List<String> BODIES = List.of("Full governing body", "Headteacher", "Trust board",
            "Resources committee", "Curriculum committee", "Personnel committee", "Local governing body");
    static final List<String> AREAS = List.of("Safeguarding", "Behaviour", "Curriculum", "Data protection", "Governance",
            "Health and safety", "HR");

    private PolicyDialogs() {
    }

    static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(16, 16, 8, 16));
        return g;
    }

    static int row(GridPane g, int r, String labelKey, Node field) {
        return uk.schoolcompliance.tracker.ui.common.Forms.row(g, r, labelKey, field, 150);
    }

    /** A label and its field in grid columns {@code col} and {@code col + 1} of row {@code r}. */
    static void row(GridPane g, int r, int col, String labelKey, Node field) {
        uk.schoolcompliance.tracker.ui.common.Forms.row(g, r, col, labelKey, field, col == 0 ? 150 : 0);
    }

    static TextField text(String id, String value) {
        TextField t = new TextField(value == null ? "" : value);
        t.setId(id);
        t.setPrefColumnCount(28);
        return t;
    }

    static DateField date(String id, LocalDate value, Supplier<LocalDate> today) {
        DateField p = DateFields.picker(value, today);
        p.setId(id);
        return p;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ComboBox<String> editableCombo(String id, List<String> items, String value) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setEditable(true);
        c.setId(id);
        c.setValue(value);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    public static String comboText(ComboBox<String> c) {
        return blank(c.getEditor().getText() != null ? c.getEditor().getText() : c.getValue());
    }

    /** A choice of months with a word for "none" (a live document / no re-acknowledgement). */
    static ComboBox<Integer> months(String id, List<Integer> choices, Integer value, String noneKey) {
        List<Integer> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        ComboBox<Integer> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setConverter(Converters.<Integer>display(m -> FrequencyWords.describe(m), I18n.t(noneKey)));
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : c.getConverter().toString(item));
            }
        });
        c.setValue(value);
        return c;
    }

    /** The shape every policy dialog shares: owner, title, pane id, OK and Cancel, the library's stylesheet. */
    static void setUp(Dialog<?> d, Window owner, String titleKey, String id, ButtonType ok) {
        d.initOwner(owner);
        d.setTitle(I18n.t(titleKey));
        d.setHeaderText(I18n.t(titleKey));
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.setResizable(true);
        d.getDialogPane().getStylesheets().add(PolicyDialogs.class.getResource("policies.css").toExternalForm());
    }

    static FileChooser documentChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("policies.chooser.document"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("policies.chooser.document.filter"),
                "*.docx", "*.pdf", "*.txt", "*.md"));
        return chooser;
    }

    // ------------------------------------------------------------------ each dialog lives in its own file

    /**
     * The "Applies to" choice of the policy form (issue 16): the whole trust (the trust's entry, first) and each school;
     * {@code initial} is chosen at first; an existing policy's owner is shown but not changed here. No choices: hidden.
     */
    public record AppliesTo(List<uk.schoolcompliance.tracker.domain.School> choices,
                            uk.schoolcompliance.tracker.domain.School initial, boolean editable) {

        /** A single school's file: nothing to choose. */
        public static final AppliesTo NONE = new AppliesTo(List.of(), null, false);
    }

    /** Adds (policy null) or edits a policy; {@code today} is the app's clock. */
    public static Optional<Policy> policy(Window owner, Policy p, Supplier<LocalDate> today) {
        return policy(owner, p, today, AppliesTo.NONE);
    }

    /** Adds (policy null) or edits a policy, with its "Applies to" choice on a trust's file. */
    public static Optional<Policy> policy(Window owner, Policy p, Supplier<LocalDate> today, AppliesTo appliesTo) {
        return policyDialog(owner, p, today, appliesTo).showAndWait();
    }

    /** The policy form itself (shown by {@link #policy}; tests mount it). */
    static Dialog<Policy> policyDialog(Window owner, Policy p, Supplier<LocalDate> today, AppliesTo appliesTo) {
        return new PolicyFormDialog(owner, p, today, appliesTo);
    }

    /** A new version of {@code policy}, added by {@code saver} while the dialog is open; {@code suggestedLabel} is filled in. */
    public static void version(Window owner, Policy policy, String suggestedLabel, List<PolicyVersion> existing,
            LocalDate today, uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<PolicyService.NewVersion> saver) {
        new VersionDialog(owner, policy, suggestedLabel, existing, today, saver).show();
    }

    /** The approval of a version awaiting approval, as entered. */
    public record Approval(String approvedBy, LocalDate approvedOn, String minuteRef) {
    }

    /** Records the approval of {@code version}: approved by (the policy's body by default), on (not after today), minute. */
    public static void approve(Window owner, Policy policy, PolicyVersion version, LocalDate today,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<Approval> saver) {
        new ApproveDialog(owner, policy, version, today, saver).show();
    }

    /** Shows what was extracted from a document for correction; {@code saver} imports it while the dialog is open. */
    public static void confirmImport(Window owner, PolicyService.DocumentPreview p, Supplier<LocalDate> today,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<PolicyService.DocumentImport> saver) {
        new ImportConfirmDialog(owner, p, today, saver).show();
    }

    /** Choose catalogue entries to add (see {@link CatalogueDialog}). */
    public static void catalogue(Window owner, Set<String> existingTitles,
            Optional<uk.schoolcompliance.tracker.domain.SchoolPhase> phase,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<List<PolicyCatalogue.Entry>> saver) {
        new CatalogueDialog(owner, existingTitles, phase, saver).show();
    }

    /** Shows the plan of a schedule import (what will change, the errors that block it); {@code saver} applies it. */
    public static void confirmSchedule(Window owner, PolicyScheduleImport.Plan plan,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<Boolean> saver) {
        new ScheduleDialog(owner, plan, saver).show();
    }
}
