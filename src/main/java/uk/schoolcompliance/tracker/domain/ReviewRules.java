package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Rule 4: next review due = last completed review (or approval) + review frequency, unless a date
 * is set by hand. Within 60 days: due soon; past it: overdue. A next-review date on or before the
 * last-reviewed date is a data error. Policy covers give these dates as months ("Last reviewed on:
 * September 2026", "Next review due by: September 2026", read as 01/09/2026 and 30/09/2026), so "on or
 * before" is read by month: a hand-set date in the same month as the last review, or earlier, is the error.
 */
public final class ReviewRules {

    public static final int DUE_SOON_DAYS = 60;

    private ReviewRules() {
    }

    /** The latest of the completed reviews and the versions' approval (else effective) dates. */
    public static LocalDate lastReviewed(List<PolicyVersion> versions, List<Review> reviews) {
        LocalDate last = null;
        for (Review r : reviews) {
            if (r.isCompleted() && (last == null || r.completedOn().isAfter(last))) {
                last = r.completedOn();
            }
        }
        for (PolicyVersion v : versions) {
            LocalDate d = v.approvedOn() != null ? v.approvedOn() : v.effectiveFrom();
            if (last == null || d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    public static ReviewStanding standing(Policy policy, List<PolicyVersion> versions, List<Review> reviews,
                                          LocalDate asOf) {
        LocalDate last = lastReviewed(versions, reviews);
        LocalDate next = policy.nextReviewOverride();
        if (next == null && last != null && policy.reviewMonths() != null) {
            next = last.plusMonths(policy.reviewMonths());
        }
        boolean dateError = policy.nextReviewOverride() != null && last != null
                && !YearMonth.from(policy.nextReviewOverride()).isAfter(YearMonth.from(last));
        return new ReviewStanding(policy, last, next, status(next, asOf), dateError);
    }

    /** What is wrong with the dates of a standing with a {@link ReviewStanding#dateError() date error}; else null. */
    public static String dateErrorDetail(ReviewStanding s) {
        if (!s.dateError()) {
            return null;
        }
        String next = Dates.forPeople(s.nextDue());
        String last = Dates.forPeople(s.lastReviewed());
        return s.nextDue().isBefore(s.lastReviewed().withDayOfMonth(1))
                ? "next review due " + next + " is before the last review " + last
                : "next review due " + next + " is in the same month as the last review " + last;
    }

    public static ReviewStatus status(LocalDate nextDue, LocalDate asOf) {
        if (nextDue == null) {
            return ReviewStatus.NO_DATE;
        }
        if (nextDue.isBefore(asOf)) {
            return ReviewStatus.OVERDUE;
        }
        if (!nextDue.isAfter(asOf.plusDays(DUE_SOON_DAYS))) {
            return ReviewStatus.DUE_SOON;
        }
        return ReviewStatus.IN_DATE;
    }
}
