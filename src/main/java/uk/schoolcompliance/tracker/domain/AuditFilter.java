package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * What the Audit log page asks for: an entity type (null: all), a date range in local dates (either end may be
 * null), a user (matches the operating-system user or the operator name, null: all), free text found in the
 * before/after snapshots, and a limit.
 */
public record AuditFilter(String entity, LocalDate from, LocalDate to, String user, String text, int limit) {

    public static AuditFilter all(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }
}
