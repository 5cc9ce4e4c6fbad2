package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.ui.I18n;

/** The complete-a-review form: the service's rules said before saving, without a screen. */
class CompleteReviewFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void needsADateNotAfterTodayAndAnOutcome() {
        CompleteReviewDialog.Form form = new CompleteReviewDialog.Form(TODAY);
        form.onBlankProperty().set(true);
        assertThat(form.valid().get()).as("no date").isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.date"));
        form.onBlankProperty().set(false);
        form.onProperty().set(TODAY.plusDays(1));
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.future"));
        form.onProperty().set(TODAY);
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.outcome"));
        form.outcomeProperty().set(ReviewOutcome.values()[0]);
        assertThat(form.valid().get()).as("done today with an outcome").isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void aMeetingNotAfterTheReviewAndANextDateAfterItUnlessRetired() {
        CompleteReviewDialog.Form form = new CompleteReviewDialog.Form(TODAY);
        LocalDate on = LocalDate.of(2026, 11, 18);
        form.onProperty().set(on);
        form.outcomeProperty().set(ReviewOutcome.NEW_VERSION);
        form.meetingProperty().set(on.plusDays(1));
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.meetingAfter"));
        form.meetingProperty().set(on);
        assertThat(form.valid().get()).as("approved at a meeting the same day").isTrue();
        form.nextDueProperty().set(on);
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.nextDue"));
        form.nextDueProperty().set(on.plusDays(1));
        assertThat(form.valid().get()).isTrue();
        form.outcomeProperty().set(ReviewOutcome.RETIRED);
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("reviews.problem.retiredNext"));
        form.nextDueProperty().set(null);
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void aDateTypedWrongIsLeftToTheFieldAndRefusedOnOk() {
        CompleteReviewDialog.Form form = new CompleteReviewDialog.Form(TODAY);
        form.onBlankProperty().set(false);
        form.onProperty().set(null);
        assertThat(form.problemProperty().get()).as("said under the field, not twice").isEmpty();
    }
}
