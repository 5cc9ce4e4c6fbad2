package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * The headline figures as of a date. Acknowledgement counts cover in-scope staff of active policies
 * who are not on long-term absence: required = done + outstanding; overdue ⊆ outstanding. The gaps of
 * people on long-term absence are counted apart in {@code ackAbsent} (listed, never chased, never in
 * the outstanding figure), so every list of gaps holds {@code ackOutstanding + ackAbsent} lines.
 * {@code reviewsNoDate} counts active policies with a review cycle that have no review date yet (never
 * approved or reviewed, no date set by hand).
 */
public record Summary(
        LocalDate asOf,
        int staffInPost,
        int policiesActive,
        int ackRequired,
        int ackDone,
        int ackOutstanding,
        int ackOverdue,
        int ackAbsent,
        int reviewsOverdue,
        int reviewsDueSoon,
        int reviewsNoDate,
        int inductionInProgress,
        int inductionOverdueItems,
        int dataWarnings) {

    /** Percentage done of required, one decimal; 100 when nothing is required (see {@link #ackNotStarted()}). */
    public double ackPercent() {
        return percent(ackDone, ackRequired);
    }

    /**
     * Nothing is required yet (no policy version in effect for anyone in post), so the 100 % of
     * {@link #ackPercent()} means nothing: the figure is shown as "not started", never as on track.
     */
    public boolean ackNotStarted() {
        return ackRequired == 0;
    }

    /**
     * Some active policy has no review date yet, so "no review overdue" is not "on track": the review
     * figures are shown as "no dates yet" while none is overdue.
     */
    public boolean reviewDatesMissing() {
        return reviewsNoDate > 0;
    }

    public static double percent(int done, int required) {
        return required == 0 ? 100.0 : Math.round(done * 1000.0 / required) / 10.0;
    }
}
