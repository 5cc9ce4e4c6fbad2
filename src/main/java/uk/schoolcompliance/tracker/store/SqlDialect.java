package uk.schoolcompliance.tracker.store;

import org.sqlite.SQLiteConfig;

/**
 * The one place for SQLite-only settings and statements, so the repositories' SQL stays portable to
 * PostgreSQL (a trust's shared server).
 */
public final class SqlDialect {

    public static final int BUSY_TIMEOUT_MS = 5_000;

    private SqlDialect() {
    }

    /** Foreign keys on, WAL, a busy timeout: applied to every connection, Flyway's included. */
    public static SQLiteConfig sqliteConfig(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        config.setDateClass("TEXT");
        return config;
    }

    public static final String INTEGRITY_CHECK = "PRAGMA integrity_check";
    public static final String QUICK_CHECK = "PRAGMA quick_check";
    public static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";

    // ---- The figures' SQL (FigureQueries): the few expressions that differ between SQLite and PostgreSQL.
    // Dates are ISO text (yyyy-MM-dd) in SQLite, so they compare as strings; PostgreSQL's DATE compares the same.

    /** A date bound as a parameter: ISO text in SQLite (PostgreSQL: {@code CAST(? AS DATE)}). */
    public static String dateParameter() {
        return "?";
    }

    /** {@code date} plus {@code days} days (PostgreSQL: {@code (date + days)}). */
    public static String plusDays(String date, String days) {
        return "date(" + date + ", '+' || (" + days + ") || ' days')";
    }

    /**
     * {@code date} plus {@code months} months by Java's rule ({@code LocalDate.plusMonths}): a day that does not
     * exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb), where SQLite's own
     * modifier would run on into March. PostgreSQL's {@code CAST(date + months * INTERVAL '1 month' AS DATE)}
     * already keeps to the month's end.
     */
    public static String plusMonths(String date, String months) {
        String naive = "date(" + date + ", '+' || (" + months + ") || ' months')";
        return "CASE WHEN strftime('%d', " + naive + ") = strftime('%d', " + date + ") THEN " + naive
                + " ELSE date(" + date + ", '+' || (" + months + ") || ' months', 'start of month', '-1 day') END";
    }

    /** The later of two dates (or other values) (PostgreSQL: {@code GREATEST(a, b)}). */
    public static String greatest(String a, String b) {
        return "max(" + a + ", " + b + ")";
    }

    /**
     * An ORDER BY key that ignores ASCII case, as the repositories list staff and policies (PostgreSQL:
     * {@code lower(expr)}).
     */
    public static String caseless(String expr) {
        return expr + " COLLATE NOCASE";
    }
}
