package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Summary;

/** Starts the app on the demo school and checks the dashboard shows the same figures as the services. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void dashboardShowsTheSummaryFigures(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        Summary expected = window.viewModel() == null ? null
                : TestDemo.open(dir).compliance().summary(TestDemo.AS_OF);
        assertThat(robot.lookup("#card-ack-percent-value").queryAs(Label.class).getText())
                .isEqualTo(expected.ackPercent() + " %");
        assertThat(robot.lookup("#card-ack-overdue-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.ackOverdue()));
        assertThat(robot.lookup("#card-reviews-overdue-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.reviewsOverdue()));
        assertThat(robot.lookup("#card-reviews-due-soon-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.reviewsDueSoon()));
        assertThat(robot.lookup("#card-induction-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.inductionInProgress()));
        assertThat(robot.lookup("#card-staff-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.staffInPost()));
        FxTestSupport.waitUntil(() -> "Oakfield Primary School".equals(
                robot.lookup("#school-name").queryAs(Label.class).getText()));
        assertThat(window.stage().getTitle()).contains("demo-");
    }

    @Test
    void keyboardShortcutsMoveBetweenSections(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reviews").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#nav-dashboard");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void clickingACardOpensTheListBehindIt(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-reviews-overdue").tryQuery().isPresent());
        robot.clickOn("#card-reviews-overdue");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reviews").queryAs(ToggleButton.class).isSelected());
    }
}
