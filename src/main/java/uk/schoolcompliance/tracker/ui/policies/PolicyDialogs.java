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

    private static <T> Dialog<T> dialog(Window owner, String titleKey, String id, ButtonType ok) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.t(titleKey));
        d.setHeaderText(I18n.t(titleKey));
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.setResizable(true);
        d.getDialogPane().getStylesheets().add(PolicyDialogs.class.getResource("policies.css").toExternalForm());
        return d;
    }

    // ------------------------------------------------------------------ a policy

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
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Policy> d = dialog(owner, p == null ? "policies.dialog.add" : "policies.dialog.edit", "policy-dialog", ok);
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

        GridPane g = form();
        int r = 0;
        r = row(g, r, "policies.field.title", title);
        if (!appliesTo.choices().isEmpty()) {
            r = row(g, r, "policies.field.appliesTo", applies);
        }
        r = row(g, r, "policies.field.reference", ref);
        r = row(g, r, "policies.field.area", area);
        r = row(g, r, "policies.field.statutory", statutory);
        r = row(g, r, "policies.field.owner", owner2);
        r = row(g, r, "policies.field.approvingBody", body);
        r = row(g, r, "policies.field.reviewFrequency", review);
        r = row(g, r, "policies.field.nextReviewOverride", next);
        r = row(g, r, "policies.field.reack", reack);
        r = row(g, r, "policies.field.grace", grace);
        r = row(g, r, "policies.field.status", status);
        row(g, r, "policies.field.audience", audienceBox);
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setId("policy-dialog-problem");
        d.getDialogPane().setContent(new VBox(4, g, problem));
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            String why = null;
            if (title.getText().isBlank()) {
                why = I18n.t("policies.problem.title");
            } else if (!appliesTo.choices().isEmpty() && applies.getValue() == null) {
                why = I18n.t("policies.problem.appliesTo");
            } else if (!grace.getText().isBlank() && !grace.getText().strip().matches("\\d{1,3}")) {
                why = I18n.t("policies.problem.grace");
            }
            problem.setText(why == null ? "" : why);
            return why != null;
        }, title.textProperty(), grace.textProperty(), applies.valueProperty()));
        DateFields.refuseInvalid(d, ok, problem::setText, next);
        d.setOnShown(e -> title.requestFocus());
        d.setResultConverter(bt -> {
            if (bt != ok) {
                return null;
            }
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
        });
        return d;
    }

    // ------------------------------------------------------------------ a version

    /** A new version of {@code policy}; {@code suggestedLabel} is filled in. */
    public static Optional<PolicyService.NewVersion> version(Window owner, Policy policy, String suggestedLabel,
                                                             List<PolicyVersion> existing, LocalDate today) {
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.addVersion"), ButtonBar.ButtonData.OK_DONE);
        Dialog<PolicyService.NewVersion> d = dialog(owner, "policies.dialog.version", "version-dialog", ok);
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
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            String l = label.getText().strip();
            String why = l.isEmpty() ? I18n.t("policies.problem.label")
                    : existing.stream().anyMatch(v -> v.label().equalsIgnoreCase(l)) ? I18n.t("policies.problem.labelTaken", l)
                    : effective.isBlank() ? I18n.t("policies.problem.effective")
                    : approvedOn.getValue() != null && approvedOn.getValue().isAfter(today)
                    ? I18n.t("policies.problem.approvedOnFuture") : null;
            problem.setText(why == null ? "" : why);
            return why != null;
        }, label.textProperty(), effective.textProperty(), approvedOn.valueProperty()));
        DateFields.refuseInvalid(d, ok, problem::setText, effective, approvedOn);
        d.setResultConverter(bt -> bt != ok ? null : new PolicyService.NewVersion(policy.id(), label.getText().strip(),
                effective.getValue(), material.isSelected(), comboText(approvedBy), approvedOn.getValue(),
                blank(minute.getText()), blank(summary.getText()), chosen[0]));
        return d.showAndWait();
    }

    /** The approval of a version awaiting approval, as entered. */
    public record Approval(String approvedBy, LocalDate approvedOn, String minuteRef) {
    }

    /** Records the approval of {@code version}: approved by (the policy's body by default), on (not after today), minute. */
    public static Optional<Approval> approve(Window owner, Policy policy, PolicyVersion version, LocalDate today) {
        ButtonType ok = new ButtonType(I18n.t("policies.dialog.approve.save"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Approval> d = dialog(owner, "policies.dialog.approve", "approve-dialog", ok);
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
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            String why = approvedOn.getValue() == null ? I18n.t("policies.problem.approvedOn")
                    : approvedOn.getValue().isAfter(today) ? I18n.t("policies.problem.approvedOnFuture") : null;
            problem.setText(why == null ? "" : why);
            return why != null;
        }, approvedOn.valueProperty()));
        d.setOnShown(e -> approvedOn.requestFocus());
        d.setResultConverter(bt -> bt != ok ? null
                : new Approval(comboText(approvedBy), approvedOn.getValue(), blank(minute.getText())));
        return d.showAndWait();
    }

    static FileChooser documentChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("policies.chooser.document"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("policies.chooser.document.filter"),
                "*.docx", "*.pdf", "*.txt", "*.md"));
        return chooser;
    }

    // ------------------------------------------------------------------ import a document: the confirm step

    /** Shows what was extracted from a document for correction; the result is what to import. */
    public static Optional<PolicyService.DocumentImport> confirmImport(Window owner, PolicyService.DocumentPreview p,
                                                                       Supplier<LocalDate> today) {
        ButtonType ok = new ButtonType(I18n.t("policies.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<PolicyService.DocumentImport> d = dialog(owner, "policies.import.title", "import-dialog", ok);
        d.setHeaderText(I18n.t("policies.import.header", p.fileName()));
        var c = p.extracted();
        TextField title = text("import-title", c.title());
        Label target = new Label();
        target.setId("import-target");
        target.getStyleClass().add("import-target");
        title.textProperty().addListener((o, a, b) -> target.setText(""));
        target.setText(p.existing() != null ? I18n.t("policies.import.target.existing", p.existing().title())
                : I18n.t("policies.import.target.new"));
        TextField approvedBy = text("import-approved-by", c.approvedBy());
        DateField approvedOn = date("import-approved-on", c.approvedOn(), today);
        DateField lastReviewed = date("import-last-reviewed", c.lastReviewed(), today);
        DateField nextReview = date("import-next-review", c.nextReviewDue(), today);
        TextField label = text("import-label", p.suggestedLabel());
        DateField effective = date("import-effective", c.approvedOn(), today);
        effective.setPromptText(I18n.t("policies.import.effective.prompt"));
        CheckBox material = new CheckBox(I18n.t("policies.field.material.box"));
        material.setId("import-material");
        material.setSelected(true);
        GridPane g = form();
        int r = 0;
        r = row(g, r, "policies.field.title", title);
        g.add(target, 1, r++);
        r = row(g, r, "policies.field.approvedBy", approvedBy);
        r = row(g, r, "policies.field.approvedOn", approvedOn);
        r = row(g, r, "policies.field.lastReviewed", lastReviewed);
        r = row(g, r, "policies.field.nextReviewDue", nextReview);
        r = row(g, r, "policies.field.label", label);
        r = row(g, r, "policies.field.effective", effective);
        row(g, r, "policies.field.material", material);
        VBox warnings = new VBox(4);
        warnings.setId("import-warnings");
        warnings.setPadding(new Insets(0, 16, 8, 16));
        for (String w : c.warnings()) {
            Label l = new Label("\u26a0 " + w);
            l.setWrapText(true);
            l.getStyleClass().add("import-warning");
            warnings.getChildren().add(l);
        }
        Label hint = new Label(I18n.t("policies.import.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setPadding(new Insets(0, 16, 0, 16));
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setPadding(new Insets(0, 16, 0, 16));
        VBox content = new VBox(6, g, warnings, hint, problem);
        content.setPrefWidth(620);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(title.textProperty().isEmpty()
                .or(label.textProperty().isEmpty()));
        DateFields.refuseInvalid(d, ok, problem::setText, approvedOn, lastReviewed, nextReview, effective);
        d.setResultConverter(bt -> bt != ok ? null : PolicyService.DocumentImport.corrected(p,
                title.getText().strip(), blank(approvedBy.getText()), approvedOn.getValue(), lastReviewed.getValue(),
                nextReview.getValue(), label.getText().strip(), effective.getValue(), material.isSelected()));
        return d.showAndWait();
    }

    // ------------------------------------------------------------------ the starter catalogue

    /**
     * Choose catalogue entries to add; entries already in the library are shown but cannot be chosen.
     * "Statutory" is for the school's phase when known, else for any phase.
     */
    public static Optional<List<PolicyCatalogue.Entry>> catalogue(Window owner, Set<String> existingTitles,
                                                                  Optional<uk.schoolcompliance.tracker.domain.SchoolPhase> phase) {
        java.util.function.Predicate<PolicyCatalogue.Entry> statutoryHere = e -> phase.map(e::statutoryFor).orElse(e.statutory());
        ButtonType ok = new ButtonType(I18n.t("policies.catalogue.add"), ButtonBar.ButtonData.OK_DONE);
        Dialog<List<PolicyCatalogue.Entry>> d = dialog(owner, "policies.catalogue.title", "catalogue-dialog", ok);
        d.setHeaderText(I18n.t("policies.catalogue.header"));
        record Choice(PolicyCatalogue.Entry entry, javafx.beans.property.BooleanProperty chosen, boolean present) {
        }
        List<Choice> choices = new ArrayList<>();
        for (PolicyCatalogue.Entry e : PolicyCatalogue.entries()) {
            boolean present = existingTitles.contains(e.title().toLowerCase(java.util.Locale.ROOT));
            choices.add(new Choice(e, new javafx.beans.property.SimpleBooleanProperty(false), present));
        }
        TableView<Choice> table = new TableView<>(FXCollections.observableArrayList(choices));
        table.setId("catalogue-table");
        table.setEditable(true);
        TableColumn<Choice, Boolean> pick = new TableColumn<>("");
        pick.setCellValueFactory(cd -> cd.getValue().chosen());
        pick.setCellFactory(col -> {
            CheckBoxTableCell<Choice, Boolean> cell = new CheckBoxTableCell<>();
            cell.tableRowProperty().addListener((o, a, row) -> {
                if (row != null) {
                    cell.disableProperty().bind(Bindings.createBooleanBinding(
                            () -> row.getItem() != null && row.getItem().present(), row.itemProperty()));
                }
            });
            return cell;
        });
        pick.setEditable(true);
        pick.setPrefWidth(40);
        TableColumn<Choice, String> name = new TableColumn<>(I18n.t("policies.col.title"));
        name.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().entry().title()
                + (cd.getValue().present() ? "  " + I18n.t("policies.catalogue.present") : "")));
        name.setPrefWidth(330);
        TableColumn<Choice, String> stat = new TableColumn<>(I18n.t("policies.col.statutory"));
        stat.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                statutoryHere.test(cd.getValue().entry()) ? I18n.t("policies.statutory.yes") : ""));
        TableColumn<Choice, String> freq = new TableColumn<>(I18n.t("policies.col.frequency"));
        freq.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                FrequencyWords.describe(cd.getValue().entry().reviewMonths())));
        freq.setPrefWidth(120);
        TableColumn<Choice, String> body = new TableColumn<>(I18n.t("policies.col.approvingBody"));
        body.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().entry().approvingBody()));
        body.setPrefWidth(160);
        TableColumn<Choice, String> who = new TableColumn<>(I18n.t("policies.col.audience"));
        who.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                Policy.describeAudience(cd.getValue().entry().audience())));
        who.setPrefWidth(200);
        table.getColumns().setAll(List.of(pick, name, stat, freq, body, who));
        table.setPrefSize(940, 460);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.entry().reason()));
            }
        });
        Button statutory = new Button(I18n.t("policies.catalogue.pickStatutory"));
        statutory.setId("catalogue-statutory");
        statutory.setOnAction(e -> choices.forEach(c -> c.chosen().set(!c.present() && statutoryHere.test(c.entry()))));
        Label count = new Label();
        Runnable recount = () -> count.setText(I18n.t("policies.catalogue.count",
                choices.stream().filter(c -> c.chosen().get()).count()));
        choices.forEach(c -> c.chosen().addListener((o, a, b) -> recount.run()));
        recount.run();
        HBox bar = new HBox(12, statutory, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, bar, table);
        content.setPadding(new Insets(12));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(980);
        d.setResultConverter(bt -> bt != ok ? null : choices.stream().filter(c -> c.chosen().get() && !c.present())
                .map(Choice::entry).toList());
        return d.showAndWait();
    }

    // ------------------------------------------------------------------ a review schedule

    /** Shows the plan of a schedule import: what will change, and the errors that block it. */
    public static boolean confirmSchedule(Window owner, PolicyScheduleImport.Plan plan) {
        ButtonType ok = new ButtonType(I18n.t("policies.schedule.import"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Boolean> d = dialog(owner, "policies.schedule.title", "schedule-dialog", ok);
        d.setHeaderText(plan.errors().isEmpty() ? I18n.t("policies.schedule.header", plan.source(), plan.tally())
                : I18n.t("policies.schedule.header.errors", plan.source(), plan.errors().size()));
        TableView<PolicyScheduleImport.Change> table = new TableView<>(FXCollections.observableArrayList(plan.changes()));
        table.setId("schedule-table");
        TableColumn<PolicyScheduleImport.Change, String> line = new TableColumn<>(I18n.t("policies.col.line"));
        line.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(String.valueOf(cd.getValue().line())));
        TableColumn<PolicyScheduleImport.Change, String> action = new TableColumn<>(I18n.t("policies.col.action"));
        action.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                switch (cd.getValue().action()) {
                    case CREATE -> I18n.t("policies.schedule.action.create");
                    case UPDATE -> I18n.t("policies.schedule.action.update");
                    case UNCHANGED -> I18n.t("policies.schedule.action.unchanged");
                }));
        TableColumn<PolicyScheduleImport.Change, String> name = new TableColumn<>(I18n.t("policies.col.title"));
        name.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().after().title()));
        name.setPrefWidth(300);
        TableColumn<PolicyScheduleImport.Change, String> freq = new TableColumn<>(I18n.t("policies.col.frequency"));
        freq.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                FrequencyWords.describe(cd.getValue().after().reviewMonths())));
        TableColumn<PolicyScheduleImport.Change, String> version = new TableColumn<>(I18n.t("policies.col.version"));
        version.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                cd.getValue().newVersion() != null ? cd.getValue().newVersion().label() + " ("
                        + Dates.forPeople(cd.getValue().newVersion().effectiveFrom()) + ")"
                        : cd.getValue().note() == null ? "" : cd.getValue().note()));
        version.setPrefWidth(260);
        table.getColumns().setAll(List.of(line, action, name, freq, version));
        table.setPrefSize(860, 320);
        VBox content = new VBox(8);
        content.setPadding(new Insets(12));
        if (!plan.errors().isEmpty()) {
            VBox errors = new VBox(2);
            errors.setId("schedule-errors");
            for (String e : plan.errors()) {
                Label l = new Label(e);
                l.getStyleClass().add("error-text");
                l.setWrapText(true);
                errors.getChildren().add(l);
            }
            Label none = new Label(I18n.t("policies.schedule.nothing"));
            content.getChildren().addAll(errors, none);
        }
        content.getChildren().add(table);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(900);
        d.getDialogPane().lookupButton(ok).setDisable(!plan.errors().isEmpty());
        d.setResultConverter(bt -> bt == ok);
        return d.showAndWait().orElse(false);
    }
}
