package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.List;

import uk.schoolcompliance.tracker.store.Database;

/**
 * The checks that opening a file runs, one at a time, so that {@code bench} can say what each costs (issue 17,
 * docs/performance.md "Start-up"): SQLite's quick check, the migrations check (is the schema current, so Flyway is
 * left alone) and the daily backup's copy with its own check. Changes nothing in the database.
 */
public final class OpenSteps {

    private final Database db;
    private final BackupService backups;

    OpenSteps(Database db, BackupService backups) {
        this.db = db;
        this.backups = backups;
    }

    /** SQLite's quick check: what it finds wrong, empty when healthy. */
    public List<String> quickCheck() {
        return db.quickCheckProblems();
    }

    /**
     * True when opening skipped the quick check because the file is unchanged since a check that passed today
     * (issue 17; docs/safety.md "Quick check on open").
     */
    public boolean quickCheckSkipped() {
        return db.quickCheckSkippedOnOpen();
    }

    /** The migrations check: true when the schema is current and opening does not start Flyway. */
    public boolean schemaIsCurrent() {
        return db.schemaIsCurrent();
    }

    /** The daily backup's work (a copy of the file and the copy's quick check), into {@code folder}; returns the copy. */
    public Path backupCopy(Path folder) {
        return backups.backupToFolder(folder);
    }
}
