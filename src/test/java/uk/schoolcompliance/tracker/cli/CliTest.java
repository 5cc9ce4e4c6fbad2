package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract: commands, JSON fields and exit codes. */
class CliTest {

    @TempDir
    static Path dir;
    static Path demo;

    @BeforeAll
    static void buildDemo() {
        demo = dir.resolve("demo.db");
        Result r = run("demo", "--db", demo.toString(), "--as-written");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void summaryJsonHasTheDocumentedShapeAndRealFigures() {
        Result r = run("summary", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.propertyNames()).containsExactly("asOf", "staffInPost", "policiesActive", "acknowledgements",
                "reviews", "induction", "dataWarnings");
        assertThat(j.get("asOf").asString()).isEqualTo("2026-11-24");
        assertThat(j.get("staffInPost").asInt()).isBetween(40, 50);
        assertThat(j.get("policiesActive").asInt()).isEqualTo(30);
        JsonNode ack = j.get("acknowledgements");
        assertThat(ack.propertyNames()).containsExactly("required", "done", "outstanding", "overdue", "percent", "absent");
        assertThat(ack.get("absent").asInt()).as("Jack Thompson's gaps, listed apart").isPositive();
        assertThat(j.get("reviews").propertyNames()).containsExactly("overdue", "dueSoon", "noDate");
        assertThat(j.get("reviews").get("noDate").asInt()).isZero();
        assertThat(ack.get("done").asInt() + ack.get("outstanding").asInt()).isEqualTo(ack.get("required").asInt());
        assertThat(ack.get("overdue").asInt()).isPositive().isLessThanOrEqualTo(ack.get("outstanding").asInt());
        assertThat(ack.get("percent").asDouble()).isEqualTo(
                Math.round(ack.get("done").asInt() * 1000.0 / ack.get("required").asInt()) / 10.0);
        assertThat(j.get("reviews").get("overdue").asInt()).isPositive();
        assertThat(j.get("reviews").get("dueSoon").asInt()).isPositive();
        assertThat(j.get("induction").get("inProgress").asInt()).isEqualTo(3);
        assertThat(j.get("induction").get("overdueItems").asInt()).isPositive();
    }

    @Test
    void summaryAsOfAnEarlierDateGivesOtherFigures() {
        Result now = run("summary", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        Result earlier = run("summary", "--db", demo.toString(), "--as-of", "2026-06-01", "--json");
        assertThat(earlier.out()).isNotEqualTo(now.out());
        assertThat(earlier.out()).contains("\"asOf\" : \"2026-06-01\"");
    }

    @Test
    void demoRefusesToOverwrite() throws Exception {
        long size = Files.size(demo);
        Result r = run("demo", "--db", demo.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already exists").doesNotContain("\n\tat ");
        assertThat(Files.size(demo)).isEqualTo(size);
    }

    @Test
    void checkPassesOnTheDemoAndFailsOnAForeignFile() throws Exception {
        Result ok = run("check", "--db", demo.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ok (schema version");
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database at all");
        Result bad = run("check", "--db", junk.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("junk.db").contains("not a Compliance Tracker database");
        assertThat(bad.err().lines().count()).isEqualTo(1);
    }

    @Test
    void checkFailsOnATruncatedFile() throws Exception {
        Path copy = dir.resolve("truncated.db");
        byte[] bytes = Files.readAllBytes(demo);
        Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Result bad = run("check", "--db", copy.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("truncated.db");
    }

    @Test
    void usageErrorsExitWithTwoAndBadDatesWithOne() {
        assertThat(run("summary", "--no-such-flag").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
        Result badDate = run("summary", "--db", demo.toString(), "--as-of", "31/02/2025");
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.err()).contains("--as-of").contains("31/02/2025");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), TestDemo.CLOCK)
                .getSubcommands().keySet()) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage:");
        }
    }
}
