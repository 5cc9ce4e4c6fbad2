package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;

/** copy-to-server: the demo school's file on a server gives the file's figures byte for byte, all or nothing, once. */
class CopyToServerTest {

    @TempDir
    Path dir;

    @Test
    void theDemoCopiedGivesTheFilesFiguresByteForByte() {
        String file = TestDemo.copy(dir).toString();
        String server = TestServer.withSchema().toString();
        CliRun.Result copy = CliRun.run("copy-to-server", "--from", file, "--db", server);
        assertThat(copy.err()).isEmpty();
        assertThat(copy.code()).isZero();
        String[] halves = copy.out().split("\n\nAfter \\(" + java.util.regex.Pattern.quote(server) + "\\):\n");
        assertThat(halves).hasSize(2);
        assertThat(halves[0]).startsWith("Before (" + file + "):\nOakfield Primary School");
        String before = halves[0].substring(halves[0].indexOf('\n') + 1);
        String after = halves[1].substring(0, halves[1].indexOf("\n\nCopied "));
        assertThat(after).isEqualTo(before);
        assertThat(copy.out()).contains("\nCopied " + before.substring(0, before.indexOf(" — ")) + ": ");
        for (String[] command : new String[][] {{"summary", "--json"}, {"gaps", "--json"}, {"reviews", "--json"},
                {"schools", "--json"}, {"warnings", "--json"}, {"induction", "--json"}}) {
            CliRun.Result onFile = CliRun.run(with(command, file));
            CliRun.Result onServer = CliRun.run(with(command, server));
            assertThat(onServer.err()).as(String.join(" ", command)).isEqualTo(onFile.err());
            assertThat(onServer.out()).as(String.join(" ", command)).isEqualTo(onFile.out());
            assertThat(onServer.code()).isEqualTo(onFile.code());
        }
    }

    @Test
    void copyingTwiceIsRefusedAndChangesNothing() {
        String file = TestDemo.copy(dir).toString();
        String server = TestServer.withSchema().toString();
        assertThat(CliRun.run("copy-to-server", "--from", file, "--db", server).code()).isZero();
        String figures = CliRun.run("summary", "--json", "--db", server).out();
        CliRun.Result again = CliRun.run("copy-to-server", "--from", file, "--db", server);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).matches("error: " + java.util.regex.Pattern.quote(server)
                + " already has the school [^\n]+: was " + java.util.regex.Pattern.quote(file)
                + " copied before\\? Nothing was copied\n");
        assertThat(CliRun.run("summary", "--json", "--db", server).out()).isEqualTo(figures);
    }

    @Test
    void aFailureHalfWayLeavesTheServerAsItWas() {
        String file = TestDemo.copy(dir).toString();
        var address = TestServer.withSchema();
        // the audit history is copied last: a server that refuses one of its lines refuses the whole copy
        TestServer.adminOn(address.database(), "ALTER TABLE audit_log ADD CONSTRAINT no_ticks CHECK (action <> 'tick')");
        String server = address.toString();
        CliRun.Result copy = CliRun.run("copy-to-server", "--from", file, "--db", server);
        assertThat(copy.code()).isEqualTo(1);
        assertThat(copy.err()).startsWith("error: Database error on " + server).contains("no_ticks");
        CliRun.Result schools = CliRun.run("schools", "--json", "--db", server);
        assertThat(schools.out()).isEqualTo(CliRun.run("schools", "--json", "--db", TestServer.withSchema().toString()).out());
        assertThat(CliRun.run("summary", "--json", "--db", server).out())
                .isEqualTo(CliRun.run("summary", "--json", "--db", TestServer.withSchema().toString()).out());
    }

    @Test
    void aSecondSchoolWithTheSamePolicyTitlesIsRefusedNamingThem() {
        String file = TestDemo.copy(dir).toString();
        String server = TestServer.withSchema().toString();
        assertThat(CliRun.run("copy-to-server", "--from", file, "--db", server).code()).isZero();
        CliRun.Result second = CliRun.run("copy-to-server", "--from", file, "--db", server, "--school", "Hillside Academy");
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).startsWith("error: " + server + " already has the policies ")
                .contains("(titles are unique across the trust)").endsWith("Nothing was copied\n");
    }

    @Test
    void theTargetMustBeAServer() {
        String file = TestDemo.copy(dir).toString();
        CliRun.Result r = CliRun.run("copy-to-server", "--from", file, "--db", dir.resolve("other.db").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: copy-to-server needs a server: --db postgresql://USER@HOST[:PORT]/DBNAME\n");
    }

    private static String[] with(String[] command, String db) {
        String[] out = new String[command.length + 2];
        System.arraycopy(command, 0, out, 0, command.length);
        out[command.length] = "--db";
        out[command.length + 1] = db;
        return out;
    }
}
