package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Connecting to a trust's PostgreSQL server: the password the libpq way ({@link PgPass}), timeouts so that a
 * server that is down or unreachable is reported within ten seconds, and every failure to connect said in one line
 * that names which it is (wrong password, unknown host, refused TLS, nothing listening, no such database).
 */
final class ServerConnection {

    /** Seconds to wait for the server to accept the connection, and for the whole login. */
    static final int CONNECT_TIMEOUT_S = 5;
    static final int LOGIN_TIMEOUT_S = 8;

    private ServerConnection() {
    }

    static PGSimpleDataSource dataSource(ServerAddress a, Map<String, String> env, String home) {
        return dataSource(a, PgPass.find(a, env, home));
    }

    /** The most connections one copy of the app keeps open to the server (a page asks a few questions at once). */
    static final int POOL_SIZE = 4;

    /**
     * A few connections kept open and used again, so that each question does not pay for a new backend, a TLS
     * handshake and a login (HikariCP). None is opened until asked for, and one idle for a minute is closed. A caller
     * waits at most {@link #POOL_WAIT_MS} for one, so a server that is down is still reported within ten seconds.
     * A connection is checked before it is lent if it has been idle; one that failed with a lost connection is
     * thrown away (HikariCP does both), so a server that restarted is used again without the app being restarted.
     */
    static HikariDataSource pooled(PGSimpleDataSource ds, ServerAddress a) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(ds);
        c.setPoolName("tracker-" + a.host() + "-" + a.database());
        c.setMaximumPoolSize(POOL_SIZE);
        c.setMinimumIdle(0);
        c.setIdleTimeout(60_000);
        c.setConnectionTimeout(POOL_WAIT_MS);
        c.setValidationTimeout(3_000);
        c.setInitializationFailTimeout(-1);
        c.setAutoCommit(true);
        c.setRegisterMbeans(false);
        return new HikariDataSource(c);
    }

    /** How long a caller waits for a pooled connection: under the ten seconds a failure must be said within. */
    static final long POOL_WAIT_MS = 9_000;

    /** A closed database's pooled connections: each closed now if idle, else when its work returns it. */
    static void letGo(javax.sql.DataSource ds) {
        if (ds instanceof HikariDataSource pool) {
            var bean = pool.getHikariPoolMXBean();
            if (bean != null) {
                bean.softEvictConnections();
            }
        }
    }

    /** The password typed in the window wins; without one, libpq's sources ({@link PgPass}). */
    static PgPass.Lookup password(ServerAddress a, String typed, Map<String, String> env, String home) {
        if (typed != null && !typed.isEmpty()) {
            return new PgPass.Lookup(java.util.Optional.of(typed), "the password typed");
        }
        return PgPass.find(a, env, home);
    }

    private static PGSimpleDataSource dataSource(ServerAddress a, PgPass.Lookup lookup) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(a.jdbcUrl());
        ds.setUser(a.user());
        // the data source keeps the password only to open its connections; it is never logged or shown
        lookup.password().ifPresent(ds::setPassword);
        ds.setSslMode(a.sslMode());
        ds.setConnectTimeout(CONNECT_TIMEOUT_S);
        ds.setLoginTimeout(LOGIN_TIMEOUT_S);
        ds.setApplicationName("Compliance Tracker");
        return ds;
    }

    /**
     * Connects (to see that the server is there and lets this user in) and wraps it as a {@link Database}; when
     * {@code migrate} the schema is created or brought up to date through the migrations ({@code server-init}),
     * otherwise a server without the schema, or with migrations pending, is refused with what to run.
     */
    static Database connect(ServerAddress a, Clock clock, Map<String, String> env, String home, boolean migrate) {
        return connect(a, null, clock, env, home, migrate);
    }

    /** As {@link #connect(ServerAddress, Clock, Map, String, boolean)}, with the password typed in the window (may be null). */
    static Database connect(ServerAddress a, String typed, Clock clock, Map<String, String> env, String home,
            boolean migrate) {
        PgPass.Lookup password = password(a, typed, env, home);
        PGSimpleDataSource ds = dataSource(a, password);
        try (Connection c = ds.getConnection()) {
            c.isValid(LOGIN_TIMEOUT_S);
        } catch (SQLException e) {
            throw new StoreException(describeConnectFailure(a, e, password), e);
        }
        Database db = new Database(pooled(ds, a), ds, SqlDialect.POSTGRESQL, null, a, clock, false, null);
        Migrations migrations = new Migrations(db);
        if (migrate) {
            migrations.migrate(false, () -> { });
            return db;
        }
        if (!migrations.hasOurTables()) {
            throw new StoreException(a + " holds no Compliance Tracker data yet: run `server-init --db " + a
                    + "` first (docs/server.md)");
        }
        try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1 FROM flyway_schema_history LIMIT 1").close();
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new StoreException(a.user() + " may not read the tracker's tables on " + a + ": ask whoever looks "
                        + "after the server to give it a tracker role (docs/server.md)", e);
            }
            throw new StoreException(describe(a, e), e);
        }
        if (!migrations.schemaIsCurrent()) {
            migrations.refuseNewer(migrations.flyway());
            if (migrations.hasPending()) {
                throw new StoreException(a + " needs upgrading to this version of Compliance Tracker: ask whoever "
                        + "looks after the server to run `server-init --db " + a + "` (nothing was changed)");
            }
        }
        return db;
    }

    /** Why connecting failed, in one line naming which failure it is. */
    static String describeConnectFailure(ServerAddress a, SQLException e, PgPass.Lookup password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = SqlErrors.firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = a.host() + ":" + a.port();
        if ("28P01".equals(state)) {
            return "Cannot connect to " + a + ": wrong password for " + a.user() + " (from " + password.source() + ")";
        }
        if (msg.contains("no password was provided") || msg.contains("password-based authentication")) {
            return "Cannot connect to " + a + ": the server wants a password for " + a.user() + " and "
                    + password.source();
        }
        if ("28000".equals(state)) {
            return "Cannot connect to " + a + ": the server does not let " + a.user() + " in from this computer ("
                    + msg + ")";
        }
        if ("3D000".equals(state)) {
            return "Cannot connect to " + a + ": the server has no database " + a.database();
        }
        if (msg.contains("does not support SSL")) {
            return "Cannot connect to " + a + ": " + where + " refused TLS (sslmode=" + a.sslMode()
                    + " needs a server with TLS on)";
        }
        if (root instanceof javax.net.ssl.SSLException || root instanceof java.security.cert.CertificateException
                || msg.contains("SSL")) {
            return "Cannot connect to " + a + ": the TLS connection to " + where + " failed (" 
                    + SqlErrors.firstLine(root.getMessage()) + ")";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "Cannot connect to " + a + ": unknown host " + a.host();
        }
        if (root instanceof java.net.ConnectException) {
            return "Cannot connect to " + a + ": nothing answers at " + where + " (is the server running?)";
        }
        if (root instanceof java.net.SocketTimeoutException || msg.contains("timed out") || msg.contains("timeout")) {
            return "Cannot connect to " + a + ": " + where + " did not answer within " + (LOGIN_TIMEOUT_S + 2) + " seconds";
        }
        if (root instanceof java.net.NoRouteToHostException) {
            return "Cannot connect to " + a + ": no route to " + where;
        }
        return "Cannot connect to " + a + ": " + msg;
    }

    /**
     * True when {@code e} says the server went away or cannot be reached (a connection exception, class 08, or the
     * server shutting down, 57P01-57P03), rather than refusing what was asked.
     */
    static boolean lostConnection(SQLException e) {
        if (e instanceof java.sql.SQLTransientConnectionException) {
            return true; // the pool could not lend one in time: the server cannot be reached
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** An error from the server once connected, as a person can act on it. */
    static String describe(ServerAddress a, SQLException e) {
        if (e instanceof java.sql.SQLTransientConnectionException && e.getCause() instanceof SQLException why) {
            e = why; // the pool's "not available in time" says less than why the last try to connect failed
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = SqlErrors.firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
        if (lostConnection(e)) {
            return "The connection to " + a + " was lost; nothing was changed. Try again when the server is back ("
                    + msg + ")";
        }
        if ("42501".equals(state)) {
            return a.user() + " may not do this on " + a + " (" + msg + "); nothing was changed";
        }
        return "Database error on " + a + ": " + msg;
    }

}
