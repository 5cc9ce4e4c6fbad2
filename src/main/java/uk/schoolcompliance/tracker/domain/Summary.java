package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * The headline figures as of a date. Acknowledgement counts cover in-scope staff of active policies
 * who are not on long-term absence: required = done + outstanding; overdue ⊆ outstanding.
 */
public record Summary(
        LocalDate asOf,
        int staffInPost,
        int policiesActive,
        int ackRequired,
        int ackDone,
        int ackOutstanding,
        int ackOverdue,
        int reviewsOverdue,
        int reviewsDueSoon,
        int inductionInProgress,
        int inductionOverdueItems,
        int dataWarnings) {

    /** Percentage done of required, one decimal; 100 when nothing is required. */
    public double ackPercent() {
        return percent(ackDone, ackRequired);
    }

    public static double percent(int done, int required) {
        return required == 0 ? 100.0 : Math.round(done * 1000.0 / required) / 10.0;
    }
}
