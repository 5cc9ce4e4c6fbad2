package uk.schoolcompliance.tracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.PaneMount;

/**
 * The dashboard's panes, each mounted on its own over the demo school's figures: the cards, the charts and the
 * lists of jobs show what the figures say, nothing cut, and each opens the list behind what is clicked.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPanesTest {

    @TempDir
    static Path dir;

    private DashboardViewModel vm;
    private final List<Destination> opened = new ArrayList<>();
    private CardsPane cards;
    private ChartsPane charts;
    private JobsPane week;
    private boolean focused;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new DashboardViewModel(PaneMount.demo(dir));
        vm.load();
        cards = new CardsPane(opened::add, () -> focused = true);
        charts = new ChartsPane(opened::add);
        week = JobsPane.thisWeek(opened::add);
        cards.show(vm.figuresProperty().get().summary());
        charts.show(vm.figuresProperty().get());
        week.show(vm.figuresProperty().get().thisWeek(), vm.figuresProperty().get().thisWeek().isEmpty());
        VBox all = new VBox(16, cards, week, charts);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(all);
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        PaneMount.show(stage, scroll);
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void theCardsShowTheFiguresAndOpenTheirLists(FxRobot robot) {
        var s = vm.figuresProperty().get().summary();
        robot.interact(() -> {
            assertThat(cards.getChildren()).hasSize(7);
            assertThat(robot.lookup("#card-ack-overdue-value").queryAs(Label.class).getText())
                    .isEqualTo(String.valueOf(s.ackOverdue()));
            assertThat(CutText.under(cards)).isEmpty();
        });
        robot.clickOn("#card-ack-overdue");
        assertThat(opened).containsExactly(Drill.of(Drill.Kind.ACKS_OVERDUE));
        robot.clickOn("#card-warnings");
        assertThat(focused).as("the warnings card moves to the warnings").isTrue();
    }

    @Test
    void theWeeksJobsAreListedMostUrgentFirstAndOpenWhatTheyAreAbout(FxRobot robot) {
        var jobs = vm.figuresProperty().get().thisWeek();
        assertThat(jobs).isNotEmpty();
        robot.interact(() -> {
            assertThat(robot.lookup("#this-week-0").queryAs(Label.class).getText()).isEqualTo(jobs.get(0).text());
            assertThat(CutText.under(week)).isEmpty();
        });
        robot.interact(() -> robot.lookup("#this-week-0").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).containsExactly(jobs.get(0).destination());
    }

    @Test
    void aPolicysBarOpensWhoHasNotSignedIt(FxRobot robot) {
        var lowest = vm.figuresProperty().get().byPolicy().get(0);
        robot.interact(() -> assertThat(CutText.under(charts)).isEmpty());
        robot.interact(() -> robot.lookup("#bar-policy-0").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).containsExactly(lowest.drill());
    }
}
