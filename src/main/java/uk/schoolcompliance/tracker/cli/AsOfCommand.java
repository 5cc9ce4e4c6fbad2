package uk.schoolcompliance.tracker.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * A command that reads the database as of a date ({@code --db}, {@code --as-of}): the date is read first (a bad one
 * is refused before anything opens), then the database is opened for {@link #run} and closed after it, however it
 * ends.
 */
abstract class AsOfCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Mixin
    AsOfOption asOf;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        LocalDate date = asOf.date();
        try (TrackerServices services = options.open()) {
            return run(services, date);
        }
    }

    /** The command's work on the open database, as of {@code date}; returns the exit code. */
    abstract int run(TrackerServices services, LocalDate date);
}
