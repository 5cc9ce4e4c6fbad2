package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;

/** Acknowledgements: inserted, and voided with a reason; never edited or deleted. */
public final class AcknowledgementRepository {

    private static final String COLUMNS = "id, staff_id, version_id, ack_date, method, recorded_by, note, voided_at, void_reason";

    private final Database db;
    private final AuditRepository audit;

    public AcknowledgementRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /**
     * Every acknowledgement, by id. The hot path of every figure (hundreds of thousands of rows in a
     * trust): columns are read by position, and repeated dates and names are shared rather than parsed
     * and copied for each row.
     */
    public List<Acknowledgement> findAll() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM acknowledgement ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                Jdbc.Dedup dedup = new Jdbc.Dedup();
                List<Acknowledgement> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Acknowledgement(rs.getLong(1), rs.getLong(2), rs.getLong(3), dedup.date(rs.getString(4)),
                            dedup.method(rs.getString(5)), dedup.text(rs.getString(6)), rs.getString(7),
                            rs.getString(8) != null, dedup.text(rs.getString(9))));
                }
                return out;
            }
        });
    }

    public List<Acknowledgement> findByStaff(long staffId) {
        return query("SELECT " + COLUMNS + " FROM acknowledgement WHERE staff_id = ? ORDER BY ack_date, id", staffId);
    }

    public Optional<Acknowledgement> findById(long id) {
        return query("SELECT " + COLUMNS + " FROM acknowledgement WHERE id = ?", id).stream().findFirst();
    }

    /**
     * Records an acknowledgement (optionally with scanned evidence). One live acknowledgement per person, version and
     * date (V85's unique index): when one is already there, this is a {@link StoreException} and nothing is written;
     * {@link #insertIfNew} is the idempotent form.
     */
    public Acknowledgement insert(Acknowledgement a, String evidenceName, byte[] evidence) {
        return insertIfNew(a, evidenceName, evidence).orElseThrow(() -> new StoreException("Staff member "
                + a.staffId() + " already has an acknowledgement of version " + a.versionId() + " on " + a.date()
                + ": nothing was written"));
    }

    /**
     * Records an acknowledgement unless the person already has a live one of the same version on the same date (issue
     * #19: two offices recording the same signature at once make one row, never two; {@code ON CONFLICT DO NOTHING} on
     * both stores, so on a server the second waits for the first and then writes nothing). Empty when nothing was
     * written; the existing one is {@link #findLive}.
     */
    public Optional<Acknowledgement> insertIfNew(Acknowledgement a, String evidenceName, byte[] evidence) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO acknowledgement (staff_id, version_id, ack_date, "
                    + "method, recorded_by, note, evidence, evidence_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, a.staffId());
                ps.setLong(2, a.versionId());
                Jdbc.setDate(ps, 3, a.date());
                ps.setString(4, a.method().code());
                ps.setString(5, a.recordedBy());
                ps.setString(6, Jdbc.blankToNull(a.note()));
                ps.setBytes(7, evidence);
                ps.setString(8, evidenceName);
                ps.setString(9, Instant.now(db.clock()).toString());
                if (ps.executeUpdate() == 0) {
                    return Optional.<Acknowledgement>empty();
                }
                Acknowledgement saved = new Acknowledgement(Jdbc.generatedId(ps), a.staffId(), a.versionId(), a.date(),
                        a.method(), a.recordedBy(), a.note(), false, null);
                audit.record("acknowledgement", saved.id(), "create", null, saved);
                return Optional.of(saved);
            }
        });
    }

    /** The live acknowledgement of a version by a person on a date, if any (at most one: V85's index). */
    public Optional<Acknowledgement> findLive(long staffId, long versionId, java.time.LocalDate date) {
        return query("SELECT " + COLUMNS + " FROM acknowledgement WHERE staff_id = ? AND version_id = ? AND ack_date = ? "
                + "AND voided_at IS NULL", staffId, versionId, date.toString()).stream().findFirst();
    }

    public Acknowledgement insert(Acknowledgement a) {
        return insert(a, null, null);
    }

    /** Voids an acknowledgement with a reason; it stays in the record but no longer counts. */
    public Acknowledgement voidAcknowledgement(long id, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a reason is required to void an acknowledgement");
        }
        return db.inTransaction(c -> {
            Acknowledgement before = findById(id).orElseThrow(() -> new StoreException("No acknowledgement " + id));
            if (before.voided()) {
                throw new IllegalArgumentException("acknowledgement " + id + " is already void");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE acknowledgement SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?")) {
                ps.setString(1, Instant.now(db.clock()).toString());
                ps.setString(2, by);
                ps.setString(3, reason.trim());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            Acknowledgement after = new Acknowledgement(before.id(), before.staffId(), before.versionId(), before.date(),
                    before.method(), before.recordedBy(), before.note(), true, reason.trim());
            audit.record("acknowledgement", id, "void", before, Map.of("voided", true, "reason", reason.trim()));
            return after;
        });
    }

    /** Scanned evidence attached to an acknowledgement. */
    public record Evidence(String fileName, byte[] bytes) {
    }

    /** The scanned evidence of an acknowledgement, if one was attached. */
    public Optional<Evidence> evidence(long id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT evidence_name, evidence FROM acknowledgement WHERE id = ? AND evidence IS NOT NULL")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Evidence(rs.getString(1), rs.getBytes(2))) : Optional.empty();
                }
            }
        });
    }

    private List<Acknowledgement> query(String sql, Object... args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Acknowledgement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Acknowledgement map(ResultSet rs) throws SQLException {
        return new Acknowledgement(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("version_id"),
                Jdbc.getDate(rs, "ack_date"), AckMethod.fromCode(rs.getString("method")), rs.getString("recorded_by"),
                rs.getString("note"), rs.getString("voided_at") != null, rs.getString("void_reason"));
    }
}
