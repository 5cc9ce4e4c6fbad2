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

    /**
     * Each entry with the names of the records it is about, in one query: the person (a staff row, their
     * acknowledgement, induction plan or item), the policy and version (a policy, a version, an acknowledgement, a
     * review, a sign-off session or form import of a version), an induction item's title and a school's name.
     */
    private static final String NAMED = "SELECT a.*, person.given_name AS n_given, person.family_name AS n_family, "
            + "p.title AS n_policy, pv.label AS n_version, ii.title AS n_item, sc.name AS n_school, "
            + "person.id AS n_person_id, person.school_id AS n_person_school, p.id AS n_policy_id, "
            + "p.school_id AS n_policy_school FROM audit_log a "
            + "LEFT JOIN acknowledgement ak ON a.entity = 'acknowledgement' AND ak.id = a.entity_id "
            + "LEFT JOIN induction_plan ip ON a.entity = 'induction_plan' AND ip.id = a.entity_id "
            + "LEFT JOIN induction_item ii ON a.entity = 'induction_item' AND ii.id = a.entity_id "
            + "LEFT JOIN induction_plan iip ON iip.id = ii.plan_id "
            + "LEFT JOIN review rv ON a.entity = 'review' AND rv.id = a.entity_id "
            + "LEFT JOIN policy_version pv ON pv.id = CASE WHEN a.entity IN ('policy_version', 'acknowledgement_session', "
            + "'acknowledgement_import') THEN a.entity_id WHEN a.entity = 'acknowledgement' THEN ak.version_id END "
            + "LEFT JOIN policy p ON p.id = CASE a.entity WHEN 'policy' THEN a.entity_id WHEN 'review' THEN rv.policy_id "
            + "ELSE pv.policy_id END "
            + "LEFT JOIN staff person ON person.id = CASE a.entity WHEN 'staff' THEN a.entity_id "
            + "WHEN 'acknowledgement' THEN ak.staff_id WHEN 'induction_plan' THEN ip.staff_id "
            + "WHEN 'induction_item' THEN iip.staff_id END "
            + "LEFT JOIN school sc ON a.entity = 'school' AND sc.id = a.entity_id";

    /**
     * Entries matching the filter, newest first, each with the names of its records ({@link AuditRecord.Names}).
     * The text is found in the snapshots, the record type, and the names: typing a person's name finds their staff
     * record's entries and those of their acknowledgements and induction items, whose snapshots hold only ids.
     */
    public List<AuditRecord> search(AuditFilter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(NAMED).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.entity() != null && !f.entity().isBlank()) {
            sql.append(" AND a.entity = ?");
            args.add(f.entity());
        }
        if (f.from() != null) {
            sql.append(" AND a.at >= ?");
            args.add(f.from().atStartOfDay(zone).toInstant().toString());
        }
        if (f.to() != null) {
            sql.append(" AND a.at < ?");
            args.add(f.to().plusDays(1).atStartOfDay(zone).toInstant().toString());
        }
        if (f.user() != null && !f.user().isBlank()) {
            sql.append(" AND (a.os_user = ? OR a.operator = ? OR a.login = ?)");
            args.add(f.user());
            args.add(f.user());
            args.add(f.user());
        }
        sql.append(") n WHERE 1 = 1");
        if (f.school() != null) {
            // an entry about a person goes with the person's school (their acknowledgement of a trust-wide policy too);
            // one about a policy (no person) with the policy's owner, the trust-wide ones with the central team
            sql.append(" AND ((n_person_id IS NOT NULL AND n_person_school = ?)"
                    + " OR (n_person_id IS NULL AND n_policy_id IS NOT NULL AND ")
                    .append(f.centralTeam() ? "n_policy_school IS NULL)" : "n_policy_school = ?)")
                    .append(" OR (entity = 'school' AND entity_id = ?))");
            args.add(f.school());
            if (!f.centralTeam()) {
                args.add(f.school());
            }
            args.add(f.school());
        }
        if (f.text() != null && !f.text().isBlank()) {
            // lower() on both sides: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not
            String like = "%" + escapeLike(asciiLower(f.text().trim().replaceAll("\\s+", " "))) + "%";
            List<String> searched = List.of("before", "after", "entity", "n_given || ' ' || n_family", "n_policy",
                    "n_policy || ' v' || n_version", "n_item", "n_school");
            sql.append(" AND (").append(String.join(" OR ", searched.stream()
                    .map(column -> "lower(" + column + ") LIKE ? ESCAPE '\\'").toList())).append(")");
            searched.forEach(column -> args.add(like));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(f.limit());
        return query(sql.toString(), args, true);
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

    /** The users (operating-system users, operator names and, on a server, logins) present, sorted. */
    public List<String> users() {
        return strings("SELECT u FROM (SELECT os_user AS u FROM audit_log UNION SELECT operator FROM audit_log "
                + "WHERE operator IS NOT NULL UNION SELECT login FROM audit_log WHERE login IS NOT NULL) users "
                + "ORDER BY lower(u), u");
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
        return query(sql.toString(), args, false);
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

    private List<AuditRecord> query(String sql, List<Object> args, boolean named) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<AuditRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(named ? mapNamed(rs) : map(rs));
                    }
                }
                return out;
            }
        });
    }

    static AuditRecord map(ResultSet rs) throws SQLException {
        AuditEntry e = new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("os_user"),
                rs.getString("operator"), rs.getString("entity"), Jdbc.getLong(rs, "entity_id"), rs.getString("action"),
                rs.getString("before"), rs.getString("after"), rs.getString("login"));
        return new AuditRecord(e, Jdbc.getDate(rs, "redacted_on"));
    }

    private static AuditRecord mapNamed(ResultSet rs) throws SQLException {
        AuditRecord plain = map(rs);
        String given = rs.getString("n_given");
        String family = rs.getString("n_family");
        String person = given == null && family == null ? null
                : ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return new AuditRecord(plain.entry(), plain.redactedOn(), new AuditRecord.Names(person, rs.getString("n_policy"),
                rs.getString("n_version"), rs.getString("n_item"), rs.getString("n_school")));
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
