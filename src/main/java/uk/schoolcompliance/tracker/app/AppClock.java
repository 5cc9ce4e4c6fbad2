package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one place that reads the computer's clock. Everything else is handed a {@link Clock} (the app's
 * "today") at start-up, so a test pins its date and nothing depends on the day it runs.
 *
 * <p>For trying the app "as if" on another day (and for running the suite a year ahead), the system
 * property {@value #TODAY_PROPERTY} or the environment variable {@value #TODAY_VARIABLE} set to an ISO date
 * moves the clock to that day; it keeps ticking from there.
 */
public final class AppClock {

    public static final String TODAY_PROPERTY = "tracker.today";
    public static final String TODAY_VARIABLE = "TRACKER_TODAY";

    private AppClock() {
    }

    /** The computer's clock in its own time zone, moved to {@value #TODAY_PROPERTY} when that is set. */
    public static Clock system() {
        Clock system = Clock.systemDefaultZone();
        String today = System.getProperty(TODAY_PROPERTY);
        if (today == null || today.isBlank()) {
            today = System.getenv(TODAY_VARIABLE);
        }
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDate target;
        try {
            target = LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new UserException(TODAY_PROPERTY + " / " + TODAY_VARIABLE + ": '" + today
                    + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate real = LocalDate.now(system);
        return Clock.offset(system, Duration.ofDays(target.toEpochDay() - real.toEpochDay()));
    }

    /**
     * A clock that starts at 09:00 on {@code day} (in the computer's time zone) and ticks from there: the date
     * is pinned (for anything shorter than 15 hours) while timestamps still advance. For tests, benches and
     * building the demo as written.
     */
    public static Clock startingAt(LocalDate day) {
        return new Ticking(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault(),
                System.nanoTime());
    }

    private static final class Ticking extends Clock {
        private final Instant start;
        private final ZoneId zone;
        private final long startNanos;

        Ticking(Instant start, ZoneId zone, long startNanos) {
            this.start = start;
            this.zone = zone;
            this.startNanos = startNanos;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Ticking(start, other, startNanos);
        }

        @Override
        public Instant instant() {
            return start.plusNanos(System.nanoTime() - startNanos);
        }
    }
}
