package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;

/**
 * Issue #19 for recording a review: two people recording the same policy's review. The second, from what was opened,
 * is refused with both values, so a review is never recorded twice and the first one's next date stands; on both
 * stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReviewCompletionConflictTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private final AtomicReference<Actor> who = new AtomicReference<>(new Actor("anna", "Office Anna"));

    private static final LocalDate EARLIER = TestDemo.AS_OF.minusDays(1);

    private TrackerServices open() {
        return TrackerServices.openTarget(store.demoTarget(dir), who::get, TestDemo.CLOCK, false);
    }

    private String login(String operator) {
        return store == StoreKind.POSTGRESQL ? "postgres" : operator;
    }

    private static Policy unplanned(TrackerServices s) {
        return s.allPolicies().stream().filter(p -> p.isActive() && p.reviewMonths() != null)
                .filter(p -> s.repositories().reviews().findOpen(p.id()).isEmpty()).findFirst().orElseThrow();
    }

    private static ReviewService.Completion completion(Policy p, LocalDate on, ReviewOutcome outcome) {
        return new ReviewService.Completion(p.id(), on, outcome, null, null, null, null, null, null);
    }

    @Test
    void theSecondRecordOfAPlannedReviewIsRefusedWithBothValuesAndNothingIsWritten() {
        TrackerServices s = open();
        ReviewService reviews = s.reviewService();
        Policy p = unplanned(s);
        reviews.plan(p.id(), null, "Mrs A Head");
        Editing<Review> annas = reviews.openCompletion(p.id());
        Editing<Review> bens = reviews.openCompletion(p.id());
        assertThat(annas.record().isCompleted()).isFalse();

        Review done = reviews.complete(completion(p, TestDemo.AS_OF, ReviewOutcome.NO_CHANGE), annas);
        Policy policyAfter = s.policyService().policy(p.id());
        int reviewsOfPolicy = s.repositories().reviews().findByPolicy(p.id()).size();
        int lines = s.repositories().audit().recent(100_000, "review", null).size();

        who.set(new Actor("ben", "Office Ben"));
        assertThatThrownBy(() -> reviews.complete(completion(p, EARLIER, ReviewOutcome.MINOR_AMENDMENTS), bens))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Review of '" + p.title() + "' was changed by " + login("Office Anna") + " at ")
                .hasMessageEndingWith(" since you opened it; nothing was saved. Completed on: theirs "
                        + Dates.forPeople(TestDemo.AS_OF) + ", yours " + Dates.forPeople(EARLIER)
                        + "; Outcome: theirs 'No change', yours 'Minor amendments'");
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy);
        assertThat(s.repositories().reviews().findById(done.id()).orElseThrow()).isEqualTo(done);
        assertThat(s.policyService().policy(p.id())).isEqualTo(policyAfter);
        assertThat(s.repositories().audit().recent(100_000, "review", null)).hasSize(lines);

        // the same record as theirs: nothing to save, no second review
        assertThat(reviews.complete(completion(p, TestDemo.AS_OF, ReviewOutcome.NO_CHANGE), bens).id()).isEqualTo(done.id());
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy);
    }

    @Test
    void aReviewRecordedWhereNoneWasPlannedIsNotRecordedTwice() {
        TrackerServices s = open();
        ReviewService reviews = s.reviewService();
        Policy p = unplanned(s);
        Editing<Review> annas = reviews.openCompletion(p.id());
        Editing<Review> bens = reviews.openCompletion(p.id());
        reviews.complete(completion(p, TestDemo.AS_OF, ReviewOutcome.NO_CHANGE), annas);
        int reviewsOfPolicy = s.repositories().reviews().findByPolicy(p.id()).size();

        assertThatThrownBy(() -> reviews.complete(completion(p, TestDemo.AS_OF, ReviewOutcome.MINOR_AMENDMENTS), bens))
                .isInstanceOf(UserException.class)
                .hasMessageEndingWith("nothing was saved. Outcome: theirs 'No change', yours 'Minor amendments'");
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy);

        // opened again (seeing Anna's record), Ben can record a later review
        Editing<Review> reopened = reviews.openCompletion(p.id());
        assertThat(reopened.record().outcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
        reviews.complete(completion(p, TestDemo.AS_OF, ReviewOutcome.MINOR_AMENDMENTS), reopened);
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy + 1);
    }
}
