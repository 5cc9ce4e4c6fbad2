package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The trust's command-line promises beyond the figures: {@code reviews --ics --school} holds only that school's
 * reviews, every command taking {@code --school} refuses an unknown one the same way, the central team of a file
 * of several schools without a trust row, and {@code --school} on {@code import-policies}, {@code import-policy}
 * and {@code add-version}.
 */
class TrustCommandsTest {

    @TempDir
    Path dir;

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Two schools, no trust row: Ashby (one teacher, its own policy), Brook (one teacher); one trust-wide policy. */
    private String twoSchools() {
        String db = dir.resolve("two.db").toString();
        TrackerServices s = TrackerServices.open(Path.of(db), TestDemo.ACTOR, TestDemo.CLOCK);
        long ashby = s.repositories().settings().ensureSchool("Ashby Primary Academy", "primary");
        assertThat(run("add-school", "--db", db, "--name", "Brook Academy", "--urn", "100002").code()).isZero();
        long brook = ashby + 1;
        person(s, 1, ashby);
        person(s, 2, brook);
        policy(s, null, "Staff Code of Conduct");
        policy(s, ashby, "Child Protection Policy (Ashby Primary Academy)");
        s.close();
        return db;
    }

    private static void person(TrackerServices s, int n, long school) {
        s.repositories().staff().insert(new StaffMember(0, school, "Given" + n, "Family" + n, "R" + n, null, StaffCategory.TEACHER, "Job",
                LocalDate.of(2020, 9, 1), null, null, null));
    }

