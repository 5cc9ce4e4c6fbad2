package uk.schoolcompliance.tracker.ui.staff;

import java.io.File;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.StaffImportService.Entry;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.app.StaffImportService.Problem;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/**
 * Import the staff list: choose the CSV the MIS exported, see the preview (new, changed field by
 * field, unchanged, rejected with line numbers, leave and absence dates, and who is in the tracker but not
 * in this file, with a tick to mark them as left) and only then import it, all or nothing.
 */
final class StaffImportDialog extends Dialog<Void> {

    private final StaffImportViewModel vm;

    private final java.util.function.Supplier<java.time.LocalDate> today;

    StaffImportDialog(Window owner, UiContext ctx) {
        this.today = ctx::today;
        this.vm = new StaffImportViewModel(ctx);
        initOwner(owner);
        setTitle(vm.intoSchool() == null ? I18n.t("staff.import.title")
                : I18n.t("staff.import.title.school", vm.intoSchool().name()));
        setHeaderText(I18n.t("staff.import.header"));
        setResizable(true);

        TextField file = new TextField();
        file.setId("staff-import-file");
        file.setPromptText(I18n.t("staff.import.file.prompt"));
        file.textProperty().bindBidirectional(vm.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(I18n.t("staff.import.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("staff.import.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("staff.import.filter"), "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter(I18n.t("staff.import.filter.all"), "*.*"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.fileProperty().set(f.getAbsolutePath());
                vm.preview();
            }
        });
        Button preview = new Button(I18n.t("staff.import.preview"));
        preview.setId("staff-import-preview");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> vm.preview());
        preview.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox chooseRow = new HBox(8, file, browse, preview, busy);
        chooseRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("staff-import-summary");
        summary.getStyleClass().add("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label columns = new Label();
        columns.getStyleClass().add("muted");
        columns.setWrapText(true);
        columns.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("staff-import-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());

        TableView<Entry> entries = new TableView<>();
        entries.setId("staff-import-entries");
        entries.setPlaceholder(new Label(I18n.t("staff.import.empty")));
        TableColumn<Entry, Number> line = new TableColumn<>(I18n.t("staff.import.col.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(64);
        line.setMinWidth(56);
        TableColumn<Entry, String> kind = new TableColumn<>(I18n.t("staff.import.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(kindText(c.getValue().kind())));
        ColumnFit.keepWhole(kind, java.util.Arrays.stream(StaffImportService.Kind.values())
                .map(StaffImportDialog::kindText).toList(), 0);
        TableColumn<Entry, String> name = new TableColumn<>(I18n.t("staff.import.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().after().fullName() + " ("
                + c.getValue().after().category().label() + ")"));
        name.setPrefWidth(240);
        name.setCellFactory(ColumnFit.tooltipCells());
        ColumnFit.headerWhole(name);
        TableColumn<Entry, String> changes = new TableColumn<>(I18n.t("staff.import.col.changes"));
        changes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind() == StaffImportService.Kind.NEW
                ? newSummary(c.getValue()) : c.getValue().changes().stream()
                .map(ch -> ch.field() + ": " + (ch.before().isEmpty() ? "\u2014" : ch.before()) + " \u2192 "
                        + (ch.after().isEmpty() ? "\u2014" : ch.after()))
                .collect(Collectors.joining("; "))));
        changes.setPrefWidth(420);
        changes.setCellFactory(ColumnFit.tooltipCells());
        TableColumn<Entry, String> leave = new TableColumn<>(I18n.t("staff.import.col.leave"));
        leave.setId("staff-import-col-leave");
        leave.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.forPeople(c.getValue().after().leaveDate())));
        ColumnFit.keepWhole(leave, java.util.List.of("00/00/0000"), 0);
        TableColumn<Entry, String> absence = new TableColumn<>(I18n.t("staff.import.col.absence"));
        absence.setId("staff-import-col-absence");
        absence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(absence(c.getValue().after())));
        absence.setPrefWidth(170);
        absence.setMinWidth(110);
        absence.setCellFactory(ColumnFit.tooltipCells());
        ColumnFit.headerWhole(line);
        ColumnFit.headerWhole(absence);
        entries.getColumns().addAll(java.util.List.of(line, kind, name, leave, absence, changes));
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        entries.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-new", "import-changed", "import-unchanged");
                if (item != null && !empty) {
                    getStyleClass().add("import-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        entries.setMinHeight(120); // the header and three rows, even with the people missing from the file shown below

        Label problemsTitle = new Label(I18n.t("staff.import.problems"));
        problemsTitle.getStyleClass().addAll("section-title", "rag-red");
        ListView<Problem> problems = new ListView<>();
        problems.setId("staff-import-problems");
        problems.setPrefHeight(90);
        VBox problemBox = new VBox(4, problemsTitle, problems);
        problemBox.setVisible(false);
        problemBox.managedProperty().bind(problemBox.visibleProperty());

        VBox missingBox = missingBox();
        VBox inductedBox = inductedBox();

        VBox content = new VBox(10, chooseRow, error, summary, columns, problemBox, entries, missingBox, inductedBox);
        content.setPadding(new Insets(12, 16, 8, 16));
        // opens whole on a 1280 × 800 laptop at 125 % (1024 × 640): the tables scroll their rows, never the dialog
        content.setPrefSize(960, 500);
        getDialogPane().setPrefWidth(990);
        getDialogPane().setMinWidth(760);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(StaffImportDialog.class.getResource("staff.css").toExternalForm());

        ButtonType importType = new ButtonType(I18n.t("staff.import.do"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importType, ButtonType.CLOSE);
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("staff-import-do");
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.previewProperty().get() == null
                || !vm.previewProperty().get().ok() || vm.outcomeProperty().get() != null || vm.busyProperty().get(),
                vm.previewProperty(), vm.outcomeProperty(), vm.busyProperty()));
        importButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.importNow();
        });

        vm.previewProperty().addListener((o, a, p) -> {
            if (p == null) {
                entries.getItems().clear();
                problems.getItems().clear();
                problemBox.setVisible(false);
                summary.setText("");
                columns.setText("");
                return;
            }
            entries.getItems().setAll(p.entries().stream()
                    .sorted(java.util.Comparator.comparing((Entry x) -> x.kind()).thenComparingLong(Entry::line)).toList());
            problems.getItems().setAll(p.problems());
            problemBox.setVisible(!p.problems().isEmpty());
            summary.setText(p.ok()
                    ? I18n.t("staff.import.summary.ok", p.count(StaffImportService.Kind.NEW),
                            p.count(StaffImportService.Kind.CHANGED), p.count(StaffImportService.Kind.UNCHANGED))
                    : I18n.t("staff.import.summary.bad", p.problems().size(), p.rejectedLines()));
            String mapped = p.file().columns().stream().map(c -> c.field() + " \u2190 " + c.column())
                    .collect(Collectors.joining(", "));
            columns.setText(I18n.t("staff.import.columns", mapped, p.file().ignoredColumns().isEmpty()
                    ? I18n.t("staff.import.columns.none") : String.join(", ", p.file().ignoredColumns())));
        });
        vm.outcomeProperty().addListener((o, a, out) -> {
            if (out != null) {
                String text = I18n.t("staff.import.done", out.created(), out.updated(), out.unchanged(), out.plansCreated());
                if (out.markedLeft() > 0) {
                    text += I18n.t("staff.import.done.left", out.markedLeft(), Dates.forPeople(vm.leftOnProperty().get()));
                }
                summary.setText(text);
            }
        });
        setResultConverter(b -> null);
        setOnShown(e -> file.requestFocus());
    }

