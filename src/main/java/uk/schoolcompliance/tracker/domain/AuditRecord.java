package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * An audit entry as the Audit log page shows it: the entry, when a retention erasure redacted it the date, and the
 * names of the records it is about as they read today ({@link Names}; an erased person reads as retention left them).
 */
public record AuditRecord(AuditEntry entry, LocalDate redactedOn, Names names) {

    /**
     * What the entry's record is called today, found by its entity type and id: the person it belongs to (a staff
     * row, their acknowledgement, induction plan or item), the policy and version label (a policy, a version, an
     * acknowledgement, a review, a sign-off session or form import of a version), an induction item's title, a
     * school's name. Each is null when the entry is not about such a record or the record is gone.
     */
    public record Names(String person, String policy, String version, String item, String school) {

        public static final Names NONE = new Names(null, null, null, null, null);
    }

    public AuditRecord(AuditEntry entry, LocalDate redactedOn) {
        this(entry, redactedOn, Names.NONE);
    }
}
