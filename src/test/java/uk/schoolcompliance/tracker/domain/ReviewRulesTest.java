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
