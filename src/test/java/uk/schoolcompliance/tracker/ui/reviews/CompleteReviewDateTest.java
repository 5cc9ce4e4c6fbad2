package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/**
 * A completed review carries the day it was done: today by default even when the page looks at an
 * earlier date, an earlier day when typed, never a day after today, never text that is not a date.
 */
@ExtendWith(ApplicationExtension.class)
class CompleteReviewDateTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewService.Scheduled> table(FxRobot robot) {
        return robot.lookup("#reviews-table").queryAs(TableView.class);
    }

    private static void retype(FxRobot robot, String text) {
        robot.clickOn("#complete-on-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    @Test
    void theCompletionDateIsTodayByDefaultAndNeverLaterOrImpossible(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        TrackerServices s = TrackerServices.open(Path.of(window.viewModel().openFileProperty().get()), TestDemo.ACTOR,
                TestDemo.CLOCK);
        Policy complaints = s.policyService().policyByTitle("Complaints Procedure");
        // the figures are looked at as of an earlier date: the review is still done today
        robot.clickOn("#as-of-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("1/6/2026").push(KeyCode.ENTER);
        robot.clickOn("#nav-reviews");
        FxTestSupport.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.policy().id() == complaints.id()));
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(r -> r.policy().id() == complaints.id()).findFirst().orElseThrow()));
        robot.clickOn("#reviews-complete");
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#complete-on-text").queryAs(TextField.class).getText()).isEqualTo("24/11/2026");
        @SuppressWarnings("unchecked")
        ComboBox<ReviewOutcome> outcome = robot.lookup("#complete-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(ReviewOutcome.NO_CHANGE));
        Button ok = robot.lookup("#complete-dialog .button").lookup((Button b) -> b.getText().equals("Complete review"))
                .queryButton();

        retype(robot, "25/11/2026");
        assertThat(ok.isDisabled()).as("after today").isTrue();

        retype(robot, "31/11/2026");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#complete-dialog").tryQuery()).as("refused: the dialog stays open").isPresent();
        assertThat(robot.lookup("#complete-dialog .error-text").queryAs(Label.class).getText())
                .isEqualTo("Completed on: '31/11/2026' is not a date: November 2026 has 30 days");
        assertThat(s.repositories().reviews().findByPolicy(complaints.id())).noneMatch(r -> r.completedOn() != null
                && r.completedOn().isAfter(LocalDate.of(2026, 11, 1)));

        retype(robot, "17/11/2026");
        robot.clickOn(ok);
        FxTestSupport.waitUntil(() -> s.repositories().reviews().findByPolicy(complaints.id()).stream()
                .anyMatch(r -> LocalDate.of(2026, 11, 17).equals(r.completedOn())));
    }
}
