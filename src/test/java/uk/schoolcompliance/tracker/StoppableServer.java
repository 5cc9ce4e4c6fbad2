package uk.schoolcompliance.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * A PostgreSQL of one test's own (apart from {@link TestServer}'s shared one), on its own port and data folder, that
 * the test may stop mid-session and start again on the same port with the same data: a trust's server going away and
 * coming back. Close it at the end of the test.
 */
public final class StoppableServer implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private StoppableServer(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /**
     * Skips the calling test when the suite runs against an external server ({@link TestServer#isExternal}): a test
     * that stops and starts a server needs one of its own, which only the embedded binaries give.
     */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestServer.isExternal(), TestServer.EXTERNAL_VARIABLE
                + " names an external server: this test stops and starts a PostgreSQL of its own (embedded only)");
    }

    /** Starts a new server keeping its data in {@code data} (an empty folder); skips the test on an external one. */
    public static StoppableServer start(Path data) {
        assumeAvailable();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoppableServer s = new StoppableServer(data, port);
        s.startAgain();
        return s;
    }

    /** Starts it (again) on the same port with the same data. */
    public synchronized void startAgain() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test's own PostgreSQL server", e);
        }
    }

    /** Stops it, as a server that goes away: every open connection is cut. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    public int port() {
        return port;
    }

    /** A database on it holding the demo school (as {@link TestDemo} builds the file's), as the superuser. */
    public ServerAddress withDemo(String name) {
        admin("CREATE DATABASE " + name);
        ServerAddress a = ServerAddress.parse("postgresql://postgres@localhost:" + port + "/" + name + "?sslmode=disable");
        Database.initServer(a, TestDemo.CLOCK);
        new TrackerServices(Database.connect(a, TestDemo.CLOCK), () -> TestDemo.ACTOR).demoSchool().build(TestDemo.AS_OF);
        return a;
    }

    private void admin(String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
