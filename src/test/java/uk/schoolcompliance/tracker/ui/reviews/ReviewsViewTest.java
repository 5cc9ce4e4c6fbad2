package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.schoolcompliance.tracker.StoreKind;
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
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(ApplicationExtension.class)
class ReviewsViewTest {

    /** The journeys run on the file and on a trust\'s server (issue 18). */
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOn(store, stage, dir);
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
        FxTestSupport.waitUntil(() -> s.repositories().reviews().findOpen(complaints.id())
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

        FxTestSupport.waitUntil(() -> s.repositories().reviews().findOpen(complaints.id()).isEmpty());
        var done = s.repositories().reviews().findByPolicy(complaints.id()).stream().filter(r -> LocalDate.of(2026, 11, 18).equals(r.completedOn()))
                .findFirst().orElseThrow();
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.MINOR_AMENDMENTS);
        assertThat(done.reviewer()).isEqualTo("Helen Marsh");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).standing().status() == ReviewStatus.IN_DATE
                && LocalDate.of(2029, 11, 18).equals(table(robot).getItems().get(0).standing().nextDue()));
        FxTestSupport.waitUntil(() -> robot.lookup("#reviews-status").queryAs(Label.class).getText().contains("Minor amendments"));
        assertThat(s.repositories().audit().recent(5, "review", done.id())).extracting(e -> e.action()).contains("complete");

        robot.clickOn("#reviews-tab-terms");
        robot.interact(() -> robot.lookup("#reviews-filter").queryAs(TextField.class).setText(""));
        FxTestSupport.waitUntil(() -> robot.lookup("#reviews-terms .term-title").queryAll().size() >= 3);
        screenshot("reviews-terms");
    }

    @Test
    void theCompleteDialogRecordsTheApprovalAndANextDateByHand(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-reviews");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 30);
        TrackerServices s = services();
        Policy attendance = s.policyService().policyByTitle("Attendance Policy");
        robot.clickOn("#reviews-filter").write("Attendance");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#reviews-complete");
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-dialog").tryQuery().isPresent());
        Button ok = robot.lookup("#complete-dialog .button").lookup((Button b) -> b.getText().equals("Complete review")).queryButton();
        @SuppressWarnings("unchecked")
        ComboBox<String> body = robot.lookup("#complete-approved-by").queryAs(ComboBox.class);
        assertThat(body.getValue()).as("the policy's approving body").isEqualTo("Full governing body");
        DatePicker nextDue = robot.lookup("#complete-next-due").queryAs(DatePicker.class);
        Label next = robot.lookup("#complete-next").queryAs(Label.class);
        Label problem = robot.lookup("#complete-problem").queryAs(Label.class);
        Label preview = robot.lookup("#complete-preview").queryAs(Label.class);

        robot.interact(() -> robot.lookup("#complete-on").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 20)));
        @SuppressWarnings("unchecked")
        ComboBox<ReviewOutcome> outcome = robot.lookup("#complete-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(ReviewOutcome.MINOR_AMENDMENTS));
        assertThat(next.getText()).isEqualTo("The next review will be due 20/11/2027.");
        assertThat(nextDue.getPromptText()).as("the computed default shown in the empty field").isEqualTo("20/11/2027");
        assertThat(preview.getText()).isEqualTo("It will read: Last reviewed 20/11/2026 (minor amendments, no approval recorded)");

        robot.interact(() -> robot.lookup("#complete-meeting").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 21)));
        assertThat(ok.isDisabled()).as("a meeting after the completion").isTrue();
        assertThat(problem.getText()).startsWith("The meeting date is after the completion date");
        robot.interact(() -> robot.lookup("#complete-meeting").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 18)));
        robot.clickOn("#complete-minute").write("FGB 26/11 item 4");
        assertThat(preview.getText()).isEqualTo("It will read: Last approved 20/11/2026 (minor amendments, approved by "
                + "Full governing body on 18/11/2026, minute FGB 26/11 item 4)");

        robot.interact(() -> nextDue.setValue(LocalDate.of(2026, 11, 20)));
        assertThat(ok.isDisabled()).as("a next date not after the completion").isTrue();
        assertThat(problem.getText()).isEqualTo("The next review date must be after the completion date.");
        robot.interact(() -> nextDue.setValue(LocalDate.of(2027, 9, 1)));
        assertThat(ok.isDisabled()).isFalse();
        assertThat(problem.getText()).isEmpty();
        assertThat(next.getText()).isEqualTo("The next review will be due 01/09/2027, set by hand (by the frequency it "
                + "would be 20/11/2027).");
        screenshot("reviews-complete-approval", robot.lookup("#complete-dialog").query().getScene());
        robot.clickOn(ok);

        FxTestSupport.waitUntil(() -> s.repositories().reviews().findOpen(attendance.id()).isEmpty());
        var done = s.repositories().reviews().findByPolicy(attendance.id()).stream().filter(r -> r.isCompleted()).findFirst().orElseThrow();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.MINOR_AMENDMENTS);
        assertThat(done.approvedBy()).isEqualTo("Full governing body");
        assertThat(done.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(done.minuteRef()).isEqualTo("FGB 26/11 item 4");
        assertThat(done.nextDueSet()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(done.reviewer()).as("kept from the planned review").isEqualTo("James Carter");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1
                && LocalDate.of(2027, 9, 1).equals(table(robot).getItems().get(0).standing().nextDue()));
        assertThat(table(robot).getItems().get(0).standing().describeLast()).isEqualTo("Last approved 20/11/2026 (minor "
                + "amendments, approved by Full governing body on 18/11/2026, minute FGB 26/11 item 4)");
    }

    @Test
    void aRetiringReviewTakesNoNextDate(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-reviews");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 30);
        robot.clickOn("#reviews-filter").write("Social Media");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#reviews-complete");
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-dialog").tryQuery().isPresent());
        Button ok = robot.lookup("#complete-dialog .button").lookup((Button b) -> b.getText().equals("Complete review")).queryButton();
        @SuppressWarnings("unchecked")
        ComboBox<ReviewOutcome> outcome = robot.lookup("#complete-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(ReviewOutcome.RETIRED));
        robot.interact(() -> robot.lookup("#complete-next-due").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 1)));
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#complete-problem").queryAs(Label.class).getText())
                .isEqualTo("A retired policy has no next review: clear the next review date.");
        robot.interact(() -> robot.lookup("#complete-next-due").queryAs(DatePicker.class).setValue(null));
        assertThat(ok.isDisabled()).isFalse();
        assertThat(robot.lookup("#complete-next").queryAs(Label.class).getText()).contains("retired");
        robot.clickOn(robot.lookup("#complete-dialog .button").lookup((Button b) -> b.getText().equals("Cancel")).queryButton());
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-dialog").tryQuery().isEmpty());
        assertThat(services().policyService().policyByTitle("Social Media Policy").status())
                .isEqualTo(uk.schoolcompliance.tracker.domain.PolicyStatus.ACTIVE);
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
