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
}
