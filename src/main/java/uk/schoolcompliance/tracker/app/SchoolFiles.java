package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;

/**
 * A school's file on this computer as a person names it: a new one is made only when asked for and set up whole
 * (or not left behind at all), and an existing one must be there, so a mistyped path is never a new, empty school.
 */
final class SchoolFiles {

    private SchoolFiles() {
    }

    /**
     * Creates {@code file} and sets the school up in it. Refuses an existing file; when setting up
     * fails, the file it had just created is removed again, so the next start offers the wizard again.
     */
    static TrackerServices create(Path file, Actor actor, SchoolSetupService.SchoolSetup setup, Clock clock) {
        if (Files.exists(file)) {
            throw new UserException(file + " already exists; open it, or choose another file for the new school");
        }
        SchoolSetupService.problem(setup.schoolName(), setup.phase(), setup.graceDays()).ifPresent(p -> {
            throw new UserException(p);
        });
        SchoolSetupService.inductionProblem(setup.induction(), LocalDate.now(clock)).ifPresent(p -> {
            throw new UserException(p);
        });
        TrackerServices services = null;
        try {
            services = TrackerServices.open(file, actor, clock);
            services.schoolSetup().setUp(setup, LocalDate.now(clock));
            return services;
        } catch (RuntimeException e) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException ignored) {
                    // the message below is what matters
                }
            }
            throw e;
        }
    }

    /** Opens a database that must already exist: "no such database: PATH" or "... is a folder" otherwise. */
    static TrackerServices openExisting(Path file, Supplier<Actor> actor, Clock clock, QuickCheckMemory checks) {
        if (Files.isDirectory(file)) {
            throw new UserException(file + " is a folder, not a database file");
        }
        if (!Files.exists(file)) {
            throw new UserException("no such database: " + file);
        }
        return TrackerServices.open(file, actor, clock, checks);
    }
}
