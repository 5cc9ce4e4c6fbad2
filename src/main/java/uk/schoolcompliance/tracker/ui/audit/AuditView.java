package uk.schoolcompliance.tracker.ui.audit;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.AuditText;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Combos;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/** The Audit log page: a filter bar, the entries (read-only), the selected entry's changes, and data-protection actions. */
public final class AuditView implements Page {

    /** How long typing in the search box pauses before the log is asked again. */
    static final javafx.util.Duration SEARCH_PAUSE = javafx.util.Duration.millis(250);

    private final AuditViewModel vm;
    private final UiContext ctx;
    private final VBox root;
    /** Who did it: the computer's user on a file, the server's login on a trust's server (#19). */
    private TableColumn<AuditViewModel.Row, String> whoColumn;

    public AuditView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new AuditViewModel(ctx);
        Label title = new Label(I18n.t("audit.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(I18n.t("audit.subtitle"));
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label notice = new Label();
        notice.setId("audit-notice");
        notice.getStyleClass().add("safety-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setGraphic(new FontIcon(MaterialDesignL.LOCK_OUTLINE));

        Node actions = actions(ctx);
        Node filters = filterBar();
        TableView<AuditViewModel.Row> table = table();
        TableView<AuditText.Change> changes = changesTable();
        Label detailTitle = new Label(I18n.t("audit.detail.title"));
        detailTitle.getStyleClass().add("section-title");
        Label detailEmpty = new Label(I18n.t("audit.detail.empty"));
        changes.setPlaceholder(detailEmpty);
        VBox detail = new VBox(6, detailTitle, changes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());

        root = new VBox(10, new VBox(4, title, subtitle), actions, notice, filters, split, status);
        root.setPadding(new Insets(20, 24, 12, 24));
        root.getStylesheets().add(AuditView.class.getResource("audit.css").toExternalForm());
        root.getStyleClass().add("audit-page");
        vm.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                vm.errorProperty().set(null);
                Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), message);
            }
        });
    }

    private Node actions(UiContext ctx) {
        Button backup = new Button(I18n.t("safety.action.backup"), new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        backup.setId("safety-backup-now");
        backup.setTooltip(new Tooltip(I18n.t("safety.action.backup.tip")));
        backup.setOnAction(e -> vm.backupNow());
        Button restore = new Button(I18n.t("safety.action.restore"), new FontIcon(MaterialDesignR.RESTORE));
        restore.setId("safety-restore");
        restore.setOnAction(e -> RestoreDialog.show(root.getScene().getWindow(), vm));
        Button retention = new Button(I18n.t("safety.action.retention"), new FontIcon(MaterialDesignA.ACCOUNT_REMOVE_OUTLINE));
        retention.setId("safety-retention");
        retention.setOnAction(e -> RetentionDialog.show(root.getScene().getWindow(), vm));
        Button sar = new Button(I18n.t("safety.action.sar"), new FontIcon(MaterialDesignF.FILE_ACCOUNT_OUTLINE));
        sar.setId("safety-sar");
        sar.setOnAction(e -> SubjectAccessDialog.show(root.getScene().getWindow(), vm));
        for (Button b : new Button[] {retention, restore}) {
            b.disableProperty().bind(vm.noticeProperty().isNotNull());
        }
        // each button keeps its whole words; on a narrow window (125 % scaling) the bar wraps onto a second row
        FlowPane bar = new FlowPane(8, 8, backup, restore, retention, sar);
        for (Button b : new Button[] {backup, restore, retention, sar}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node filterBar() {
        ComboBox<String> entity = new ComboBox<>(vm.entities());
        entity.setId("audit-filter-entity");
        entity.setPromptText(I18n.t("audit.filter.entity"));
        entity.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : AuditText.label(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        entity.valueProperty().bindBidirectional(vm.entityProperty());
        Combos.showWhole(entity, entity.getItems(), entity::getConverter);
        DatePicker from = DateFields.asOf(null, ctx::today);
        from.setId("audit-filter-from");
        from.setPromptText(I18n.t("audit.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = DateFields.asOf(null, ctx::today);
        to.setId("audit-filter-to");
        to.setPromptText(I18n.t("audit.filter.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<String> user = new ComboBox<>(vm.users());
        user.setId("audit-filter-user");
        user.setPromptText(I18n.t("audit.filter.user"));
        user.valueProperty().bindBidirectional(vm.userProperty());
        Combos.showWhole(user, user.getItems(), user::getConverter);
        TextField text = new TextField();
        text.setId("audit-filter-text");
        text.setPromptText(I18n.t("audit.filter.text"));
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setOnAction(e -> vm.refresh());
        // live as the user types, asked once they pause (each keystroke would otherwise query the whole log)
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(SEARCH_PAUSE);
        vm.debounceSearch(refresh -> {
            pause.setOnFinished(e -> refresh.run());
            pause.playFromStart();
        });
        Button clear = new Button(I18n.t("audit.filter.clear"), new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("audit-filter-clear");
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the filter field gives way, never the button
        clear.setOnAction(e -> vm.clearFilters());
        entity.setOnAction(e -> vm.refresh());
        user.setOnAction(e -> vm.refresh());
        from.setOnAction(e -> vm.refresh());
        to.setOnAction(e -> vm.refresh());
        // the choices keep their whole text ("All records", "Any user"); on a narrow window the bar wraps
        text.setPrefColumnCount(18);
        FlowPane bar = new FlowPane(8, 8, entity, from, to, user, text, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private TableView<AuditViewModel.Row> table() {
        TableView<AuditViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("audit-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(I18n.t("audit.loading")).otherwise(I18n.t("audit.empty")));
        table.setPlaceholder(placeholder);
        table.getColumns().add(fixed(col(I18n.t("audit.col.when"), AuditViewModel.Row::when, 140)));
        whoColumn = fixed(col(I18n.t(vm.whoIsLogin() ? "audit.col.login" : "audit.col.osUser"),
                AuditViewModel.Row::who, 130));
        whoColumn.setId("audit-col-who");
        table.getColumns().add(whoColumn);
        table.getColumns().add(fixed(col(I18n.t("audit.col.operator"), AuditViewModel.Row::operator, 130)));
        table.getColumns().add(fixed(col(I18n.t("audit.col.record"), AuditViewModel.Row::record, 170)));
        table.getColumns().add(fixed(col(I18n.t("audit.col.action"), AuditViewModel.Row::action, 80)));
        table.getColumns().add(fixed(col(I18n.t("audit.col.redacted"), AuditViewModel.Row::redacted, 110)));
        table.getColumns().add(col(I18n.t("audit.col.summary"), AuditViewModel.Row::summary, 380));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private static <R> TableColumn<R, String> fixed(TableColumn<R, String> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    private static <R> TableColumn<R, String> col(String title, java.util.function.Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        // the header whole; a long record name or change shows in full on hover (and in the changes below)
        uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(c);
        c.setCellFactory(uk.schoolcompliance.tracker.ui.common.ColumnFit.tooltipCells());
        return c;
    }

    private TableView<AuditText.Change> changesTable() {
        TableView<AuditText.Change> t = new TableView<>(vm.changes());
        t.setId("audit-changes");
        t.getColumns().add(col(I18n.t("audit.col.field"), AuditText.Change::field, 180));
        t.getColumns().add(col(I18n.t("audit.col.before"), AuditText.Change::before, 340));
        t.getColumns().add(col(I18n.t("audit.col.after"), AuditText.Change::after, 340));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(AuditText.Change item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"), !empty && item != null && item.changed());
            }
        });
        return t;
    }

    public AuditViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        String who = I18n.t(vm.whoIsLogin() ? "audit.col.login" : "audit.col.osUser");
        if (!who.equals(whoColumn.getText())) {
            whoColumn.setText(who);
            uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(whoColumn);
        }
        vm.refresh();
    }
}
