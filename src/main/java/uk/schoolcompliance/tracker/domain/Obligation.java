package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * An in-scope staff member × policy on a date, with the version they must have acknowledged, the
 * date it is (or was) due, and the acknowledgement that satisfies it, if any.
 */
public record Obligation(
        StaffMember staff,
        Policy policy,
        PolicyVersion requiredVersion,
        ObligationStatus status,
        LocalDate due,
        Acknowledgement satisfiedBy) {

    public boolean isGap() {
        return status.isGap();
    }
}
