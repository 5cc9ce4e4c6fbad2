package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The obligations as rows, one at a time as the database gives them (the lists: every obligation, the gaps, one
 * policy's, one person's), and the first acknowledgements of the induction figures. People, policies and versions are
 * named by id in the rows and looked up in a snapshot of the same file without acknowledgements.
 */
final class ObligationRows {

    private final Database db;
    private final ObligationsSql sql;
    private final Map<Long, StaffMember> staffById = new HashMap<>();
    private final Map<Long, Policy> policyById = new HashMap<>();
    private final Map<Long, PolicyVersion> versionById = new HashMap<>();

    ObligationRows(Database db, ObligationsSql sql, SchoolData data) {
        this.db = db;
        this.sql = sql;
        data.staff().forEach(s -> staffById.put(s.id(), s));
        data.policies().forEach(p -> {
            policyById.put(p.id(), p);
            data.versions(p.id()).forEach(v -> versionById.put(v.id(), v));
        });
    }

    /**
     * Each row of {@code finish} (which selects {@link ObligationsSql#ROW_COLUMNS}) as an obligation, in its order, one
     * at a time as the database gives them; {@code withAck}: with each satisfied one's satisfying acknowledgement.
     */
    void rows(String finish, LocalDate asOf, Long policyId, Long staffId, boolean withAck, Consumer<Obligation> visitor) {
        db.withConnection(c -> {
            try (PreparedStatement ps = sql.prepare(c, finish, asOf, policyId, staffId, withAck);
                    ResultSet rs = ps.executeQuery()) {
                Jdbc.Dedup dedup = new Jdbc.Dedup();
                while (rs.next()) {
                    Obligation o = obligation(rs, dedup);
                    if (o != null) {
                        visitor.accept(o);
                    }
                }
            }
            return null;
        });
    }

    /**
     * The row as an obligation; null when it names someone or something the snapshot does not hold (written
     * after the snapshot was read: the next question, on a fresh snapshot, includes it).
     */
    private Obligation obligation(ResultSet rs, Jdbc.Dedup dedup) throws SQLException {
        StaffMember staff = staffById.get(rs.getLong(1));
        Policy policy = policyById.get(rs.getLong(2));
        PolicyVersion required = versionById.get(rs.getLong(3));
        if (staff == null || policy == null || required == null) {
            return null;
        }
        ObligationStatus status = switch (rs.getString(4)) {
            case "S" -> ObligationStatus.SATISFIED;
            case "A" -> ObligationStatus.ABSENT;
            case "O" -> ObligationStatus.OVERDUE;
            default -> ObligationStatus.DUE;
        };
        LocalDate due = dedup.date(rs.getString(5));
        Acknowledgement by = null;
        long ackId = rs.getLong(6);
        if (!rs.wasNull() && status == ObligationStatus.SATISFIED) {
            by = new Acknowledgement(ackId, staff.id(), rs.getLong(7), dedup.date(rs.getString(8)),
                    dedup.method(rs.getString(9)), dedup.text(rs.getString(10)), rs.getString(11), false, null);
        }
        return new Obligation(staff, policy, required, status, due, by);
    }

    /**
     * Each person's earliest counting acknowledgement per policy (any version), for the people {@code which} names
     * (an SQL condition on {@code a.staff_id}, with one parameter when {@code staffId} is given).
     */
    Map<Long, Map<Long, LocalDate>> firstAcks(String which, LocalDate asOf, Long staffId) {
        String text = "SELECT a.staff_id, v.policy_id, min(a.ack_date) FROM acknowledgement a "
                + "JOIN policy_version v ON v.id = a.version_id WHERE a.voided_at IS NULL AND a.ack_date <= "
                + sql.dialect.dateParameter() + " AND " + which + " GROUP BY a.staff_id, v.policy_id";
        return db.withConnection(c -> {
            Map<Long, Map<Long, LocalDate>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(text)) {
                Jdbc.setDate(ps, 1, asOf);
                if (staffId != null) {
                    ps.setLong(2, staffId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    Jdbc.Dedup dedup = new Jdbc.Dedup();
                    while (rs.next()) {
                        long staff = rs.getLong(1);
                        if (staffById.containsKey(staff)) {
                            out.computeIfAbsent(staff, k -> new HashMap<>()).put(rs.getLong(2), dedup.date(rs.getString(3)));
                        }
                    }
                }
            }
            return out;
        });
    }
}
