package uk.schoolcompliance.tracker.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway itself, apart from {@link Migrations} so that opening a database whose schema is current never loads a class
 * of Flyway (its exception types in these methods' handlers are loaded when the class is verified): the window's
 * start does without it (issue 17, {@code StartPathTest}).
 */
final class FlywayRun {

    private final Database db;
    private final Migrations migrations;

    FlywayRun(Database db, Migrations migrations) {
        this.db = db;
        this.migrations = migrations;
    }

    static Flyway flyway(Database db) {
        // Migrations are numbered in ranges by feature (docs/conventions.md), so a release can bring a
        // migration numbered below one a school's file already has (V20 after V50): apply it, in order of
        // release, instead of refusing the file.
        FluentConfiguration config = Flyway.configure().dataSource(db.dataSource()).outOfOrder(true);
        if (db.dialect() == SqlDialect.SQLITE) {
            config.locations("classpath:" + SqlDialect.MIGRATIONS);
        } else {
            // the portable migrations with the dialect's twins in their place; no Java migrations
            config.locations("classpath:" + SqlDialect.POSTGRESQL_TWINS)
                    .resourceProvider(new TwinMigrations(db.dialect()));
        }
        return config.load();
    }

    /** Applies what is pending, with all of Flyway's checks. */
    void migrate(boolean fresh, Runnable beforeChangingExisting) {
        Flyway flyway = flyway(db);
        try {
            refuseNewer(flyway);
            if (!migrations.hasOurTablesOrIsEmpty()) {
                throw new StoreException(db.location() + (db.dialect() == SqlDialect.SQLITE
                        ? " is an SQLite file from another program, not a Compliance Tracker database; it was left untouched"
                        : " holds tables of another program, not Compliance Tracker's; it was left untouched"));
            }
            if (!fresh && flyway.info().pending().length > 0) {
                beforeChangingExisting.run();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + db.location() + ": " + SqlErrors.firstLine(e.getMessage()), e);
        }
    }

    boolean hasPending() {
        try {
            return flyway(db).info().pending().length > 0;
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + db.location() + ": " + SqlErrors.firstLine(e.getMessage()), e);
        }
    }

    void refuseNewer(Flyway flyway) {
        try {
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException(db.location() + " was written by a newer version of Compliance Tracker (schema "
                            + info.getVersion() + "); install the newer version to open it. It was left untouched");
                }
            }
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + db.location() + ": " + SqlErrors.firstLine(e.getMessage()), e);
        }
    }
}
