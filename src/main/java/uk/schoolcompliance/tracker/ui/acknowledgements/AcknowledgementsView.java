package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The Acknowledgements page: record (one, a sign-off session, a form export), and see the gaps as a
 * heat map ({@link MatrixPane}), as an outstanding list to chase and export ({@link OutstandingPane}), and as
 * figures per policy and per category ({@link FiguresPane}), all filtered by one {@link AckFilterBar}.
 */
public final class AcknowledgementsView implements Page {

    private final UiContext ctx;
    private final AcknowledgementsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final MatrixPane matrix;
    private final OutstandingPane outstanding;

    public AcknowledgementsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new AcknowledgementsViewModel(ctx);
        root.getStyleClass().add("acks-page");
        root.getProperties().put(AcknowledgementsView.class, this);
        root.getStylesheets().add(stylesheet());
        Label title = new Label(I18n.t("acks.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
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
        HBox heading = new HBox(16, title, toolbar());
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, heading, new AckFilterBar(vm), error, messageRow);
        top.setPadding(new Insets(20, 24, 8, 24));
        root.setTop(top);

        matrix = new MatrixPane(vm, this::cellAction);
        outstanding = new OutstandingPane(ctx, vm, this::window, this::record);
        tabs.setId("acks-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(I18n.t("acks.tab.matrix"), matrix),
                new Tab(I18n.t("acks.tab.outstanding"), outstanding),
                new Tab(I18n.t("acks.tab.figures"), new FiguresPane(vm)));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.loadingProperty().and(vm.matrixProperty().isNull()));
        StackPane centre = new StackPane(tabs, busy);
        centre.setPadding(new Insets(0, 24, 16, 24));
        root.setCenter(centre);
        // the outstanding tree can hold hundreds of thousands of rows at trust scale: build it only when shown
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> outstanding.setShown(i.intValue() == 1));
    }

    /** The page's stylesheet, which each of its panes also carries (so a pane shows the same mounted on its own). */
    static String stylesheet() {
        return AcknowledgementsView.class.getResource("acknowledgements.css").toExternalForm();
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
        for (Button b : List.of(record, session, importForm)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
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

    /** A heat map cell: the details of a counting acknowledgement, else record the missing one. */
    private void cellAction(Obligation o) {
        if (o.status() == ObligationStatus.SATISFIED) {
            AcknowledgementDetails.show(window(), vm, o);
        } else {
            record(o);
        }
    }

    private void record(Obligation o) {
        RecordAcknowledgementDialog.show(ctx, window(), o.staff().id(), o.policy().id()).ifPresent(this::tellRecorded);
    }

    private void tellRecorded(AcknowledgementService.Result r) {
        vm.tellOne(r); // says so when it is dated after the as-of date, with "Show as of today"
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public AcknowledgementsViewModel viewModel() {
        return vm;
    }

    public HeatMap heatMap() {
        return matrix.heatMap();
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
            vm.policies().addListener(new ListChangeListener<Policy>() {
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