    /** The people in post whom the file does not list, and the tick that marks them as left on a date. */
    private VBox missingBox() {
        Label title = new Label();
        title.setId("staff-import-missing-title");
        title.getStyleClass().addAll("section-title", "rag-amber");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("staff.import.missing.title",
                vm.missing().size()), vm.missing()));
        TableView<StaffMember> table = new TableView<>(vm.missing());
        table.setId("staff-import-missing");
        TableColumn<StaffMember, String> name = new TableColumn<>(I18n.t("staff.import.missing.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fullName() + " ("
                + c.getValue().category().label() + ")"));
        name.setPrefWidth(240);
        name.setCellFactory(ColumnFit.tooltipCells());
        ColumnFit.headerWhole(name);
        TableColumn<StaffMember, String> id = new TableColumn<>(I18n.t("staff.import.missing.col.id"));
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staffRef() != null ? c.getValue().staffRef()
                : c.getValue().email() != null ? c.getValue().email() : "\u2014"));
        id.setPrefWidth(220);
        id.setCellFactory(ColumnFit.tooltipCells());
        TableColumn<StaffMember, String> start = new TableColumn<>(I18n.t("staff.import.missing.col.start"));
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.forPeople(c.getValue().startDate())));
        ColumnFit.keepWhole(start, java.util.List.of("00/00/0000"), 0);
        TableColumn<StaffMember, String> leave = new TableColumn<>(I18n.t("staff.import.col.leave"));
        leave.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.forPeople(c.getValue().leaveDate())));
        ColumnFit.keepWhole(leave, java.util.List.of("00/00/0000"), 0);
        TableColumn<StaffMember, String> absence = new TableColumn<>(I18n.t("staff.import.col.absence"));
        absence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(absence(c.getValue())));
        absence.setPrefWidth(170);
        absence.setCellFactory(ColumnFit.tooltipCells());
        ColumnFit.headerWhole(absence);
        table.getColumns().addAll(java.util.List.of(name, id, start, leave, absence));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(100);
        table.setMinHeight(90);

        CheckBox mark = new CheckBox(I18n.t("staff.import.missing.markLeft"));
        mark.setId("staff-import-mark-left");
        mark.selectedProperty().bindBidirectional(vm.markMissingLeftProperty());
        DatePicker date = DateFields.picker(vm.leftOnProperty().get(), today);
        date.setId("staff-import-left-date");
        date.valueProperty().bindBidirectional(vm.leftOnProperty());
        date.disableProperty().bind(mark.selectedProperty().not());
        mark.setMinWidth(Region.USE_PREF_SIZE);
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(I18n.t("staff.import.missing.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox markRow = new HBox(8, mark, date);
        markRow.setAlignment(Pos.CENTER_LEFT);
        mark.disableProperty().bind(vm.outcomeProperty().isNotNull());

        VBox box = new VBox(6, title, table, markRow, hint);
        box.setId("staff-import-missing-box");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.missing()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A first import into a school with no staff: people who started before a date have already been inducted. */
    private VBox inductedBox() {
        CheckBox inducted = new CheckBox(I18n.t("staff.import.inducted.label"));
        inducted.setId("staff-import-inducted");
        inducted.selectedProperty().bindBidirectional(vm.existingInductedProperty());
        DatePicker date = DateFields.picker(vm.inductedBeforeProperty().get(), today);
        date.setId("staff-import-inducted-date");
        date.valueProperty().bindBidirectional(vm.inductedBeforeProperty());
        date.disableProperty().bind(inducted.selectedProperty().not());
        Label after = new Label(I18n.t("staff.import.inducted.after"));
        inducted.setMinWidth(Region.USE_PREF_SIZE);
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, inducted, date, after);
        row.setAlignment(Pos.CENTER_LEFT);
        Label plans = new Label();
        plans.setId("staff-import-inducted-plans");
        plans.getStyleClass().add("muted");
        plans.setWrapText(true);
        plans.textProperty().bind(Bindings.createStringBinding(() -> vm.existingInductedProperty().get()
                ? I18n.t("staff.import.inducted.plans", vm.plansToMake())
                : I18n.t("staff.import.inducted.everyone", vm.plansToMake()),
                vm.existingInductedProperty(), vm.inductedBeforeProperty(), vm.previewProperty()));
        VBox box = new VBox(4, row, plans);
        box.setId("staff-import-inducted-box");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.firstImportProperty().get()
                && vm.previewProperty().get() != null && vm.previewProperty().get().ok() && vm.outcomeProperty().get() == null,
                vm.firstImportProperty(), vm.previewProperty(), vm.outcomeProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static String kindText(StaffImportService.Kind kind) {
        String key = "staff.import.kind." + kind.name();
        return I18n.t(key);
    }

    private static String absence(StaffMember s) {
        if (s.absenceFrom() == null) {
            return "";
        }
        return s.absenceTo() == null ? I18n.t("staff.import.absence.open", Dates.forPeople(s.absenceFrom()))
                : I18n.t("staff.import.absence.period", Dates.forPeople(s.absenceFrom()), Dates.forPeople(s.absenceTo()));
    }

    private static String newSummary(Entry e) {
        var s = e.after();
        StringBuilder b = new StringBuilder(I18n.t("staff.import.new.starts", uk.schoolcompliance.tracker.domain.Dates.forPeople(s.startDate())));
        if (s.leaveDate() != null) {
            b.append(" \u00b7 ").append(I18n.t("staff.import.new.leaves", uk.schoolcompliance.tracker.domain.Dates.forPeople(s.leaveDate())));
        }
        if (s.jobTitle() != null) {
            b.append(" \u00b7 ").append(s.jobTitle());
        }
        if (s.email() != null) {
            b.append(" \u00b7 ").append(s.email());
        }
        return b.toString();
    }

    StaffImportViewModel viewModel() {
        return vm;
    }
}
