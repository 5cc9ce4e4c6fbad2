package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;

/** The contract of {@code review}: flags, the one confirming line, exit codes and one-line errors that change nothing. */
class ReviewCliTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = TestDemo.copy(dir);
    }

    private TrackerServices open() {
        return TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
    }

    private Result review(String... extra) {
        String[] base = {"review", "--db", db.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    @Test
    void recordsTheReviewWithItsApprovalAndPrintsOneLine() {
        Result r = review("--policy", "complaints procedure", "--completed", "2026-11-20", "--outcome", "no-change",
                "--meeting", "2026-11-18", "--minute", "FGB 26/11 item 2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Review of Complaints Procedure completed on 20/11/2026 (no-change); next review "
                + "due 20/11/2029" + System.lineSeparator());
        TrackerServices s = open();
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        Review done = s.repositories().reviews().findByPolicy(p.id()).stream().filter(Review::isCompleted).reduce((a, b) -> b).orElseThrow();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
        assertThat(done.approvedBy()).as("the policy's approving body").isEqualTo("Full governing body");
        assertThat(done.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(done.minuteRef()).isEqualTo("FGB 26/11 item 2");
        assertThat(s.repositories().reviews().findOpen(p.id())).as("the planned review was completed").isEmpty();
    }

    @Test
    void anApprovingBodyAndANextDateByHand() {
        Result r = review("--policy", "Attendance Policy", "--completed", "2026-11-24", "--outcome", "minor-amendments",
                "--approved-by", "Resources committee", "--meeting", "2026-11-24", "--next-due", "2027-09-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Review of Attendance Policy completed on 24/11/2026 (minor-amendments); next "
                + "review due 01/09/2027" + System.lineSeparator());
        TrackerServices s = open();
        Policy p = s.policyService().policyByTitle("Attendance Policy");
        assertThat(p.nextReviewOverride()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(s.repositories().reviews().findByPolicy(p.id())).filteredOn(Review::isCompleted).singleElement()
                .satisfies(x -> assertThat(x.approvedBy()).isEqualTo("Resources committee"));
    }

    @Test
    void aLiveDocumentAndARetirement() {
        Result retired = review("--policy", "Social Media Policy", "--completed", "2026-11-24", "--outcome", "retired");
        assertThat(retired.code()).as(retired.err()).isZero();
        assertThat(retired.out()).isEqualTo("Review of Social Media Policy completed on 24/11/2026 (retired); the policy "
                + "is retired and has no next review" + System.lineSeparator());
        assertThat(open().policyService().policyByTitle("Social Media Policy").status()).isEqualTo(PolicyStatus.RETIRED);

        TrackerServices s = open();
        Policy live = s.policyService().save(new Policy(0, null, "Lettings Policy", null, null, false, null, "Headteacher",
                null, null, null, null, PolicyStatus.ACTIVE, uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF));
        Result r = review("--policy", live.title(), "--completed", "2026-11-02", "--outcome", "no-change");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Review of Lettings Policy completed on 02/11/2026 (no-change); no next review "
                + "(a live document)" + System.lineSeparator());
    }

    @Test
    void anUnknownOrAmbiguousTitleIsOneLineListingTheCandidates() {
        Result unknown = review("--policy", "Code of Conduct", "--completed", "2026-11-20", "--outcome", "no-change");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("error: --policy: no policy called 'Code of Conduct'; did you mean 'Staff "
                + "Code of Conduct'?" + System.lineSeparator());

        TrackerServices s = open();
        s.policyService().save(new Policy(0, null, "Café Policy", null, null, false, null, null, 12, null, null, null,
                PolicyStatus.ACTIVE, uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF));
        s.repositories().policies().insert(new Policy(0, null, "CAFÉ POLICY", null, null, false, null, null, 12, null, null, null,
                PolicyStatus.ACTIVE, uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF));
        Result ambiguous = review("--policy", "café policy", "--completed", "2026-11-20", "--outcome", "no-change");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).isEqualTo("error: --policy: 'café policy' matches 2 policies: 'CAFÉ POLICY', "
                + "'Café Policy'" + System.lineSeparator());
        assertThat(ambiguous.err().lines()).hasSize(1);
    }

    @Test
    void badInputExitsOneNamingTheOptionAndChangesNothing() {
        TrackerServices s = open();
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        var before = s.repositories().reviews().findByPolicy(p.id());
        long lastAudit = s.repositories().audit().recent(1, null, null).get(0).id();

        Result impossible = review("--policy", "Complaints Procedure", "--completed", "2026-02-30", "--outcome", "no-change");
        assertThat(impossible.code()).isEqualTo(1);
        assertThat(impossible.err()).isEqualTo("error: --completed: '2026-02-30' is not a date (use YYYY-MM-DD)"
                + System.lineSeparator());
        assertThat(review("--policy", "Complaints Procedure", "--completed", "2026-11-20", "--outcome", "no-change",
                "--meeting", "18/11/2026").err()).isEqualTo("error: --meeting: '18/11/2026' is not a date (use YYYY-MM-DD)"
                + System.lineSeparator());
        assertThat(review("--policy", "Complaints Procedure", "--completed", "2026-11-20", "--outcome", "no-change",
                "--next-due", "2027-13-01").err()).isEqualTo("error: --next-due: '2027-13-01' is not a date (use YYYY-MM-DD)"
                + System.lineSeparator());
        Result outcome = review("--policy", "Complaints Procedure", "--completed", "2026-11-20", "--outcome", "approved");
        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("error: --outcome: 'approved' is not an outcome (use no-change, "
                + "minor-amendments, new-version, retired)" + System.lineSeparator());
        Result future = review("--policy", "Complaints Procedure", "--completed", "2026-11-25", "--outcome", "no-change");
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err()).isEqualTo("error: Completed on: 25/11/2026 is in the future (today is 24/11/2026)" + System.lineSeparator());
        Result nextBefore = review("--policy", "Complaints Procedure", "--completed", "2026-11-20", "--outcome",
                "no-change", "--next-due", "2026-11-01");
        assertThat(nextBefore.code()).isEqualTo(1);
        assertThat(nextBefore.err()).isEqualTo("error: Next due: 01/11/2026 is not after the completion date 20/11/2026"
                + System.lineSeparator());
        Result meetingAfter = review("--policy", "Complaints Procedure", "--completed", "2026-11-20", "--outcome",
                "no-change", "--meeting", "2026-11-23");
        assertThat(meetingAfter.code()).isEqualTo(1);
        assertThat(meetingAfter.err()).startsWith("error: Meeting date: 23/11/2026 is after the completion date 20/11/2026");

        TrackerServices again = open();
        assertThat(again.repositories().reviews().findByPolicy(p.id())).isEqualTo(before);
        assertThat(again.repositories().audit().recent(1, null, null).get(0).id()).isEqualTo(lastAudit);
        assertThat(review("--policy", "Complaints Procedure", "--outcome", "no-change").code()).as("--completed missing")
                .isEqualTo(2);
    }
}
