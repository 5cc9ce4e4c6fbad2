package uk.schoolcompliance.tracker.domain;

/**
 * Acknowledgement figures for a group (a policy, a staff category): in scope (not absent) = done +
 * outstanding; overdue ⊆ outstanding; absent people are counted apart.
 */
public record Tally(int inScope, int done, int outstanding, int overdue, int absent) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

    public double percent() {
        return Summary.percent(done, inScope);
    }

    /** This tally with one more obligation counted. */
    public Tally plus(ObligationStatus status) {
        return switch (status) {
            case SATISFIED -> new Tally(inScope + 1, done + 1, outstanding, overdue, absent);
            case DUE -> new Tally(inScope + 1, done, outstanding + 1, overdue, absent);
            case OVERDUE -> new Tally(inScope + 1, done, outstanding + 1, overdue + 1, absent);
            case ABSENT -> new Tally(inScope, done, outstanding, overdue, absent + 1);
        };
    }
}
