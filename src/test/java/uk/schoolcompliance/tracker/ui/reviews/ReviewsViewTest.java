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

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Clicks through the review schedule headless: plan a review, then complete it with an outcome. */
@ExtendWith(ApplicationExtension.class)
class ReviewsViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private TrackerServices services() {
        try {
            var f = MainWindow.class.getDeclaredField("ctx");
            f.setAccessible(true);
            return ((UiContext) f.get(window)).services();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewService.Scheduled> table(FxRobot robot) {
        return robot.lookup("#reviews-table").queryAs(TableView.class);
    }

    @Test
    void planThenCompleteAReviewAndSeeTheNextDueDate(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-reviews");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 30);
        assertThat(robot.lookup("#reviews-counts").queryAs(Label.class).getText()).matches("\\d+ overdue, \\d+ due soon, \\d+ later");
        screenshot("reviews-list");
        TrackerServices s = services();
        Policy complaints = s.policyService().policyByTitle("Complaints Procedure");
        assertThat(table(robot).getItems()).filteredOn(x -> x.policy().id() == complaints.id()).singleElement()
                .satisfies(x -> assertThat(x.standing().status()).isEqualTo(ReviewStatus.OVERDUE));

        robot.clickOn("#reviews-filter").write("Complaints");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));

        robot.clickOn("#reviews-plan");
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#plan-meeting").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 16)));
        TextField reviewer = robot.lookup("#plan-reviewer").queryAs(TextField.class);
        robot.interact(() -> reviewer.setText("Helen Marsh"));
        robot.clickOn(robot.lookup("#plan-dialog .button").lookup((Button b) -> b.getText().equals("Save plan")).queryButton());
        FxTestSupport.waitUntil(() -> s.reviews().findOpen(complaints.id())
                .map(r -> LocalDate.of(2026, 12, 16).equals(r.plannedMeeting()) && "Helen Marsh".equals(r.reviewer()))
                .orElse(false));
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).planned() != null
                && LocalDate.of(2026, 12, 16).equals(table(robot).getItems().get(0).planned().plannedMeeting()));

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#reviews-complete");
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-dialog").tryQuery().isPresent());
        Button ok = robot.lookup("#complete-dialog .button").lookup((Button b) -> b.getText().equals("Complete review")).queryButton();
        assertThat(ok.isDisabled()).as("no outcome chosen yet").isTrue();
        robot.interact(() -> robot.lookup("#complete-on").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 18)));
        @SuppressWarnings("unchecked")
        ComboBox<ReviewOutcome> outcome = robot.lookup("#complete-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(ReviewOutcome.MINOR_AMENDMENTS));
        assertThat(robot.lookup("#complete-next").queryAs(Label.class).getText()).contains("18/11/2029");
        assertThat(robot.lookup("#complete-reviewer").queryAs(TextField.class).getText()).isEqualTo("Helen Marsh");
        screenshot("reviews-complete", robot.lookup("#complete-dialog").query().getScene());
        robot.clickOn(ok);

        FxTestSupport.waitUntil(() -> s.reviews().findOpen(complaints.id()).isEmpty());
        var done = s.reviews().findByPolicy(complaints.id()).stream().filter(r -> LocalDate.of(2026, 11, 18).equals(r.completedOn()))
                .findFirst().orElseThrow();
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.MINOR_AMENDMENTS);
        assertThat(done.reviewer()).isEqualTo("Helen Marsh");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).standing().status() == ReviewStatus.IN_DATE
                && LocalDate.of(2029, 11, 18).equals(table(robot).getItems().get(0).standing().nextDue()));
        FxTestSupport.waitUntil(() -> robot.lookup("#reviews-status").queryAs(Label.class).getText().contains("Minor amendments"));
        assertThat(s.audit().recent(5, "review", done.id())).extracting(e -> e.action()).contains("complete");

        robot.clickOn("#reviews-tab-terms");
        robot.interact(() -> robot.lookup("#reviews-filter").queryAs(TextField.class).setText(""));
        FxTestSupport.waitUntil(() -> robot.lookup("#reviews-terms .term-title").queryAll().size() >= 3);
        screenshot("reviews-terms");
    }

    private void screenshot(String name) {
        screenshot(name, stage.getScene());
    }

    private void screenshot(String name, javafx.scene.Scene scene) {
        uk.schoolcompliance.tracker.ui.policies.ScreenshotsAccess.take(scene, name);
    }

    static {
        assertThat(TestDemo.AS_OF).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
