package uk.schoolcompliance.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.schoolcompliance.tracker.app.DemoSchool;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * One real PostgreSQL for the whole test run (binaries delivered through Maven, started once, stopped with the JVM)
 * and a fresh database on it for each test that asks: empty, with the schema ({@code server-init}'s), or holding
 * the demo school, each made once as a template and copied with {@code CREATE DATABASE ... TEMPLATE}.
 * The superuser {@code postgres} logs in without a password from this computer; {@link #withPasswordLogin} makes a
 * login role that must give one.
 *
 * <p>With the environment variable {@value #EXTERNAL_VARIABLE} set (for example
 * {@code postgresql://postgres@localhost:5415/postgres}), the tests run against that server instead (a PostgreSQL of
 * another version, such as Debian's 15): the superuser {@code postgres} on this computer ({@code localhost}), its
 * password from {@code PGPASSWORD} when the server asks for one (docs/server.md, "Tried on"). The server must ask the
 * other logins for their passwords over TCP (scram-sha-256, Debian's default); its rules are not changed. As the app
 * under test takes {@code PGPASSWORD} before any password file, every login the tests make is then given that same
 * password ({@link #passwordOf}). Databases and logins carry a name of this run's own, so runs never meet, and they
 * are dropped when the run ends.
 */
public final class TestServer {

    /** The environment variable naming an external server to test against instead of the embedded one. */
    public static final String EXTERNAL_VARIABLE = "TRACKER_TEST_PG";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ServerAddress EXTERNAL = external(System.getenv(EXTERNAL_VARIABLE));
    /**
     * This run's mark in the names of what it makes on an external server (nothing on the embedded one): "r", the
     * minute it started (base 36, the computer's time in milliseconds / 60000: a name's age, not a date of the
     * tracker's), "x", the process id, "_".
     */
    private static final String RUN = EXTERNAL == null ? ""
            : "r" + Long.toString(System.currentTimeMillis() / 60_000, 36) + "x"
                    + Long.toString(ProcessHandle.current().pid(), 36) + "_";
    /** A run's databases and logins left behind (a run cut short) are swept by a later run after this many minutes. */
    private static final long STALE_MINUTES = 180;
    private static final java.util.Set<String> MADE_DATABASES = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.List<String> MADE_LOGINS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static EmbeddedPostgres server;
    private static boolean cleanUpHooked;
    private static boolean schemaTemplate;
    private static boolean demoTemplate;
    private static boolean trustTemplate;

    private TestServer() {
    }

    static ServerAddress external(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ServerAddress a = ServerAddress.parse(value.strip());
        if (!a.host().equals("localhost") || !a.user().equals("postgres")) {
            throw new IllegalStateException(EXTERNAL_VARIABLE + " must name the superuser postgres on this computer, "
                    + "postgresql://postgres@localhost:PORT/postgres (the tests connect to localhost as postgres): " + value);
        }
        return a;
    }

    /** Whether the tests run against the server that {@value #EXTERNAL_VARIABLE} names (not the embedded one). */
    public static boolean isExternal() {
        return EXTERNAL != null;
    }

    /** The superuser's password on an external server ({@code PGPASSWORD}), or empty. */
    private static String superuserPassword() {
        String pw = EXTERNAL == null ? null : System.getenv("PGPASSWORD");
        return pw == null ? "" : pw;
    }

    /**
     * The environment a test gives the app for the superuser's connections when it keeps the real one away
     * ({@code ServerLogin}): {@code base}, plus {@code PGPASSWORD} on an external server that asks for one.
     */
    public static java.util.Map<String, String> superuserEnv(java.util.Map<String, String> base) {
        if (superuserPassword().isEmpty()) {
            return base;
        }
        java.util.Map<String, String> env = new java.util.HashMap<>(base);
        env.put("PGPASSWORD", superuserPassword());
        return java.util.Map.copyOf(env);
    }

    /** {@code typed}, or on an external server that asks the superuser for a password, that password. */
    public static String superuserPasswordOr(String typed) {
        return superuserPassword().isEmpty() ? typed : superuserPassword();
    }

    private static synchronized EmbeddedPostgres server() {
        if (EXTERNAL != null) {
            throw new IllegalStateException("the embedded server is not started: " + EXTERNAL_VARIABLE + " is set");
        }
        if (server == null) {
            try {
                // a throwaway server: nothing it holds must survive a crash, so it need not wait for the disk (and
                // stopping it at the end of the run has little to write)
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test PostgreSQL server", e);
            }
        }
        return server;
    }

    /** A connection as the superuser to one database of the tests' server (embedded or external). */
    public static Connection superuser(String database) throws SQLException {
        if (EXTERNAL == null) {
            return server().getDatabase("postgres", database).getConnection();
        }
        synchronized (TestServer.class) {
            if (!cleanUpHooked) {
                cleanUpHooked = true;
                sweepStaleRuns();
                Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropWhatThisRunMade, "test-server-clean-up"));
            }
        }
        return externalConnection(database);
    }

    private static Connection externalConnection(String database) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + EXTERNAL.port() + "/" + database
                + "?sslmode=" + EXTERNAL.sslMode(), "postgres", superuserPassword());
    }

    /** The minute a run's mark says it started, or -1 when {@code name} carries none. */
    static long runMinute(String name) {
        var m = java.util.regex.Pattern.compile("(?:^|_)r([0-9a-z]+)x[0-9a-z]+_").matcher(name);
        return m.find() ? Long.parseLong(m.group(1), 36) : -1;
    }

    /** On an external server: drops the databases and logins of runs that started long ago and never cleaned up. */
    private static void sweepStaleRuns() {
        long now = System.currentTimeMillis() / 60_000;
        try (Connection c = externalConnection(EXTERNAL.database()); Statement st = c.createStatement()) {
            java.util.List<String> databases = new java.util.ArrayList<>();
            java.util.List<String> logins = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^r[0-9a-z]+x[0-9a-z]+_'")) {
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
            }
            try (var rs = st.executeQuery("SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname ~ '_r[0-9a-z]+x[0-9a-z]+_[0-9]+$'")) {
                while (rs.next()) {
                    logins.add(rs.getString(1));
                }
            }
            for (String d : databases) {
                long started = runMinute(d);
                if (started >= 0 && now - started > STALE_MINUTES) {
                    quietly(st, "DROP DATABASE IF EXISTS " + d + " WITH (FORCE)");
                }
            }
            for (String l : logins) {
                long started = runMinute(l);
                if (started >= 0 && now - started > STALE_MINUTES) {
                    quietly(st, "DROP ROLE IF EXISTS " + l);
                }
            }
        } catch (SQLException ignored) {
            // nothing swept: the run goes on, and the first statement it needs says what is wrong with the server
        }
    }

    private static void quietly(Statement st, String sql) {
        try {
            st.execute(sql);
        } catch (SQLException ignored) {
            // in use or still owning something: left for a later sweep or the administrator
        }
    }

    /**
     * On an external server, at the end of the run: drops this run's databases (several at once, so that it ends
     * within the time the test runner gives a finishing JVM) and then its logins; best effort.
     */
    private static void dropWhatThisRunMade() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        for (String d : MADE_DATABASES) {
            pool.submit(() -> {
                try (Connection c = externalConnection(EXTERNAL.database()); Statement st = c.createStatement()) {
                    quietly(st, "DROP DATABASE IF EXISTS " + d + " WITH (FORCE)");
                } catch (SQLException ignored) {
                    // the server went away before the end of the run
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = externalConnection(EXTERNAL.database()); Statement st = c.createStatement()) {
            for (String l : MADE_LOGINS) {
                quietly(st, "DROP ROLE IF EXISTS " + l);
            }
        } catch (SQLException ignored) {
            // the server went away before the end of the run
        }
    }

    public static int port() {
        return EXTERNAL != null ? EXTERNAL.port() : server().getPort();
    }

    /** Runs statements as the superuser on the maintenance database. */
    public static void admin(String... sql) {
        adminOn(EXTERNAL != null ? EXTERNAL.database() : "postgres", sql);
    }

    /** Runs statements as the superuser on one database. */
    public static void adminOn(String database, String... sql) {
        try (Connection c = superuser(database); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new, empty database (as the server's administrator makes one before {@code server-init}). */
    public static ServerAddress emptyDatabase() {
        String name = database("t" + NEXT.incrementAndGet());
        admin("CREATE DATABASE " + name);
        dropOld();
        return address(name);
    }

    /** A new database with the tracker's schema and nothing else. */
    public static synchronized ServerAddress withSchema() {
        if (!schemaTemplate) {
            admin("CREATE DATABASE " + database("tpl_schema"));
            Database.initServer(address(database("tpl_schema")), TestDemo.CLOCK);
            schemaTemplate = true;
        }
        return copyOf(database("tpl_schema"));
    }

    /** A new database holding the demo school, built as {@link TestDemo} builds the file's. */
    public static synchronized ServerAddress withDemo() {
        if (!demoTemplate) {
            admin("CREATE DATABASE " + database("tpl_demo") + " TEMPLATE " + templateName(withSchema()));
            new TrackerServices(Database.connect(address(database("tpl_demo")), TestDemo.CLOCK), () -> TestDemo.ACTOR)
                    .demoSchool().build(TestDemo.AS_OF);
            demoTemplate = true;
        }
        return copyOf(database("tpl_demo"));
    }

    /** A new database holding the demo trust (three schools, a central team and trust-wide policies; #19). */
    public static synchronized ServerAddress withTrust() {
        if (!trustTemplate) {
            admin("CREATE DATABASE " + database("tpl_trust") + " TEMPLATE " + templateName(withSchema()));
            try (TrackerServices s = new TrackerServices(Database.connect(address(database("tpl_trust")), TestDemo.CLOCK),
                    () -> TestDemo.ACTOR)) {
                s.demoTrust().build(TestDemo.AS_OF);
            }
            trustTemplate = true;
        }
        return copyOf(database("tpl_trust"));
    }

    /**
     * The password of a login made by {@link #login} (the tests' own, on the loopback server); on an external server
     * with {@code PGPASSWORD} set, that password, which the app under test takes before any other.
     */
    public static String passwordOf(String login) {
        String pw = superuserPassword();
        return pw.isEmpty() ? "pw-" + login : pw;
    }

    /**
     * A new login role (password {@link #passwordOf}) that must give its password, with no tracker role yet; its
     * name is {@code prefix} made unique for the run, since login roles are the whole server's (#19).
     */
    public static String login(String prefix) {
        String name = prefix + "_" + RUN + NEXT.incrementAndGet();
        withPasswordLogin(name, passwordOf(name));
        if (EXTERNAL != null) {
            MADE_LOGINS.add(name);
        }
        return name;
    }

    /** {@code database}'s address for {@code login}. */
    public static ServerAddress as(ServerAddress database, String login) {
        return ServerAddress.parse("postgresql://" + login + "@localhost:" + port() + "/" + database.database()
                + sslSuffix());
    }

    /** Writes {@code home}/.pgpass (owner-only) with the passwords of {@code logins}, for the command line's tests. */
    public static void pgpass(Path home, String... logins) {
        StringBuilder lines = new StringBuilder();
        for (String l : logins) {
            lines.append("localhost:*:*:").append(l).append(':').append(passwordOf(l)).append('\n');
        }
        try {
            Path file = home.resolve(".pgpass");
            Files.writeString(file, lines);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String templateName(ServerAddress a) {
        return a.database();
    }

    private static ServerAddress copyOf(String template) {
        String name = database("t" + NEXT.incrementAndGet());
        // the connections the template's builder kept in its pool (a copy needs a template nobody is connected to)
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + template
                + "' AND pid <> pg_backend_pid()");
        admin("CREATE DATABASE " + name + " TEMPLATE " + template);
        dropOld();
        return address(name);
    }

    /** Keeps the server small: a database made {@value #KEPT} databases ago belongs to a test long finished. */
    private static void dropOld() {
        int old = NEXT.get() - KEPT;
        if (old > 0) {
            String name = database("t" + old);
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            MADE_DATABASES.remove(name);
        }
    }

    private static final int KEPT = 40;

    /** A database's name for this run: as given on the embedded server, with this run's mark on an external one. */
    private static String database(String name) {
        if (EXTERNAL != null) {
            String made = RUN + name;
            MADE_DATABASES.add(made);
            return made;
        }
        return name;
    }

    /** An external server's sslmode when {@value #EXTERNAL_VARIABLE} gives one (nothing on the embedded server). */
    private static String sslSuffix() {
        return EXTERNAL != null && !EXTERNAL.sslMode().equals("prefer") ? "?sslmode=" + EXTERNAL.sslMode() : "";
    }

    public static ServerAddress address(String database) {
        return ServerAddress.parse("postgresql://postgres@localhost:" + port() + "/" + database + sslSuffix());
    }

    /** The schema version a new file is at (what server-init must bring a server to). */
    public static String schemaVersionOfTheFile(Path dir) {
        return Database.open(dir.resolve("version-" + NEXT.incrementAndGet() + ".db"), TestDemo.CLOCK).schemaVersion()
                .orElseThrow();
    }

    /** Services on a fresh copy of the demo school on the server. */
    public static TrackerServices openDemo() {
        return new TrackerServices(Database.connect(withDemo(), TestDemo.CLOCK), () -> TestDemo.ACTOR);
    }

    /**
     * Makes {@code role} a login role with {@code password} that must give it (scram-sha-256 from this computer over
     * TCP), the superuser still logging in without one; returns nothing, the server reloads its rules.
     */
    public static synchronized void withPasswordLogin(String role, String password) {
        admin("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                + role + " LOGIN; END IF; END$$", "ALTER ROLE " + role + " PASSWORD '" + password + "'");
        if (EXTERNAL != null) {
            return; // an external server's rules are its administrator's: it must ask for passwords over TCP already
        }
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SHOW hba_file")) {
            rs.next();
            Path hba = Path.of(rs.getString(1));
            String rules = "local all all trust\n"
                    + "host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n";
            if (!Files.readString(hba).equals(rules)) {
                Files.writeString(hba, rules);
                st.execute("SELECT pg_reload_conf()");
                Thread.sleep(300);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
