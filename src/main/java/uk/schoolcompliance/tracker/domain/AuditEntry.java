package uk.schoolcompliance.tracker.domain;

import java.time.Instant;

/** One line of the audit log: who changed what, with JSON snapshots before and after. */
public record AuditEntry(long id, Instant at, String osUser, String operator, String entity, Long entityId,
                         String action, String before, String after) {
}
