package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * What the Audit log page asks for: an entity type (null: all), a date range in local dates (either end may be
 * null), a user (matches the operating-system user or the operator name, null: all), free text found in the
 * before/after snapshots, and a limit. In a trust's file, {@code school} (null: all schools) keeps the entries about
 * that school: its people's records (their acknowledgements and induction too), its own policies (their versions,
 * reviews and sign-offs) and its own row; with {@code centralTeam} it is the trust's own row, and the trust-wide
 * policies are the central team's (issue 16).
 */
public record AuditFilter(String entity, LocalDate from, LocalDate to, String user, String text, int limit, Long school,
                          boolean centralTeam) {

    /** Every school. */
    public AuditFilter(String entity, LocalDate from, LocalDate to, String user, String text, int limit) {
        this(entity, from, to, user, text, limit, null, false);
    }

    public static AuditFilter all(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }

    /** The same filter for one school of the file (the trust's own row: the central team); null: all schools. */
    public AuditFilter forSchool(School s) {
        return s == null ? new AuditFilter(entity, from, to, user, text, limit)
                : new AuditFilter(entity, from, to, user, text, limit, s.id(), s.isTrust());
    }
}
