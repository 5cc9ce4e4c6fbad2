package uk.schoolcompliance.tracker.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The dashboard's charts: acknowledgement rates by staff category and reviews falling due per term side by side,
 * and the rates by policy (lowest at the top) below. Every bar is coloured by its status, says its figures in a
 * tooltip (never colour alone) and, where there is a list behind it, opens it.
 */
final class ChartsPane extends VBox {

    private final Consumer<Destination> navigate;
    private final BarChart<Number, String> byPolicy;
    private final BarChart<String, Number> byCategory;
    private final BarChart<String, Number> perTerm;

    ChartsPane(Consumer<Destination> navigate) {
        super(16);
        this.navigate = navigate;
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
        getChildren().addAll(smallCharts, byPolicy);
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

    void show(DashboardViewModel.Figures f) {
        XYChart.Series<String, Number> cats = new XYChart.Series<>();
        for (DashboardViewModel.Rate r : f.byCategory()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(r.label(), r.percent());
            rag(d, Rag.forPercent(r.percent()), I18n.t("dashboard.chart.rateTip", r.label(), r.percent(), r.done(), r.required()),
                    r.drill(), "bar-category-" + cats.getData().size());
            cats.getData().add(d);
        }
        byCategory.getData().setAll(List.of(cats));

        XYChart.Series<String, Number> terms = new XYChart.Series<>();
        for (DashboardViewModel.TermCount t : f.reviewsPerTerm()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(t.label(), t.count());
            rag(d, t.overdue() && t.count() > 0 ? Rag.RED : Rag.GREEN, I18n.t("dashboard.chart.termTip", t.label(), t.count()),
                    t.overdue() ? Drill.of(Drill.Kind.REVIEWS_OVERDUE) : null, "bar-term-" + terms.getData().size());
            terms.getData().add(d);
        }
        perTerm.getData().setAll(List.of(terms));

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
        byPolicy.getData().setAll(List.of(pols));
        byPolicy.setPrefHeight(Math.max(240, 60 + 24 * f.byPolicy().size()));
        byPolicy.setMinHeight(byPolicy.getPrefHeight());
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
                    DrillLinks.activatable(node, I18n.t("dashboard.open.tip", text, DrillLinks.where(drill)),
                            () -> navigate.accept(drill));
                }
                node.getStyleClass().addListener((ListChangeListener<String>) c -> {
                    if (!node.getStyleClass().contains(styleClass)) {
                        node.getStyleClass().add(styleClass);
                    }
                });
                node.getStyleClass().add(styleClass);
            }
        });
    }
}
