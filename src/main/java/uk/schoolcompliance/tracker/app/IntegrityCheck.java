package uk.schoolcompliance.tracker.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.store.Database;
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
        List<String> problems;
        try {
            problems = db.integrityProblems();
        } catch (StoreException e) {
            throw new UserException(file + " is damaged or not a Compliance Tracker database: " + e.getMessage(), e);
        }
        Optional<String> version = problems.isEmpty() ? db.schemaVersion() : Optional.empty();
        return new Result(file, version, List.copyOf(problems));
    }
}
