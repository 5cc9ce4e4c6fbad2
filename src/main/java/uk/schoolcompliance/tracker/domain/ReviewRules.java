package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Rule 4: next review due = last completed review (or approval) + review frequency, unless a date
 * is set by hand. Within 60 days: due soon; past it: overdue. A next-review date on or before the
 * last-reviewed date is a data error.
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
                && !policy.nextReviewOverride().isAfter(last);
        return new ReviewStanding(policy, last, next, status(next, asOf), dateError);
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
