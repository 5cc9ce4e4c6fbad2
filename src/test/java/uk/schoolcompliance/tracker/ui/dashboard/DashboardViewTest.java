package uk.schoolcompliance.tracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.chart.BarChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** The dashboard's charts, warnings, as-of date and click-through, headless on the demo school. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void chartsAndWarningsShowTheCalculatorsFigures(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        TrackerServices services = TestDemo.open(dir);
        ComplianceCalculator calc = services.compliance().calculator(TestDemo.AS_OF);
        FxTestSupport.waitUntil(() -> !robot.lookup("#chart-by-policy").queryAs(BarChart.class).getData().isEmpty());
        BarChart<?, ?> byPolicy = robot.lookup("#chart-by-policy").queryAs(BarChart.class);
        assertThat(byPolicy.getData().get(0).getData())
                .hasSize(Math.min(uk.schoolcompliance.tracker.ui.dashboard.DashboardViewModel.POLICIES_CHARTED,
                        calc.tallyByPolicy().size()));
        // the lowest rate is charted (at the top, the axis's last category)
        double lowest = calc.tallyByPolicy().values().stream().mapToDouble(t -> t.percent()).min().orElseThrow();
        var bars = byPolicy.getData().get(0).getData();
        assertThat(((Number) bars.get(bars.size() - 1).getXValue()).doubleValue()).isEqualTo(lowest);
        BarChart<?, ?> byCategory = robot.lookup("#chart-by-category").queryAs(BarChart.class);
        assertThat(byCategory.getData().get(0).getData()).hasSize(calc.tallyByCategory().size());
        BarChart<?, ?> perTerm = robot.lookup("#chart-reviews-per-term").queryAs(BarChart.class);
        var overdueBar = perTerm.getData().get(0).getData().get(0);
        assertThat(overdueBar.getYValue()).isEqualTo(calc.summary().reviewsOverdue());
        assertThat(overdueBar.getNode().getStyleClass()).contains("rag-red-bar");
        VBox warnings = robot.lookup("#dashboard-warnings").queryAs(VBox.class);
        assertThat(warnings.getChildren()).hasSize(calc.dataWarnings().size());
    }

    @Test
    void theWarningsShowTheSocialMediaPolicysContradictoryDatesFromTheOnePlace(FxRobot robot) {
        FxTestSupport.waitUntil(() -> !robot.lookup("#dashboard-warnings").queryAs(VBox.class).getChildren().isEmpty()
                && robot.lookup("#card-warnings-value").tryQuery().isPresent());
        var expected = TestDemo.open(dir).compliance().calculator(TestDemo.AS_OF).dataWarnings();
        java.util.List<String> lines = robot.lookup("#dashboard-warnings").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(lines).contains("Social Media Policy: next review due 30/09/2026 is in the same month as the last "
                + "review 01/09/2026");
        assertThat(lines).contains("1 person in post has no email address");
        assertThat(lines).hasSize(expected.size());
        assertThat(robot.lookup("#card-warnings-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.size()));
    }

    @Test
    void theOverdueCardCountsTheOutstandingAndShowsTheAbsentApart(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-overdue-detail").tryQuery().isPresent());
        var s = TestDemo.open(dir).compliance().summary(TestDemo.AS_OF);
        assertThat(s.ackAbsent()).isPositive();
        assertThat(robot.lookup("#card-ack-overdue-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(s.ackOverdue()));
        assertThat(robot.lookup("#card-ack-overdue-detail").queryAs(Label.class).getText())
                .isEqualTo(s.ackOutstanding() + " outstanding in all, plus " + s.ackAbsent()
                        + " on long-term absence, not chased");
        assertThat(robot.lookup("#card-ack-percent-status").queryAs(Label.class).getText()).isEqualTo("Keep an eye");
        assertThat(robot.lookup("#card-reviews-overdue-status").queryAs(Label.class).getText()).isEqualTo("Action needed");
    }

    @Test
    void theTopBarsDateIsTheOnlyAsOfPickerAndMovesEveryFigure(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        // one as-of picker: the top bar's
        assertThat(robot.lookup("#dashboard-as-of").tryQuery()).isEmpty();
        assertThat(robot.lookup(".date-picker").queryAll()).hasSize(1);
        LocalDate earlier = LocalDate.of(2026, 6, 1);
        var expected = TestDemo.open(dir).compliance().summary(earlier);
        DatePicker picker = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(earlier));
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery()
                .map(n -> ((Label) n).getText()).filter((expected.ackPercent() + " %")::equals).isPresent());
        assertThat(robot.lookup("#dashboard-heading").queryAs(Label.class).getText()).isEqualTo("Figures as of 01/06/2026");
        assertThat(robot.lookup("#card-reviews-overdue-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.reviewsOverdue()));
    }

    @Test
    void aCardOpensItsList(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-induction").tryQuery().isPresent());
        robot.clickOn("#card-induction");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-induction").queryAs(ToggleButton.class).isSelected());
    }
}
