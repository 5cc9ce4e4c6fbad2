package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The tracker's database: one SQLite file holding everything (the default, {@link SqliteFile}), or a trust's
 * PostgreSQL server ({@link ServerConnection}). Opening checks that it really is ours (and not from a newer version
 * of the app), then brings the schema up to date through the migrations ({@link Migrations}).
 *
 * <p>Repositories ask for a connection with {@link #withConnection}; inside {@link #inTransaction}
 * every repository call on that thread shares the transaction's connection, so a use case commits
 * or rolls back as one.
 */
public final class Database {

    private final DataSource dataSource;
    /** Where a probe and a long-lived listener get a connection of their own: a server's, outside its pool. */
    private final DataSource direct;
    private final SqlDialect dialect;
    private final Path file;
    private final ServerAddress server;
    private final Clock clock;
    private final boolean readOnly;
    private final String readOnlyReason;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private DatabaseLock lock;
    private final List<String> notices = new ArrayList<>();
    private java.time.LocalDate checkedOn;
    private boolean quickCheckSkipped;
    private QuickCheckGate checkGate;

    Database(DataSource dataSource, SqlDialect dialect, Path file, ServerAddress server, Clock clock, boolean readOnly,
             String readOnlyReason) {
        this(dataSource, dataSource, dialect, file, server, clock, readOnly, readOnlyReason);
    }

    /** @param direct connections outside {@code dataSource}'s pool, if it is one (else the same source) */
    Database(DataSource dataSource, DataSource direct, SqlDialect dialect, Path file, ServerAddress server, Clock clock,
             boolean readOnly, String readOnlyReason) {
        this.dataSource = dataSource;
        this.direct = direct;
        this.dialect = dialect;
        this.file = file;
        this.server = server;
        this.clock = clock;
        this.readOnly = readOnly;
        this.readOnlyReason = readOnlyReason;
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
        return SqliteFile.open(file, clock, CheckedFiles.NONE);
    }

    /**
     * As {@link #open(Path, Clock)}, skipping SQLite's quick check when {@code checked} holds a record that it passed
     * today (by {@code clock}) on this very file, unchanged since (docs/safety.md "Quick check on open"); a check
     * that passes, and this database's clean {@link #close()}, are remembered there.
     */
    public static Database open(Path file, Clock clock, CheckedFiles checked) {
        return SqliteFile.open(file, clock, checked);
    }

    /**
     * Connects to a trust's server whose schema {@code server-init} has made (password from {@code PGPASSWORD} or
     * the password file, as libpq); a failure to connect is a {@link StoreException} of one line saying which.
     */
    public static Database connect(ServerAddress server, Clock clock) {
        return ServerConnection.connect(server, clock, System.getenv(), System.getProperty("user.home"), false);
    }

    /**
     * As {@link #connect(ServerAddress, Clock)}, with the password typed in the window ({@code password} null or
     * empty: from {@code PGPASSWORD} or the password file, as libpq). The password is kept only by the data source
     * that opens the connections.
     */
    public static Database connect(ServerAddress server, String password, Clock clock) {
        return ServerConnection.connect(server, password, clock, System.getenv(), System.getProperty("user.home"), false);
    }

    /** As {@link #connect(ServerAddress, String, Clock)}, with the environment and home folder given. */
    public static Database connect(ServerAddress server, String password, Clock clock, Map<String, String> env, String home) {
        return ServerConnection.connect(server, password, clock, env, home, false);
    }

    /** Connects to a server and creates or upgrades its schema through the migrations ({@code server-init}). */
    public static Database initServer(ServerAddress server, Clock clock) {
        return ServerConnection.connect(server, clock, System.getenv(), System.getProperty("user.home"), true);
    }

    /** As {@link #connect}, with the environment and home folder given (the password's sources). */
    static Database connect(ServerAddress server, Clock clock, Map<String, String> env, String home, boolean migrate) {
        return ServerConnection.connect(server, clock, env, home, migrate);
    }

    /** Opens an existing database without changing it (for checks and copies); it writes nothing, so it has no clock. */
    public static Database openReadOnly(Path file) {
        return openReadOnly(file, null);
    }

    /** As {@link #openReadOnly(Path)}, with the app's clock for naming a backup taken of it. */
    public static Database openReadOnly(Path file, Clock clock) {
        return SqliteFile.openReadOnly(file, clock);
    }

    /**
     * Checks that a file is a healthy Compliance Tracker database this version can open (SQLite header, quick
     * check, our tables, not from a newer version), without changing it.
     */
    public static void verifyFile(Path file) {
        SqliteFile.verify(openReadOnly(file));
    }

    void checkedOnOpen(java.time.LocalDate day, boolean skipped, QuickCheckGate gate) {
        this.checkedOn = day;
        this.quickCheckSkipped = skipped;
        this.checkGate = gate;
    }

    /**
     * True when opening skipped SQLite's quick check because the file is unchanged since a check that passed today;
     * false when it ran (or the file was new, read-only or a server).
     */
    public boolean quickCheckSkippedOnOpen() {
        return quickCheckSkipped;
    }

    void holdLock(DatabaseLock lock) {
        this.lock = lock;
    }

    void addNotice(String notice) {
        notices.add(notice);
    }

    DataSource dataSource() {
        return dataSource;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Gives up the write lock, and a server's pooled connections (each closed now, or when the work using it ends);
     * the database stays readable through this object until the process ends, so work still in flight finishes.
     */
    public void close() {
        if (lock != null && checkGate != null) {
            checkGate.closed(checkedOn); // still holding the lock: no other copy of the app writes in between
            checkGate = null;
        }
        if (lock != null) {
            lock.release();
            lock = null;
        }
        ServerConnection.letGo(dataSource);
    }

    /** The SQLite file, or null for a server ({@link #isServer()}). */
    public Path file() {
        return file;
    }

    /** True for a trust's PostgreSQL server, false for a local file. */
    public boolean isServer() {
        return server != null;
    }

    /** The server, when {@link #isServer()}. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** How messages name it: the file's path, or {@code postgresql://USER@HOST:PORT/DBNAME}. */
    public String location() {
        return server != null ? server.toString() : String.valueOf(file);
    }

    boolean fileHoldsData() {
        try {
            return file != null && Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What opening the file put right and the user should hear about once (e.g. "the database was readable by other
     * users of this computer; it is now yours only").
     */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The app's clock: "now" for the timestamps the store writes (audit lines, backup names). */
    public Clock clock() {
        if (clock == null) {
            throw new IllegalStateException(location() + " was opened read-only for a check or a copy and has no clock");
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

    /** See {@link Migrations#schemaIsCurrent()}: true when opening leaves Flyway alone (the migrations check). */
    public boolean schemaIsCurrent() {
        return new Migrations(this).schemaIsCurrent();
    }

    /** SQLite's quick check, as opening a file runs it: what it finds wrong, empty when healthy (a server: empty). */
    public List<String> quickCheckProblems() {
        return dialect == SqlDialect.SQLITE ? SqliteFile.quickCheckProblems(this) : List.of();
    }

    /**
     * What is wrong with the database, without changing it: SQLite's integrity check, foreign keys that point
     * nowhere (a server enforces them itself), and whether it holds Compliance Tracker's tables. Empty when healthy.
     */
    public List<String> integrityProblems() {
        return withConnection(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                if (dialect == SqlDialect.SQLITE) {
                    SqliteFile.integrityProblems(st, problems);
                }
                try (ResultSet rs = st.executeQuery(dialect.countOurTables())) {
                    rs.next();
                    if (rs.getInt(1) < 5) {
                        problems.add("not a Compliance Tracker database (its tables are missing)");
                    }
                }
            }
            return problems;
        });
    }

    /** The schema version the database is at, if any. */
    public Optional<String> schemaVersion() {
        return new Migrations(this).schemaVersion();
    }

    /**
     * True when the database answers now (a trust's server that went away is back): one short query on a fresh
     * connection, never inside a transaction. A file always answers.
     */
    public boolean answers() {
        if (server == null) {
            return true;
        }
        try (Connection c = directConnection()) {
            return c.isValid(ServerConnection.CONNECT_TIMEOUT_S);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A connection (from a server's pool; the caller closes it, returning it). Prefer {@link #withConnection}. */
    public Connection newConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * A connection of its own, never one of a server's pool: for a probe that must see the server itself (not a
     * connection kept from before it went away) and for a listener that keeps it for the whole session.
     */
    Connection directConnection() throws SQLException {
        return direct.getConnection();
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
        if (server != null) {
            return new StoreException(ServerConnection.describe(server, e), e);
        }
        return new StoreException(describeSql(file, e.getMessage() == null ? e.toString() : e.getMessage(),
                readOnly ? readOnlyReason : null), e);
    }

    /** An SQLite error as a person can act on it (disk full, locked, read-only, damaged). */
    public static String describeSql(Path file, String msg, String readOnlyReason) {
        return SqlErrors.describeSql(file, msg, readOnlyReason);
    }

    /** A file-system error as a person can act on it. */
    public static String describeIo(IOException e) {
        return SqlErrors.describeIo(e);
    }

}
