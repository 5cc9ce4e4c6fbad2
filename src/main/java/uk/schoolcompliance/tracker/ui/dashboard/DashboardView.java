package uk.schoolcompliance.tracker.ui.dashboard;

import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.ThisWeek;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The dashboard: headline figures as cards (red/amber/green with an icon and a word), each a click
 * through to the list behind it; charts of acknowledgement rates by policy and by staff category and
 * of reviews falling due per term; "what needs doing this week"; and the data-quality warnings. Every
 * card, bar and line opens the list behind it, filtered (a {@link Drill}), by click or Enter/Space. The
 * figures are as of the top bar's date (the only as-of picker).
 */
public final class DashboardView implements Page {

    private static final double CARD_TEXT_WIDTH = 214;
    private static final double CARD_HEIGHT = 176;

    private final DashboardViewModel vm;
    private final UiContext ctx;
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label heading = new Label();
    private final VBox week = new VBox(4);
    private final BarChart<Number, String> byPolicy;
    private final BarChart<String, Number> byCategory;
    private final BarChart<String, Number> perTerm;
    private final VBox warnings = new VBox(6);
    private final StackPane root;
    private final ScrollPane scroll;
    private final uk.schoolcompliance.tracker.ui.setup.NextStepsView nextSteps;

    private final uk.schoolcompliance.tracker.ui.trust.TrustOverviewPane trustOverview;

