package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The staff register: a filter bar (text, category, status) and toolbar above a sortable table of
 * everyone, and the selected person's page beside it (details, induction, acknowledgements, gaps).
 * Keyboard: Ctrl+N add, Enter or F2 edit, Ctrl+I import, Ctrl+L filter.
 */
public final class StaffView implements Page {

    private final UiContext ctx;
    private final StaffViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<StaffViewModel.Row> table = new TableView<>();
    private final VBox detailBox = new VBox(14);
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();

    public StaffView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new StaffViewModel(ctx);
        root.getStyleClass().add("staff-page");
        root.getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());

        Label title = new Label(I18n.t("staff.title"));
        title.getStyleClass().add("page-title");
        filter.setId("staff-filter");
        filter.setPromptText(I18n.t("staff.filter.prompt"));
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.setPrefWidth(300);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<StaffCategory> category = new ComboBox<>();
        category.setId("staff-category-filter");
        category.getItems().add(null);
        category.getItems().addAll(StaffCategory.values());
        category.setConverter(Converters.<StaffCategory>display(c -> c.label(), I18n.t("staff.filter.allCategories")));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ComboBox<StaffViewModel.Status> status = new ComboBox<>();
        status.setId("staff-status-filter");
        status.getItems().setAll(StaffViewModel.Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffViewModel.Status s) {
                if (s == null) {
                    return "";
                }
                String key = "staff.status." + s.name();
                return I18n.t(key);
            }

            @Override
            public StaffViewModel.Status fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        count.getStyleClass().add("muted");
        count.setId("staff-count");
        vm.filtered().addListener((javafx.collections.ListChangeListener<StaffViewModel.Row>) c -> updateCount());
        vm.rows().addListener((javafx.collections.ListChangeListener<StaffViewModel.Row>) c -> updateCount());

        Button add = toolButton("staff-add", "staff.action.add", MaterialDesignA.ACCOUNT_PLUS_OUTLINE, this::add);
        add.getStyleClass().add("accent");
        Button edit = toolButton("staff-edit", "staff.action.edit", MaterialDesignA.ACCOUNT_EDIT_OUTLINE, this::edit);
        Button leaver = toolButton("staff-leaver", "staff.action.leaver", MaterialDesignE.EXIT_RUN, this::markLeaver);
        Button absence = toolButton("staff-absence", "staff.action.absence", MaterialDesignC.CALENDAR_REMOVE_OUTLINE,
                this::recordAbsence);
        Button importButton = toolButton("staff-import", "staff.action.import", MaterialDesignF.FILE_IMPORT_OUTLINE,
                this::importList);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        leaver.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        absence.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : List.of(add, edit, leaver, absence, importButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox titleRow = new HBox(8, title, spacer, add, edit, leaver, absence, importButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(420);
        javafx.scene.control.CheckBox noEmail = new javafx.scene.control.CheckBox(I18n.t("staff.filter.noEmail"));
        noEmail.setId("staff-filter-no-email");
        noEmail.setMinWidth(Region.USE_PREF_SIZE);
        noEmail.selectedProperty().bindBidirectional(vm.noEmailOnlyProperty());
        HBox filters = new HBox(8, filter, category, status, noEmail, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(10, titleRow, filters, error);
        top.setPadding(new Insets(20, 20, 10, 20));
        root.setTop(top);

        buildTable();
        detailBox.setPadding(new Insets(16));
        detailBox.setId("staff-detail");
        detailBox.getChildren().setAll(muted(I18n.t("staff.detail.none")));
        ScrollPane detailScroll = new ScrollPane(detailBox);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("staff-detail-scroll");
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        BorderPane.setMargin(split, new Insets(0, 20, 20, 20));
        root.setCenter(split);

        vm.detailProperty().addListener((o, a, d) -> renderDetail(d));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.select(row.staff().id());
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                add();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN).match(e)) {
                importList();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
                filter.requestFocus();
                e.consume();
            }
        });
    }

    private void updateCount() {
        count.setText(I18n.t("staff.count", vm.filtered().size(), vm.rows().size()));
    }

    private void buildTable() {
        table.setId("staff-table");
        table.setItems(vm.sorted());
        vm.sorted().comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(new Label(I18n.t("staff.table.empty")));
        table.setFixedCellSize(30);
        TableColumn<StaffViewModel.Row, String> name = new TableColumn<>(I18n.t("staff.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().sortName()));
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        name.setPrefWidth(190);
        TableColumn<StaffViewModel.Row, String> category = new TableColumn<>(I18n.t("staff.col.category"));
        category.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().category().label()));
        category.setPrefWidth(140);
        TableColumn<StaffViewModel.Row, String> job = new TableColumn<>(I18n.t("staff.col.job"));
        job.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().staff().jobTitle())));
        job.setPrefWidth(190);
        TableColumn<StaffViewModel.Row, String> ref = new TableColumn<>(I18n.t("staff.col.ref"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().staff().staffRef())));
        ref.setPrefWidth(80);
        TableColumn<StaffViewModel.Row, LocalDate> start = new TableColumn<>(I18n.t("staff.col.start"));
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().startDate()));
        start.setCellFactory(c -> dateCell());
        start.setPrefWidth(100);
        TableColumn<StaffViewModel.Row, String> state = new TableColumn<>(I18n.t("staff.col.status"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(statusText(c.getValue().staff())));
        state.setPrefWidth(130);
        TableColumn<StaffViewModel.Row, String> email = new TableColumn<>(I18n.t("staff.col.email"));
        email.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().staff().email())));
        email.setPrefWidth(220);
        table.getColumns().addAll(List.of(name, category, job, ref, start, state, email));
        table.getSortOrder().add(name);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<StaffViewModel.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            MenuItem editItem = new MenuItem(I18n.t("staff.action.edit"));
            editItem.setOnAction(e -> edit());
            MenuItem leaverItem = new MenuItem(I18n.t("staff.action.leaver"));
            leaverItem.setOnAction(e -> markLeaver());
            MenuItem absenceItem = new MenuItem(I18n.t("staff.action.absence"));
            absenceItem.setOnAction(e -> recordAbsence());
            MenuItem inductionItem = new MenuItem(I18n.t("staff.action.induction"));
            inductionItem.setOnAction(e -> ctx.navigate(new Destination.InductionOf(row.getItem().staff().id())));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(editItem, leaverItem, absenceItem, inductionItem)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                edit();
                e.consume();
            }
        });
    }

    private String statusText(StaffMember s) {
        LocalDate d = ctx.asOf();
        if (s.leftBy(d)) {
            return I18n.t("staff.state.left", Dates.forPeople(s.leaveDate()));
        }
        if (s.startDate().isAfter(d)) {
            return I18n.t("staff.state.starts", Dates.forPeople(s.startDate()));
        }
        if (s.absentOn(d)) {
            return I18n.t("staff.state.absent");
        }
        if (s.leaveDate() != null) {
            return I18n.t("staff.state.leaving", Dates.forPeople(s.leaveDate()));
        }
        if (InductionRules.isNewStarter(s.startDate(), d)) {
            return I18n.t("staff.state.new");
        }
        return I18n.t("staff.state.inPost");
    }

    private static <S> TableCell<S, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Dates.forPeople(item));
            }
        };
    }

    private Button toolButton(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(I18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private StaffMember selected() {
        StaffViewModel.Row row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.staff();
    }

    private void add() {
        if (ctx.services() == null) {
            return;
        }
        new StaffFormDialog(root.getScene().getWindow(), vm, null).show();
    }

    private void edit() {
        StaffMember s = selected();
        if (s != null) {
            new StaffFormDialog(root.getScene().getWindow(), vm, s).show();
        }
    }

    private void importList() {
        if (ctx.services() == null) {
            return;
        }
        new StaffImportDialog(root.getScene().getWindow(), ctx).show();
    }

    private void markLeaver() {
        StaffMember s = selected();
        if (s == null) {
            return;
        }
        Dialog<LocalDate> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(I18n.t("staff.leaver.title"));
        d.setHeaderText(I18n.t("staff.leaver.header", s.fullName()));
        DateField date = DateFields.picker(s.leaveDate() != null ? s.leaveDate() : ctx.asOf(), ctx::today);
        date.setFieldName(I18n.t("staff.form.leave").replace("_", ""));
        date.setId("staff-leaver-date");
        Label hint = muted(I18n.t("staff.leaver.hint", Dates.forPeople(s.startDate())));
        hint.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        VBox box = new VBox(8, new Label(I18n.t("staff.leaver.date")), date, problem, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(380);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        ButtonType ok = new ButtonType(I18n.t("staff.leaver.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("staff-leaver-ok");
        Runnable check = () -> {
            LocalDate v = date.getValue();
            boolean bad = date.isBlank() || v != null && v.isBefore(s.startDate());
            problem.setText(v != null && v.isBefore(s.startDate()) ? I18n.t("staff.form.error.leaveBeforeStart") : "");
            okButton.setDisable(bad);
        };
        date.valueProperty().addListener((o, a, b) -> check.run());
        date.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        DateFields.refuseInvalid(d, ok, problem::setText, date);
        d.setResultConverter(b -> b == ok ? date.getValue() : null);
        d.showAndWait().ifPresent(v -> vm.markLeaver(s.id(), v, this::showError));
    }

    private void recordAbsence() {
        StaffMember s = selected();
        if (s == null) {
            return;
        }
        Dialog<LocalDate[]> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(I18n.t("staff.absence.title"));
        d.setHeaderText(I18n.t("staff.absence.header", s.fullName()));
        DateField from = DateFields.picker(s.absenceFrom() != null ? s.absenceFrom() : ctx.asOf(), ctx::today);
        DateField to = DateFields.picker(s.absenceTo(), ctx::today);
        from.setFieldName(I18n.t("staff.absence.from"));
        to.setFieldName(I18n.t("staff.absence.to"));
        from.setId("staff-absence-from");
        to.setId("staff-absence-to");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(I18n.t("staff.absence.from")), from);
        g.addRow(1, new Label(I18n.t("staff.absence.to")), to);
        Label hint = muted(I18n.t("staff.absence.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(8, g, problem, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        ButtonType ok = new ButtonType(I18n.t("staff.absence.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType(I18n.t("staff.absence.clear"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        if (s.absenceFrom() != null) {
            d.getDialogPane().getButtonTypes().add(clear);
        }
        Node okButton = d.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
            problem.setText(backwards ? I18n.t("staff.form.error.absence") : "");
            okButton.setDisable(from.isBlank() || backwards);
        };
        from.valueProperty().addListener((o, a, b) -> check.run());
        to.valueProperty().addListener((o, a, b) -> check.run());
        from.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        DateFields.refuseInvalid(d, ok, problem::setText, from, to);
        d.setResultConverter(b -> b == ok ? new LocalDate[] {from.getValue(), to.getValue()}
                : b == clear ? new LocalDate[] {null, null} : null);
        d.showAndWait().ifPresent(v -> vm.recordAbsence(s.id(), v[0], v[1], this::showError));
    }

    private void showError(String message) {
        Dialogs.error(root.getScene().getWindow(), message);
    }

    private void renderDetail(StaffViewModel.Detail d) {
        if (d == null) {
            detailBox.getChildren().setAll(muted(I18n.t("staff.detail.none")));
            return;
        }
        StaffMember s = d.staff();
        Label name = new Label(s.fullName());
        name.getStyleClass().add("detail-name");
        name.setId("staff-detail-name");
        Label sub = muted((s.jobTitle() == null ? "" : s.jobTitle() + " \u00b7 ") + s.category().label() + " \u00b7 "
                + statusText(s));
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "staff.form.email", nz(s.email()).isEmpty() ? I18n.t("staff.detail.noEmail") : s.email());
        r = fact(facts, r, "staff.form.ref", nz(s.staffRef()).isEmpty() ? "\u2014" : s.staffRef());
        r = fact(facts, r, "staff.form.start", Dates.forPeople(s.startDate()));
        r = fact(facts, r, "staff.form.leave", s.leaveDate() == null ? "\u2014" : Dates.forPeople(s.leaveDate()));
        if (s.absenceFrom() != null) {
            fact(facts, r, "staff.form.absence", Dates.forPeople(s.absenceFrom()) + " \u2013 "
                    + (s.absenceTo() == null ? I18n.t("staff.detail.openEnded") : Dates.forPeople(s.absenceTo())));
        }
        Button edit = new Button(I18n.t("staff.action.edit"), new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        edit.setOnAction(e -> edit());
        Button induction = new Button(I18n.t("staff.action.induction"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        induction.setOnAction(e -> ctx.navigate(new Destination.InductionOf(s.id())));
        Button acknowledge = new Button(I18n.t("staff.action.acknowledge"),
                new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHECKBOX_MARKED_OUTLINE));
        acknowledge.setId("staff-acknowledge");
        acknowledge.setDisable(!s.inPostOn(ctx.asOf()));
        // showAndTell: a recording dated after the as-of date says so (this page's gaps are as of that date)
        acknowledge.setOnAction(e -> uk.schoolcompliance.tracker.ui.acknowledgements.RecordAcknowledgementDialog
                .showAndTell(ctx, root.getScene().getWindow(), s.id(), null));
        for (Button b : List.of(edit, induction, acknowledge)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // wraps onto a second row in a narrow pane instead of cutting the labels to "…"
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, edit, induction, acknowledge);
        detailBox.getChildren().setAll(new VBox(2, name, sub), facts, actions, inductionSection(d), gapsSection(d),
                acksSection(d));
    }

    private Node inductionSection(StaffViewModel.Detail d) {
        InductionService.Checklist c = d.induction();
        Label title = sectionTitle(I18n.t("staff.detail.induction"));
        if (c.lines().isEmpty()) {
            return new VBox(6, title, muted(I18n.t("staff.detail.induction.none")));
        }
        long done = c.done();
        ProgressBar bar = new ProgressBar((double) done / c.lines().size());
        bar.setPrefWidth(160);
        bar.setMinWidth(100);
        bar.setId("staff-detail-induction-progress");
        long overdue = c.lines().stream().filter(InductionService.ChecklistLine::overdue).count();
        Label text = new Label(I18n.t("staff.detail.induction.progress", done, c.lines().size()));
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, bar, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (overdue > 0) {
            Label o = new Label(I18n.t("staff.detail.induction.overdue", overdue), Rag.RED.icon());
            o.getStyleClass().addAll("rag-word", Rag.RED.styleClass());
            o.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(o);
        }
        VBox items = new VBox(4);
        for (InductionService.ChecklistLine l : c.lines()) {
            String when = l.doneOn() != null ? I18n.t("staff.detail.item.done", Dates.forPeople(l.doneOn()))
                    : I18n.t("staff.detail.item.due", Dates.forPeople(l.item().dueDate()));
            Node icon = l.doneOn() != null ? Rag.GREEN.icon() : l.overdue() ? Rag.RED.icon()
                    : new FontIcon(MaterialDesignC.CHECKBOX_BLANK_OUTLINE);
            items.getChildren().add(twoLine(icon, l.item().title(), when, l.overdue() ? Rag.RED : null));
        }
        return new VBox(6, title, line, items);
    }

    private Node gapsSection(StaffViewModel.Detail d) {
        Label title = sectionTitle(I18n.t("staff.detail.gaps", d.gaps().size()));
        if (d.gaps().isEmpty()) {
            Label ok = new Label(I18n.t("staff.detail.gaps.none"), Rag.GREEN.icon());
            return new VBox(6, title, ok);
        }
        VBox list = new VBox(2);
        list.setId("staff-detail-gaps");
        for (Obligation o : d.gaps()) {
            Rag rag = o.status() == ObligationStatus.OVERDUE ? Rag.RED : o.status() == ObligationStatus.DUE ? Rag.AMBER : null;
            String state = o.status() == ObligationStatus.ABSENT ? I18n.t("staff.detail.gap.absent")
                    : o.status() == ObligationStatus.OVERDUE
                            ? I18n.t("staff.detail.gap.overdue", Dates.forPeople(o.due()),
                                    ChronoUnit.DAYS.between(o.due(), d.asOf()))
                            : I18n.t("staff.detail.gap.due", Dates.forPeople(o.due()));
            list.getChildren().add(twoLine(rag == null ? new FontIcon(MaterialDesignC.CLOCK_OUTLINE) : rag.icon(),
                    o.policy().title() + " (" + o.requiredVersion().label() + ")", state, rag));
        }
        return new VBox(6, title, list);
    }

    private Node acksSection(StaffViewModel.Detail d) {
        Label title = sectionTitle(I18n.t("staff.detail.acks", d.acknowledgements().stream().filter(a -> !a.voided()).count()));
        if (d.acknowledgements().isEmpty()) {
            return new VBox(6, title, muted(I18n.t("staff.detail.acks.none")));
        }
        TableView<StaffViewModel.AckLine> t = new TableView<>();
        t.setId("staff-detail-acks");
        TableColumn<StaffViewModel.AckLine, String> policy = new TableColumn<>(I18n.t("staff.ack.col.policy"));
        policy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().policy()
                + (c.getValue().voided() ? " " + I18n.t("staff.ack.voided") : "")));
        policy.setPrefWidth(220);
        TableColumn<StaffViewModel.AckLine, String> version = new TableColumn<>(I18n.t("staff.ack.col.version"));
        version.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        version.setPrefWidth(60);
        TableColumn<StaffViewModel.AckLine, LocalDate> date = new TableColumn<>(I18n.t("staff.ack.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> dateCell());
        date.setPrefWidth(95);
        TableColumn<StaffViewModel.AckLine, String> method = new TableColumn<>(I18n.t("staff.ack.col.method"));
        method.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().method()));
        method.setPrefWidth(140);
        t.getColumns().addAll(List.of(policy, version, date, method));
        t.getItems().setAll(d.acknowledgements());
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(28);
        t.setPrefHeight(Math.min(10, d.acknowledgements().size()) * 28 + 34);
        return new VBox(6, title, t);
    }

    /** An icon, a wrapping first line and a muted second line (coloured when overdue or due). */
    private static Node twoLine(Node icon, String text, String sub, Rag rag) {
        Label main = new Label(text);
        main.setWrapText(true);
        Label second = new Label(sub);
        second.setWrapText(true);
        second.getStyleClass().add("item-sub");
        if (rag != null) {
            main.getStyleClass().add(rag.styleClass());
            second.getStyleClass().add(rag.styleClass());
        } else {
            second.getStyleClass().add("muted");
        }
        VBox texts = new VBox(0, main, second);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(8, icon, texts);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private int fact(GridPane g, int row, String key, String value) {
        Label k = new Label(I18n.t(key).replace("_", ""));
        k.getStyleClass().add("muted");
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(row, k, v);
        return row + 1;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StaffViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    /** From the global search: show that staff member, clearing filters that would hide them. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Drill d) {
            // from a dashboard figure: the people it counts (in post; without an e-mail address)
            vm.filterTextProperty().set("");
            vm.categoryProperty().set(null);
            vm.statusProperty().set(StaffViewModel.Status.IN_POST);
            vm.noEmailOnlyProperty().set(d.kind() == Drill.Kind.STAFF_NO_EMAIL);
            return;
        }
        if (!(destination instanceof Destination.Person person)) {
            return;
        }
        long id = person.staffId();
        vm.filterTextProperty().set("");
        vm.categoryProperty().set(null);
        vm.noEmailOnlyProperty().set(false);
        vm.statusProperty().set(StaffViewModel.Status.ALL);
        selectWhenLoaded(id);
    }

    private void selectWhenLoaded(long id) {
        vm.select(id);
        Runnable pick = () -> {
            for (StaffViewModel.Row r : table.getItems()) {
                if (r.staff().id() == id) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    table.requestFocus();
                    return;
                }
            }
        };
        pick.run();
        if (table.getSelectionModel().getSelectedItem() == null || table.getSelectionModel().getSelectedItem().staff().id() != id) {
            javafx.collections.ListChangeListener<StaffViewModel.Row> once = new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends StaffViewModel.Row> c) {
                    vm.rows().removeListener(this);
                    pick.run();
                }
            };
            vm.rows().addListener(once);
        }
    }
}
