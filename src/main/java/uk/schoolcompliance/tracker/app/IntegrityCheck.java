package uk.schoolcompliance.tracker.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.SqlDialect;
import uk.schoolcompliance.tracker.store.StoreException;

/** Checks a database file without changing it: SQLite integrity, foreign keys and schema version. */
public final class IntegrityCheck {

    /** The result: problems (empty when healthy) and the schema version found. */
    public record Result(Path file, Optional<String> schemaVersion, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private IntegrityCheck() {
    }

    public static Result run(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such database file");
        }
        Database db;
        try {
            db = Database.openReadOnly(file);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        try {
            db.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery(SqlDialect.INTEGRITY_CHECK)) {
                        while (rs.next()) {
                            String line = rs.getString(1);
                            if (!"ok".equalsIgnoreCase(line)) {
                                problems.add("integrity: " + line);
                            }
                        }
                    }
                    try (ResultSet rs = st.executeQuery(SqlDialect.FOREIGN_KEY_CHECK)) {
                        while (rs.next()) {
                            problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2)
                                    + " refers to a missing " + rs.getString(3));
                        }
                    }
                    try (ResultSet rs = st.executeQuery(
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                    + "('flyway_schema_history', 'staff', 'policy', 'acknowledgement', 'audit_log')")) {
                        rs.next();
                        if (rs.getInt(1) < 5) {
                            problems.add("not a Compliance Tracker database (its tables are missing)");
                        }
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            throw new UserException(file + " is damaged or not a Compliance Tracker database: " + e.getMessage(), e);
        }
        Optional<String> version = problems.isEmpty() ? db.schemaVersion() : Optional.empty();
        return new Result(file, version, List.copyOf(problems));
    }
}
