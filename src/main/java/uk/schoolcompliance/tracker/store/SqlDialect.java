package uk.schoolcompliance.tracker.store;

import org.sqlite.SQLiteConfig;

/**
 * The one place for what differs between the local SQLite file and a trust's PostgreSQL server, so the
 * repositories' SQL stays portable: connection settings, the statements that look at the schema itself, and
 * where each dialect's twin of a dialect-specific migration lives ({@code db/postgresql/}, same file name as
 * the SQLite original in {@code db/migration/}). Everything else (upserts with {@code ON CONFLICT}, ISO dates as
 * text, booleans as 0/1, {@code lower()} for case-blind matching and ordering) is written once for both.
 */
public enum SqlDialect {

    SQLITE("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ",
            "SELECT name FROM sqlite_master WHERE type = 'table'"),
    // pg_tables lists a table whatever this login may do with it (information_schema hides those it has no grant on)
    POSTGRESQL("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename IN ",
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");

    public static final int BUSY_TIMEOUT_MS = 5_000;

    /** Where every migration lives; for SQLite the only location, for PostgreSQL the portable ones. */
    public static final String MIGRATIONS = "db/migration";
    /** The PostgreSQL twins of the migrations that are not portable, by the same file name. */
    public static final String POSTGRESQL_TWINS = "db/postgresql";

    /** The tables that make a database ours. */
    static final String OUR_TABLES = "('flyway_schema_history', 'staff', 'policy', 'acknowledgement', 'audit_log')";

    private final String countTablesIn;
    private final String listTables;

    SqlDialect(String countTablesIn, String listTables) {
        this.countTablesIn = countTablesIn;
        this.listTables = listTables;
    }

    /** Counts how many of our five tables exist. */
    String countOurTables() {
        return countTablesIn + OUR_TABLES;
    }

    /** Lists every table of the database (for PostgreSQL, of its current schema). */
    String listTables() {
        return listTables;
    }

    /** Where this dialect's twins of non-portable migrations live, if anywhere. */
    String twinLocation() {
        return this == POSTGRESQL ? POSTGRESQL_TWINS : null;
    }

    /**
     * After rows were written with their own ids: SQLite hands out max(id) + 1 next anyway, but PostgreSQL's identity
     * columns must be moved past the highest id, or the next ordinary insert would collide with a row written here.
     */
    static void afterExplicitIds(java.sql.Connection c, SqlDialect dialect, String... tables) throws java.sql.SQLException {
        if (dialect != POSTGRESQL) {
            return;
        }
        try (java.sql.Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) FROM " + table
                        + " HAVING max(id) IS NOT NULL");
            }
        }
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

    /** A date bound as a parameter: ISO text on both (PostgreSQL's date columns are ISO text too). */
    public String dateParameter() {
        return "?";
    }

    /** {@code date} (ISO text) plus {@code days} days, as ISO text. */
    public String plusDays(String date, String days) {
        if (this == POSTGRESQL) {
            return "to_char(CAST(" + date + " AS DATE) + CAST(" + days + " AS INTEGER), 'YYYY-MM-DD')";
        }
        return "date(" + date + ", '+' || (" + days + ") || ' days')";
    }

    /**
     * {@code date} plus {@code months} months by Java's rule ({@code LocalDate.plusMonths}): a day that does not
     * exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb), where SQLite's own
     * modifier would run on into March. PostgreSQL's date + interval already keeps to the month's end.
     */
    public String plusMonths(String date, String months) {
        if (this == POSTGRESQL) {
            return "to_char(CAST(" + date + " AS DATE) + CAST(" + months + " AS INTEGER) * INTERVAL '1 month', "
                    + "'YYYY-MM-DD')";
        }
        String naive = "date(" + date + ", '+' || (" + months + ") || ' months')";
        return "CASE WHEN strftime('%d', " + naive + ") = strftime('%d', " + date + ") THEN " + naive
                + " ELSE date(" + date + ", '+' || (" + months + ") || ' months', 'start of month', '-1 day') END";
    }

    /** The later of two values, NULL when either is NULL (SQLite's two-argument max; PostgreSQL's GREATEST skips NULLs). */
    public String greatest(String a, String b) {
        if (this == POSTGRESQL) {
            return "CASE WHEN (" + a + ") IS NULL OR (" + b + ") IS NULL THEN NULL ELSE GREATEST(" + a + ", " + b + ") END";
        }
        return "max(" + a + ", " + b + ")";
    }

    /**
     * How this dialect orders {@link #caseless} keys, as a Java comparator, where that is known exactly: SQLite's
     * NOCASE folds the ASCII letters only and compares the UTF-8 bytes, then the lengths. Null for PostgreSQL, whose
     * {@code lower()} and collation follow the server's locale.
     */
    public java.util.Comparator<String> caselessOrder() {
        return this == SQLITE ? SqlDialect::sqliteNocase : null;
    }

    /** SQLite's NOCASE collation: the UTF-8 bytes compared unsigned with A-Z as a-z, then the shorter first. */
    static int sqliteNocase(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = fold(x[i] & 0xff) - fold(y[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return x.length - y.length;
    }

    private static int fold(int b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /**
     * A query that holds a lock on (kind, id) until the transaction ends, needing no grant (issue #19: two saves of the
     * same policy's reviews run one after the other); null on a file, which has one writer at a time anyway.
     */
    public String holdUntilCommit() {
        return this == POSTGRESQL ? "SELECT pg_advisory_xact_lock(?, ?)" : null;
    }

    /** An ORDER BY key that ignores ASCII case, as the repositories list staff and policies. */
    public String caseless(String expr) {
        return this == POSTGRESQL ? "lower(" + expr + ")" : expr + " COLLATE NOCASE";
    }
}
