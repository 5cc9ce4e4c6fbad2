package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.DialogHost;

/**
 * Issue #19 in the window: the plan-a-review dialog is opened, someone else plans the same review meanwhile, and Save
 * is refused in the dialog with both values; it stays open with what was typed and nothing is overwritten. Opened
 * again it shows their plan and saves, closing.
 */
@ExtendWith(ApplicationExtension.class)
class PlanReviewConflictTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogHost.mount(stage);
    }

    private Dialog<PlanReviewForm.Plan> show(FxRobot robot, ReviewsViewModel vm, ReviewService.Scheduled row) {
        List<Editing<Review>> opened = new ArrayList<>();
        vm.openPlan(row.policy().id(), opened::add);
        List<Dialog<PlanReviewForm.Plan>> shown = new ArrayList<>();
        robot.interact(() -> {
            Editing<Review> o = opened.get(0);
            PlanReviewDialog d = new PlanReviewDialog(stage,
                    new PlanReviewForm(new ReviewService.Scheduled(row.standing(), o.record(), row.term())),
                    () -> TestDemo.AS_OF, (p, saved, refused) -> vm.plan(p.policyId(), p.meeting(), p.reviewer(),
                            p.title(), o, saved, refused));
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-reviewer").tryQuery().isPresent());
        return shown.get(0);
    }

    @Test
    void aPlanOverSomeoneElsesIsRefusedInTheDialogWithBothValuesAndKeepsWhatWasTyped(FxRobot robot) {
        Editors editors = new Editors(StoreKind.SQLITE, Editors.BEN);
        TrackerServices s = editors.open(dir);
        ReviewsViewModel vm = new ReviewsViewModel(DialogHost.context(s));
        ReviewService.Scheduled row = s.reviewService().schedule(TestDemo.AS_OF).stream()
                .filter(x -> x.planned() == null).findFirst().orElseThrow();
        long policyId = row.policy().id();

        Dialog<PlanReviewForm.Plan> dialog = show(robot, vm, row);
        robot.interact(() -> robot.lookup("#plan-reviewer").queryAs(TextField.class).setText("Mr B Deputy"));

        // meanwhile Anna plans the same review
        LocalDate annas = TestDemo.AS_OF.plusDays(20);
        editors.meanwhile(Editors.ANNA,
                () -> s.reviewService().plan(policyId, annas, "Mrs A Head", s.reviewService().openPlan(policyId)));
        int reviews = s.repositories().reviews().findByPolicy(policyId).size();

        robot.interact(() -> DialogHost.ok(dialog).fire());
        assertThat(robot.lookup("#plan-problem").queryAs(Label.class).getText())
                .startsWith("Review of '" + row.policy().title() + "' was changed by Office Anna at ")
                .contains(" since you opened it; nothing was saved. Meeting date: theirs " + Dates.forPeople(annas)
                        + ", yours (none)")
                .endsWith("Reviewer: theirs 'Mrs A Head', yours 'Mr B Deputy'");
        assertThat(dialog.isShowing()).as("the dialog stays open").isTrue();
        assertThat(robot.lookup("#plan-reviewer").queryAs(TextField.class).getText()).isEqualTo("Mr B Deputy");
        assertThat(DialogHost.ok(dialog).isDisabled()).isFalse();
        assertThat(s.repositories().reviews().findByPolicy(policyId)).as("no second planned review").hasSize(reviews);
        assertThat(s.repositories().reviews().findOpen(policyId).orElseThrow().reviewer()).isEqualTo("Mrs A Head");
        robot.interact(dialog::close);

        // opened again: Anna's plan is shown and Ben's change saves, closing the dialog
        Dialog<PlanReviewForm.Plan> again = show(robot, vm, row);
        TextField reviewer = robot.lookup("#plan-reviewer").queryAs(TextField.class);
        assertThat(reviewer.getText()).isEqualTo("Mrs A Head");
        robot.interact(() -> reviewer.setText("Mr B Deputy"));
        robot.interact(() -> DialogHost.ok(again).fire());
        assertThat(again.isShowing()).isFalse();
        assertThat(s.repositories().reviews().findOpen(policyId).orElseThrow().reviewer()).isEqualTo("Mr B Deputy");
        assertThat(s.repositories().reviews().findOpen(policyId).orElseThrow().plannedMeeting()).isEqualTo(annas);
    }

    @Test
    void aReviewRecordedOverSomeoneElsesRecordIsRefusedInTheDialogAndNotRecordedTwice(FxRobot robot) {
        Editors editors = new Editors(StoreKind.SQLITE, Editors.BEN);
        TrackerServices s = editors.open(dir);
        ReviewsViewModel vm = new ReviewsViewModel(DialogHost.context(s));
        ReviewService.Scheduled row = s.reviewService().schedule(TestDemo.AS_OF).stream()
                .filter(x -> x.planned() == null).findFirst().orElseThrow();
        long policyId = row.policy().id();
        List<Editing<Review>> opened = new ArrayList<>();
        vm.openCompletion(policyId, opened::add);
        List<Dialog<ReviewService.Completion>> shown = new ArrayList<>();
        robot.interact(() -> {
            CompleteReviewDialog d = new CompleteReviewDialog(stage, row, TestDemo.AS_OF,
                    (c, saved, refused) -> vm.complete(c, row.policy().title(), opened.get(0), saved, refused));
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#complete-outcome").tryQuery().isPresent());
        Dialog<ReviewService.Completion> dialog = shown.get(0);
        robot.interact(() -> robot.lookup("#complete-on").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(TestDemo.AS_OF));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<uk.schoolcompliance.tracker.domain.ReviewOutcome> outcome = robot
                .lookup("#complete-outcome").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> outcome.setValue(uk.schoolcompliance.tracker.domain.ReviewOutcome.MINOR_AMENDMENTS));

        // meanwhile Anna records the same review
        editors.meanwhile(Editors.ANNA, () -> s.reviewService().complete(policyId, TestDemo.AS_OF,
                uk.schoolcompliance.tracker.domain.ReviewOutcome.NO_CHANGE, null, null));
        int reviews = s.repositories().reviews().findByPolicy(policyId).size();

        robot.interact(() -> DialogHost.ok(dialog).fire());
        assertThat(robot.lookup("#complete-problem").queryAs(Label.class).getText())
                .startsWith("Review of '" + row.policy().title() + "' was changed by Office Anna at ")
                .endsWith(" since you opened it; nothing was saved. Outcome: theirs 'No change', yours 'Minor amendments'");
        assertThat(dialog.isShowing()).as("the dialog stays open").isTrue();
        assertThat(outcome.getValue()).isEqualTo(uk.schoolcompliance.tracker.domain.ReviewOutcome.MINOR_AMENDMENTS);
        assertThat(s.repositories().reviews().findByPolicy(policyId)).as("not recorded twice").hasSize(reviews);
        robot.interact(dialog::close);
    }
}
