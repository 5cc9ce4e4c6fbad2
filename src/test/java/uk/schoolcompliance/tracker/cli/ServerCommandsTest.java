package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.store.ServerAddress;

/** The commands on a trust's server: server-init, the same figures as the file, and one-line connection errors. */
class ServerCommandsTest {

    @TempDir
    Path dir;

    @Test
    void serverInitMakesTheSchemaAndSaysSo() {
        ServerAddress a = TestServer.emptyDatabase();
        CliRun.Result first = CliRun.run("server-init", "--db", a.toString());
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        String version = TestServer.schemaVersionOfTheFile(dir);
        assertThat(first.out()).isEqualTo(a + ": ready (schema version " + version + ")\n");
        assertThat(CliRun.run("server-init", "--db", a.toString()).out()).isEqualTo(first.out());
        CliRun.Result summary = CliRun.run("summary", "--db", a.toString(), "--json");
        assertThat(summary.err()).isEmpty();
        assertThat(summary.code()).isZero();
    }

    @Test
    void theDemoOnTheServerGivesTheFilesFigures() {
        String server = TestServer.withDemo().toString();
        String file = TestDemo.copy(dir).toString();
        for (String[] command : new String[][] {{"summary", "--json"}, {"gaps", "--json"}, {"reviews", "--json"},
                {"schools", "--json"}, {"warnings", "--json"}, {"summary"}}) {
            CliRun.Result onFile = CliRun.run(with(command, file));
            CliRun.Result onServer = CliRun.run(with(command, server));
            assertThat(onServer.err()).as(String.join(" ", command)).isEqualTo(onFile.err());
            assertThat(onServer.out()).as(String.join(" ", command)).isEqualTo(onFile.out());
            assertThat(onServer.code()).isEqualTo(onFile.code()).isZero();
        }
    }

    @Test
    void aServerThatIsNotThereIsOneLineAndExit1() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String db = "postgresql://office@localhost:" + port + "/tracker";
        CliRun.Result r = CliRun.run("summary", "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: Cannot connect to postgresql://office@localhost:" + port
                + "/tracker: nothing answers at localhost:" + port + " (is the server running?)\n");
    }

    @Test
    void aWrongPasswordFromPgpassIsOneLineAndExit1() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null
                && System.getenv("PGPASSFILE") == null, "the environment gives a password of its own");
        ServerAddress made = TestServer.withSchema();
        TestServer.withPasswordLogin("office", "right-password");
        String db = "postgresql://office@localhost:" + TestServer.port() + "/" + made.database();
        Path pgpass = dir.resolve(".pgpass");
        Files.writeString(pgpass, "localhost:*:*:office:not-the-password\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            CliRun.Result r = CliRun.run("summary", "--db", db);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: Cannot connect to " + db.replace("/" + made.database(), "")
                    .replace(":" + TestServer.port(), ":" + TestServer.port()) + "/" + made.database()
                    + ": wrong password for office (from " + pgpass + ")\n");
            assertThat(r.err()).doesNotContain("not-the-password");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void aFileOnlyCommandRefusesAServer() {
        String db = "postgresql://office@localhost:1/tracker";
        CliRun.Result r = CliRun.run("backup", "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: --db " + db + ": backup works on a database file, not a server\n");
        CliRun.Result bad = CliRun.run("summary", "--db", "postgresql://office:secret@localhost/tracker");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: --db must not hold a password").doesNotContain("secret");
    }

    private static String[] with(String[] command, String db) {
        String[] out = new String[command.length + 2];
        System.arraycopy(command, 0, out, 0, command.length);
        out[command.length] = "--db";
        out[command.length + 1] = db;
        return out;
    }
}
