package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.domain.Fixtures.d;
import static uk.schoolcompliance.tracker.domain.Fixtures.policy;
import static uk.schoolcompliance.tracker.domain.Fixtures.version;

import java.util.List;

import org.junit.jupiter.api.Test;


class ReviewRulesTest {

    private final Policy biennial = policy(1, StaffCategory.ALL_STAFF, 24, null);
    private final List<PolicyVersion> approved = List.of(version(1, 1, "1.0", "2024-12-01", true));

    @Test
    void nextDueIsLastApprovalPlusFrequency() {
        ReviewStanding s = ReviewRules.standing(biennial, approved, List.of(), d("2026-06-01"));
        assertThat(s.lastReviewed()).isEqualTo(d("2024-12-01"));
        assertThat(s.nextDue()).isEqualTo(d("2026-12-01"));
        assertThat(s.status()).isEqualTo(ReviewStatus.IN_DATE);
    }

    @Test
    void completedReviewMovesTheNextDueDate() {
        Review done = new Review(1, 1, d("2026-12-01"), null, "Head", d("2026-11-20"), ReviewOutcome.NO_CHANGE, null);
        ReviewStanding s = ReviewRules.standing(biennial, approved, List.of(done), d("2026-11-24"));
        assertThat(s.nextDue()).isEqualTo(d("2028-11-20"));
    }

    @Test
    void dueSoonWithinSixtyDaysAndOverduePastIt() {
        assertThat(ReviewRules.status(d("2027-01-23"), d("2026-11-24"))).isEqualTo(ReviewStatus.DUE_SOON);
        assertThat(ReviewRules.status(d("2027-01-24"), d("2026-11-24"))).isEqualTo(ReviewStatus.IN_DATE);
        assertThat(ReviewRules.status(d("2026-11-24"), d("2026-11-24"))).isEqualTo(ReviewStatus.DUE_SOON);
        assertThat(ReviewRules.status(d("2026-11-23"), d("2026-11-24"))).isEqualTo(ReviewStatus.OVERDUE);
        assertThat(ReviewRules.status(null, d("2026-11-24"))).isEqualTo(ReviewStatus.NO_DATE);
    }

    @Test
    void handSetDateOnOrBeforeLastReviewIsADataError() {
        Policy wrong = biennial.withNextReviewOverride(d("2024-12-01"));
        ReviewStanding s = ReviewRules.standing(wrong, approved, List.of(), d("2026-06-01"));
        assertThat(s.dateError()).isTrue();
        assertThat(s.nextDue()).isEqualTo(d("2024-12-01"));
        assertThat(ReviewRules.standing(biennial.withNextReviewOverride(d("2025-06-01")), approved, List.of(),
                d("2026-06-01")).dateError()).isFalse();
    }

    // ------------------------------------------------------------------ approvals (issue: a record the school can stand behind)

    /** The Staff Code of Conduct: reviewed every 24 months, 4.0 approved by the governors, 4.1 a minor correction. */
    private final Policy codeOfConduct = new Policy(7, 1L, "Staff Code of Conduct", "HR-01", "HR", true, "Head",
            "Full governing body", 24, null, null, null, PolicyStatus.ACTIVE, StaffCategory.EVERYONE);
    private final PolicyVersion v40 = new PolicyVersion(70, 7, "4.0", null, null, null, "Full governing body",
            d("2024-07-09"), "FGB 24/07 item 8", d("2024-09-01"), "Annual review", true);
    private final PolicyVersion v41Unapproved = new PolicyVersion(71, 7, "4.1", null, null, null, null, null, null,
            d("2025-01-10"), "Corrected a phone number", false);

    private static PolicyVersion approved(PolicyVersion v, String by, String on, String minute) {
        return new PolicyVersion(v.id(), v.policyId(), v.label(), v.documentSha256(), v.fileName(), v.mediaType(), by,
                d(on), minute, v.effectiveFrom(), v.changeSummary(), v.material());
    }

