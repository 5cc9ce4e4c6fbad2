package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;

/**
 * Issue #19 for the review schedule: two people planning the same policy's review. A plan saved from what was opened
 * is refused when someone else planned, re-planned or completed the review since, with both values; nothing written,
 * no audit line, never a second planned review; on both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReviewPlanConflictTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private Editors editors;

    @BeforeEach
    void annaActsFirst() {
        editors = new Editors(store, Editors.ANNA);
    }

    private static final LocalDate MEETING_A = TestDemo.AS_OF.plusDays(20);
    private static final LocalDate MEETING_B = TestDemo.AS_OF.plusDays(27);

    private TrackerServices open() {
        return editors.open(dir);
    }

    /** An active policy with no review planned. */
    private static Policy unplanned(TrackerServices s) {
        return s.allPolicies().stream().filter(p -> p.isActive() && p.reviewMonths() != null)
                .filter(p -> s.repositories().reviews().findOpen(p.id()).isEmpty()).findFirst().orElseThrow();
    }

    private int reviewAudit(TrackerServices s) {
        return s.repositories().audit().recent(100_000, "review", null).size();
    }

    @Test
    void aReplanOverSomeoneElsesPlanIsRefusedWithBothValuesAndNothingIsWritten() {
        TrackerServices s = open();
        ReviewService reviews = s.reviewService();
        Policy p = unplanned(s);
        Review planned = reviews.plan(p.id(), null, "Nobody yet");
        Editing<Review> annas = reviews.openPlan(p.id());
        Editing<Review> bens = reviews.openPlan(p.id());
        assertThat(annas.record()).isEqualTo(planned);
        assertThat(annas.version()).isEqualTo(bens.version());

        reviews.plan(p.id(), MEETING_A, "Mrs A Head", annas);
        RecordStamp theirs = s.repositories().reviews().stamp(planned.id()).orElseThrow();
        assertThat(theirs.version()).isEqualTo(annas.version() + 1);
        int lines = s.repositories().audit().recent(10_000, "review", planned.id()).size();

        editors.actAs(Editors.BEN);
        assertThatThrownBy(() -> reviews.plan(p.id(), MEETING_B, "Mr B Deputy", bens))
                .isInstanceOf(UserException.class)
                .hasMessage("Review of '" + p.title() + "' was changed by " + editors.login(Editors.ANNA) + " at " + Editors.hhmm(theirs)
                        + " since you opened it; nothing was saved. Meeting date: theirs " + Dates.forPeople(MEETING_A)
                        + ", yours " + Dates.forPeople(MEETING_B) + "; Reviewer: theirs 'Mrs A Head', yours 'Mr B Deputy'");
        Review now = s.repositories().reviews().findOpen(p.id()).orElseThrow();
        assertThat(now.plannedMeeting()).isEqualTo(MEETING_A);
        assertThat(now.reviewer()).isEqualTo("Mrs A Head");
        assertThat(s.repositories().audit().recent(10_000, "review", planned.id())).hasSize(lines);
        assertThat(s.repositories().reviews().stamp(planned.id()).orElseThrow()).isEqualTo(theirs);

        // the same plan as theirs: nothing to save, not refused
        assertThat(reviews.plan(p.id(), MEETING_A, "Mrs A Head", bens).reviewer()).isEqualTo("Mrs A Head");

        // opened again, Ben's plan goes through
        Editing<Review> reopened = reviews.openPlan(p.id());
        reviews.plan(p.id(), MEETING_B, "Mr B Deputy", reopened);
        assertThat(s.repositories().reviews().findOpen(p.id()).orElseThrow().reviewer()).isEqualTo("Mr B Deputy");
        assertThat(s.repositories().reviews().stamp(planned.id()).orElseThrow().changedBy()).isEqualTo(editors.login(Editors.BEN));
    }

    @Test
    void aPlanOpenedWithNothingPlannedIsRefusedWhenSomeoneElsePlannedMeanwhileAndMakesNoSecondReview() {
        TrackerServices s = open();
        ReviewService reviews = s.reviewService();
        Policy p = unplanned(s);
        Editing<Review> annas = reviews.openPlan(p.id());
        Editing<Review> bens = reviews.openPlan(p.id());
        assertThat(annas.record()).isNull();
        reviews.plan(p.id(), MEETING_A, "Mrs A Head", annas);
        int reviewsOfPolicy = s.repositories().reviews().findByPolicy(p.id()).size();
        int lines = reviewAudit(s);

        assertThatThrownBy(() -> reviews.plan(p.id(), MEETING_B, null, bens))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Review of '" + p.title() + "' was changed by " + editors.login(Editors.ANNA) + " at ")
                .hasMessageEndingWith("since you opened it; nothing was saved. Meeting date: theirs "
                        + Dates.forPeople(MEETING_A) + ", yours " + Dates.forPeople(MEETING_B)
                        + "; Reviewer: theirs 'Mrs A Head', yours (none)");
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy);
        assertThat(reviewAudit(s)).isEqualTo(lines);
    }

    @Test
    void aPlanOfAReviewSomeoneElseCompletedMeanwhileIsRefusedNamingTheCompletion() {
        TrackerServices s = open();
        ReviewService reviews = s.reviewService();
        Policy p = unplanned(s);
        reviews.plan(p.id(), null, "Mrs A Head");
        Editing<Review> bens = reviews.openPlan(p.id());
        reviews.complete(p.id(), TestDemo.AS_OF, ReviewOutcome.NO_CHANGE, null, null);
        int reviewsOfPolicy = s.repositories().reviews().findByPolicy(p.id()).size();

        assertThatThrownBy(() -> reviews.plan(p.id(), MEETING_B, "Mrs A Head", bens))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("since you opened it; nothing was saved. Completed on: theirs "
                        + Dates.forPeople(TestDemo.AS_OF) + ", yours (none); Meeting date: theirs (none), yours "
                        + Dates.forPeople(MEETING_B));
        assertThat(s.repositories().reviews().findByPolicy(p.id())).hasSize(reviewsOfPolicy);
        assertThat(s.repositories().reviews().findOpen(p.id())).isEmpty();
    }

    @Test
    void ofManySimultaneousPlansFromNothingPlannedExactlyOneIsMade() throws Exception {
        String target = store.demoTarget(dir);
        java.util.List<TrackerServices> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) { // a file has one writer (its lock): there, one app's services
            clients.add(store == StoreKind.POSTGRESQL || clients.isEmpty()
                    ? editors.openTarget(target) : clients.get(0));
        }
        Policy p = unplanned(clients.get(0));
        Editing<Review> none = clients.get(0).reviewService().openPlan(p.id());
        // on a file the app has one worker thread (FxTaskExecutor): the same plans, made in turn
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                store == StoreKind.POSTGRESQL ? 8 : 1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TrackerServices c = clients.get(i);
            String reviewer = "Reviewer " + i;
            results.add(pool.submit(() -> {
                go.await();
                try {
                    c.reviewService().plan(p.id(), MEETING_A, reviewer, none);
                    return "saved";
                } catch (UserException e) {
                    return "refused";
                }
            }));
        }
        go.countDown();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
        assertThat(clients.get(0).repositories().reviews().findByPolicy(p.id()))
                .filteredOn(r -> !r.isCompleted()).hasSize(1);
        clients.stream().distinct().forEach(TrackerServices::close);
    }
}
