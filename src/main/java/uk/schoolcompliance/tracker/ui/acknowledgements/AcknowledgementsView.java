package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.awt.Desktop;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The Acknowledgements page: record (one, a sign-off session, a form export), and see the gaps as a
 * heat map, as an outstanding list to chase and export, and as figures per policy and per category.
 */
public final class AcknowledgementsView implements Page {

    private final UiContext ctx;
    private final AcknowledgementsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final HeatMap heatMap = new HeatMap();
    private final TreeTableView<Row> outstanding = new TreeTableView<>();
    private final TabPane tabs = new TabPane();

    /** A line of the outstanding tree: a group heading, or one gap. */
    public record Row(String title, AcknowledgementsViewModel.Group group, Obligation gap) {
    }

    public AcknowledgementsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new AcknowledgementsViewModel(ctx);
        root.getStyleClass().add("acks-page");
        root.getProperties().put(AcknowledgementsView.class, this);
        root.getStylesheets().add(AcknowledgementsView.class.getResource("acknowledgements.css").toExternalForm());
        Label title = new Label(I18n.t("acks.title"));
        title.getStyleClass().add("page-title");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Label message = new Label();
        message.setId("acks-message");
        message.getStyleClass().add("acks-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Hyperlink showToday = new Hyperlink(I18n.t("acks.asOf.showToday"));
        showToday.setId("acks-show-today");
        showToday.setTooltip(new Tooltip(I18n.t("acks.asOf.showToday.tip")));
        showToday.setMinWidth(Region.USE_PREF_SIZE);
        showToday.visibleProperty().bind(vm.offerTodayProperty());
        showToday.managedProperty().bind(vm.offerTodayProperty());
        showToday.setOnAction(e -> vm.showAsOfToday());
        HBox messageRow = new HBox(8, message, showToday);
        messageRow.setAlignment(Pos.CENTER_LEFT);
        messageRow.managedProperty().bind(vm.messageProperty().isNotEmpty());
        messageRow.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        VBox top = new VBox(10, new HBox(16, title, toolbar()), filterBar(), error, messageRow);
        ((HBox) top.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(20, 24, 8, 24));
        root.setTop(top);

        tabs.setId("acks-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(I18n.t("acks.tab.matrix"), matrixPane()),
                new Tab(I18n.t("acks.tab.outstanding"), outstandingPane()),
                new Tab(I18n.t("acks.tab.figures"), figuresPane()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.loadingProperty().and(vm.matrixProperty().isNull()));
        StackPane centre = new StackPane(tabs, busy);
        centre.setPadding(new Insets(0, 24, 16, 24));
        root.setCenter(centre);

        vm.matrixProperty().addListener((o, a, b) -> showMatrix());
        vm.visibleRowsProperty().addListener((o, a, b) -> showMatrix());
        vm.visibleColsProperty().addListener((o, a, b) -> showMatrix());
        // the outstanding tree can hold hundreds of thousands of rows at trust scale: build it only when shown
        vm.outstanding().addListener((javafx.collections.ListChangeListener<Obligation>) c -> outstandingChanged());
        vm.groupByStaffProperty().addListener((o, a, b) -> outstandingChanged());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() == 1 && outstandingStale) {
                showOutstanding();
            }
        });
        heatMap.setOnCell(this::cellAction);
    }

    private Node toolbar() {
        Button record = new Button(I18n.t("acks.action.record"), new FontIcon(MaterialDesignP.PLUS));
        record.setId("acks-record");
        record.setTooltip(new Tooltip(I18n.t("acks.action.record.tip")));
        record.setOnAction(e -> RecordAcknowledgementDialog.show(ctx, window(), null, selectedPolicyId())
                .ifPresent(this::tellRecorded));
        Button session = new Button(I18n.t("acks.action.session"), new FontIcon(MaterialDesignA.ACCOUNT_MULTIPLE_CHECK));
        session.setId("acks-session");
        session.setTooltip(new Tooltip(I18n.t("acks.action.session.tip")));
        session.getStyleClass().add("accent");
        session.setOnAction(e -> openSession());
        Button importForm = new Button(I18n.t("acks.action.import"), new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        importForm.setId("acks-import");
        importForm.setOnAction(e -> new FormImportDialog(ctx, window()).showAndWait()
                .ifPresent(vm::tellImport));
        HBox bar = new HBox(8, session, record, importForm);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), record::fire);
            }
        });
        return bar;
    }

    /** Opens the sign-off session dialog (for the filtered policy, if one is chosen). */
    public void openSession() {
        new SignOffSessionDialog(ctx, window(), selectedPolicyId()).showAndWait().ifPresent(vm::tellSession);
    }

    private Long selectedPolicyId() {
        Policy p = vm.policyProperty().get();
        return p == null ? null : p.id();
    }

    private Node filterBar() {
        CustomTextField name = new CustomTextField();
        name.setId("acks-filter-name");
        name.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        name.setPromptText(I18n.t("acks.filter.name"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPrefWidth(200);
        ComboBox<StaffCategory> category = new ComboBox<>();
        category.setId("acks-filter-category");
        category.getItems().add(null);
        category.getItems().addAll(StaffCategory.values());
        category.setConverter(RecordAcknowledgementDialog.converter(StaffCategory::label));
        category.setButtonCell(promptCell(c -> c == null ? I18n.t("acks.filter.allCategories") : c.label()));
        category.setCellFactory(l -> RecordAcknowledgementDialog.cell(c -> c == null ? I18n.t("acks.filter.allCategories") : c.label()));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        category.setPromptText(I18n.t("acks.filter.allCategories"));
        ComboBox<String> area = new ComboBox<>();
        area.setId("acks-filter-area");
        vm.areas().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = area.getValue();
            area.getItems().setAll((String) null);
            area.getItems().addAll(vm.areas());
            area.setValue(keep);
        });
        area.setButtonCell(promptCell(a -> a == null ? I18n.t("acks.filter.allAreas") : a));
        area.setCellFactory(l -> RecordAcknowledgementDialog.cell(a -> a == null ? I18n.t("acks.filter.allAreas") : a));
        area.valueProperty().bindBidirectional(vm.areaProperty());
        area.setPromptText(I18n.t("acks.filter.allAreas"));
        ComboBox<Policy> policy = new ComboBox<>();
        policy.setId("acks-filter-policy");
        vm.policies().addListener((javafx.collections.ListChangeListener<Policy>) c -> {
            Policy keep = vm.policyProperty().get();
            policy.getItems().setAll((Policy) null);
            policy.getItems().addAll(vm.policies());
            vm.policyProperty().set(keep);
        });
        policy.setButtonCell(promptCell(p -> p == null ? I18n.t("acks.filter.allPolicies") : p.title()));
        policy.setCellFactory(l -> RecordAcknowledgementDialog.cell(p -> p == null ? I18n.t("acks.filter.allPolicies") : p.title()));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setPromptText(I18n.t("acks.filter.allPolicies"));
        policy.setPrefWidth(230);
        CheckBox overdue = new CheckBox(I18n.t("acks.filter.overdue"));
        overdue.setId("acks-filter-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        Button clear = new Button(I18n.t("acks.filter.clear"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, name, category, area, policy, overdue, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("acks-filter-bar");
        return bar;
    }

    private Node matrixPane() {
        HBox legend = new HBox(16, legend("acks-legend-done", "acks.status.done"), legend("acks-legend-due", "acks.status.due"),
                legend("acks-legend-overdue", "acks.status.overdue"), legend("acks-legend-absent", "acks.status.absent"),
                legend("acks-legend-none", "acks.status.none"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(I18n.t("acks.matrix.hint"));
        hint.getStyleClass().add("acks-hint");
        hint.setMinWidth(0);
        legend.getChildren().addAll(spacer, hint);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(10, 0, 8, 0));
        heatMap.setId("acks-matrix");
        VBox box = new VBox(legend, heatMap);
        VBox.setVgrow(heatMap, Priority.ALWAYS);
        return box;
    }

    private static Node legend(String styleClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("acks-swatch", styleClass);
        Label l = new Label(I18n.t(key), swatch);
        l.setGraphicTextGap(6);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void showMatrix() {
        MatrixModel m = vm.matrixProperty().get();
        if (m != null) {
            heatMap.setData(m, vm.visibleRowsProperty().get(), vm.visibleColsProperty().get());
        }
    }

    private void cellAction(int row, int col) {
        MatrixModel m = vm.matrixProperty().get();
        Optional<Obligation> o = m.obligation(row, col);
        if (o.isEmpty()) {
            vm.messageProperty().set(heatMap.describe(row, col));
            return;
        }
        if (o.get().status() == ObligationStatus.SATISFIED) {
            showAcknowledgement(o.get());
        } else {
            RecordAcknowledgementDialog.show(ctx, window(), o.get().staff().id(), o.get().policy().id())
                    .ifPresent(this::tellRecorded);
        }
    }

    private void tellRecorded(uk.schoolcompliance.tracker.app.AcknowledgementService.Result r) {
        vm.tellOne(r); // says so when it is dated after the as-of date, with "Show as of today"
    }

    /** The details of a counting acknowledgement, with Void… to correct a mistake. */
    private void showAcknowledgement(Obligation o) {
        Acknowledgement a = o.satisfiedBy();
        String version = ctx.services() == null ? "" : o.policy().title();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle(I18n.t("acks.details.title"));
        alert.setHeaderText(I18n.t("acks.details.header", o.staff().fullName(), version));
        String versionLabel = vm.matrixProperty().get().calculator().data().versions(o.policy().id()).stream()
                .filter(v -> v.id() == a.versionId()).map(v -> v.label()).findFirst().orElse("?");
        alert.setContentText(I18n.t("acks.details.text", versionLabel, Dates.forPeople(a.date()), a.method().label(),
                a.recordedBy() == null ? "" : a.recordedBy(), a.note() == null ? "" : a.note()));
        ButtonType voidButton = new ButtonType(I18n.t("acks.void.button"));
        alert.getButtonTypes().setAll(ButtonType.CLOSE, voidButton);
        if (alert.showAndWait().filter(b -> b == voidButton).isPresent()) {
            TextInputDialog reason = new TextInputDialog();
            reason.initOwner(window());
            reason.setTitle(I18n.t("acks.void.title"));
            reason.setHeaderText(I18n.t("acks.void.header", o.staff().fullName(), o.policy().title()));
            reason.setContentText(I18n.t("acks.void.reason"));
            reason.showAndWait().filter(s -> !s.isBlank())
                    .ifPresent(s -> vm.voidAcknowledgement(a.id(), s, () -> { }));
        }
    }

    private Node outstandingPane() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton byPolicy = new ToggleButton(I18n.t("acks.group.policy"));
        byPolicy.setId("acks-group-policy");
        ToggleButton byStaff = new ToggleButton(I18n.t("acks.group.staff"));
        byStaff.setId("acks-group-staff");
        byPolicy.setToggleGroup(group);
        byStaff.setToggleGroup(group);
        byPolicy.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.groupByStaffProperty().set(b == byStaff);
            }
        });
        Button copy = new Button(I18n.t("acks.chase.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("acks-chase-copy");
        copy.setOnAction(e -> copyEmails(chaseTargets()));
        Button mail = new Button(I18n.t("acks.chase.mail"), new FontIcon(MaterialDesignE.EMAIL_OUTLINE));
        mail.setId("acks-chase-mail");
        mail.setOnAction(e -> mail(chaseTargets()));
        Button csv = new Button(I18n.t("acks.export.csv"), new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        csv.setOnAction(e -> export("csv"));
        Button xlsx = new Button(I18n.t("acks.export.xlsx"), new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
        xlsx.setOnAction(e -> export("xlsx"));
        Label count = new Label();
        count.setId("acks-outstanding-count");
        vm.outstanding().addListener((javafx.collections.ListChangeListener<Obligation>) c ->
                count.setText(vm.countLine())); // the dashboard's figure, the absent counted apart
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(I18n.t("acks.group.label")), byPolicy, byStaff, count, spacer, copy, mail, csv, xlsx);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 8, 0));

        outstanding.setId("acks-outstanding");
        outstanding.setShowRoot(false);
        outstanding.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        outstanding.setPlaceholder(new Label(I18n.t("acks.outstanding.none")));
        outstanding.getColumns().add(tcol("acks.col.name", 300, r -> r.gap() == null ? r.title()
                : r.group().absent() ? r.gap().staff().sortName() + " \u2014 " + r.gap().policy().title()
                : vm.groupByStaffProperty().get() ? r.gap().policy().title() : r.gap().staff().sortName()));
        outstanding.getColumns().add(tcol("acks.col.category", 150, r -> r.gap() == null ? "" : r.gap().staff().category().label()));
        outstanding.getColumns().add(tcol("acks.col.email", 230, r -> r.gap() == null || r.gap().staff().email() == null ? ""
                : r.gap().staff().email()));
        outstanding.getColumns().add(tcol("acks.col.version", 80, r -> r.gap() == null ? "" : r.gap().requiredVersion().label()));
        outstanding.getColumns().add(tcol("acks.col.due", 100, r -> r.gap() == null ? "" : Dates.forPeople(r.gap().due())));
        outstanding.getColumns().add(tcol("acks.col.status", 130, r -> r.gap() == null
                ? r.group().absent() ? I18n.t("acks.group.absentSummary", r.group().gaps().size())
                : I18n.t("acks.group.summary", r.group().gaps().size(), r.group().overdue()) : statusWord(r.gap().status())));
        outstanding.setRowFactory(t -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("acks-group-row", "acks-overdue-row");
                if (!empty && item != null) {
                    if (item.gap() == null) {
                        getStyleClass().add("acks-group-row");
                    } else if (item.gap().status() == ObligationStatus.OVERDUE) {
                        getStyleClass().add("acks-overdue-row");
                    }
                }
            }
        });
        outstanding.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                TreeItem<Row> sel = outstanding.getSelectionModel().getSelectedItem();
                if (sel != null && sel.getValue().gap() != null) {
                    Obligation o = sel.getValue().gap();
                    RecordAcknowledgementDialog.show(ctx, window(), o.staff().id(), o.policy().id()).ifPresent(this::tellRecorded);
                }
            }
        });
        VBox box = new VBox(bar, outstanding);
        VBox.setVgrow(outstanding, Priority.ALWAYS);
        return box;
    }

    /** A combo box button cell that shows the "all" wording when nothing is chosen. */
    private static <T> javafx.scene.control.ListCell<T> promptCell(java.util.function.Function<T, String> f) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(f.apply(empty ? null : item));
            }
        };
    }

    static String statusWord(ObligationStatus s) {
        return switch (s) {
            case SATISFIED -> I18n.t("acks.status.done");
            case DUE -> I18n.t("acks.status.due");
            case OVERDUE -> I18n.t("acks.status.overdue");
            case ABSENT -> I18n.t("acks.status.absent");
        };
    }

    private boolean outstandingStale = true;

    private void outstandingChanged() {
        outstandingStale = true;
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            showOutstanding();
        }
    }

    private void showOutstanding() {
        outstandingStale = false;
        TreeItem<Row> rootItem = new TreeItem<>();
        for (AcknowledgementsViewModel.Group g : vm.groups()) {
            TreeItem<Row> gi = new TreeItem<>(new Row(g.title(), g, null));
            gi.setExpanded(true);
            for (Obligation o : g.gaps()) {
                gi.getChildren().add(new TreeItem<>(new Row(null, g, o)));
            }
            rootItem.getChildren().add(gi);
        }
        outstanding.setRoot(rootItem);
    }

    /** The selected rows (a group selects all its gaps), or everything listed when nothing is selected. */
    List<Obligation> chaseTargets() {
        List<TreeItem<Row>> selected = outstanding.getSelectionModel().getSelectedItems();
        if (selected.isEmpty()) {
            return List.copyOf(vm.outstanding());
        }
        java.util.LinkedHashSet<Obligation> out = new java.util.LinkedHashSet<>();
        for (TreeItem<Row> t : selected) {
            if (t == null) {
                continue;
            }
            if (t.getValue().gap() != null) {
                out.add(t.getValue().gap());
            } else {
                out.addAll(t.getValue().group().gaps());
            }
        }
        return List.copyOf(out);
    }

    private void copyEmails(List<Obligation> gaps) {
        List<String> emails = AcknowledgementsViewModel.chaseEmails(gaps);
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("; ", emails));
        Clipboard.getSystemClipboard().setContent(content);
        long without = AcknowledgementsViewModel.withoutEmail(gaps);
        vm.messageProperty().set(I18n.t("acks.chase.copied", emails.size())
                + (without > 0 ? " " + I18n.t("acks.chase.noEmail", without) : ""));
    }

    private void mail(List<Obligation> gaps) {
        List<String> emails = AcknowledgementsViewModel.chaseEmails(gaps);
        if (emails.isEmpty()) {
            vm.messageProperty().set(I18n.t("acks.chase.nobody"));
            return;
        }
        String link = AcknowledgementsViewModel.mailto(emails, vm.chaseSubject(gaps));
        if (link.length() > AcknowledgementsViewModel.MAILTO_LIMIT) {
            copyEmails(gaps);
            Dialogs.error(window(), I18n.t("acks.chase.tooMany", emails.size()));
            return;
        }
        ctx.executor().run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
                throw new IllegalStateException(I18n.t("acks.chase.noMailClient"));
            }
            Desktop.getDesktop().mail(URI.create(link));
            return emails.size();
        }, n -> vm.messageProperty().set(I18n.t("acks.chase.opened", n)), e -> {
            copyEmails(gaps);
            vm.messageProperty().set(I18n.t("acks.chase.noMailClient") + " " + I18n.t("acks.chase.copied", emails.size()));
        });
    }

    private void export(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("csv".equals(kind) ? I18n.t("acks.export.csv") : I18n.t("acks.export.xlsx"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(java.util.Locale.ROOT), "*." + kind));
        chooser.setInitialFileName(I18n.t("acks.export.file", ctx.asOf().toString()) + "." + kind);
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            vm.export(f.toPath(), List.copyOf(vm.outstanding()));
        }
    }

    private Node figuresPane() {
        TableView<AcknowledgementsViewModel.Figure> policies = figures("acks.figures.policy", vm.byPolicy(), true);
        policies.setId("acks-figures-policy");
        TableView<AcknowledgementsViewModel.Figure> categories = figures("acks.figures.category", vm.byCategory(), false);
        categories.setId("acks-figures-category");
        Label p = new Label(I18n.t("acks.figures.byPolicy"));
        p.getStyleClass().add("acks-section");
        Label c = new Label(I18n.t("acks.figures.byCategory"));
        c.getStyleClass().add("acks-section");
        VBox left = new VBox(6, p, policies);
        VBox right = new VBox(6, c, categories);
        VBox.setVgrow(policies, Priority.ALWAYS);
        VBox.setVgrow(categories, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        right.setPrefWidth(480);
        HBox box = new HBox(16, left, right);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private TableView<AcknowledgementsViewModel.Figure> figures(String firstKey,
            javafx.collections.ObservableList<AcknowledgementsViewModel.Figure> items, boolean withArea) {
        TableView<AcknowledgementsViewModel.Figure> t = new TableView<>(items);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AcknowledgementsViewModel.Figure, String> name = new TableColumn<>(I18n.t(firstKey));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(withArea ? 280 : 170);
        t.getColumns().add(name);
        if (withArea) {
            TableColumn<AcknowledgementsViewModel.Figure, String> area = new TableColumn<>(I18n.t("acks.figures.area"));
            area.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().detail()));
            area.setPrefWidth(130);
            t.getColumns().add(area);
        }
        t.getColumns().add(num("acks.figures.inScope", Tally::inScope));
        t.getColumns().add(num("acks.figures.done", Tally::done));
        t.getColumns().add(num("acks.figures.outstanding", Tally::outstanding));
        t.getColumns().add(num("acks.figures.overdue", Tally::overdue));
        TableColumn<AcknowledgementsViewModel.Figure, Double> pct = new TableColumn<>(I18n.t("acks.figures.percent"));
        pct.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().tally().percent()));
        pct.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("rag-red", "rag-amber", "rag-green");
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                uk.schoolcompliance.tracker.ui.common.Rag rag = uk.schoolcompliance.tracker.ui.common.Rag.forPercent(v);
                setText(v + " %");
                setGraphic(rag.icon());
                getStyleClass().add(rag.styleClass());
            }
        });
        pct.setPrefWidth(90);
        t.getColumns().add(pct);
        return t;
    }

    private static TableColumn<AcknowledgementsViewModel.Figure, Integer> num(String key,
            java.util.function.ToIntFunction<Tally> f) {
        TableColumn<AcknowledgementsViewModel.Figure, Integer> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.applyAsInt(d.getValue().tally())));
        c.setPrefWidth(80);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TreeTableColumn<Row, String> tcol(String key, double width, java.util.function.Function<Row, String> f) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue().getValue())));
        return c;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public AcknowledgementsViewModel viewModel() {
        return vm;
    }

    public HeatMap heatMap() {
        return heatMap;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.SignOffsOf signOffs) {
            pendingPolicy = signOffs.policyId();
            choosePendingPolicyWhenLoaded();
        } else if (destination instanceof Drill d) {
            drill(d);
        }
    }

    /**
     * From a dashboard figure: the outstanding list with exactly that figure's filters (the others
     * cleared). The policy is chosen by id once the page's policies are loaded.
     */
    private void drill(Drill d) {
        vm.clearFilters();
        vm.categoryProperty().set(d.category());
        vm.overdueOnlyProperty().set(d.kind() == Drill.Kind.ACKS_OVERDUE);
        tabs.getSelectionModel().select(1);
        pendingPolicy = d.policyId();
        choosePendingPolicyWhenLoaded();
    }

    /** Chooses {@link #pendingPolicy} now if the page's policies are loaded, else as soon as they are. */
    private void choosePendingPolicyWhenLoaded() {
        if (pendingPolicy != null && !choosePendingPolicy()) {
            vm.policies().addListener(new javafx.collections.ListChangeListener<Policy>() {
                @Override
                public void onChanged(Change<? extends Policy> c) {
                    if (pendingPolicy == null || choosePendingPolicy()) {
                        vm.policies().removeListener(this);
                    }
                }
            });
        }
    }

    private Long pendingPolicy;

    private boolean choosePendingPolicy() {
        Long id = pendingPolicy;
        for (Policy p : vm.policies()) {
            if (id != null && p.id() == id) {
                pendingPolicy = null;
                vm.policyProperty().set(p);
                return true;
            }
        }
        return false;
    }
}
