package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Dates;

/**
 * {@code --db FILE} (default: the user's data folder) and {@code --operator NAME}, shared by the commands, with
 * the app's clock ("today") that {@link Cli} hands every command.
 */
public final class DbOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (default: ${DEFAULT-VALUE}).")
    Path db = AppPaths.defaultDatabase();

    @Option(names = "--operator", paramLabel = "NAME",
            description = "Your name, recorded in the audit log beside the operating-system user.")
    String operator;

    private final Clock clock;

    /** For picocli's default factory; {@link Cli} builds it with the app's clock. */
    public DbOptions() {
        this(AppClock.system());
    }

    DbOptions(Clock clock) {
        this.clock = clock;
    }

    public Path db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Today by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public TrackerServices open() {
        return TrackerServices.open(db, Actor.fromSystem(operator), clock);
    }

    /**
     * Parses an as-of option value: a date in ISO form inside the window of sane dates (see
     * {@link Dates#parseIsoField(String, String, LocalDate)}), or today when absent.
     */
    public LocalDate asOf(String value) {
        return value == null ? today() : Dates.parseIsoField(value, "--as-of", today());
    }
}
