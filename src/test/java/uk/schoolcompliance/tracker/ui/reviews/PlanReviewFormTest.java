package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;

/** The plan-a-review form: a plan needs a meeting date or a reviewer, and starts from the plan or the policy's owner. */
class PlanReviewFormTest {

    @TempDir
    Path dir;

    private ReviewService.Scheduled unplanned() {
        TrackerServices s = TestDemo.open(dir);
        return s.reviewService().schedule(TestDemo.AS_OF).stream()
                .filter(r -> r.planned() == null && r.policy().owner() != null).findFirst().orElseThrow();
    }

    @Test
    void startsFromThePolicysOwnerAndIsValidWithAReviewerOrAMeeting() {
        ReviewService.Scheduled s = unplanned();
        PlanReviewForm form = new PlanReviewForm(s);
        assertThat(form.reviewerProperty().get()).isEqualTo(s.policy().owner());
        assertThat(form.meetingProperty().get()).isNull();
        assertThat(form.validProperty().get()).isTrue();

        form.reviewerProperty().set("");
        assertThat(form.validProperty().get()).as("neither a meeting nor a reviewer").isFalse();

        form.meetingBlankProperty().set(false);
        form.meetingProperty().set(LocalDate.of(2026, 12, 16));
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.plan()).isEqualTo(new PlanReviewForm.Plan(s.policy().id(), s.policy().title(),
                LocalDate.of(2026, 12, 16), ""));
    }

    @Test
    void textThatIsNotADateIsNotBlankSoTheDialogsFieldRefusesIt() {
        PlanReviewForm form = new PlanReviewForm(unplanned());
        form.reviewerProperty().set("");
        form.meetingBlankProperty().set(false); // "31/11/2026" typed: no date, but not blank
        assertThat(form.meetingProperty().get()).isNull();
        assertThat(form.validProperty().get()).isTrue();
    }
}
