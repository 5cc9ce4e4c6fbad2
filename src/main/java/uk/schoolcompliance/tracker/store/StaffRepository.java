package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** Staff members: plain SQL, every change audited in the same transaction. */
public final class StaffRepository {

    private static final String COLUMNS = "id, school_id, given_name, family_name, staff_ref, email, category, "
            + "job_title, start_date, leave_date, absence_from, absence_to, date_of_birth";

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public StaffRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    public List<StaffMember> findAll() {
        return query("SELECT " + COLUMNS + " FROM staff ORDER BY lower(family_name), lower(given_name), id");
    }

    public Optional<StaffMember> findById(long id) {
        return query("SELECT " + COLUMNS + " FROM staff WHERE id = ?", id).stream().findFirst();
    }

    public Optional<StaffMember> findByRef(String staffRef) {
        return query("SELECT " + COLUMNS + " FROM staff WHERE staff_ref = ? ORDER BY id", staffRef).stream().findFirst();
    }

    public Optional<StaffMember> findByEmail(String email) {
        return query("SELECT " + COLUMNS + " FROM staff WHERE lower(email) = lower(?)", email.trim()).stream().findFirst();
    }

    /**
     * Everyone whose staff reference or e-mail is exactly {@code key} (ignoring case and surrounding spaces; never a
     * part of either), by id. More than one is possible (references are not unique, and one person's reference can
     * be another's e-mail): the caller decides what an ambiguous key means.
     */
    public List<StaffMember> findByRefOrEmail(String key) {
        return query("SELECT " + COLUMNS + " FROM staff WHERE lower(trim(staff_ref)) = lower(?) OR lower(trim(email)) = lower(?) "
                + "ORDER BY id", key.trim(), key.trim());
    }

    /** Where the person's record stands: its version and who changed it last (issue #19). */
    public Optional<uk.schoolcompliance.tracker.domain.RecordStamp> stamp(long id) {
        return versions.stamp(RecordVersions.Table.STAFF, id);
    }

    public int count() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM staff"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public StaffMember insert(StaffMember s) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (school_id, given_name, family_name, "
                    + "staff_ref, email, category, job_title, start_date, leave_date, absence_from, absence_to, "
                    + "date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = bind(ps, s);
                String now = Instant.now(db.clock()).toString();
                ps.setString(i++, now);
                ps.setString(i, now);
                ps.executeUpdate();
                StaffMember saved = s.withId(Jdbc.generatedId(ps));
                audit.record("staff", saved.id(), "create", null, saved);
                return saved;
            }
        });
    }

    public StaffMember update(StaffMember s) {
        return update(s, null);
    }

    /**
     * Saves an edit; with {@code opened} not null, only when the record is still at the version its user opened
     * (else {@link RecordVersions.Stale}, nothing written). A change bumps the version (issue #19).
     */
    public StaffMember update(StaffMember s, Long opened) {
        return db.inTransaction(c -> {
            if (opened != null) {
                versions.check(c, RecordVersions.Table.STAFF, s.id(), opened);
            }
            StaffMember before = findById(s.id()).orElseThrow(() -> new StoreException("No staff member " + s.id()));
            if (before.equals(s)) {
                return s;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET school_id = ?, given_name = ?, "
                    + "family_name = ?, staff_ref = ?, email = ?, category = ?, job_title = ?, start_date = ?, "
                    + "leave_date = ?, absence_from = ?, absence_to = ?, date_of_birth = ?, updated_at = ? WHERE id = ?")) {
                int i = bind(ps, s);
                ps.setString(i++, Instant.now(db.clock()).toString());
                ps.setLong(i, s.id());
                ps.executeUpdate();
            }
            versions.bump(c, RecordVersions.Table.STAFF, s.id(), null);
            audit.record("staff", s.id(), "update", before, s);
            return s;
        });
    }

    private static int bind(PreparedStatement ps, StaffMember s) throws SQLException {
        int i = 1;
        ps.setLong(i++, s.schoolId());
        ps.setString(i++, s.givenName().trim());
        ps.setString(i++, s.familyName().trim());
        ps.setString(i++, Jdbc.blankToNull(s.staffRef()));
        ps.setString(i++, Jdbc.blankToNull(s.email()));
        ps.setString(i++, s.category().code());
        ps.setString(i++, Jdbc.blankToNull(s.jobTitle()));
        Jdbc.setDate(ps, i++, s.startDate());
        Jdbc.setDate(ps, i++, s.leaveDate());
        Jdbc.setDate(ps, i++, s.absenceFrom());
        Jdbc.setDate(ps, i++, s.absenceTo());
        Jdbc.setDate(ps, i++, s.dateOfBirth());
        return i;
    }

    private List<StaffMember> query(String sql, Object... args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<StaffMember> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    static StaffMember map(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getLong("school_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("staff_ref"), rs.getString("email"),
                StaffCategory.fromCode(rs.getString("category")), rs.getString("job_title"),
                Jdbc.getDate(rs, "start_date"), Jdbc.getDate(rs, "leave_date"), Jdbc.getDate(rs, "absence_from"),
                Jdbc.getDate(rs, "absence_to"), Jdbc.getDate(rs, "date_of_birth"));
    }
}
