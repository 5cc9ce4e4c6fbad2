package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;

/** {@code --db FILE} (default: the user's data folder) and {@code --as-of DATE}, shared by the commands. */
public final class DbOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (default: ${DEFAULT-VALUE}).")
    Path db = AppPaths.defaultDatabase();

    @Option(names = "--operator", paramLabel = "NAME",
            description = "Your name, recorded in the audit log beside the operating-system user.")
    String operator;

    public Path db() {
        return db;
    }

    public TrackerServices open() {
        return TrackerServices.open(db, Actor.fromSystem(operator));
    }

    /** Parses an as-of option value: a date in ISO form, or today when absent. */
    public static LocalDate asOf(String value) {
        return value == null ? LocalDate.now() : uk.schoolcompliance.tracker.domain.Dates.parseIsoField(value, "--as-of");
    }
}
