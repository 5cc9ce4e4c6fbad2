package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Erasing a leaver's personal details once the retention period has passed: the staff row keeps its id,
 * category and dates (so anonymous counts stay right) but loses name, email, reference and job title; their
 * acknowledgements keep date, method and version but lose notes and scanned evidence; audit entries that
 * carried their details are redacted (the only change the audit log's triggers allow).
 */
public final class ErasureRepository {

    public static final String ERASED_GIVEN_NAME = "Erased";

    private final Database db;
    private final AuditRepository audit;

    public ErasureRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /** People not yet erased whose leave date is on or before {@code cutoff}, with their acknowledgement counts. */
    public Map<StaffMember, Integer> leftOnOrBefore(LocalDate cutoff) {
        return db.withConnection(c -> {
            Map<StaffMember, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.*, (SELECT count(*) FROM acknowledgement a "
                    + "WHERE a.staff_id = s.id) AS acks FROM staff s WHERE s.erased_on IS NULL AND s.leave_date IS NOT NULL "
                    + "AND s.leave_date <= ? ORDER BY s.leave_date, s.family_name, s.given_name, s.id")) {
                Jdbc.setDate(ps, 1, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(StaffRepository.map(rs), rs.getInt("acks"));
                    }
                }
            }
            return out;
        });
    }

    /** The ids of staff already erased, with the date. */
    public Map<Long, LocalDate> erased() {
        return db.withConnection(c -> {
            Map<Long, LocalDate> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, erased_on FROM staff WHERE erased_on IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), Jdbc.getDate(rs, "erased_on"));
                }
            }
            return out;
        });
    }

    /** Replaces a person's details and clears their acknowledgement notes and evidence (in the caller's transaction). */
    public void erasePersonalDetails(long staffId, String fullName, LocalDate on) {
        db.inTransaction(c -> {
            // their name where they recorded or ticked something for others
            for (String sql : List.of("UPDATE acknowledgement SET recorded_by = ? WHERE lower(recorded_by) = lower(?)",
                    "UPDATE acknowledgement SET voided_by = ? WHERE lower(voided_by) = lower(?)",
                    "UPDATE induction_item SET done_by = ? WHERE lower(done_by) = lower(?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, "[erased]");
                    ps.setString(2, fullName);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET given_name = ?, family_name = ?, "
                    + "staff_ref = NULL, email = NULL, job_title = NULL, absence_from = NULL, absence_to = NULL, "
                    + "erased_on = ?, updated_at = ? WHERE id = ? AND erased_on IS NULL")) {
                ps.setString(1, ERASED_GIVEN_NAME);
                ps.setString(2, "person #" + staffId);
                Jdbc.setDate(ps, 3, on);
                ps.setString(4, Instant.now(db.clock()).toString());
                ps.setLong(5, staffId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("Staff member " + staffId + " does not exist or was already erased");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE acknowledgement SET note = NULL, evidence = NULL, "
                    + "evidence_name = NULL WHERE staff_id = ?")) {
                ps.setLong(1, staffId);
                ps.executeUpdate();
            }
            audit.record("staff", staffId, "erase", null,
                    Map.of("erasedOn", on.toString(), "reason", "retention period after leaving ended"));
            return null;
        });
    }

    /** Replaces an audit entry's snapshots and operator by redacted ones, stamping the date. */
    public void redactAuditEntry(long auditId, String before, String after, String operator, LocalDate on) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_log SET before = ?, after = ?, operator = ?, redacted_on = ? WHERE id = ?")) {
                ps.setString(1, before);
                ps.setString(2, after);
                ps.setString(3, operator);
                Jdbc.setDate(ps, 4, on);
                ps.setLong(5, auditId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Ids of a person's acknowledgements, induction plan and items, by audit entity type. */
    public Map<String, List<Long>> relatedIds(long staffId) {
        return db.withConnection(c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            out.put("acknowledgement", ids(c, "SELECT id FROM acknowledgement WHERE staff_id = ?", staffId));
            out.put("induction_plan", ids(c, "SELECT id FROM induction_plan WHERE staff_id = ?", staffId));
            out.put("induction_item", ids(c, "SELECT i.id FROM induction_item i JOIN induction_plan p ON p.id = i.plan_id "
                    + "WHERE p.staff_id = ?", staffId));
            return out;
        });
    }

    private static List<Long> ids(java.sql.Connection c, String sql, long staffId) throws java.sql.SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, staffId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
