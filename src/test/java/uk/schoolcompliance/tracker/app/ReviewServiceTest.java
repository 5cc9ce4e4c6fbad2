package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.report.Term;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ReviewServiceTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void theScheduleAgreesWithTheDashboardFigures() {
        TrackerServices s = store.demo(dir);
        List<ReviewService.Scheduled> schedule = s.reviewService().schedule(TestDemo.AS_OF);
        var summary = s.compliance().summary(TestDemo.AS_OF);
        assertThat(schedule).hasSize(summary.policiesActive());
        assertThat(schedule.stream().filter(x -> x.standing().status() == ReviewStatus.OVERDUE).count())
                .isEqualTo(summary.reviewsOverdue());
        assertThat(schedule.stream().filter(x -> x.standing().status() == ReviewStatus.DUE_SOON).count())
                .isEqualTo(summary.reviewsDueSoon());
        assertThat(schedule).filteredOn(x -> x.term() != null)
                .allSatisfy(x -> assertThat(x.term()).isNotNull());
    }

    @Test
    void completingAReviewSetsTheNextDueDateAndClearsTheHandSetOne() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        s.reviewService().setNextReview(p.id(), LocalDate.of(2026, 12, 1));
        LocalDate done = LocalDate.of(2026, 11, 20);
        Review r = s.reviewService().complete(p.id(), done, ReviewOutcome.MINOR_AMENDMENTS, "Contacts updated", null);
        assertThat(r.completedOn()).isEqualTo(done);
        assertThat(r.reviewer()).as("kept from the planned review").isEqualTo("Sarah Whitfield");
        Policy after = s.repositories().policies().findById(p.id()).orElseThrow();
        assertThat(after.nextReviewOverride()).isNull();
        var standing = s.policyService().detail(p.id(), TestDemo.AS_OF).standing();
        assertThat(standing.lastReviewed()).isEqualTo(done);
        assertThat(standing.nextDue()).isEqualTo(done.plusMonths(p.reviewMonths()));
        assertThat(standing.status()).isEqualTo(ReviewStatus.IN_DATE);
        assertThat(s.repositories().reviews().findOpen(p.id())).isEmpty();
        assertThat(s.repositories().audit().recent(5, "review", r.id())).extracting(e -> e.action()).contains("complete");
    }

    @Test
    void planningThenCompletingWithRetiredRetiresThePolicy() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Social Media Policy");
        assertThat(s.repositories().reviews().findOpen(p.id())).isEmpty();
        Review planned = s.reviewService().plan(p.id(), LocalDate.of(2027, 1, 20), "Helen Marsh");
        assertThat(planned.plannedMeeting()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(planned.dueDate()).isNotNull();
        Review again = s.reviewService().plan(p.id(), LocalDate.of(2027, 2, 3), "James Carter");
        assertThat(again.id()).as("re-planning changes the same review").isEqualTo(planned.id());
        var line = s.reviewService().schedule(TestDemo.AS_OF).stream().filter(x -> x.policy().id() == p.id()).findFirst()
                .orElseThrow();
        assertThat(line.planned().reviewer()).isEqualTo("James Carter");
        assertThat(line.term()).isEqualTo(Term.parse("Spring 2027"));
        s.reviewService().complete(p.id(), TestDemo.AS_OF, ReviewOutcome.RETIRED, "Merged into staff code", null);
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().status()).isEqualTo(PolicyStatus.RETIRED);
    }

    @Test
    void completionNeedsADateAnOutcomeAndNotTheFuture() {
        TrackerServices s = store.demo(dir);
        long id = s.policyService().policyByTitle("Complaints Procedure").id();
        assertThatThrownBy(() -> s.reviewService().complete(id, null, ReviewOutcome.NO_CHANGE, null, null))
                .hasMessageStartingWith("Completed on");
        assertThatThrownBy(() -> s.reviewService().complete(id, TestDemo.AS_OF, null, null, null))
                .hasMessageStartingWith("Outcome");
        assertThatThrownBy(() -> s.reviewService().complete(id, TestDemo.AS_OF.plusDays(3), ReviewOutcome.NO_CHANGE,
                null, null)).hasMessageContaining("in the future");
    }

    // ------------------------------------------------------------------ the governors' approval of a review

    @Test
    void completingRecordsTheApprovalWithThePolicysApprovingBodyByDefault() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        LocalDate done = LocalDate.of(2026, 11, 20);
        Review r = s.reviewService().complete(new ReviewService.Completion(p.id(), done, ReviewOutcome.NO_CHANGE, "  ",
                LocalDate.of(2026, 11, 18), " FGB 26/11 item 2 ", null, "Read against the DfE guidance", null));
        Review stored = s.repositories().reviews().findById(r.id()).orElseThrow();
        assertThat(stored).isEqualTo(r);
        assertThat(stored.approvedBy()).as("the policy's approving body").isEqualTo("Full governing body");
        assertThat(stored.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(stored.minuteRef()).isEqualTo("FGB 26/11 item 2");
        assertThat(stored.nextDueSet()).isNull();
        assertThat(stored.reviewer()).as("kept from the planned review").isEqualTo("Sarah Whitfield");
        var standing = s.policyService().detail(p.id(), TestDemo.AS_OF).standing();
        assertThat(standing.nextDue()).isEqualTo(LocalDate.of(2029, 11, 20));
        assertThat(standing.describeLast()).isEqualTo("Last reviewed 20/11/2026 (no change, approved by Full governing "
                + "body on 18/11/2026, minute FGB 26/11 item 2)");
        assertThat(s.repositories().audit().recent(5, "review", r.id())).filteredOn(e -> e.action().equals("complete")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("FGB 26/11 item 2").contains("2026-11-18"));
    }

    @Test
    void aNextDueDateGivenByHandIsKeptOnThePolicyAndTheReview() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Attendance Policy");
        LocalDate done = LocalDate.of(2026, 11, 20);
        Review r = s.reviewService().complete(new ReviewService.Completion(p.id(), done, ReviewOutcome.MINOR_AMENDMENTS,
                "Resources committee", done, "RC 26/11", LocalDate.of(2027, 9, 1), null, "James Carter"));
        assertThat(r.approvedBy()).isEqualTo("Resources committee");
        assertThat(s.repositories().reviews().findById(r.id()).orElseThrow().nextDueSet()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().nextReviewOverride()).isEqualTo(LocalDate.of(2027, 9, 1));
        var standing = s.policyService().detail(p.id(), TestDemo.AS_OF).standing();
        assertThat(standing.nextDue()).as("not 20/11/2027").isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(standing.dateError()).isFalse();
        assertThat(standing.describeLast()).isEqualTo(
                "Last approved 20/11/2026 (minor amendments, approved by Resources committee on 20/11/2026, minute RC 26/11)");

        // the next completion without a date by hand goes back to completion + frequency
        s.reviewService().plan(p.id(), LocalDate.of(2027, 6, 1), null);
        s.reviewService().complete(p.id(), LocalDate.of(2026, 11, 24), ReviewOutcome.NO_CHANGE, null, null);
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().nextReviewOverride()).isNull();
        assertThat(s.policyService().detail(p.id(), TestDemo.AS_OF).standing().nextDue()).isEqualTo(LocalDate.of(2027, 11, 24));
    }

    @Test
    void aWrongMeetingOrNextDueDateIsRefusedAndChangesNothing() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        LocalDate done = LocalDate.of(2026, 11, 20);
        List<Review> before = s.repositories().reviews().findByPolicy(p.id());
        long lastAudit = s.repositories().audit().recent(1, null, null).get(0).id();
        assertThatThrownBy(() -> s.reviewService().complete(new ReviewService.Completion(p.id(), done,
                ReviewOutcome.NO_CHANGE, null, LocalDate.of(2026, 11, 21), null, null, null, null)))
                .isInstanceOf(UserException.class)
                .hasMessage("Meeting date: 21/11/2026 is after the completion date 20/11/2026 (a review is completed when "
                        + "it is approved)");
        assertThatThrownBy(() -> s.reviewService().complete(new ReviewService.Completion(p.id(), done,
                ReviewOutcome.NO_CHANGE, null, null, null, done, null, null)))
                .hasMessage("Next due: 20/11/2026 is not after the completion date 20/11/2026");
        assertThatThrownBy(() -> s.reviewService().complete(new ReviewService.Completion(p.id(), done,
                ReviewOutcome.NO_CHANGE, null, null, null, LocalDate.of(2026, 1, 1), null, null)))
                .hasMessageStartingWith("Next due: 01/01/2026 is not after");
        assertThatThrownBy(() -> s.reviewService().complete(new ReviewService.Completion(p.id(), done,
                ReviewOutcome.RETIRED, null, null, null, LocalDate.of(2027, 1, 1), null, null)))
                .hasMessage("Next due: a retired policy has no next review");
        assertThat(s.repositories().reviews().findByPolicy(p.id())).isEqualTo(before);
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow()).isEqualTo(p);
        assertThat(s.repositories().audit().recent(1, null, null).get(0).id()).as("nothing audited").isEqualTo(lastAudit);
    }

    @Test
    void theDemoRecordsItsReviewsApprovalsHonestly() {
        TrackerServices s = store.demo(dir);
        var schedule = s.reviewService().schedule(TestDemo.AS_OF);
        assertThat(schedule).filteredOn(x -> x.policy().title().equals("Behaviour Policy")).singleElement()
                .satisfies(x -> assertThat(x.standing().describeLast()).isEqualTo("Last reviewed 14/10/2026 (no change, "
                        + "approved by Full governing body on 14/10/2026, minute FGB 26/10 item 3)"));
        assertThat(schedule).filteredOn(x -> x.policy().title().equals("Staff Code of Conduct")).singleElement()
                .satisfies(x -> assertThat(x.standing().describeLast()).isEqualTo("Last approved 08/07/2026 (version 5.0, "
                        + "approved by Full governing body, minute FGB 26/07 item 9)"));
        assertThat(schedule).allSatisfy(x -> assertThat(x.standing().awaitingApproval()).isEmpty());
        Policy code = s.policyService().policyByTitle("Staff Code of Conduct");
        var history = s.policyService().detail(code.id(), TestDemo.AS_OF).history();
        assertThat(history).extracting(e -> e.kind() + " " + e.date() + " " + e.versionLabel()).containsExactly(
                "REVIEWED 2026-07-08 5.0", "APPROVED 2025-07-09 4.0");
    }

    @Test
    void aRetiredPolicyCannotBeReviewed() {
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().retire(s.policyService().policyByTitle("Complaints Procedure").id());
        assertThatThrownBy(() -> s.reviewService().complete(p.id(), TestDemo.AS_OF, ReviewOutcome.NO_CHANGE, null, null))
                .hasMessage("'Complaints Procedure' is retired: reinstate it before recording a review");
        assertThat(s.repositories().reviews().findOpen(p.id())).isPresent();
    }

    @Test
    void theCalendarHasAnEventPerDueDateAndPlannedMeetingAndParses() throws Exception {
        TrackerServices s = store.demo(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.reviewService().exportCalendar(TestDemo.AS_OF, out);
        var schedule = s.reviewService().schedule(TestDemo.AS_OF);
        long expected = schedule.stream().filter(x -> x.standing().nextDue() != null).count()
                + schedule.stream().filter(x -> x.planned() != null && x.planned().plannedMeeting() != null).count();
        assertThat(n).isEqualTo(expected).isGreaterThan(20);
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(n);
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void schoolTermsFollowTheSchoolYear() {
        assertThat(Term.containing(LocalDate.of(2026, 9, 1)).label()).isEqualTo("Autumn 2026");
        assertThat(Term.containing(LocalDate.of(2026, 12, 31)).label()).isEqualTo("Autumn 2026");
        assertThat(Term.containing(LocalDate.of(2027, 1, 1)).label()).isEqualTo("Spring 2027");
        assertThat(Term.containing(LocalDate.of(2027, 3, 31)).season()).isEqualTo(Term.Season.SPRING);
        assertThat(Term.containing(LocalDate.of(2027, 4, 1)).label()).isEqualTo("Summer 2027");
        assertThat(Term.containing(LocalDate.of(2027, 8, 31)).academicYearLabel()).isEqualTo("2026/27");
        assertThat(Term.containing(LocalDate.of(2027, 8, 31)).next()).isEqualTo(Term.containing(LocalDate.of(2027, 9, 1)));
    }
}
