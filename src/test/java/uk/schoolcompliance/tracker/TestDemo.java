package uk.schoolcompliance.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;

import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.DemoSchool;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;

/**
 * The demo school for tests: built once per test run with its dates as written (so figures never
 * drift with the calendar), then copied for each test that writes to it.
 */
public final class TestDemo {

    /** The date the sample files are written as of; tests compute figures as of this date. */
    public static final LocalDate AS_OF = DemoSchool.anchor();
    public static final Actor ACTOR = new Actor("test-user", "Test Operator");
    /** "Today" for every test: the demo's anchor date, whatever the day the suite runs. */
    public static final Clock CLOCK = AppClock.startingAt(AS_OF);

    private static Path master;
    private static Path trustMaster;

    private TestDemo() {
    }

    /** A fresh copy of the demo database in {@code dir}. */
    public static synchronized Path copy(Path dir) {
        try {
            if (master == null) {
                Path folder = Files.createTempDirectory("demo-master");
                master = folder.resolve("demo.db");
                TrackerServices services = TrackerServices.open(master, ACTOR, CLOCK);
                services.demoSchool().build(AS_OF);
                try (var c = services.repositories().db().newConnection(); var st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            Path target = dir.resolve("demo-" + System.nanoTime() + ".db");
            Files.copy(master, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TrackerServices open(Path dir) {
        return TrackerServices.open(copy(dir), ACTOR, CLOCK);
    }

    /** Services on a fresh copy of the demo trust (three schools and a central team: {@code demo --trust}). */
    public static TrackerServices openTrust(Path dir) {
        return TrackerServices.open(trustCopy(dir), ACTOR, CLOCK);
    }

    /** A fresh copy of the demo trust's file in {@code dir}, built once per run. */
    public static synchronized Path trustCopy(Path dir) {
        try {
            if (trustMaster == null) {
                Path folder = Files.createTempDirectory("trust-master");
                trustMaster = folder.resolve("trust.db");
                try (TrackerServices services = TrackerServices.open(trustMaster, ACTOR, CLOCK)) {
                    services.demoTrust().build(AS_OF);
                    try (var c = services.repositories().db().newConnection(); var st = c.createStatement()) {
                        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                }
            }
            Path target = dir.resolve("trust-" + System.nanoTime() + ".db");
            Files.copy(trustMaster, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
