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
 */
public final class TestServer {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean schemaTemplate;
    private static boolean demoTemplate;
    private static boolean trustTemplate;

    private TestServer() {
    }

    private static synchronized EmbeddedPostgres server() {
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

    public static int port() {
        return server().getPort();
    }

    /** Runs statements as the superuser on the maintenance database. */
    public static void admin(String... sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs statements as the superuser on one database. */
    public static void adminOn(String database, String... sql) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database,
                "postgres", ""); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new, empty database (as the server's administrator makes one before {@code server-init}). */
    public static ServerAddress emptyDatabase() {
        String name = "t" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name);
        dropOld();
        return address(name);
    }

    /** A new database with the tracker's schema and nothing else. */
    public static synchronized ServerAddress withSchema() {
        if (!schemaTemplate) {
            admin("CREATE DATABASE tpl_schema");
            Database.initServer(address("tpl_schema"), TestDemo.CLOCK);
            schemaTemplate = true;
        }
        return copyOf("tpl_schema");
    }

    /** A new database holding the demo school, built as {@link TestDemo} builds the file's. */
    public static synchronized ServerAddress withDemo() {
        if (!demoTemplate) {
            admin("CREATE DATABASE tpl_demo TEMPLATE " + templateName(withSchema()));
            new TrackerServices(Database.connect(address("tpl_demo"), TestDemo.CLOCK), () -> TestDemo.ACTOR).demoSchool()
                    .build(TestDemo.AS_OF);
            demoTemplate = true;
        }
        return copyOf("tpl_demo");
    }

    /** A new database holding the demo trust (three schools, a central team and trust-wide policies; #19). */
    public static synchronized ServerAddress withTrust() {
        if (!trustTemplate) {
            admin("CREATE DATABASE tpl_trust TEMPLATE " + templateName(withSchema()));
            try (TrackerServices s = new TrackerServices(Database.connect(address("tpl_trust"), TestDemo.CLOCK),
                    () -> TestDemo.ACTOR)) {
                s.demoTrust().build(TestDemo.AS_OF);
            }
            trustTemplate = true;
        }
        return copyOf("tpl_trust");
    }

    /** The password of a login made by {@link #login} (the tests' own, on the loopback server). */
    public static String passwordOf(String login) {
        return "pw-" + login;
    }

    /**
     * A new login role (password {@link #passwordOf}) that must give its password, with no tracker role yet; its
     * name is {@code prefix} made unique for the run, since login roles are the whole server's (#19).
     */
    public static String login(String prefix) {
        String name = prefix + "_" + NEXT.incrementAndGet();
        withPasswordLogin(name, passwordOf(name));
        return name;
    }

    /** {@code database}'s address for {@code login}. */
    public static ServerAddress as(ServerAddress database, String login) {
        return ServerAddress.parse("postgresql://" + login + "@localhost:" + port() + "/" + database.database());
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
        String name = "t" + NEXT.incrementAndGet();
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
            admin("DROP DATABASE IF EXISTS t" + old + " WITH (FORCE)");
        }
    }

    private static final int KEPT = 40;

    public static ServerAddress address(String database) {
        return ServerAddress.parse("postgresql://postgres@localhost:" + port() + "/" + database);
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
