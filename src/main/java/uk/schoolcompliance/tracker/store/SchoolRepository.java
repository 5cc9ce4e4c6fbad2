package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.School;

/** The schools of the file (a single school's file has one; a trust's has its own row, phase "trust", too). */
public final class SchoolRepository {

    private static final String COLUMNS = "id, name, urn, phase, grace_days";

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public SchoolRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    /** Every school, oldest first. */
    public List<School> findAll() {
        return db.withConnection(c -> {
            List<School> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM school ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new School(rs.getLong("id"), rs.getString("name"), rs.getString("urn"),
                            rs.getString("phase"), Jdbc.getInteger(rs, "grace_days")));
                }
            }
            return out;
        });
    }

    /** Adds a school (audited); returns it with its id. */
    public School insert(School school) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO school (name, urn, phase, grace_days, created_at) VALUES (?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, school.name());
                ps.setString(2, school.urn());
                ps.setString(3, school.phase());
                Jdbc.setInteger(ps, 4, school.graceDays());
                ps.setString(5, Instant.now(db.clock()).toString());
                ps.executeUpdate();
                long id = Jdbc.generatedId(ps);
                audit.record("school", id, "create", null, snapshot(school));
                return new School(id, school.name(), school.urn(), school.phase(), school.graceDays());
            }
        });
    }

    /** Saves a school's name, URN and phase (audited, before and after). */
    public School update(School school) {
        return update(school, null);
    }

    /** Where the school's record stands: its version and who changed it last (issue #19). */
    public Optional<uk.schoolcompliance.tracker.domain.RecordStamp> stamp(long id) {
        return versions.stamp(RecordVersions.Table.SCHOOL, id);
    }

    /**
     * Saves a school's name, URN and phase; with {@code opened} not null, only when the school is still at the version
     * its user opened (else {@link RecordVersions.Stale}, nothing written). A change bumps the version (issue #19).
     */
    public School update(School school, Long opened) {
        return db.inTransaction(c -> {
            if (opened != null) {
                versions.check(c, RecordVersions.Table.SCHOOL, school.id(), opened);
            }
            School before = findAll().stream().filter(x -> x.id() == school.id()).findFirst()
                    .orElseThrow(() -> new StoreException("No school " + school.id()));
            if (before.equals(school)) {
                return school;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE school SET name = ?, urn = ?, phase = ?, grace_days = ? WHERE id = ?")) {
                ps.setString(1, school.name());
                ps.setString(2, school.urn());
                ps.setString(3, school.phase());
                Jdbc.setInteger(ps, 4, school.graceDays());
                ps.setLong(5, school.id());
                ps.executeUpdate();
            }
            versions.bump(c, RecordVersions.Table.SCHOOL, school.id(), null);
            audit.record("school", school.id(), "update", snapshot(before), snapshot(school));
            return school;
        });
    }

    private static Map<String, Object> snapshot(School s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("urn", s.urn());
        m.put("phase", s.phase());
        m.put("graceDays", s.graceDays());
        return m;
    }
}