    private static void policy(TrackerServices s, Long school, String title) {
        Policy p = s.repositories().policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "Owner", "FGB", 12, null,
                null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        s.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", LocalDate.of(2025, 6, 1), null,
                LocalDate.of(2025, 6, 1), null, true), null);
    }

    static JsonNode json(Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    /** The calendar's text with its folded lines joined (iCalendar folds lines at 75 octets). */
    static String unfolded(Path ics) throws java.io.IOException {
        return Files.readString(ics).replace("\r\n ", "").replace("\n ", "");
    }

    @Test
    void theReviewCalendarOfASchoolHoldsOnlyItsOwnReviews() throws Exception {
        String db = twoSchools();
        Path all = dir.resolve("all.ics");
        Path ashby = dir.resolve("ashby.ics");
        Path brook = dir.resolve("brook.ics");
        assertThat(run("reviews", "--db", db, "--as-of", "2026-11-24", "--ics", all.toString()).out())
                .contains("Wrote 2 events to " + all);
        Result r = run("reviews", "--db", db, "--as-of", "2026-11-24", "--school", "Ashby Primary Academy", "--ics",
                ashby.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 1 events to " + ashby);
        assertThat(unfolded(ashby)).contains("Child Protection Policy (Ashby Primary Academy)")
                .doesNotContain("Staff Code of Conduct");
        assertThat(run("reviews", "--db", db, "--as-of", "2026-11-24", "--school", "100002", "--ics", brook.toString()).out())
                .contains("Wrote 0 events to " + brook);
        assertThat(unfolded(brook)).doesNotContain("SUMMARY:");
        Path central = dir.resolve("central.ics");
        run("reviews", "--db", db, "--as-of", "2026-11-24", "--school", "Central team", "--ics", central.toString());
        assertThat(unfolded(central)).contains("Staff Code of Conduct").doesNotContain("Child Protection");
    }

    @Test
    void withoutATrustRowTheCentralTeamHasNoPeopleAndTheTrustWidePoliciesReviews() {
        String db = twoSchools();
        JsonNode schools = json(run("schools", "--db", db, "--as-of", "2026-11-24", "--json"));
        assertThat(schools).hasSize(3);
        JsonNode central = schools.get(2);
        assertThat(central.get("name").asString()).isEqualTo("Central team");
        assertThat(central.get("staffInPost").asInt()).isZero();
        assertThat(central.get("acknowledgements").get("required").asInt()).isZero();
        assertThat(central.get("reviews").get("overdue").asInt()).isEqualTo(1); // the trust-wide policy, due 01/06/2026
        JsonNode summary = json(run("summary", "--db", db, "--as-of", "2026-11-24", "--json"));
        int required = 0;
        int overdue = 0;
        for (JsonNode e : schools) {
            required += e.get("acknowledgements").get("required").asInt();
            overdue += e.get("reviews").get("overdue").asInt();
        }
        assertThat(required).isEqualTo(summary.get("acknowledgements").get("required").asInt()).isEqualTo(3);
        assertThat(overdue).isEqualTo(summary.get("reviews").get("overdue").asInt()).isEqualTo(2);
        JsonNode team = json(run("summary", "--db", db, "--as-of", "2026-11-24", "--json", "--school", "Central team"));
        assertThat(team.get("staffInPost").asInt()).isZero();
        assertThat(team.get("reviews").get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void everyCommandTakingSchoolRefusesAnUnknownOneWithTheSameLineAndChangesNothing() throws Exception {
        String db = twoSchools();
        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, "Given name,Family name,Category,Start date\nAnn,Lee,Teacher,01/09/2025\n");
        Path schedule = dir.resolve("schedule.csv");
        Files.writeString(schedule, "Policy,Statutory\nExams Policy,no\n");
        Path doc = dir.resolve("exams.md");
        Files.writeString(doc, "# Exams Policy\n");
        String known = "error: unknown school: Dale School (known: Ashby Primary Academy, Brook Academy, Central team)\n";
        List<List<String>> commands = List.of(
                List.of("summary"), List.of("gaps"), List.of("induction"), List.of("reviews"),
                List.of("reviews", "--ics", dir.resolve("x.ics").toString()),
                List.of("report", "--pdf", dir.resolve("x.pdf").toString()),
                List.of("import-staff", csv.toString()),
                List.of("import-policies", schedule.toString()),
                List.of("import-policy", doc.toString(), "--title", "Exams Policy"),
                List.of("add-version", "--policy", "Staff Code of Conduct", "--label", "2.0", "--effective", "2026-09-01"));
        String before = run("schools", "--db", db, "--json").out();
        for (List<String> c : commands) {
            List<String> args = new java.util.ArrayList<>(c);
            args.addAll(List.of("--db", db, "--school", "Dale School"));
            Result r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(c.toString()).isEqualTo(1);
            assertThat(r.err()).as(c.toString()).isEqualTo(known);
            assertThat(r.out()).as(c.toString()).isEmpty();
        }
        assertThat(run("schools", "--db", db, "--json").out()).isEqualTo(before);
        assertThat(dir.resolve("x.ics")).doesNotExist();
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(run("gaps", "--db", db, "--csv").out()).doesNotContain("Lee");
    }

    @Test
    void importPoliciesWithSchoolMakesThatSchoolsOwnPoliciesAndWithoutItTrustWideOnes() throws Exception {
        String db = twoSchools();
        Path own = dir.resolve("brook.csv");
        Files.writeString(own, """
                Policy,Statutory,Approved by,Last approved,Review frequency,Audience,Version
                Brook Site Safety Policy,no,Local governing body,01/06/2026,Every year,All staff,1.0
                """);
        Result r = run("import-policies", "--db", db, own.toString(), "--school", "Brook Academy");
        assertThat(r.code()).as(r.err()).isZero();
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, """
                Policy,Statutory,Approved by,Last approved,Review frequency,Audience,Version
                Whistleblowing Policy,no,Trust board,01/06/2026,Every year,All staff,1.0
                """);
        assertThat(run("import-policies", "--db", db, wide.toString()).code()).isZero();
        JsonNode schools = json(run("schools", "--db", db, "--as-of", "2026-11-24", "--json"));
        // Ashby: conduct + its own + whistleblowing; Brook: conduct + site safety + whistleblowing
        assertThat(schools.get(0).get("acknowledgements").get("required").asInt()).isEqualTo(3);
        assertThat(schools.get(1).get("acknowledgements").get("required").asInt()).isEqualTo(3);
        Result brookReviews = run("reviews", "--db", db, "--as-of", "2026-11-24", "--school", "Brook Academy");
        assertThat(brookReviews.out()).contains("Brook Site Safety Policy").doesNotContain("Whistleblowing");
        // a row naming another school's policy is refused, naming the line; nothing is imported
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, """
                Policy,Statutory
                Exams Policy,no
                Child Protection Policy (Ashby Primary Academy),yes
                """);
        Result refused = run("import-policies", "--db", db, wrong.toString(), "--school", "Brook Academy");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: wrong.csv line 3: Title: 'Child Protection Policy (Ashby Primary "
                + "Academy)' is Ashby Primary Academy's own policy, not Brook Academy's own; nothing was imported\n");
        assertThat(run("reviews", "--db", db, "--json").out()).doesNotContain("Exams Policy");
    }

    @Test
    void importPolicyAndAddVersionTakeSchoolForASchoolsOwnPolicy() throws Exception {
        String db = twoSchools();
        Path doc = dir.resolve("exams.md");
        Files.writeString(doc, "# Exams Policy\n\nApproved by: Local governing body\n");
        Result r = run("import-policy", "--db", db, doc.toString(), "--title", "Exams Policy", "--school", "100002");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Created policy 'Exams Policy'");
        JsonNode schools = json(run("schools", "--db", db, "--as-of", "2026-11-24", "--json"));
        assertThat(schools.get(0).get("acknowledgements").get("required").asInt()).isEqualTo(2); // Ashby unchanged
        assertThat(schools.get(1).get("acknowledgements").get("required").asInt()).isEqualTo(2); // conduct + exams
        Path v2 = dir.resolve("exams-v2.md");
        Files.writeString(v2, "# Exams Policy v2\n");
        Result wrong = run("add-version", "--db", db, "--policy", "Exams Policy", "--label", "2.0", "--effective",
                "2026-09-01", "--document", v2.toString(), "--school", "Ashby Primary Academy");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("error: --policy: 'Exams Policy' is Brook Academy's own policy, not Ashby "
                + "Primary Academy's own\n");
        Result trustWide = run("add-version", "--db", db, "--policy", "Staff Code of Conduct", "--label", "2.0",
                "--effective", "2026-09-01", "--school", "Brook Academy");
        assertThat(trustWide.err()).isEqualTo("error: --policy: 'Staff Code of Conduct' is a trust-wide policy, not "
                + "Brook Academy's own\n");
        Result right = run("add-version", "--db", db, "--policy", "Exams Policy", "--label", "2.0", "--effective",
                "2026-09-01", "--document", v2.toString(), "--school", "Brook Academy");
        assertThat(right.code()).as(right.err()).isZero();
        assertThat(right.out()).startsWith("Added version 2.0 of 'Exams Policy'");
        Result again = run("import-policy", "--db", db, doc.toString(), "--title", "Child Protection Policy (Ashby Primary Academy)",
                "--school", "Brook Academy");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("is Ashby Primary Academy's own policy, not Brook Academy's own");
    }

    @Test
    void demoTrustIsThreeSmallSchoolsOneWithItsOwnPolicyAndItsBoardPack() throws Exception {
        String db = dir.resolve("vale.db").toString();
        Result r = run("demo", "--db", db, "--create", "--trust");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Created the demo trust in " + db + " (3 schools, 20 staff, 4 policies)\n");
        JsonNode schools = json(run("schools", "--db", db, "--json"));
        assertThat(schools).extracting(e -> e.get("name").asString()).containsExactly("Ashby Primary Academy",
                "Brook Academy", "Castle High School", "Central team");
        // Ashby: 6 people x (3 trust-wide + its own); the others 3 trust-wide each
        assertThat(schools).extracting(e -> e.get("acknowledgements").get("required").asInt()).containsExactly(24, 18, 18, 6);
        assertThat(schools).extracting(e -> e.get("acknowledgements").get("done").asInt()).containsExactly(24, 9, 1, 6);
        assertThat(run("reviews", "--db", db, "--school", "Ashby Primary Academy").out()).contains("Forest School");
        assertThat(run("reviews", "--db", db, "--school", "Brook Academy").out()).doesNotContain("Forest School");
        Result pack = run("report", "--db", db, "--xlsx", dir.resolve("vale.xlsx").toString());
        assertThat(pack.out()).startsWith("Trust board's pack for Vale Learning Trust");
        assertThat(run("demo", "--db", db, "--trust").code()).isEqualTo(1); // never over an existing file
    }
}
