package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.ComplianceRules;

/** The school and the settings (grace period, retention, ...). */
public final class SettingsRepository {

    public static final String GRACE_DAYS = "grace_days";
    public static final String RETENTION_YEARS = "retention_years";

    private final Database db;
    private final AuditRepository audit;

    public SettingsRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    public Optional<String> get(String key) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void set(String key, String value) {
        db.inTransaction(c -> {
            Optional<String> before = get(key);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            audit.record("setting", null, "update", before.map(v -> Map.of(key, v)).orElse(null), Map.of(key, value));
            return null;
        });
    }

    public int graceDays() {
        return get(GRACE_DAYS).map(Integer::parseInt).orElse(ComplianceRules.DEFAULT_GRACE_DAYS);
    }

    /** The id of the (first) school, creating it with the given name when the database has none. */
    public long ensureSchool(String name, String phase) {
        return db.inTransaction(c -> {
            Optional<Long> existing = schoolId();
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO school (name, phase, created_at) VALUES (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, phase);
                ps.setString(3, Instant.now(db.clock()).toString());
                ps.executeUpdate();
                long id = Jdbc.generatedId(ps);
                audit.record("school", id, "create", null, Map.of("name", name, "phase", String.valueOf(phase)));
                return id;
            }
        });
    }

    public Optional<Long> schoolId() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM school ORDER BY id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    public String schoolName() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM school ORDER BY id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /** The school's phase code as stored ({@code primary}, {@code trust}, ...), empty when none was recorded. */
    public java.util.Optional<String> schoolPhase() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT phase FROM school ORDER BY id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                String phase = rs.next() ? rs.getString(1) : null;
                return phase == null || phase.isBlank() ? java.util.Optional.<String>empty() : java.util.Optional.of(phase.trim());
            }
        });
    }
}
