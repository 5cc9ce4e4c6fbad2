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
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().count()).isZero();

        Result real = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out().lines().findFirst()).contains("created 9, updated 0, unchanged 0");
        Result again = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(again.out().lines().findFirst()).contains("created 0, updated 0, unchanged 9");
        Result semicolons = run("import-staff", "--db", db.toString(), StaffFiles.copy("arbor-export-1252.csv", dir).toString());
        assertThat(semicolons.out().lines().findFirst()).contains("created 3, updated 0, unchanged 0");
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().findByRef("P30001").orElseThrow().givenName())
                .isEqualTo("Zoë");
    }

    @Test
    void importStaffWithABadRowPrintsTheLineExitsOneAndWritesNothing() {
        Path db = TestDemo.copy(dir);
        int before = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().count();
        Result r = run("import-staff", "--db", db.toString(), StaffFiles.copy("one-bad-row.csv", dir).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)",
                "error: one-bad-row.csv line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy); nothing was imported");
        assertThat(r.out()).isEmpty();
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().count()).isEqualTo(before);
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

    // ---- people in the tracker but not in the file

    @Test
    void reimportingTheSameListPrintsExactlyWhatItDidBefore() {
        Path db = TestDemo.copy(dir);
        Path csv = StaffFiles.write("staff.csv", StaffFiles.sampleStaff(), dir);
        Result r = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("created 0, updated 0, unchanged 49",
                "ignored columns: Absence from, Absence to");
        Result dry = run("import-staff", "--db", db.toString(), csv.toString(), "--dry-run", "--mark-missing-left", "2026-11-24");
        assertThat(dry.out().lines().toList()).containsExactly("created 0, updated 0, unchanged 49",
                "ignored columns: Absence from, Absence to", "dry run: nothing was written");
    }

    @Test
    void peopleNotInTheFileAreListedByReferenceElseEmailElseDash() {
        Path db = TestDemo.copy(dir);
        // Mark Ahmed has neither reference nor email, Rebecca Hall (a governor) only an email
        Path csv = StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward", "Mark Ahmed", "Rebecca Hall"), dir);
        TrackerServices before = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        var staff = before.repositories().staff().findAll();
        int audit = before.repositories().audit().count();
        for (String[] args : new String[][] {{}, {"--mark-missing-left", "2026-11-20"}}) {
            Result dry = run(concat(new String[] {"import-staff", "--db", db.toString(), csv.toString(), "--dry-run"}, args));
            assertThat(dry.code()).as(dry.err()).isZero();
            assertThat(dry.out().lines().toList()).containsExactly(
                    "created 0, updated 0, unchanged 46",
                    "not in this file: 3",
                    "  - Mark Ahmed",
                    "  rebecca.hall@example.org.uk Rebecca Hall",
                    "  P10412 Adam Ward",
                    "ignored columns: Absence from, Absence to",
                    "dry run: nothing was written");
        }
        TrackerServices after = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(after.repositories().staff().findAll()).as("a dry run changes nothing").isEqualTo(staff);
        assertThat(after.repositories().audit().count()).isEqualTo(audit);

        // the real run without the option lists them and leaves them in post
        Result real = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out().lines().toList()).containsExactly(
                "created 0, updated 0, unchanged 46",
                "not in this file: 3",
                "  - Mark Ahmed",
                "  rebecca.hall@example.org.uk Rebecca Hall",
                "  P10412 Adam Ward",
                "ignored columns: Absence from, Absence to");
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().findByRef("P10412").orElseThrow()
                .leaveDate()).isNull();
    }

    @Test
    void markMissingLeftMarksThemAsLeftInTheSameImport() {
        Path db = TestDemo.copy(dir);
        Path csv = StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward", "Mark Ahmed")
                + "Nadia,Qureshi,P10600,n.qureshi@oakfield.sch.uk,Teacher,Class teacher,04/01/2027,,,\n", dir);
        Result r = run("import-staff", "--db", db.toString(), csv.toString(), "--mark-missing-left", "2026-11-20",
                "--verbose");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "created 1, updated 0, unchanged 47",
                "not in this file: 2",
                "  - Mark Ahmed",
                "  P10412 Adam Ward",
                "  line 49: new: Nadia Qureshi (Teacher)",
                "ignored columns: Absence from, Absence to");
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(s.repositories().staff().findAll().stream().filter(m -> m.fullName().equals("Mark Ahmed")).findFirst().orElseThrow()
                .leaveDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(s.repositories().staff().findByRef("P10600")).isPresent();
        // they have left: the same file again misses nobody
        Result again = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(again.out().lines().toList()).containsExactly("created 0, updated 0, unchanged 48",
                "ignored columns: Absence from, Absence to");
    }

    @Test
    void aBadLeaveDateIsAUserErrorAndChangesNothing() {
        Path db = TestDemo.copy(dir);
        Path csv = StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward"), dir);
        var staff = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().findAll();
        for (String dryRun : new String[] {"--dry-run", "--verbose"}) {
            Result future = run("import-staff", "--db", db.toString(), csv.toString(), dryRun, "--mark-missing-left", "2026-11-25");
            assertThat(future.code()).isEqualTo(1);
            assertThat(future.out()).isEmpty();
            assertThat(future.err().lines().toList()).containsExactly(
                    "error: staff.csv: Leave date: 25/11/2026 is after today (24/11/2026); nothing was imported");
            Result early = run("import-staff", "--db", db.toString(), csv.toString(), dryRun, "--mark-missing-left", "2022-04-03");
            assertThat(early.code()).isEqualTo(1);
            assertThat(early.err().lines().toList()).containsExactly("error: staff.csv: Leave date: 03/04/2022 is before "
                    + "Adam Ward's start date (04/04/2022); nothing was imported");
            Result notADate = run("import-staff", "--db", db.toString(), csv.toString(), dryRun, "--mark-missing-left", "20/11/2026");
            assertThat(notADate.code()).isEqualTo(1);
            assertThat(notADate.err().lines().toList()).containsExactly(
                    "error: --mark-missing-left: '20/11/2026' is not a date (use YYYY-MM-DD)");
        }
        assertThat(TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().findAll()).isEqualTo(staff);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
