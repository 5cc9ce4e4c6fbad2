package uk.schoolcompliance.tracker.io;

import java.time.Duration;

/**
 * The time one file may take to read ({@link ReadLimits#MAX_READ_TIME}), checked by the readers as they go:
 * {@link #checkTime()} throws a {@link CsvTable.TooLargeException} naming the file once it has run out. It measures
 * elapsed time ({@link System#nanoTime()}), never the date, so it needs no clock.
 */
public final class ReadBudget {

    private final String source;
    private final Duration allowed;
    private final long deadline;

    private ReadBudget(String source, Duration allowed) {
        this.source = source;
        this.allowed = allowed;
        this.deadline = System.nanoTime() + allowed.toNanos();
    }

    /** The budget for reading {@code source} (the file name that starts every message), starting now. */
    public static ReadBudget start(String source) {
        return new ReadBudget(source, ReadLimits.MAX_READ_TIME);
    }

    /** A budget of another length (tests: {@code Duration.ZERO} has run out before the reader starts). */
    public static ReadBudget of(String source, Duration allowed) {
        return new ReadBudget(source, allowed);
    }

    public String source() {
        return source;
    }

    /** Throws when the time has run out. */
    public void checkTime() throws CsvTable.TooLargeException {
        if (System.nanoTime() - deadline >= 0) {
            throw refuse("the file takes longer than " + seconds(allowed) + " to read, far longer than a school's "
                    + "file; this looks like a damaged or malicious file");
        }
    }

    /** The refusal of this file for {@code reason}. */
    public CsvTable.TooLargeException refuse(String reason) {
        return new CsvTable.TooLargeException(source, 0, reason);
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s == 60 ? "a minute" : s == 1 ? "a second" : ReadLimits.count(s) + " seconds";
    }
}
