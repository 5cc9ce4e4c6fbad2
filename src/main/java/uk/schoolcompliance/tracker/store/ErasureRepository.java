package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Erasing a leaver's personal details once the retention period has passed: the staff row keeps its id,
 * category and dates (so anonymous counts stay right) but loses name, email, reference and job title; their
 * acknowledgements keep date, method and version but lose notes and scanned evidence; the audit entries about
 * their records are redacted (the only change the audit log's triggers allow). Everything is found by the
 * person's staff id, never by searching text for their name.
 */
public final class ErasureRepository {

    public static final String ERASED_GIVEN_NAME = "Erased";
    /** What replaces free text that cannot simply be emptied (a void reason is required while the row is void). */
    public static final String ERASED_TEXT = "[erased]";

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

    /**
     * Replaces a person's details on their own records, found by their staff id (in the caller's transaction): the
     * staff row's name, reference, e-mail, job title and absence; the free text on their acknowledgements (note,
     * scanned evidence, a void reason) and induction items (an un-tick reason). Nothing is matched by name: other
     * people's records (who recorded or ticked something, a policy's owner) are left exactly as written.
     *
     * @param erasedOn the date the erasure took effect (today, or the original date when an erasure is re-applied
     *                 after a restore)
     * @param reason   recorded in the audit line of the erasure
     */
    public void erasePersonalDetails(long staffId, LocalDate erasedOn, String reason) {
        erasePersonalDetails(staffId, erasedOn, null, reason);
    }

    /**
     * As {@link #erasePersonalDetails(long, LocalDate, String)}, also setting the leave date when {@code leftOn} is
     * given: an erasure re-applied after a restore brings back the leave date it was made on, so an erased person is
     * never counted as in post.
     */
    public void erasePersonalDetails(long staffId, LocalDate erasedOn, LocalDate leftOn, String reason) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET given_name = ?, family_name = ?, "
                    + "staff_ref = NULL, email = NULL, job_title = NULL, absence_from = NULL, absence_to = NULL, "
                    + "leave_date = COALESCE(?, leave_date), erased_on = ?, updated_at = ? WHERE id = ? "
                    + "AND erased_on IS NULL")) {
                ps.setString(1, ERASED_GIVEN_NAME);
                ps.setString(2, "person #" + staffId);
                Jdbc.setDate(ps, 3, leftOn);
                Jdbc.setDate(ps, 4, erasedOn);
                ps.setString(5, Instant.now(db.clock()).toString());
                ps.setLong(6, staffId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("Staff member " + staffId + " does not exist or was already erased");
                }
            }
            for (String sql : List.of("UPDATE acknowledgement SET note = NULL, evidence = NULL, evidence_name = NULL, "
                            + "void_reason = CASE WHEN void_reason IS NULL THEN NULL ELSE '" + ERASED_TEXT + "' END "
                            + "WHERE staff_id = ?",
                    "UPDATE induction_item SET undone_reason = NULL WHERE plan_id IN "
                            + "(SELECT id FROM induction_plan WHERE staff_id = ?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, staffId);
                    ps.executeUpdate();
                }
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("erasedOn", erasedOn.toString());
            if (leftOn != null) {
                after.put("leaveDate", leftOn.toString());
            }
            after.put("reason", reason);
            audit.record("staff", staffId, "erase", null, after);
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
}
