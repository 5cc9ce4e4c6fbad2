package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 4: next review due = the last completed review or approved version + review frequency, unless a
 * date is set by hand. A version with no approval date is "awaiting approval" and moves nothing until it
 * is approved. Within 60 days: due soon; past it: overdue. A next-review date on or before the
 * last-reviewed date is a data error. Everything is as of a date: a review completed, or a version
 * approved, after it does not count yet. Policy covers give these dates as months ("Last reviewed on:
 * September 2026", "Next review due by: September 2026", read as 01/09/2026 and 30/09/2026), so "on or
 * before" is read by month: a hand-set date in the same month as the last review, or earlier, is the error.
 */
public final class ReviewRules {

    public static final int DUE_SOON_DAYS = 60;

    private ReviewRules() {
    }

    /** The latest completed review or version approval, whatever its date. */
    public static LocalDate lastReviewed(List<PolicyVersion> versions, List<Review> reviews) {
        LastReview last = last(versions, reviews, LocalDate.MAX);
        return last == null ? null : last.date();
    }

    /**
     * What last set the review clock on {@code asOf}: the latest review completed, or version approved, on or
     * before it. Versions without an approval date never count. On the same day an approved version comes
     * before an approved review, and that before a review without an approval.
     */
    public static LastReview last(List<PolicyVersion> versions, List<Review> reviews, LocalDate asOf) {
        LastReview best = null;
        for (PolicyVersion v : versions) {
            if (v.approvedOn() != null && !v.approvedOn().isAfter(asOf)) {
                best = later(best, LastReview.of(v));
            }
        }
        for (Review r : reviews) {
            if (r.isCompleted() && !r.completedOn().isAfter(asOf)) {
                best = later(best, LastReview.of(r, versions));
            }
        }
        return best;
    }

    private static LastReview later(LastReview a, LastReview b) {
        if (a == null) {
            return b;
        }
        int byDate = b.date().compareTo(a.date());
        if (byDate != 0) {
            return byDate > 0 ? b : a;
        }
        int byRank = Integer.compare(rank(b), rank(a));
        if (byRank != 0) {
            return byRank > 0 ? b : a;
        }
        return id(b) > id(a) ? b : a;
    }

    private static int rank(LastReview l) {
        return l.version() != null ? 2 : l.review().isApproved() ? 1 : 0;
    }

    private static long id(LastReview l) {
        return l.version() != null ? l.version().id() : l.review().id();
    }

    /** The versions not approved on {@code asOf} (no approval date, or one after it), oldest first. */
    public static List<PolicyVersion> awaitingApproval(List<PolicyVersion> versions, LocalDate asOf) {
        return versions.stream().filter(v -> v.approvedOn() == null || v.approvedOn().isAfter(asOf))
                .sorted(PolicyVersion.CHRONOLOGICAL).toList();
    }

    /** "Version 4.1 (effective 10/01/2025) awaiting approval". */
    public static String describeAwaiting(PolicyVersion v) {
        return "Version " + v.label() + " (effective " + Dates.forPeople(v.effectiveFrom()) + ") awaiting approval";
    }

    public static ReviewStanding standing(Policy policy, List<PolicyVersion> versions, List<Review> reviews,
                                          LocalDate asOf) {
        LastReview last = last(versions, reviews, asOf);
        LocalDate lastDate = last == null ? null : last.date();
        LocalDate next = policy.nextReviewOverride();
        if (next == null) {
            next = nextDueAfter(policy, lastDate);
        }
        boolean dateError = policy.nextReviewOverride() != null && lastDate != null
                && !YearMonth.from(policy.nextReviewOverride()).isAfter(YearMonth.from(lastDate));
        return new ReviewStanding(policy, lastDate, next, status(next, asOf), dateError, last,
                awaitingApproval(versions, asOf));
    }

    /** The next due date a review completed (or a version approved) on {@code on} gives: on + frequency. */
    public static LocalDate nextDueAfter(Policy policy, LocalDate on) {
        return on == null || policy.reviewMonths() == null ? null : on.plusMonths(policy.reviewMonths());
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

    /**
     * One line of a policy's review history: a planned review, a completed one, a version approved (that no
     * review already records), or a version awaiting approval.
     */
    public record HistoryEntry(Kind kind, LocalDate date, Review review, PolicyVersion version, String versionLabel) {
        public enum Kind { PLANNED, AWAITING_APPROVAL, REVIEWED, APPROVED }
    }

    /**
     * A policy's reviews and approvals, newest first: planned reviews and versions awaiting approval at the
     * top, then completed reviews and version approvals by date. A version whose approval completed a review
     * is shown once, as that review.
     */
    public static List<HistoryEntry> history(List<PolicyVersion> versions, List<Review> reviews) {
        List<HistoryEntry> open = new ArrayList<>();
        List<HistoryEntry> done = new ArrayList<>();
        java.util.Set<Long> recorded = new java.util.HashSet<>();
        for (Review r : reviews) {
            if (r.isCompleted()) {
                String label = LastReview.versionLabel(r, versions);
                if (r.versionId() != null) {
                    recorded.add(r.versionId());
                }
                done.add(new HistoryEntry(HistoryEntry.Kind.REVIEWED, r.completedOn(), r, null, label));
            } else {
                open.add(new HistoryEntry(HistoryEntry.Kind.PLANNED, r.plannedMeeting(), r, null, null));
            }
        }
        for (PolicyVersion v : versions) {
            if (v.approvedOn() == null) {
                open.add(new HistoryEntry(HistoryEntry.Kind.AWAITING_APPROVAL, v.effectiveFrom(), null, v, v.label()));
            } else if (!recorded.contains(v.id())) {
                done.add(new HistoryEntry(HistoryEntry.Kind.APPROVED, v.approvedOn(), null, v, v.label()));
            }
        }
        Comparator<HistoryEntry> newestFirst = Comparator.comparing(HistoryEntry::date,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()).reversed())
                .thenComparing(e -> e.kind() == HistoryEntry.Kind.APPROVED ? 0 : 1)
                .thenComparing(e -> -(e.review() != null ? e.review().id() : e.version().id()));
        open.sort(newestFirst);
        done.sort(newestFirst);
        List<HistoryEntry> out = new ArrayList<>(open);
        out.addAll(done);
        return List.copyOf(out);
    }
}
