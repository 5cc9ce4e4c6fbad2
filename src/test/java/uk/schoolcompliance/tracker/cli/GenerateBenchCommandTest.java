package uk.schoolcompliance.tracker.cli;

import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contracts of `generate` and `bench`: flags, output and exit codes. */
class GenerateBenchCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void generateFillsANewDatabaseAndRefusesOneWithData() {
        String db = dir.resolve("trust.db").toString();
        Result r = run("generate", "--db", db, "--staff", "200", "--policies", "20", "--seed", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("200 people, 20 policies").contains("acknowledgements");
        Result summary = run("summary", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(summary.code()).isZero();
        assertThat(summary.out()).contains("\"policiesActive\"");
        Result again = run("generate", "--db", db, "--staff", "10", "--policies", "2");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds data").hasLineCount(1);
    }

    @Test
    void generateNeedsSizes() {
        assertThat(run("generate", "--db", dir.resolve("a.db").toString(), "--staff", "10").code()).isEqualTo(2);
        Result zero = run("generate", "--db", dir.resolve("b.db").toString(), "--staff", "0", "--policies", "3");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err()).contains("--staff");
    }

    @Test
    void benchPrintsATableWithEveryRow() {
        String db = dir.resolve("bench.db").toString();
        assertThat(run("generate", "--db", db, "--staff", "150", "--policies", "15").code()).isZero();
        String before = run("summary", "--db", db, "--as-of", "2026-11-24", "--json").out();
        Result r = run("bench", "--db", db, "--runs", "1", "--warmup", "0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("median ms").contains("summary (warm)").contains("all gaps (warm")
                .contains("one policy's gaps").contains("staff table filter").contains("open database");
        // issue 17: what each step of opening costs, on its own
        assertThat(r.out()).contains("open: integrity quick check").contains("open: migrations check")
                .contains("open: daily backup");
        // and an open whose quick check is skipped, the file unchanged since today's check ("(no result)" if it ran)
        assertThat(r.out()).contains("open: integrity quick check (skipped: unchanged since today's check)");
        assertThat(r.out()).contains("staff import (5,000 rows").contains("governors' pack figures")
                .contains("governors' pack PDF").contains("governors' pack XLSX").contains("sign-off sheet PDF")
                .doesNotContain("not built yet").doesNotContain("(no result)");
        // the benchmarked file is never changed by the import benchmark
        assertThat(run("summary", "--db", db, "--as-of", "2026-11-24", "--json").out()).isEqualTo(before);
        assertThat(r.out()).doesNotContain("DIFFERENT");
        // the targets as whole processes, side by side in the same run, and their ratios
        assertThat(r.out()).contains("process: summary --json").contains("process: gaps --json")
                .contains("process: summary in -Xmx256m").contains("process: window + dashboard figures")
                .contains("process: bare JavaFX window").contains("ratio: summary --json process / sqlite3 summary")
                .contains("ratio: gaps --json process / sqlite3 gaps").contains("ratio: window + figures / bare window");
        // issue #17: the gap list within the 50,000-person trust's heap, and the trust's figures in one grouped query
        assertThat(r.out()).contains("process: gaps --json in -Xmx256m")
                .contains("trust figures: every school x policy (one grouped query)");
        if (!r.out().contains("sqlite3 not found")) {
            assertThat(r.out()).contains("same figures as the app").contains("rows, as the app");
        }
    }

    @Test
    void benchRefusesAMissingFile() {
        Result r = run("bench", "--db", dir.resolve("none.db").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("none.db");
    }

    @Test
    void theStaffFilterMatchesNameReferenceEmailAndJobIgnoringCase() {
        var s = new uk.schoolcompliance.tracker.domain.StaffMember(1, 1, "Aisha", "Smith-Jones", "P100001",
                "a.smith@x.org", uk.schoolcompliance.tracker.domain.StaffCategory.TEACHER, "Head of year",
                java.time.LocalDate.of(2020, 9, 1), null, null, null);
        assertThat(BenchCommand.textFilter("SMITH").test(s)).isTrue();
        assertThat(BenchCommand.textFilter("p1000").test(s)).isTrue();
        assertThat(BenchCommand.textFilter("head of").test(s)).isTrue();
        assertThat(BenchCommand.textFilter("patel").test(s)).isFalse();
    }
}
