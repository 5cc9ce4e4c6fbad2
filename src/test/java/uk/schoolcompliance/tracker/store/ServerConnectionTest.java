package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;

/** Every way connecting can fail is one line saying which, within ten seconds; the right password gets in. */
class ServerConnectionTest {

    private static ServerAddress tracker;

    @TempDir
    Path home;

    @BeforeAll
    static void aServerWithALoginRole() {
        ServerAddress made = TestServer.withSchema();
        TestServer.withPasswordLogin("office", "right-password");
        TestServer.adminOn(made.database(), "GRANT SELECT ON ALL TABLES IN SCHEMA public TO office");
        tracker = ServerAddress.parse("postgresql://office@localhost:" + TestServer.port() + "/" + made.database());
    }

    private Database connect(ServerAddress a, Map<String, String> env) {
        return Database.connect(a, TestDemo.CLOCK, env, home.toString(), false);
    }

    private void failsWithin10Seconds(ServerAddress a, Map<String, String> env, String message) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> connect(a, env)).isInstanceOf(StoreException.class).hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void theRightPasswordGetsIn() {
        Database db = connect(tracker, Map.of("PGPASSWORD", "right-password"));
        assertThat(db.schemaVersion()).isPresent();
    }

    @Test
    void aLoginWithoutGrantsIsToldWhatItMayNotDo() {
        ServerAddress bare = TestServer.withSchema();
        ServerAddress asOffice = ServerAddress.parse("postgresql://office@localhost:" + TestServer.port() + "/"
                + bare.database());
        assertThatThrownBy(() -> connect(asOffice, Map.of("PGPASSWORD", "right-password")))
                .isInstanceOf(StoreException.class)
                .hasMessage("office may not read the tracker's tables on " + asOffice + ": ask whoever looks after the "
                        + "server to give it a tracker role (docs/server.md)");
        TestServer.adminOn(bare.database(), "GRANT SELECT ON flyway_schema_history, staff, policy, acknowledgement TO office");
        Database db = connect(asOffice, Map.of("PGPASSWORD", "right-password"));
        assertThatThrownBy(() -> new AuditRepository(db, () -> uk.schoolcompliance.tracker.TestDemo.ACTOR).count())
                .isInstanceOf(StoreException.class)
                .hasMessage("office may not do this on " + asOffice + " (ERROR: permission denied for table audit_log); "
                        + "nothing was changed");
    }

    @Test
    void aWrongPasswordSaysSoAndWhereItCameFrom() {
        failsWithin10Seconds(tracker, Map.of("PGPASSWORD", "wrong"),
                "Cannot connect to " + tracker + ": wrong password for office (from PGPASSWORD)");
    }

    @Test
    void noPasswordSaysWhereItWasLookedFor() {
        failsWithin10Seconds(tracker, Map.of(), "Cannot connect to " + tracker + ": the server wants a password for "
                + "office and neither PGPASSWORD nor " + home.resolve(".pgpass") + " gives one");
    }

    @Test
    void anUnknownHost() {
        ServerAddress a = ServerAddress.parse("postgresql://office@no-such-host.invalid/tracker");
        failsWithin10Seconds(a, Map.of(), "Cannot connect to " + a + ": unknown host no-such-host.invalid");
    }

    @Test
    void aServerThatIsDown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServerAddress a = ServerAddress.parse("postgresql://office@localhost:" + port + "/tracker");
        failsWithin10Seconds(a, Map.of(), "Cannot connect to " + a + ": nothing answers at localhost:" + port
                + " (is the server running?)");
    }

    @Test
    void aServerThatRefusesTls() {
        ServerAddress a = ServerAddress.parse(tracker.toString() + "?sslmode=require");
        failsWithin10Seconds(a, Map.of("PGPASSWORD", "right-password"), "Cannot connect to " + a + ": localhost:"
                + TestServer.port() + " refused TLS (sslmode=require needs a server with TLS on)");
    }

    @Test
    void aDatabaseThatIsNotThere() {
        ServerAddress a = ServerAddress.parse("postgresql://postgres@localhost:" + TestServer.port() + "/nowhere");
        failsWithin10Seconds(a, TestServer.superuserEnv(Map.of()), "Cannot connect to " + a
                + ": the server has no database nowhere");
    }

    @Test
    void aServerThatNeverAnswers() throws Exception {
        // accepts the TCP connection but never speaks: the login timeout ends it
        try (ServerSocket silent = new ServerSocket(0)) {
            ServerAddress a = ServerAddress.parse("postgresql://office@localhost:" + silent.getLocalPort() + "/tracker");
            failsWithin10Seconds(a, Map.of(), "Cannot connect to " + a + ": localhost:" + silent.getLocalPort()
                    + " did not answer within 10 seconds");
        }
    }
}
