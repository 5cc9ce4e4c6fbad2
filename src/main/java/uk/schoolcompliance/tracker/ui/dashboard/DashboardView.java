package uk.schoolcompliance.tracker.ui.dashboard;

import java.time.LocalDate;

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
import javafx.scene.control.DatePicker;
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
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The dashboard: headline figures as cards (red/amber/green with an icon and a word), each a click
 * through to the list behind it; charts of acknowledgement rates by policy and by staff category and
 * of reviews falling due per term; the data-quality warnings; and its own as-of date, the same one
 * the top bar shows.
 */
public final class DashboardView implements Page {

    private static final double CARD_TEXT_WIDTH = 214;
    private static final double CARD_HEIGHT = 176;

    private final DashboardViewModel vm;
    private final UiContext ctx;
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label heading = new Label();
    private final DatePicker asOf;
    private final BarChart<Number, String> byPolicy;
    private final BarChart<String, Number> byCategory;
    private final BarChart<String, Number> perTerm;
    private final VBox warnings = new VBox(6);
    private final StackPane root;
    private final uk.schoolcompliance.tracker.ui.setup.NextStepsView nextSteps;

    public DashboardView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new DashboardViewModel(ctx);
        heading.getStyleClass().add("page-title");
        asOf = DateFields.asOf(ctx.asOf(), ctx::today);
        asOf.setId("dashboard-as-of");
        asOf.setTooltip(new Tooltip(I18n.t("dashboard.asOf.tooltip")));
        asOf.valueProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(ctx.asOf())) {
                ctx.asOfProperty().set(d);
            }
        });
        ctx.asOfProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(asOf.getValue())) {
                asOf.setValue(d);
            }
        });
        Label asOfLabel = new Label(I18n.t("dashboard.asOf"));
        asOfLabel.setLabelFor(asOf);
        Button today = new Button(I18n.t("dashboard.today"));
        today.setId("dashboard-today");
        today.setOnAction(e -> ctx.asOfProperty().set(ctx.today()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, heading, spacer, asOfLabel, asOf, today);
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

        VBox content = new VBox(16, top, error, nextSteps.node(), cards, smallCharts, byPolicy, warningsTitle, warnings);
        content.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(content);
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
        if (!s.asOf().equals(asOf.getValue())) {
            asOf.setValue(s.asOf());
        }
        // a figure that cannot be judged yet says so, never "On track": nothing to acknowledge, or no review dates
        Mark notStarted = Mark.none("card.state.notStarted");
        Mark noDates = Mark.none("card.state.noDates");
        String noDatesDetail = I18n.t("card.reviews.noDates", s.reviewsNoDate(), s.policiesActive());
        boolean undated = s.reviewDatesMissing();
        cards.getChildren().setAll(
                s.ackNotStarted()
                        ? card("card-ack-percent", I18n.t("card.ack.percent"), "\u2014",
                                I18n.t("card.ack.percent.notStarted"), notStarted, Section.ACKNOWLEDGEMENTS)
                        : card("card-ack-percent", I18n.t("card.ack.percent"), s.ackPercent() + " %",
                                I18n.t("card.ack.percent.detail", s.ackDone(), s.ackRequired()),
                                Mark.of(Rag.forPercent(s.ackPercent())), Section.ACKNOWLEDGEMENTS),
                card("card-ack-overdue", I18n.t("card.ack.overdue"), String.valueOf(s.ackOverdue()),
                        s.ackAbsent() > 0 ? I18n.t("card.ack.overdue.detailAbsent", s.ackOutstanding(), s.ackAbsent())
                                : I18n.t("card.ack.overdue.detail", s.ackOutstanding()),
                        s.ackNotStarted() ? notStarted : Mark.of(Rag.redIfAny(s.ackOverdue())), Section.ACKNOWLEDGEMENTS),
                card("card-reviews-overdue", I18n.t("card.reviews.overdue"), String.valueOf(s.reviewsOverdue()),
                        s.reviewsOverdue() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.overdue.detail"),
                        s.reviewsOverdue() == 0 && undated ? noDates : Mark.of(Rag.redIfAny(s.reviewsOverdue())),
                        Section.REVIEWS),
                card("card-reviews-due-soon", I18n.t("card.reviews.dueSoon"), String.valueOf(s.reviewsDueSoon()),
                        s.reviewsDueSoon() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.dueSoon.detail"),
                        s.reviewsDueSoon() == 0 && undated ? noDates : Mark.of(Rag.amberIfAny(s.reviewsDueSoon())),
                        Section.REVIEWS),
                card("card-induction", I18n.t("card.induction"), String.valueOf(s.inductionInProgress()),
                        I18n.t("card.induction.detail", s.inductionOverdueItems()),
                        Mark.of(Rag.redIfAny(s.inductionOverdueItems())), Section.INDUCTION),
                card("card-staff", I18n.t("card.staff"), String.valueOf(s.staffInPost()),
                        I18n.t("card.staff.detail", s.policiesActive()), Mark.of(Rag.GREEN), Section.STAFF),
                card("card-warnings", I18n.t("card.warnings"), String.valueOf(s.dataWarnings()),
                        I18n.t("card.warnings.detail"), Mark.of(Rag.amberIfAny(s.dataWarnings())), Section.POLICIES));

        XYChart.Series<String, Number> cats = new XYChart.Series<>();
        for (DashboardViewModel.Rate r : f.byCategory()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(r.label(), r.percent());
            rag(d, Rag.forPercent(r.percent()), I18n.t("dashboard.chart.rateTip", r.label(), r.percent(), r.done(), r.required()));
            cats.getData().add(d);
        }
        byCategory.getData().setAll(java.util.List.of(cats));

        XYChart.Series<String, Number> terms = new XYChart.Series<>();
        for (DashboardViewModel.TermCount t : f.reviewsPerTerm()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(t.label(), t.count());
            rag(d, t.overdue() && t.count() > 0 ? Rag.RED : Rag.GREEN, I18n.t("dashboard.chart.termTip", t.label(), t.count()));
            terms.getData().add(d);
        }
        perTerm.getData().setAll(java.util.List.of(terms));

        XYChart.Series<Number, String> pols = new XYChart.Series<>();
        // lowest rate at the top: the category axis draws its first item at the bottom
        for (int i = f.byPolicy().size() - 1; i >= 0; i--) {
            DashboardViewModel.Rate r = f.byPolicy().get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(r.percent(), r.label());
            rag(d, Rag.forPercent(r.percent()), I18n.t("dashboard.chart.rateTip", r.label(), r.percent(), r.done(), r.required()));
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
        for (DataWarning w : f.warnings()) {
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT);
            icon.getStyleClass().add(Rag.AMBER.styleClass());
            String text = w.kind() == DataWarning.Kind.NO_EMAIL ? w.message()
                    : I18n.t("dashboard.warning.line", w.subject(), w.message());
            Label l = new Label(text, icon);
            l.getStyleClass().add("warning-line");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
    }

    /**
     * Colours a bar by its status and gives it a tooltip with the figures (never colour alone). The
     * chart sets a bar's style classes after creating it, so the class is added once it is shown.
     */
    private static <X, Y> void rag(XYChart.Data<X, Y> d, Rag rag, String tip) {
        String styleClass = rag.styleClass() + "-bar";
        d.nodeProperty().addListener((o, a, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip + " \u2014 " + I18n.t(rag.wordKey())));
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

    private Node card(String id, String title, String value, String detail, Mark rag, Section target) {
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
        button.setOnAction(e -> ctx.navigate(target, null));
        // a Button measures a graphic holding a wrapping label unreliably (cards grew hundreds of
        // pixels tall): give the detail a width and every card the same fixed size
        detailLabel.setPrefWidth(210);
        detailLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setMinSize(250, 172);
        button.setPrefSize(250, 172);
        button.setMaxSize(250, 172);
        button.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        button.setAccessibleText(title + ": " + value + ", " + rag.word());
        button.setTooltip(new Tooltip(I18n.t("dashboard.card.open", I18n.t(target.key()))));
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
