package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file holding everything. Opening it checks that it really is one of ours (and not from a
 * newer version of the app), then brings the schema up to date through the migrations.
 *
 * <p>Repositories ask for a connection with {@link #withConnection}; inside {@link #inTransaction}
 * every repository call on that thread shares the transaction's connection, so a use case commits
 * or rolls back as one.
 */
public final class Database {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Clock clock;
    private final SQLiteDataSource dataSource;
    private final boolean readOnly;
    private final String readOnlyReason;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private DatabaseLock lock;
    private final List<String> notices = new ArrayList<>();

    private Database(Path file, Clock clock, boolean readOnly, String readOnlyReason) {
        this.file = file;
        this.clock = clock;
        this.readOnly = readOnly;
        this.readOnlyReason = readOnlyReason;
        this.dataSource = new SQLiteDataSource(SqlDialect.sqliteConfig(readOnly));
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * Opens (creating when missing, owner-only) and migrates the database in {@code file}, holding its
     * {@link DatabaseLock}. When another copy of the app holds the lock, the file is opened read-only instead
     * ({@link #isReadOnly()}, {@link #readOnlyReason()}) and every write is refused with a message naming the
     * holder. A damaged, truncated, foreign or newer file is refused with an {@link UnreadableDatabaseException}
     * naming the newest backup; nothing is ever "repaired" or deleted. Before a migration changes an existing
     * file, a backup of it is taken.
     */
    public static Database open(Path file, Clock clock) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file");
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + parent + ": " + describeIo(e), e);
        }
        try {
            checkLooksLikeSqlite(file);
        } catch (StoreException e) {
            throw UnreadableDatabaseException.of(file, e);
        }
        boolean fresh;
        try {
            fresh = !Files.exists(file) || Files.size(file) == 0;
            if (!Files.exists(file)) {
                FilePermissions.createOwnerOnly(file);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create " + file + ": " + describeIo(e), e);
        }
        Optional<DatabaseLock> lock = DatabaseLock.tryAcquire(file, clock);
        if (lock.isEmpty()) {
            String holder = DatabaseLock.holder(file);
            if (fresh) {
                throw new StoreException(file + " is being created by " + holder + "; try again in a moment");
            }
            Database ro = new Database(file, clock, true, file + " is open in " + holder
                    + ", so this copy can only read it; nothing was changed");
            try {
                ro.verify();
            } catch (StoreException e) {
                throw UnreadableDatabaseException.of(file, e);
            }
            if (ro.hasPendingMigrations()) {
                throw new StoreException(file + " needs upgrading to this version of Compliance Tracker, but it is open in "
                        + holder + "; close it there first (nothing was changed)");
            }
            return ro;
        }
        Database db = new Database(file, clock, false, null);
        db.lock = lock.get();
        db.restrictPermissions();
        try {
            if (!fresh) {
                db.quickCheck();
            }
            db.migrate(fresh);
        } catch (StoreException e) {
            db.close();
            throw e instanceof UnreadableDatabaseException ? e : UnreadableDatabaseException.of(file, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens an existing database without changing it (for checks and copies); it writes nothing, so it has no clock. */
    public static Database openReadOnly(Path file) {
        return openReadOnly(file, null);
    }

    /** As {@link #openReadOnly(Path)}, with the app's clock for naming a backup taken of it. */
    public static Database openReadOnly(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file);
        }
        checkLooksLikeSqlite(file);
        return new Database(file, clock, true, file + " is open read-only; nothing was changed");
    }

    /**
     * Checks that a file is a healthy Compliance Tracker database this version can open (SQLite header, quick
     * check, our tables, not from a newer version), without changing it.
     */
    public static void verifyFile(Path file) {
        openReadOnly(file).verify();
    }

    /** Gives up the write lock (the database stays readable through this object until the process ends). */
    public void close() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * What opening the file put right and the user should hear about once (e.g. "the database was readable by other
     * users of this computer; it is now yours only").
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** A database others can read leaks personal data: make it and its journal files owner-only, and say so. */
    private void restrictPermissions() {
        if (!FilePermissions.posix(file)) {
            return;
        }
        List<String> fixed = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path f = Path.of(file + suffix);
            try {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !Files.getPosixFilePermissions(f).equals(FilePermissions.OWNER_FILE)) {
                    FilePermissions.restrict(f);
                    fixed.add(f.getFileName().toString());
                }
            } catch (IOException e) {
                notices.add(f + " can be read by other users of this computer and its permissions could not be "
                        + "changed (" + describeIo(e) + "); ask whoever looks after this computer to restrict it");
            }
        }
        if (!fixed.isEmpty()) {
            notices.add(String.join(", ", fixed) + (fixed.size() == 1 ? " was" : " were")
                    + " readable by other users of this computer; now only you can read "
                    + (fixed.size() == 1 ? "it" : "them"));
        }
    }

    /** The app's clock: "now" for the timestamps the store writes (audit lines, backup names). */
    public Clock clock() {
        if (clock == null) {
            throw new IllegalStateException(file + " was opened read-only for a check or a copy and has no clock");
        }
        return clock;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Why this database is read-only (who holds it), or null when it is writable. */
    public String readOnlyReason() {
        return readOnly ? readOnlyReason : null;
    }

    private void verify() {
        quickCheck();
        boolean ours = withConnection(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                         + "('flyway_schema_history', 'staff', 'policy', 'acknowledgement', 'audit_log')")) {
                rs.next();
                return rs.getInt(1) == 5;
            }
        });
        if (!ours) {
            throw new StoreException(file + " is not a Compliance Tracker database (its tables are missing); "
                    + "it was left untouched");
        }
        refuseNewer(flyway());
    }

    private void quickCheck() {
        List<String> problems = withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SqlDialect.QUICK_CHECK)) {
                while (rs.next() && out.size() < 3) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        out.add(line);
                    }
                }
            }
            return out;
        });
        if (!problems.isEmpty()) {
            throw new StoreException(file + " is damaged (" + String.join("; ", problems) + "); it was left untouched");
        }
    }

    private boolean hasPendingMigrations() {
        try {
            return flyway().info().pending().length > 0;
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Refuses anything that is not an SQLite file before SQLite is allowed to touch it. */
    static void checkLooksLikeSqlite(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file + " is not a Compliance Tracker database (not an SQLite file); "
                        + "it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate(boolean fresh) {
        if (!fresh && !Boolean.getBoolean("tracker.flyway.always") && schemaIsCurrent()) {
            return;
        }
        Flyway flyway = flyway();
        try {
            refuseNewer(flyway);
            if (!hasOurTablesOrIsEmpty()) {
                throw new StoreException(file + " is an SQLite file from another program, not a Compliance Tracker "
                        + "database; it was left untouched");
            }
            if (!fresh && flyway.info().pending().length > 0) {
                Backups.create(this, "before-migration");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private void refuseNewer(Flyway flyway) {
        try {
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException(file + " was written by a newer version of Compliance Tracker (schema "
                            + info.getVersion() + "); install the newer version to open it. It was left untouched");
                }
            }
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * True when the file's flyway_schema_history lists exactly the migrations on the class path, each
     * applied successfully with the same checksum: Flyway would then do nothing, so starting it (about
     * a second) is skipped. Any doubt (no history, a failed or extra row, a new or changed script, an
     * unlistable class path) answers false and Flyway runs as before, with all its checks.
     */
    boolean schemaIsCurrent() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            java.util.Map<String, MigrationIndex.Script> onPath = MigrationIndex.onClassPath();
            if (onPath.isEmpty()) {
                return false;
            }
            return withConnection(c -> {
                java.util.Map<String, MigrationIndex.Script> applied = new java.util.TreeMap<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT version, script, checksum, type, success "
                             + "FROM flyway_schema_history")) {
                    while (rs.next()) {
                        String version = rs.getString(1);
                        int checksum = rs.getInt(3);
                        boolean checksumNull = rs.wasNull();
                        if (version == null || checksumNull || !"SQL".equals(rs.getString(4)) || rs.getInt(5) != 1
                                || applied.put(version, new MigrationIndex.Script(version, rs.getString(2), checksum)) != null) {
                            return false;
                        }
                    }
                }
                return applied.equals(onPath);
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Flyway flyway() {
        // Migrations are numbered in ranges by feature (docs/conventions.md), so a release can bring a
        // migration numbered below one a school's file already has (V20 after V50): apply it, in order of
        // release, instead of refusing the file.
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load();
    }

    private boolean hasOurTablesOrIsEmpty() {
        return withConnection(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables.isEmpty() || tables.contains("flyway_schema_history");
        });
    }

    /**
     * What is wrong with the file, without changing it: SQLite's integrity check, foreign keys that point nowhere,
     * and whether it holds Compliance Tracker's tables. Empty when healthy.
     */
    public List<String> integrityProblems() {
        return withConnection(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery(SqlDialect.INTEGRITY_CHECK)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (!"ok".equalsIgnoreCase(line)) {
                            problems.add("integrity: " + line);
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery(SqlDialect.FOREIGN_KEY_CHECK)) {
                    while (rs.next()) {
                        problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2)
                                + " refers to a missing " + rs.getString(3));
                    }
                }
                try (ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                + "('flyway_schema_history', 'staff', 'policy', 'acknowledgement', 'audit_log')")) {
                    rs.next();
                    if (rs.getInt(1) < 5) {
                        problems.add("not a Compliance Tracker database (its tables are missing)");
                    }
                }
            }
            return problems;
        });
    }

    /** The schema version the file is at, if any. */
    public Optional<String> schemaVersion() {
        return withConnection(c -> {
            // the highest version applied, not the last: a feature-range migration may be applied out of order
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                String highest = null;
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (highest == null || compareVersions(v, highest) > 0) {
                        highest = v;
                    }
                }
                return Optional.ofNullable(highest);
            } catch (SQLException e) {
                return Optional.empty();
            }
        });
    }

    /** Compares Flyway versions ("10" &lt; "50" &lt; "70.1") part by part, numerically. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        try {
            for (int i = 0; i < Math.max(x.length, y.length); i++) {
                long p = i < x.length ? Long.parseLong(x[i]) : 0;
                long q = i < y.length ? Long.parseLong(y[i]) : 0;
                if (p != q) {
                    return Long.compare(p, q);
                }
            }
            return 0;
        } catch (NumberFormatException notFlyways) {
            return a.compareTo(b);
        }
    }

    /** A new connection (the caller closes it). Prefer {@link #withConnection}. */
    public Connection newConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs work on the current transaction's connection, or on a fresh auto-commit one. */
    public <T> T withConnection(SqlWork<T> work) {
        Connection tx = transaction.get();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            try (Connection c = newConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. Nested calls join the outer one. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (transaction.get() != null) {
            return withConnection(work);
        }
        try (Connection c = newConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // SQLite may already have rolled back (a full disk does): keep the first error, not the rollback's
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                transaction.remove();
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is closed next anyway
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** True while the calling thread is inside {@link #inTransaction}. */
    public boolean isInTransaction() {
        return transaction.get() != null;
    }

    public void inTransaction(Runnable work) {
        inTransaction(c -> {
            work.run();
            return null;
        });
    }

    private StoreException translate(SQLException e) {
        return new StoreException(describeSql(file, e.getMessage() == null ? e.toString() : e.getMessage(),
                readOnly ? readOnlyReason : null), e);
    }

    /** An SQLite error as a person can act on it (disk full, locked, read-only, damaged). */
    public static String describeSql(Path file, String msg, String readOnlyReason) {
        if (msg == null) {
            msg = "";
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("database is locked")) {
            return file + " is in use by another copy of Compliance Tracker; try again in a moment";
        }
        if (msg.contains("SQLITE_READONLY")) {
            if (readOnlyReason != null) {
                return readOnlyReason;
            }
            return file + " cannot be written (the file or its folder is read-only); nothing was changed";
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return "The disk holding " + file + " is full; nothing was changed. Free some space and try again";
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("SQLITE_NOTADB")) {
            return file + " is damaged; restore it from a backup (it was left untouched)";
        }
        if (msg.contains("SQLITE_CANTOPEN")) {
            return "Cannot open " + file + ": the file or its folder is missing or cannot be written";
        }
        if (msg.contains("SQLITE_IOERR")) {
            return "The disk holding " + file + " failed to read or write (it may be full or removed); nothing was changed";
        }
        return "Database error in " + file + ": " + firstLine(msg);
    }

    /** A file-system error as a person can act on it. */
    public static String describeIo(IOException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("disk is full")) {
            return "the disk is full (" + firstLine(msg) + "); free some space and try again";
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("Permission denied")
                || msg.contains("Read-only file system")) {
            return "the folder or file is read-only or belongs to someone else (" + firstLine(msg) + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + firstLine(msg);
        }
        return firstLine(msg);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
