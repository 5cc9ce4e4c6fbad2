package uk.schoolcompliance.tracker.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * "Set up my school": school and phase, grace period, staff list (with a preview), starter policies.
 * Finishing creates the school's file and hands its services to {@code onDone}.
 */
public final class SetupWizard {

    private final SetupWizardViewModel vm;
    private final WizardView view;
    private final Window owner;

    private final Clock clock;

    public SetupWizard(SetupWizardViewModel vm, Clock clock, Window owner, Consumer<TrackerServices> onDone, Runnable onCancel) {
        this.clock = clock;
        this.vm = vm;
        this.owner = owner;
        vm.useClock(clock);
        Label error = new Label();
        error.setId("setup-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        view = new WizardView(List.of(schoolStep(), graceStep(), staffStep(), policiesStep()), vm.busyProperty(), error,
                () -> vm.finish(clock, onDone), onCancel);
    }

    public javafx.scene.Parent node() {
        return view.node();
    }

    public WizardView wizard() {
        return view;
    }

    private static WizardStep step(String title, String help, Node node, ObservableBooleanValue complete, Node focus) {
        return new WizardStep() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String help() {
                return help;
            }

            @Override
            public Node node() {
                return node;
            }

            @Override
            public ObservableBooleanValue complete() {
                return complete;
            }

            @Override
            public void entered() {
                if (focus != null) {
                    focus.requestFocus();
                }
            }
        };
    }

    private WizardStep schoolStep() {
        TextField name = new TextField();
        name.setId("setup-school-name");
        name.setPromptText(I18n.t("setup.school.name.prompt"));
        name.setPrefColumnCount(32);
        name.textProperty().bindBidirectional(vm.schoolNameProperty());
        Label nameLabel = new Label(I18n.t("setup.school.name"));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        ToggleGroup phases = new ToggleGroup();
        VBox phaseBox = new VBox(8);
        for (SchoolPhase p : SchoolPhase.values()) {
            RadioButton r = new RadioButton(p.label());
            r.setId("setup-phase-" + p.code());
            r.setToggleGroup(phases);
            r.setUserData(p);
            r.setSelected(p == vm.phaseProperty().get());
            phaseBox.getChildren().add(r);
        }
        phases.selectedToggleProperty().addListener((o, a, t) -> vm.phaseProperty().set(t == null ? null : (SchoolPhase) t.getUserData()));
        Label phaseLabel = new Label(I18n.t("setup.school.phase"));
        Label phaseHelp = new Label(I18n.t("setup.school.phase.help"));
        phaseHelp.getStyleClass().add("wizard-note");
        phaseHelp.setWrapText(true);
        // issue 16: "One school" or "A trust with several schools" (the trust's name above, then its schools)
        ToggleGroup kinds = new ToggleGroup();
        RadioButton one = new RadioButton(I18n.t("setup.kind.school"));
        one.setId("setup-kind-school");
        one.setToggleGroup(kinds);
        one.setSelected(!vm.trustProperty().get());
        RadioButton trust = new RadioButton(I18n.t("setup.kind.trust"));
        trust.setId("setup-kind-trust");
        trust.setToggleGroup(kinds);
        trust.setSelected(vm.trustProperty().get());
        kinds.selectedToggleProperty().addListener((o, a, t) -> vm.trustProperty().set(t == trust));
        javafx.scene.control.TextArea schools = new javafx.scene.control.TextArea();
        schools.setId("setup-trust-schools");
        schools.setPrefRowCount(5);
        schools.setPromptText(I18n.t("setup.trust.schools.prompt"));
        schools.textProperty().bindBidirectional(vm.trustSchoolsProperty());
        Label schoolsLabel = new Label(I18n.t("setup.trust.schools"));
        schoolsLabel.setLabelFor(schools);
        Label schoolsHelp = new Label(I18n.t("setup.trust.schools.help"));
        schoolsHelp.getStyleClass().add("wizard-note");
        schoolsHelp.setWrapText(true);
        GridPane grid = form();
        grid.addRow(0, new Label(I18n.t("setup.kind")), new VBox(8, one, trust));
        grid.addRow(1, nameLabel, name);
        grid.addRow(2, phaseLabel, phaseBox);
        grid.add(phaseHelp, 1, 3);
        grid.addRow(4, schoolsLabel, schools);
        grid.add(schoolsHelp, 1, 5);
        Runnable show = () -> {
            boolean t = vm.trustProperty().get();
            for (Node n : List.of(phaseLabel, phaseBox, phaseHelp)) {
                n.setVisible(!t);
                n.setManaged(!t);
            }
            for (Node n : List.of(schoolsLabel, schools, schoolsHelp)) {
                n.setVisible(t);
                n.setManaged(t);
            }
            nameLabel.setText(I18n.t(t ? "setup.trust.name" : "setup.school.name"));
        };
        vm.trustProperty().addListener((o, a, b) -> show.run());
        show.run();
        return step(I18n.t("setup.school.title"), I18n.t("setup.school.help"), grid, vm.schoolStepComplete(), name);
    }

    private WizardStep graceStep() {
        Spinner<Integer> days = new Spinner<>(0, uk.schoolcompliance.tracker.app.SchoolSetupService.MAX_GRACE_DAYS,
                vm.graceDaysProperty().get());
        days.setId("setup-grace-days");
        days.setEditable(true);
        days.setPrefWidth(110);
        days.valueProperty().addListener((o, a, v) -> vm.graceDaysProperty().set(v == null ? 14 : v));
        Label label = new Label(I18n.t("setup.grace.label"));
        label.setLabelFor(days);
        label.setMnemonicParsing(true);
        Label unit = new Label(I18n.t("setup.grace.unit"));
        Label example = new Label();
        example.getStyleClass().add("wizard-note");
        example.setWrapText(true);
        example.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("setup.grace.example",
                vm.graceDaysProperty().get()), vm.graceDaysProperty()));
        HBox row = new HBox(8, days, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = form();
        grid.addRow(0, label, row);
        grid.add(example, 1, 1);
        return step(I18n.t("setup.grace.title"), I18n.t("setup.grace.help"), grid, vm.graceStepComplete(), days.getEditor());
    }

    private WizardStep staffStep() {
        TextField file = new TextField();
        file.setId("setup-staff-file");
        file.setPromptText(I18n.t("setup.staff.file.prompt"));
        file.textProperty().bindBidirectional(vm.staffFileProperty());
        file.setOnAction(e -> vm.previewStaff());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(I18n.t("setup.staff.browse"));
        browse.setId("setup-staff-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("setup.staff.browse.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("setup.staff.filter"), "*.csv", "*.txt"));
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                vm.staffFileProperty().set(chosen.getAbsolutePath());
                vm.previewStaff();
            }
        });
        Button preview = new Button(I18n.t("setup.staff.preview"));
        preview.setId("setup-staff-preview");
        preview.setOnAction(e -> vm.previewStaff());
        HBox chooserRow = new HBox(8, file, browse, preview);
        chooserRow.setAlignment(Pos.CENTER_LEFT);

        Label columns = new Label(I18n.t("setup.staff.columns"));
        columns.getStyleClass().add("wizard-note");
        columns.setWrapText(true);

        TableView<StaffImportService.PreviewRow> table = new TableView<>();
        table.setId("setup-staff-table");
        table.setPlaceholder(new Label(I18n.t("setup.staff.empty")));
        table.getColumns().add(column(I18n.t("setup.staff.col.line"), r -> String.valueOf(r.line()), 50));
        table.getColumns().add(column(I18n.t("setup.staff.col.name"), r -> r.familyName() + ", " + r.givenName(), 200));
        table.getColumns().add(column(I18n.t("setup.staff.col.category"), r -> r.category().label(), 150));
        table.getColumns().add(column(I18n.t("setup.staff.col.title"), r -> r.jobTitle() == null ? "" : r.jobTitle(), 180));
        table.getColumns().add(column(I18n.t("setup.staff.col.start"), r -> Dates.forPeople(r.startDate()), 100));
        table.getColumns().add(column(I18n.t("setup.staff.col.email"), r -> r.email() == null ? "" : r.email(), 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        vm.staffPreviewProperty().addListener((o, a, p) ->
                table.setItems(p == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(p.rows())));

        Label status = new Label();
        status.setId("setup-staff-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.staffErrorProperty().get() != null) {
                return vm.staffErrorProperty().get();
            }
            StaffImportService.FileRead p = vm.staffPreviewProperty().get();
            if (p == null) {
                return "";
            }
            String text = I18n.t("setup.staff.ready", p.rows().size(), p.source());
            String mapped = p.columns().stream()
                    .filter(c -> !c.field().equalsIgnoreCase(c.column()))
                    .map(c -> "\u201C" + c.column() + "\u201D \u2192 " + c.field()).collect(java.util.stream.Collectors.joining(", "));
            if (!mapped.isEmpty()) {
                text += "\n" + I18n.t("setup.staff.mapped", mapped);
            }
            if (!p.ignoredColumns().isEmpty()) {
                text += "\n" + I18n.t("setup.staff.ignored", String.join(", ", p.ignoredColumns()));
            }
            return text;
        }, vm.staffErrorProperty(), vm.staffPreviewProperty()));
        vm.staffErrorProperty().addListener((o, a, b) -> status.getStyleClass().setAll("label", b == null ? "success-text" : "error-text"));
        status.getStyleClass().add("success-text");

        CheckBox skip = new CheckBox(I18n.t("setup.staff.skip"));
        skip.setId("setup-staff-skip");
        skip.selectedProperty().bindBidirectional(vm.skipStaffProperty());

        VBox box = new VBox(10, chooserRow, columns, status, table, inductedBox(), skip);
        VBox.setVgrow(table, Priority.ALWAYS);
        return step(I18n.t("setup.staff.title"), I18n.t("setup.staff.help"), box, vm.staffStepComplete(), file);
    }

    /**
     * "People who started before [date] have already been inducted": on by default, so existing staff do not
     * arrive with induction plans full of overdue items; new starters (on or after the date) still get plans.
     */
    private VBox inductedBox() {
        CheckBox inducted = new CheckBox(I18n.t("setup.staff.inducted.label"));
        inducted.setId("setup-staff-inducted");
        inducted.selectedProperty().bindBidirectional(vm.existingInductedProperty());
        javafx.scene.control.DatePicker date = uk.schoolcompliance.tracker.ui.common.DateFields.picker(
                vm.inductedBeforeProperty().get(), () -> java.time.LocalDate.now(clock));
        date.setId("setup-staff-inducted-date");
        date.valueProperty().bindBidirectional(vm.inductedBeforeProperty());
        date.disableProperty().bind(inducted.selectedProperty().not());
        Label after = new Label(I18n.t("setup.staff.inducted.after"));
        inducted.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.setPrefWidth(150);
        date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, inducted, date, after);
        row.setAlignment(Pos.CENTER_LEFT);
        Label plans = new Label();
        plans.setId("setup-staff-inducted-plans");
        plans.getStyleClass().add("wizard-note");
        plans.setWrapText(true);
        plans.textProperty().bind(Bindings.createStringBinding(() -> vm.existingInductedProperty().get()
                        ? I18n.t("setup.staff.inducted.plans", vm.plansToMake())
                        : I18n.t("setup.staff.inducted.everyone", vm.plansToMake()),
                vm.existingInductedProperty(), vm.inductedBeforeProperty(), vm.staffPreviewProperty(), vm.skipStaffProperty()));
        Label help = new Label(I18n.t("setup.staff.inducted.help"));
        help.getStyleClass().add("wizard-note");
        help.setWrapText(true);
        VBox box = new VBox(4, row, plans, help);
        box.setId("setup-staff-inducted-box");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.staffToImport().isEmpty(),
                vm.staffPreviewProperty(), vm.skipStaffProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private WizardStep policiesStep() {
        TableView<SetupWizardViewModel.PolicyChoice> table = new TableView<>(vm.policies());
        table.setId("setup-policy-table");
        table.setEditable(true);
        TableColumn<SetupWizardViewModel.PolicyChoice, Boolean> tick = new TableColumn<>();
        tick.setCellValueFactory(c -> c.getValue().selectedProperty());
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setPrefWidth(44);
        tick.setSortable(false);
        table.getColumns().add(tick);
        table.getColumns().add(column(I18n.t("setup.policies.col.title"), c -> c.entry().title(), 330));
        table.getColumns().add(column(I18n.t("setup.policies.col.area"), c -> c.entry().area(), 140));
        TableColumn<SetupWizardViewModel.PolicyChoice, String> statutory = new TableColumn<>(I18n.t("setup.policies.col.statutory"));
        statutory.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> I18n.t(c.getValue().statutoryProperty().get() ? "setup.policies.statutory.yes" : "setup.policies.statutory.no"),
                c.getValue().statutoryProperty()));
        statutory.setPrefWidth(110);
        table.getColumns().add(statutory);
        table.getColumns().add(column(I18n.t("setup.policies.col.review"), c -> c.entry().reviewMonths() == null
                ? I18n.t("setup.policies.review.live") : I18n.t("setup.policies.review.months", c.entry().reviewMonths()), 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Space ticks or unticks the selected row, so the list works from the keyboard
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && table.getSelectionModel().getSelectedItem() != null) {
                var c = table.getSelectionModel().getSelectedItem().selectedProperty();
                c.set(!c.get());
                e.consume();
            }
        });

        Button statutoryOnly = new Button(I18n.t("setup.policies.statutoryOnly"));
        statutoryOnly.setId("setup-policies-statutory");
        statutoryOnly.setOnAction(e -> vm.selectStatutory());
        Button all = new Button(I18n.t("setup.policies.all"));
        all.setOnAction(e -> vm.selectAll(true));
        Button none = new Button(I18n.t("setup.policies.none"));
        none.setOnAction(e -> vm.selectAll(false));
        Label count = new Label();
        count.setId("setup-policies-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("setup.policies.count",
                vm.selectedCount().get(), vm.policies().size()), vm.selectedCount()));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, statutoryOnly, all, none, spacer, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label(I18n.t("setup.policies.where", vm.target().toAbsolutePath()));
        where.getStyleClass().add("wizard-note");
        where.setWrapText(true);
        VBox box = new VBox(10, tools, table, where);
        VBox.setVgrow(table, Priority.ALWAYS);
        return step(I18n.t("setup.policies.title"), I18n.t("setup.policies.help"), box,
                Bindings.createBooleanBinding(() -> true), table);
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(14);
        grid.setPadding(new Insets(8, 0, 0, 0));
        return grid;
    }

    public SetupWizardViewModel viewModel() {
        return vm;
    }
}