    private static Review completed(long id, String on, ReviewOutcome outcome, String body, String meeting, String minute) {
        return new Review(id, 7, null, null, "Head", d(on), outcome, null, body, meeting == null ? null : d(meeting),
                minute, null, null);
    }

    @Test
    void anUnapprovedMinorVersionDoesNotMoveTheNextReview() {
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v40, v41Unapproved), List.of(), d("2026-06-01"));
        assertThat(s.lastReviewed()).as("the correction of 10/01/2025 is not a review").isEqualTo(d("2024-07-09"));
        assertThat(s.nextDue()).as("not moved to 10/01/2027").isEqualTo(d("2026-07-09"));
        assertThat(s.status()).isEqualTo(ReviewStatus.DUE_SOON);
        assertThat(s.awaitingApproval()).containsExactly(v41Unapproved);
        assertThat(s.describeAwaiting()).isEqualTo("Version 4.1 (effective 10/01/2025) awaiting approval");
        assertThat(s.describeLast())
                .isEqualTo("Last approved 09/07/2024 (version 4.0, approved by Full governing body, minute FGB 24/07 item 8)");
        assertThat(ReviewRules.lastReviewed(List.of(v40, v41Unapproved), List.of())).isEqualTo(d("2024-07-09"));
    }

    @Test
    void aPolicyWhoseOnlyVersionAwaitsApprovalHasNoReviewDate() {
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v41Unapproved), List.of(), d("2026-06-01"));
        assertThat(s.lastReviewed()).isNull();
        assertThat(s.nextDue()).isNull();
        assertThat(s.status()).isEqualTo(ReviewStatus.NO_DATE);
        assertThat(s.describeLast()).isEqualTo("Not yet reviewed or approved");
    }

    @Test
    void approvingTheVersionMovesTheNextReview() {
        PolicyVersion v41 = approved(v41Unapproved, "Full governing body", "2025-02-05", "FGB 25/02 item 4");
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v40, v41), List.of(), d("2026-06-01"));
        assertThat(s.lastReviewed()).isEqualTo(d("2025-02-05"));
        assertThat(s.nextDue()).isEqualTo(d("2027-02-05"));
        assertThat(s.status()).isEqualTo(ReviewStatus.IN_DATE);
        assertThat(s.awaitingApproval()).isEmpty();
        assertThat(s.describeAwaiting()).isEmpty();
        assertThat(s.last().isApproval()).isTrue();
        assertThat(s.describeLast())
                .isEqualTo("Last approved 05/02/2025 (version 4.1, approved by Full governing body, minute FGB 25/02 item 4)");
    }

    @Test
    void anApprovalDatedAfterTheAsOfDateDoesNotCountYet() {
        PolicyVersion v41 = approved(v41Unapproved, "Headteacher", "2025-02-05", null);
        ReviewStanding before = ReviewRules.standing(codeOfConduct, List.of(v40, v41), List.of(), d("2025-02-04"));
        assertThat(before.lastReviewed()).isEqualTo(d("2024-07-09"));
        assertThat(before.awaitingApproval()).containsExactly(v41);
        ReviewStanding on = ReviewRules.standing(codeOfConduct, List.of(v40, v41), List.of(), d("2025-02-05"));
        assertThat(on.lastReviewed()).isEqualTo(d("2025-02-05"));
        assertThat(on.describeLast()).isEqualTo("Last approved 05/02/2025 (version 4.1, approved by Headteacher)");
        Review later = completed(1, "2026-03-01", ReviewOutcome.NO_CHANGE, null, null, null);
        assertThat(ReviewRules.standing(codeOfConduct, List.of(v40), List.of(later), d("2026-02-28")).lastReviewed())
                .as("a review completed after the as-of date").isEqualTo(d("2024-07-09"));
    }

    @Test
    void aNoChangeReviewIsLastReviewedEvenWithTheGovernorsApproval() {
        Review noChange = completed(1, "2026-10-14", ReviewOutcome.NO_CHANGE, "Full governing body", "2026-10-14",
                "FGB 26/10 item 3");
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v40), List.of(noChange), d("2026-11-24"));
        assertThat(s.nextDue()).isEqualTo(d("2028-10-14"));
        assertThat(s.last().review()).isEqualTo(noChange);
        assertThat(s.last().isApproval()).isFalse();
        assertThat(s.describeLast()).isEqualTo(
                "Last reviewed 14/10/2026 (no change, approved by Full governing body on 14/10/2026, minute FGB 26/10 item 3)")
                .doesNotContain("Last approved");
        Review bare = completed(2, "2026-10-14", ReviewOutcome.NO_CHANGE, null, null, null);
        assertThat(ReviewRules.standing(codeOfConduct, List.of(v40), List.of(bare), d("2026-11-24")).describeLast())
                .isEqualTo("Last reviewed 14/10/2026 (no change)");
    }

    @Test
    void aReviewThatChangedThePolicyIsLastApprovedOnlyWithItsApproval() {
        Review approvedAmendments = completed(1, "2026-10-14", ReviewOutcome.MINOR_AMENDMENTS, "Resources committee",
                "2026-10-12", null);
        assertThat(ReviewRules.standing(codeOfConduct, List.of(v40), List.of(approvedAmendments), d("2026-11-24"))
                .describeLast()).isEqualTo("Last approved 14/10/2026 (minor amendments, approved by Resources committee on 12/10/2026)");
        Review unapproved = completed(2, "2026-10-14", ReviewOutcome.NEW_VERSION, "Full governing body", null, null);
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v40), List.of(unapproved), d("2026-11-24"));
        assertThat(s.describeLast()).isEqualTo("Last reviewed 14/10/2026 (new version, no approval recorded)");
        assertThat(s.nextDue()).as("the review still counts as the policy's review").isEqualTo(d("2028-10-14"));
    }

    @Test
    void onTheSameDayTheApprovedVersionIsTheLastReview() {
        PolicyVersion v50 = new PolicyVersion(72, 7, "5.0", null, null, null, "Full governing body", d("2026-07-08"),
                "FGB 26/07 item 9", d("2026-09-01"), null, true);
        Review sameDay = new Review(3, 7, null, null, "Head", d("2026-07-08"), ReviewOutcome.NEW_VERSION, null,
                "Full governing body", d("2026-07-08"), "FGB 26/07 item 9", null, 72L);
        ReviewStanding s = ReviewRules.standing(codeOfConduct, List.of(v40, v50), List.of(sameDay), d("2026-11-24"));
        assertThat(s.last().version()).isEqualTo(v50);
        assertThat(s.nextDue()).isEqualTo(d("2028-07-08"));
        assertThat(LastReview.of(sameDay, List.of(v40, v50)).describe()).isEqualTo(
                "Last approved 08/07/2026 (new version 5.0, approved by Full governing body on 08/07/2026, "
                        + "minute FGB 26/07 item 9)");
    }

    @Test
    void aDateSetByHandOverridesTheComputedOneAndMayNotPrecedeTheLastReview() {
        PolicyVersion v41 = approved(v41Unapproved, "Full governing body", "2025-02-05", null);
        ReviewStanding s = ReviewRules.standing(codeOfConduct.withNextReviewOverride(d("2026-01-31")), List.of(v40, v41),
                List.of(), d("2025-06-01"));
        assertThat(s.nextDue()).isEqualTo(d("2026-01-31"));
        assertThat(s.dateError()).isFalse();
        ReviewStanding same = ReviewRules.standing(codeOfConduct.withNextReviewOverride(d("2025-02-05")),
                List.of(v40, v41), List.of(), d("2025-06-01"));
        assertThat(same.dateError()).as("on the last review date").isTrue();
        ReviewStanding unapprovedIgnored = ReviewRules.standing(codeOfConduct.withNextReviewOverride(d("2025-01-01")),
                List.of(v40, v41Unapproved), List.of(), d("2025-06-01"));
        assertThat(unapprovedIgnored.dateError()).as("the unapproved version of 10/01/2025 is no review").isFalse();
    }

    @Test
    void theHistoryShowsAVersionThatCompletedAReviewOnceAndWhatAwaitsApprovalFirst() {
        PolicyVersion v50 = new PolicyVersion(72, 7, "5.0", null, null, null, "Full governing body", d("2026-07-08"),
                null, d("2026-09-01"), null, true);
        Review byVersion = new Review(3, 7, null, d("2026-07-08"), "Head", d("2026-07-08"), ReviewOutcome.NEW_VERSION,
                null, "Full governing body", d("2026-07-08"), null, null, 72L);
        Review planned = new Review(4, 7, d("2028-07-08"), d("2028-06-20"), "Head", null, null, null);
        PolicyVersion v51 = new PolicyVersion(73, 7, "5.1", null, null, null, null, null, null, d("2026-11-01"), null, false);
        List<ReviewRules.HistoryEntry> h = ReviewRules.history(List.of(v40, v50, v51), List.of(byVersion, planned));
        assertThat(h).extracting(ReviewRules.HistoryEntry::kind).containsExactly(ReviewRules.HistoryEntry.Kind.PLANNED,
                ReviewRules.HistoryEntry.Kind.AWAITING_APPROVAL, ReviewRules.HistoryEntry.Kind.REVIEWED,
                ReviewRules.HistoryEntry.Kind.APPROVED);
        assertThat(h.get(2).versionLabel()).isEqualTo("5.0");
        assertThat(h.get(3).version()).isEqualTo(v40);
        assertThat(ReviewRules.history(List.of(), List.of())).isEmpty();
    }

    @Test
    void aHandSetDateInTheSameMonthAsTheLastReviewIsADataErrorToo() {
        // covers give months ("Last reviewed on: September 2026", "Next review due by: September 2026"), read as
        // 01/09/2026 and 30/09/2026: the contradiction the rule is about must not hide behind the day of the month
        Review september = new Review(1, 1, null, null, null, d("2026-09-01"), ReviewOutcome.NO_CHANGE, null);
        ReviewStanding s = ReviewRules.standing(biennial.withNextReviewOverride(d("2026-09-30")), approved,
                List.of(september), d("2026-11-24"));
        assertThat(s.lastReviewed()).isEqualTo(d("2026-09-01"));
        assertThat(s.dateError()).isTrue();
        assertThat(ReviewRules.dateErrorDetail(s)).isEqualTo(
                "next review due 30/09/2026 is in the same month as the last review 01/09/2026");
        // the same day, and the day before, are errors; the first day of the next month is not
        assertThat(ReviewRules.standing(biennial.withNextReviewOverride(d("2026-09-01")), approved, List.of(september),
                d("2026-11-24")).dateError()).isTrue();
        ReviewStanding before = ReviewRules.standing(biennial.withNextReviewOverride(d("2026-08-31")), approved,
                List.of(september), d("2026-11-24"));
        assertThat(before.dateError()).isTrue();
        assertThat(ReviewRules.dateErrorDetail(before)).isEqualTo(
                "next review due 31/08/2026 is before the last review 01/09/2026");
        ReviewStanding fine = ReviewRules.standing(biennial.withNextReviewOverride(d("2026-10-01")), approved,
                List.of(september), d("2026-11-24"));
        assertThat(fine.dateError()).isFalse();
        assertThat(ReviewRules.dateErrorDetail(fine)).isNull();
        // a date worked out from the frequency is never an error, nor is a policy never reviewed
        assertThat(ReviewRules.standing(biennial, approved, List.of(september), d("2026-11-24")).dateError()).isFalse();
        assertThat(ReviewRules.standing(biennial.withNextReviewOverride(d("2026-09-30")), List.of(), List.of(),
                d("2026-11-24")).dateError()).isFalse();
    }

    @Test
    void liveDocumentHasNoReviewDate() {
        Policy live = policy(2, StaffCategory.ALL_STAFF, null, null);
        assertThat(ReviewRules.standing(live, approved, List.of(), d("2026-06-01")).status()).isEqualTo(ReviewStatus.NO_DATE);
    }
}
