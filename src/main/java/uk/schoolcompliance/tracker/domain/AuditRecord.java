package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/** An audit entry as the Audit log page shows it: the entry and, when a retention erasure redacted it, the date. */
public record AuditRecord(AuditEntry entry, LocalDate redactedOn) {
}
