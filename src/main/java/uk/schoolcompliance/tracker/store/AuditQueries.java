package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reading the audit log: filtered for the Audit log page, and everything about one person for a subject access request. */
public final class AuditQueries {

    private final Database db;
    private final ZoneId zone;

    public AuditQueries(Database db) {
        this(db, ZoneId.systemDefault());
    }

    public AuditQueries(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /** Entries matching the filter, newest first. */
    public List<AuditRecord> search(AuditFilter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.entity() != null && !f.entity().isBlank()) {
            sql.append(" AND entity = ?");
            args.add(f.entity());
        }
        if (f.from() != null) {
            sql.append(" AND at >= ?");
            args.add(f.from().atStartOfDay(zone).toInstant().toString());
        }
        if (f.to() != null) {
            sql.append(" AND at < ?");
            args.add(f.to().plusDays(1).atStartOfDay(zone).toInstant().toString());
        }
        if (f.user() != null && !f.user().isBlank()) {
            sql.append(" AND (os_user = ? OR operator = ?)");
            args.add(f.user());
            args.add(f.user());
        }
        if (f.text() != null && !f.text().isBlank()) {
            // lower() on both sides: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not
            sql.append(" AND (lower(before) LIKE ? ESCAPE '\\' OR lower(after) LIKE ? ESCAPE '\\' "
                    + "OR lower(entity) LIKE ? ESCAPE '\\')");
            String like = "%" + escapeLike(asciiLower(f.text().trim())) + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(f.limit());
        return query(sql.toString(), args);
    }

    /** A-Z to a-z only, as SQLite's LIKE and lower() fold case (and PostgreSQL's lower() on the "C" collation). */
    static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        return b.toString();
    }

    /** The entity types present, sorted. */
    public List<String> entities() {
        return strings("SELECT DISTINCT entity FROM audit_log ORDER BY entity");
    }

    /** The users (operating-system users and operator names) present, sorted. */
    public List<String> users() {
        return strings("SELECT u FROM (SELECT os_user AS u FROM audit_log UNION SELECT operator FROM audit_log "
                + "WHERE operator IS NOT NULL) users ORDER BY lower(u), u");
    }

    /**
     * Every entry about one person's own records, found by entity type and id, never by text: their staff row and
     * every row keyed by their staff id ({@link #STAFF_KEYED}: their acknowledgements, induction plan and its items).
     * Entries about other records are never included, whatever names their text holds. Oldest first.
     */
    public List<AuditRecord> aboutStaff(long staffId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE (entity = 'staff' AND entity_id = ?)");
        List<Object> args = new ArrayList<>();
        args.add(staffId);
        STAFF_KEYED.forEach((entity, ids) -> {
            sql.append(" OR (entity = ? AND entity_id IN (").append(ids).append("))");
            args.add(entity);
            args.add(staffId);
        });
        sql.append(" ORDER BY id");
        return query(sql.toString(), args);
    }

    /**
     * The audit entity types whose rows belong to one staff member, each with the SQL that gives their ids for a
     * staff id ({@code ?}). Retention erasure and subject access both use exactly this list; a new table keyed by
     * staff id must be added here ({@code AuditQueriesTest} fails until it is).
     */
    public static final java.util.Map<String, String> STAFF_KEYED = java.util.Map.of(
            "acknowledgement", "SELECT id FROM acknowledgement WHERE staff_id = ?",
            "induction_plan", "SELECT id FROM induction_plan WHERE staff_id = ?",
            "induction_item", "SELECT i.id FROM induction_item i JOIN induction_plan p ON p.id = i.plan_id "
                    + "WHERE p.staff_id = ?");

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<AuditRecord> query(String sql, List<Object> args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<AuditRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    static AuditRecord map(ResultSet rs) throws SQLException {
        AuditEntry e = new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("os_user"),
                rs.getString("operator"), rs.getString("entity"), Jdbc.getLong(rs, "entity_id"), rs.getString("action"),
                rs.getString("before"), rs.getString("after"));
        return new AuditRecord(e, Jdbc.getDate(rs, "redacted_on"));
    }

    private List<String> strings(String sql) {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
