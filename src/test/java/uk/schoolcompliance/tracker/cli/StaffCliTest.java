package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;

/** The contracts of {@code import-staff} and {@code induction}. */
class StaffCliTest {

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
    void importStaffPrintsCountsAndReimportChangesNothing() {
        Path db = dir.resolve("school.db");
        Path csv = StaffFiles.copy("sims-export.csv", dir);
        Result dry = run("import-staff", "--db", db.toString(), "--create", csv.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out().lines().findFirst()).contains("created 9, updated 0, unchanged 0");
        assertThat(dry.out()).contains("ignored columns: Title, Gender, Contract type").contains("nothing was written");
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).staff().count()).isZero();

        Result real = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out().lines().findFirst()).contains("created 9, updated 0, unchanged 0");
        Result again = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(again.out().lines().findFirst()).contains("created 0, updated 0, unchanged 9");
        Result semicolons = run("import-staff", "--db", db.toString(), StaffFiles.copy("arbor-export-1252.csv", dir).toString());
        assertThat(semicolons.out().lines().findFirst()).contains("created 3, updated 0, unchanged 0");
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).staff().findByRef("P30001").orElseThrow().givenName())
                .isEqualTo("Zoë");
    }

    @Test
    void importStaffWithABadRowPrintsTheLineExitsOneAndWritesNothing() {
        Path db = TestDemo.copy(dir);
        int before = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).staff().count();
        Result r = run("import-staff", "--db", db.toString(), StaffFiles.copy("one-bad-row.csv", dir).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)",
                "error: one-bad-row.csv line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy); nothing was imported");
        assertThat(r.out()).isEmpty();
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).staff().count()).isEqualTo(before);
        Result missing = run("import-staff", "--db", db.toString(), dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv");
    }

    @Test
    void inductionJsonHasTheDocumentedShape() throws Exception {
        Path db = TestDemo.copy(dir);
        Result r = run("induction", "--db", db.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode list = JsonMapper.builder().build().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isGreaterThanOrEqualTo(3);
        JsonNode first = list.get(0);
        assertThat(first.propertyNames()).containsExactly("name", "staffRef", "email", "category", "startDate",
                "itemsTotal", "itemsDone", "overdueItems");
        int overdue = 0;
        for (JsonNode n : list) {
            assertThat(n.get("itemsDone").asInt()).isBetween(0, n.get("itemsTotal").asInt());
            for (JsonNode o : n.get("overdueItems")) {
                assertThat(o.propertyNames()).containsExactly("title", "due");
                assertThat(o.get("due").asString()).matches("\\d{4}-\\d{2}-\\d{2}").isLessThan("2026-11-24");
                overdue++;
            }
        }
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(overdue).isEqualTo(s.compliance().summary(TestDemo.AS_OF).inductionOverdueItems()).isPositive();
        Result text = run("induction", "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(text.out()).contains("Induction as of 24/11/2026").contains("OVERDUE since");
    }
}