    public DashboardView(UiContext ctx) {
        this.trustOverview = new uk.schoolcompliance.tracker.ui.trust.TrustOverviewPane(ctx);
        this.ctx = ctx;
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

        cards.setId("dashboard-cards");
        cards.setRowValignment(javafx.geometry.VPos.TOP);
        cards.setPrefWrapLength(1100);
        cards.setPadding(new Insets(4, 0, 0, 0));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        nextSteps = new uk.schoolcompliance.tracker.ui.setup.NextStepsView(ctx);

        byCategory = columnChart("chart-by-category", I18n.t("dashboard.chart.byCategory"), true);
        perTerm = columnChart("chart-reviews-per-term", I18n.t("dashboard.chart.reviewsPerTerm"), false);
        NumberAxis rate = new NumberAxis(0, 100, 10);
        rate.setLabel(I18n.t("dashboard.chart.rateAxis"));
        CategoryAxis policies = new CategoryAxis();
        byPolicy = new BarChart<>(rate, policies);
        byPolicy.setId("chart-by-policy");
        byPolicy.setTitle(I18n.t("dashboard.chart.byPolicy"));
        byPolicy.setLegendVisible(false);
        byPolicy.setAnimated(false);
        byPolicy.setCategoryGap(4);
        HBox smallCharts = new HBox(16, byCategory, perTerm);
        HBox.setHgrow(byCategory, Priority.ALWAYS);
        HBox.setHgrow(perTerm, Priority.ALWAYS);

        Label warningsTitle = new Label(I18n.t("dashboard.warnings.title"));
        warningsTitle.getStyleClass().add("section-title");
        warnings.setId("dashboard-warnings");
        Label weekTitle = new Label(I18n.t("dashboard.week.title"));
        weekTitle.getStyleClass().add("section-title");
        week.setId("dashboard-this-week");

        VBox content = new VBox(16, top, error, nextSteps.node(), cards, weekTitle, week, smallCharts, byPolicy,
                warningsTitle, warnings);
        content.getChildren().add(2, trustOverview.node()); // issue 16: schools side by side, with "All schools"
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

    private static BarChart<String, Number> columnChart(String id, String title, boolean percent) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = percent ? new NumberAxis(0, 100, 20) : new NumberAxis();
        if (!percent) {
            y.setMinorTickVisible(false);
            y.setTickUnit(1);
            // counts of policies: whole numbers only on the axis
            y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
                @Override
                public String toString(Number n) {
                    return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
                }

                @Override
                public Number fromString(String s) {
                    return Integer.valueOf(s);
                }
            });
        }
        y.setLabel(percent ? I18n.t("dashboard.chart.rateAxis") : I18n.t("dashboard.chart.reviewsAxis"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinWidth(320);
        return chart;
    }

    private void render(DashboardViewModel.Figures f) {
        Summary s = f.summary();
        heading.setText(I18n.t("dashboard.heading", Dates.forPeople(s.asOf())));
        // a figure that cannot be judged yet says so, never "On track": nothing to acknowledge, or no review dates
        Mark notStarted = Mark.none("card.state.notStarted");
        Mark noDates = Mark.none("card.state.noDates");
        String noDatesDetail = I18n.t("card.reviews.noDates", s.reviewsNoDate(), s.policiesActive());
        boolean undated = s.reviewDatesMissing();
        cards.getChildren().setAll(
                s.ackNotStarted()
                        ? card("card-ack-percent", I18n.t("card.ack.percent"), "\u2014",
                                I18n.t("card.ack.percent.notStarted"), notStarted, Drill.of(Drill.Kind.ACKS_OUTSTANDING))
                        : card("card-ack-percent", I18n.t("card.ack.percent"), s.ackPercent() + " %",
                                I18n.t("card.ack.percent.detail", s.ackDone(), s.ackRequired()),
                                Mark.of(Rag.forPercent(s.ackPercent())), Drill.of(Drill.Kind.ACKS_OUTSTANDING)),
                card("card-ack-overdue", I18n.t("card.ack.overdue"), String.valueOf(s.ackOverdue()),
                        s.ackAbsent() > 0 ? I18n.t("card.ack.overdue.detailAbsent", s.ackOutstanding(), s.ackAbsent())
                                : I18n.t("card.ack.overdue.detail", s.ackOutstanding()),
                        s.ackNotStarted() ? notStarted : Mark.of(Rag.redIfAny(s.ackOverdue())),
                        Drill.of(Drill.Kind.ACKS_OVERDUE)),
                card("card-reviews-overdue", I18n.t("card.reviews.overdue"), String.valueOf(s.reviewsOverdue()),
                        s.reviewsOverdue() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.overdue.detail"),
                        s.reviewsOverdue() == 0 && undated ? noDates : Mark.of(Rag.redIfAny(s.reviewsOverdue())),
                        Drill.of(Drill.Kind.REVIEWS_OVERDUE)),
                card("card-reviews-due-soon", I18n.t("card.reviews.dueSoon"), String.valueOf(s.reviewsDueSoon()),
                        s.reviewsDueSoon() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.dueSoon.detail"),
                        s.reviewsDueSoon() == 0 && undated ? noDates : Mark.of(Rag.amberIfAny(s.reviewsDueSoon())),
                        Drill.of(Drill.Kind.REVIEWS_DUE_SOON)),
                card("card-induction", I18n.t("card.induction"), String.valueOf(s.inductionInProgress()),
                        I18n.t("card.induction.detail", s.inductionOverdueItems()),
                        Mark.of(Rag.redIfAny(s.inductionOverdueItems())),
                        Drill.of(Drill.Kind.INDUCTIONS_IN_PROGRESS)),
                card("card-staff", I18n.t("card.staff"), String.valueOf(s.staffInPost()),
                        I18n.t("card.staff.detail", s.policiesActive()), Mark.of(Rag.GREEN),
                        Drill.of(Drill.Kind.STAFF_IN_POST)),
                card("card-warnings", I18n.t("card.warnings"), String.valueOf(s.dataWarnings()),
                        I18n.t("card.warnings.detail"), Mark.of(Rag.amberIfAny(s.dataWarnings())),
                        I18n.t("dashboard.open.warnings"), this::focusWarnings));

        XYChart.Series<String, Number> cats = new XYChart.Series<>();
        for (DashboardViewModel.Rate r : f.byCategory()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(r.label(), r.percent());
            rag(d, Rag.forPercent(r.percent()), I18n.t("dashboard.chart.rateTip", r.label(), r.percent(), r.done(), r.required()),
                    r.drill(), "bar-category-" + cats.getData().size());
            cats.getData().add(d);
        }
        byCategory.getData().setAll(java.util.List.of(cats));

        XYChart.Series<String, Number> terms = new XYChart.Series<>();
        for (DashboardViewModel.TermCount t : f.reviewsPerTerm()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(t.label(), t.count());
            rag(d, t.overdue() && t.count() > 0 ? Rag.RED : Rag.GREEN, I18n.t("dashboard.chart.termTip", t.label(), t.count()),
                    t.overdue() ? Drill.of(Drill.Kind.REVIEWS_OVERDUE) : null, "bar-term-" + terms.getData().size());
            terms.getData().add(d);
        }
        perTerm.getData().setAll(java.util.List.of(terms));

        XYChart.Series<Number, String> pols = new XYChart.Series<>();
        // lowest rate at the top: the category axis draws its first item at the bottom
        for (int i = f.byPolicy().size() - 1; i >= 0; i--) {
            DashboardViewModel.Rate r = f.byPolicy().get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(r.percent(), r.label());
            // ids count from the lowest rate, the first in the view model's list
            rag(d, Rag.forPercent(r.percent()), I18n.t("dashboard.chart.rateTip", r.label(), r.percent(), r.done(), r.required()),
                    r.drill(), "bar-policy-" + i);
            pols.getData().add(d);
        }
        byPolicy.getData().setAll(java.util.List.of(pols));
        byPolicy.setPrefHeight(Math.max(240, 60 + 24 * f.byPolicy().size()));
        byPolicy.setMinHeight(byPolicy.getPrefHeight());

        warnings.getChildren().clear();
        if (f.warnings().isEmpty()) {
            Label none = new Label(I18n.t("dashboard.warnings.none"), Rag.GREEN.icon());
            warnings.getChildren().add(none);
        }
        List<DashboardViewModel.Job> warningJobs = f.warningJobs();
        for (int i = 0; i < warningJobs.size(); i++) {
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT);
            icon.getStyleClass().add(Rag.AMBER.styleClass());
            warnings.getChildren().add(jobLine("dashboard-warning-" + i, warningJobs.get(i), icon));
        }

        week.getChildren().clear();
        if (f.thisWeek().isEmpty()) {
            week.getChildren().add(new Label(I18n.t("dashboard.week.none"), Rag.GREEN.icon()));
        }
        int shown = Math.min(f.thisWeek().size(), WEEK_LINES);
        for (int i = 0; i < shown; i++) {
            DashboardViewModel.Job j = f.thisWeek().get(i);
            Node icon = j.kind() == ThisWeek.Kind.DATA_WARNING ? warningIcon() : Rag.RED.icon();
            week.getChildren().add(jobLine("this-week-" + i, j, icon));
        }
        if (f.thisWeek().size() > shown) {
            Label more = new Label(I18n.t("dashboard.week.more", f.thisWeek().size() - shown));
            more.setId("this-week-more");
            week.getChildren().add(more);
        }
    }

    /**
     * The most urgent lines of "What needs doing this week" shown at once: a trust can have hundreds, and a list
     * that long is neither read nor cheap to draw (every line is a focusable node with its own tooltip).
     */
    static final int WEEK_LINES = 20;

    private static Node warningIcon() {
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT);
        icon.getStyleClass().add(Rag.AMBER.styleClass());
        return icon;
    }

    /** A line that opens what it is about: clickable, focusable, Enter or Space, with a tooltip naming where. */
    private Label jobLine(String id, DashboardViewModel.Job j, Node icon) {
        Label l = new Label(j.text(), icon);
        l.setId(id);
        l.getStyleClass().add("warning-line");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        activatable(l, I18n.t("dashboard.open.tip", j.text(), where(j.section(), j.argument())),
                () -> ctx.navigate(j.section(), j.argument()));
        return l;
    }

    /** The bundle key of the words for where a kind of drill goes (one per {@link Drill.Kind}, checked by I18nTest). */
    static String whereKey(Drill.Kind kind) {
        return "drill." + kind.name();
    }

    /** Where a drill goes, in words for its tooltip. */
    static String where(Section section, Object argument) {
        if (argument instanceof Drill d) {
            return I18n.t(whereKey(d.kind()));
        }
        return I18n.t("dashboard.open.record", I18n.t(section.key()));
    }

    /** Moves the keyboard focus (and the scroll) to the data-quality warnings. */
    private void focusWarnings() {
        Node first = warnings.getChildren().isEmpty() ? null : warnings.getChildren().get(0);
        if (first != null) {
            first.requestFocus();
            Node content = warnings.getParent();
            if (scroll.getContent() != null && content != null) {
                double h = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                double y = warnings.getBoundsInParent().getMinY() - 16;
                scroll.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, y / h)));
            }
        }
    }

    /**
     * Makes a node open something as a button does: a click, or Enter or Space when it has the focus;
     * a tooltip says where it goes, and a screen reader hears it as a button.
     */
    static void activatable(Node n, String tip, Runnable open) {
        // a chart binds its bars' focus traversal to the screen reader being on: a bar that opens a list
        // is reached by Tab whatever
        n.focusTraversableProperty().unbind();
        n.setFocusTraversable(true);
        n.accessibleRoleProperty().unbind();
        n.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        n.getStyleClass().add("drill");
        n.setCursor(javafx.scene.Cursor.HAND);
        if (n instanceof javafx.scene.control.Control c) {
            c.setTooltip(new Tooltip(tip));
        } else {
            Tooltip.install(n, new Tooltip(tip));
        }
        n.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                n.requestFocus();
                open.run();
            }
        });
        n.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
    }

    /**
     * Colours a bar by its status and gives it a tooltip with the figures (never colour alone). The
     * chart sets a bar's style classes after creating it, so the class is added once it is shown.
     */
    private <X, Y> void rag(XYChart.Data<X, Y> d, Rag rag, String tip, Drill drill, String id) {
        String styleClass = rag.styleClass() + "-bar";
        d.nodeProperty().addListener((o, a, node) -> {
            if (node != null) {
                String text = tip + " \u2014 " + I18n.t(rag.wordKey());
                if (drill == null) {
                    Tooltip.install(node, new Tooltip(text));
                } else {
                    node.setId(id);
                    activatable(node, I18n.t("dashboard.open.tip", text, where(drill.section(), drill)),
                            () -> ctx.navigate(drill.section(), drill));
                }
                node.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> {
                    if (!node.getStyleClass().contains(styleClass)) {
                        node.getStyleClass().add(styleClass);
                    }
                });
                node.getStyleClass().add(styleClass);
            }
        });
    }

    /**
     * A card's status: a red/amber/green word with its icon, or (for a figure that cannot be judged yet)
     * a neutral word in grey, so a card is never green because there is nothing to count.
     */
    private record Mark(String word, String styleClass, Node icon) {
        static Mark of(Rag rag) {
            return new Mark(I18n.t(rag.wordKey()), rag.styleClass(), rag.icon());
        }

        static Mark none(String wordKey) {
            FontIcon icon = new FontIcon(MaterialDesignC.CIRCLE_OUTLINE);
            icon.getStyleClass().add("rag-none");
            return new Mark(I18n.t(wordKey), "rag-none", icon);
        }
    }

    private Node card(String id, String title, String value, String detail, Mark rag, Drill drill) {
        return card(id, title, value, detail, rag, where(drill.section(), drill),
                () -> ctx.navigate(drill.section(), drill));
    }

    private Node card(String id, String title, String value, String detail, Mark rag, String where, Runnable open) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("card-title");
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("card-value");
        valueLabel.setId(id + "-value");
        Label ragWord = new Label(rag.word(), rag.icon());
        ragWord.getStyleClass().addAll("rag-word", rag.styleClass());
        ragWord.setId(id + "-status");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("card-detail");
        detailLabel.setId(id + "-detail");
        detailLabel.setWrapText(true);
        // a wrapped label inside a button's graphic needs a fixed width, or its height runs away
        detailLabel.setPrefWidth(CARD_TEXT_WIDTH);
        detailLabel.setMaxWidth(CARD_TEXT_WIDTH);
        titleLabel.setMaxWidth(CARD_TEXT_WIDTH);
        VBox box = new VBox(6, new HBox(8, titleLabel), valueLabel, ragWord, detailLabel);
        box.setPrefWidth(CARD_TEXT_WIDTH);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        Button button = new Button();
        // one height for every card: a tidy grid, and no runaway heights from wrapped text
        button.setMinHeight(CARD_HEIGHT);
        button.setPrefHeight(CARD_HEIGHT);
        button.setMaxHeight(CARD_HEIGHT);
        button.setGraphic(box);
        button.setId(id);
        button.getStyleClass().addAll("card", rag.styleClass() + "-card");
        button.setOnAction(e -> open.run());
        // a button fires on Space; Enter opens a card too (it is not the window's default button)
        button.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                button.fire();
            }
        });
        // a Button measures a graphic holding a wrapping label unreliably (cards grew hundreds of
        // pixels tall): give the detail a width and every card the same fixed size
        detailLabel.setPrefWidth(210);
        detailLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setMinSize(250, 172);
        button.setPrefSize(250, 172);
        button.setMaxSize(250, 172);
        button.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        button.setAccessibleText(title + ": " + value + ", " + rag.word());
        button.setTooltip(new Tooltip(I18n.t("dashboard.open.tip", title, where)));
        return button;
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
