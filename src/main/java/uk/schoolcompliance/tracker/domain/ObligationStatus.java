package uk.schoolcompliance.tracker.domain;

/** Where an in-scope staff member stands against one policy on the as-of date. */
public enum ObligationStatus {
    /** A counting acknowledgement of the required version (or a later one) exists. */
    SATISFIED,
    /** A gap that is not yet past its due date. */
    DUE,
    /** A gap past its due date. */
    OVERDUE,
    /** A gap for a staff member on long-term absence: listed apart, never chased or counted. */
    ABSENT;

    public boolean isGap() {
        return this != SATISFIED;
    }
}
