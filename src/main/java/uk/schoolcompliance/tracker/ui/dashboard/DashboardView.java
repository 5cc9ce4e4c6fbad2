package uk.schoolcompliance.tracker.ui.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.setup.NextStepsView;

/**
 * The dashboard: headline figures as cards ({@link CardsPane}: red/amber/green with an icon and a word), each a
 * click through to the list behind it; "what needs doing this week" and the data-quality warnings
 * ({@link JobsPane}); charts of acknowledgement rates by policy and by staff category and of reviews falling due
 * per term ({@link ChartsPane}). Every card, bar and line opens the list behind it, filtered (a {@link Drill}), by
 * click or Enter/Space. The figures are as of the top bar's date (the only as-of picker).
 */
public final class DashboardView implements Page {

    /**
     * The most urgent lines of "What needs doing this week" shown at once: a trust can have hundreds, and a list
     * that long is neither read nor cheap to draw (every line is a focusable node with its own tooltip).
     */
    static final int WEEK_LINES = 20;

    private final DashboardViewModel vm;
    private final Label heading = new Label();
    private final CardsPane cards;
    private final JobsPane week;
    private final JobsPane warnings;
    private final ChartsPane charts;
    /** Panes other features add below the cards (e.g. a trust's schools side by side), in the order added. */
    private final VBox extraPanes = new VBox(16);
    private final StackPane root;
    private final ScrollPane scroll;
    private final NextStepsView nextSteps;

    private final uk.schoolcompliance.tracker.ui.trust.TrustOverviewPane trustOverview;

    public DashboardView(UiContext ctx) {
        this.trustOverview = new uk.schoolcompliance.tracker.ui.trust.TrustOverviewPane(ctx);
        this.vm = new DashboardViewModel(ctx);
        // issue 16: the schools side by side are drawn in a pulse of their own, after the cards (a trust's table and
        // the cards in one pulse would hold the FX thread too long)
        vm.trustOverviewProperty().addListener((o, a, b) -> ctx.executor().run(() -> b,
                overview -> trustOverview.model().show(overview), e -> { }));
        heading.getStyleClass().add("page-title");
        heading.setId("dashboard-heading");
        heading.setWrapText(true);
        // one as-of date: the top bar's picker; the heading says which date the figures are as of
        HBox top = new HBox(10, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        nextSteps = new NextStepsView(ctx);
        cards = new CardsPane(ctx::navigate, this::focusWarnings);
        week = JobsPane.thisWeek(ctx::navigate);
        warnings = JobsPane.warnings(ctx::navigate);
        charts = new ChartsPane(ctx::navigate);
        extraPanes.setId("dashboard-extra-panes");
        extraPanes.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(extraPanes.getChildren()));

        VBox content = new VBox(16, top, error, nextSteps.node(), cards, extraPanes, week, charts, warnings);
        content.getChildren().add(2, trustOverview.node()); // issue 16: with "All schools", the schools side by side first
        content.setPadding(new Insets(24));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.loadingProperty().and(vm.summaryProperty().isNull()));
        root = new StackPane(scroll, busy);
        root.getStyleClass().add("dashboard");
        root.getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        vm.figuresProperty().addListener((o, a, f) -> render(f));
    }

    /** Adds a pane below the headline cards (a feature's own overview); it has the page's width and scrolls with it. */
    public void addPane(Node pane) {
        extraPanes.getChildren().add(pane);
    }

    private void render(DashboardViewModel.Figures f) {
        heading.setText(I18n.t("dashboard.heading", Dates.forPeople(f.summary().asOf())));
        cards.show(f.summary());
        charts.show(f);
        warnings.show(f.warningJobs(), f.warnings().isEmpty());
        week.show(f.thisWeek(), f.thisWeek().isEmpty());
    }

    /** The bundle key of the words for where a kind of drill goes (one per {@link Drill.Kind}, checked by I18nTest). */
    static String whereKey(Drill.Kind kind) {
        return DrillLinks.whereKey(kind);
    }

    /** Moves the keyboard focus (and the scroll) to the data-quality warnings. */
    private void focusWarnings() {
        VBox lines = warnings.lines();
        Node first = lines.getChildren().isEmpty() ? null : lines.getChildren().get(0);
        if (first != null) {
            first.requestFocus();
            if (scroll.getContent() != null) {
                double h = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                double y = warnings.getBoundsInParent().getMinY() + lines.getBoundsInParent().getMinY() - 16;
                scroll.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, y / h)));
            }
        }
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
        nextSteps.refresh();
    }
}
