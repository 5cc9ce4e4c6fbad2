package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.FormResponsesReaderTest;

/**
 * The rules of docs/rules.md end to end through the command line ({@code ack}, {@code gaps},
 * {@code summary}, {@code import-acks}) on small purpose-built schools and on the demo school.
 */
class AcknowledgementCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    Path db;
    TrackerServices services;
    long school;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void freshSchool() {
        db = dir.resolve("rules.db");
        services = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        school = services.repositories().settings().ensureSchool("Rules Primary", "primary");
    }

    StaffMember staff(String given, String family, String ref, StaffCategory cat, String start, String leave) {
        return services.repositories().staff().insert(new StaffMember(0, school, given, family, ref,
                ref.toLowerCase() + "@rules.sch.uk", cat, "Job", LocalDate.parse(start),
                leave == null ? null : LocalDate.parse(leave), null, null));
    }

    Policy policy(String title, Set<StaffCategory> audience, Integer reackMonths) {
        return services.repositories().policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "DSL",
                "Full governing body", 12, reackMonths, null, null, PolicyStatus.ACTIVE, audience));
    }

    PolicyVersion version(Policy p, String label, String effective, boolean material) {
        return services.repositories().versions().insert(new PolicyVersion(0, p.id(), label, null, null, null, "FGB",
                LocalDate.parse(effective), null, LocalDate.parse(effective), null, material), null);
    }

    JsonNode gaps(String asOf, String... more) {
        String[] base = {"gaps", "--db", db.toString(), "--as-of", asOf, "--json"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    Result ack(String staffRef, String policy, String date, String... more) {
        String[] base = {"ack", "--db", db.toString(), "--staff", staffRef, "--policy", policy, "--date", date};
        return run(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }

    @Test
    void materialVersionsNeedANewAcknowledgementAndMinorOnesDoNot() {
        Policy p = policy("Staff Code of Conduct", StaffCategory.ALL_STAFF, null);
        version(p, "1.0", "2025-09-01", true);
        staff("Ann", "Teacher", "T1", StaffCategory.TEACHER, "2020-01-01", null);

        JsonNode g = gaps("2025-09-10");
        assertThat(g).hasSize(1);
        assertThat(g.get(0).propertyNames()).containsExactly("name", "staffRef", "email", "category", "policy",
                "requiredVersion", "due", "overdue", "absent");
        assertThat(g.get(0).get("name").asString()).isEqualTo("Ann Teacher");
        assertThat(g.get(0).get("staffRef").asString()).isEqualTo("T1");
        assertThat(g.get(0).get("email").asString()).isEqualTo("t1@rules.sch.uk");
        assertThat(g.get(0).get("category").asString()).isEqualTo("teacher");
        assertThat(g.get(0).get("policy").asString()).isEqualTo("Staff Code of Conduct");
        assertThat(g.get(0).get("requiredVersion").asString()).isEqualTo("1.0");
        assertThat(g.get(0).get("due").asString()).isEqualTo("2025-09-15");
        assertThat(g.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(g.get(0).get("absent").asBoolean()).isFalse();
        assertThat(gaps("2025-09-16").get(0).get("overdue").asBoolean()).isTrue();

        Result r = ack("T1", "staff code of conduct", "2025-09-12");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("recorded: Ann Teacher acknowledged Staff Code of Conduct version 1.0 on 12/09/2025");
        assertThat(gaps("2025-10-01")).isEmpty();
        // the same again writes nothing
        Result again = ack("t1@RULES.sch.uk", "Staff Code of Conduct", "2025-09-13");
        assertThat(again.out()).startsWith("already:");
        assertThat(services.repositories().acknowledgements().findAll()).hasSize(1);

        version(p, "1.1", "2026-01-05", false);
        assertThat(gaps("2026-02-01")).as("a minor version needs no new acknowledgement").isEmpty();

        version(p, "2.0", "2026-09-01", true);
        JsonNode after = gaps("2026-09-20");
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("requiredVersion").asString()).isEqualTo("2.0");
        assertThat(after.get(0).get("due").asString()).isEqualTo("2026-09-15");
        assertThat(after.get(0).get("overdue").asBoolean()).isTrue();

        // acknowledging the older minor version does not satisfy the newer material one
        assertThat(ack("T1", "Staff Code of Conduct", "2026-09-21", "--version", "1.1").code()).isZero();
        assertThat(gaps("2026-09-21")).hasSize(1);
        // without --version: the version in effect on the date (2.0)
        Result current = ack("T1", "Staff Code of Conduct", "2026-09-22", "--method", "in-person");
        assertThat(current.out()).contains("version 2.0").contains("in person");
        assertThat(gaps("2026-09-22")).isEmpty();
        assertThat(gaps("2026-09-21")).as("as of an earlier date the figure is unchanged").hasSize(1);
    }

    @Test
    void periodicReacknowledgementExpiresAfterItsPeriod() {
        Policy p = policy("Keeping Children Safe in Education", StaffCategory.EVERYONE, 12);
        version(p, "2024", "2024-09-01", true);
        staff("Ben", "Governor", "G1", StaffCategory.GOVERNOR, "2019-01-01", null);
        assertThat(ack("G1", p.title(), "2025-09-03", "--method", "online-form").code()).isZero();

        assertThat(gaps("2026-09-02")).isEmpty();
        JsonNode expired = gaps("2026-09-03");
        assertThat(expired).hasSize(1);
        assertThat(expired.get(0).get("due").asString()).isEqualTo("2026-09-17");
        assertThat(expired.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(gaps("2026-09-18").get(0).get("overdue").asBoolean()).isTrue();

        Result reack = ack("G1", p.title(), "2026-09-10");
        assertThat(reack.out()).startsWith("recorded:");
        assertThat(gaps("2026-09-18")).isEmpty();
    }

    @Test
    void leaversDropOutOnTheirLeaveDateAndCannotSignAfterwards() {
        Policy p = policy("Health and Safety Policy", StaffCategory.ALL_STAFF, null);
        version(p, "1.0", "2026-01-05", true);
        staff("Cara", "Leaver", "L1", StaffCategory.SUPPORT, "2015-01-01", "2026-07-31");
        assertThat(gaps("2026-07-30")).hasSize(1);
        assertThat(gaps("2026-07-31")).as("someone leaving on D is gone on D").isEmpty();
        Result r = ack("L1", p.title(), "2026-08-05");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cara Leaver cannot acknowledge Health and Safety Policy")
                .contains("they left on 31/07/2026");
        assertThat(services.repositories().acknowledgements().findAll()).isEmpty();
    }

    @Test
    void newStartersAreDueFromTheirStartDate() {
        Policy p = policy("Child Protection Policy", StaffCategory.ALL_STAFF, null);
        version(p, "1.0", "2025-09-01", true);
        staff("Dev", "Starter", "N1", StaffCategory.TEACHING_ASSISTANT, "2026-11-02", null);
        assertThat(gaps("2026-11-01")).isEmpty();
        JsonNode g = gaps("2026-11-02");
        assertThat(g).hasSize(1);
        assertThat(g.get(0).get("due").asString()).isEqualTo("2026-11-16");
        assertThat(g.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(gaps("2026-11-17").get(0).get("overdue").asBoolean()).isTrue();
        Result early = ack("N1", p.title(), "2026-10-20");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("they start on 02/11/2026");
    }

    @Test
    void staffOnLongTermAbsenceAreListedApartAndNeverOverdue() {
        Policy p = policy("Whistleblowing Policy", StaffCategory.ALL_STAFF, null);
        version(p, "1.0", "2025-01-06", true);
        StaffMember away = staff("Eve", "Absent", "A1", StaffCategory.TEACHER, "2010-01-01", null);
        services.repositories().staff().update(away.withAbsence(LocalDate.parse("2026-01-05"), null));
        staff("Fay", "Present", "P1", StaffCategory.TEACHER, "2010-01-01", null);

        JsonNode g = gaps("2026-06-01");
        assertThat(g).hasSize(2);
        assertThat(g.get(0).get("name").asString()).isEqualTo("Eve Absent");
        assertThat(g.get(0).get("absent").asBoolean()).isTrue();
        assertThat(g.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(g.get(1).get("name").asString()).isEqualTo("Fay Present");
        assertThat(g.get(1).get("overdue").asBoolean()).isTrue();

        JsonNode s = JSON.readTree(run("summary", "--db", db.toString(), "--as-of", "2026-06-01", "--json").out())
                .get("acknowledgements");
        assertThat(s.get("required").asInt()).as("the absent person is not counted").isEqualTo(1);
        assertThat(s.get("outstanding").asInt()).isEqualTo(1);
        assertThat(s.get("overdue").asInt()).isEqualTo(1);
        // before the absence began Eve was an ordinary overdue gap
        assertThat(gaps("2026-01-04").get(0).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void retiredPoliciesHaveNoGapsAndTakeNoAcknowledgements() {
        Policy p = policy("Mobile Phone Policy", StaffCategory.ALL_STAFF, null);
        version(p, "1.0", "2024-01-08", true);
        staff("Gus", "Teacher", "T9", StaffCategory.TEACHER, "2010-01-01", null);
        assertThat(gaps("2026-06-01")).hasSize(1);
        services.repositories().policies().update(p.withStatus(PolicyStatus.RETIRED));
        assertThat(gaps("2026-06-01")).isEmpty();
        assertThat(gaps("2026-06-01", "--policy", "Mobile Phone Policy")).isEmpty();
        Result r = ack("T9", p.title(), "2026-06-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the policy is retired");
        JsonNode s = JSON.readTree(run("summary", "--db", db.toString(), "--as-of", "2026-06-01", "--json").out());
        assertThat(s.get("acknowledgements").get("required").asInt()).isZero();
    }

    @Test
    void gapsOnTheDemoAgreeWithSummaryAndAreSortedByPolicyThenFamilyName() {
        Path demo = TestDemo.copy(dir);
        Result r = run("gaps", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode g = JSON.readTree(r.out());
        JsonNode s = JSON.readTree(run("summary", "--db", demo.toString(), "--as-of", "2026-11-24", "--json").out())
                .get("acknowledgements");
        int notAbsent = 0;
        int overdue = 0;
        int absent = 0;
        String prev = "";
        for (JsonNode n : g) {
            String key = n.get("policy").asString().toLowerCase() + "|" + n.get("name").asString();
            boolean isAbsent = n.get("absent").asBoolean();
            absent += isAbsent ? 1 : 0;
            notAbsent += isAbsent ? 0 : 1;
            overdue += n.get("overdue").asBoolean() ? 1 : 0;
            if (isAbsent) {
                assertThat(n.get("overdue").asBoolean()).isFalse();
            }
            assertThat(n.get("policy").asString().compareToIgnoreCase(prev.split("\\|")[0]))
                    .isGreaterThanOrEqualTo(0);
            prev = key;
        }
        assertThat(absent).as("Jack Thompson is on long-term absence").isPositive();
        assertThat(notAbsent).isEqualTo(s.get("outstanding").asInt());
        assertThat(overdue).isEqualTo(s.get("overdue").asInt());

        Result csv = run("gaps", "--db", demo.toString(), "--as-of", "2026-11-24", "--csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("Name,Staff ref,Email,Category,Policy,Required version,Due,Overdue,On absence");
        assertThat(csv.out().lines().count()).isEqualTo(g.size() + 1);

        Result one = run("gaps", "--db", demo.toString(), "--as-of", "2026-11-24", "--policy", "anti-bullying policy",
                "--json");
        JsonNode onlyOne = JSON.readTree(one.out());
        assertThat(onlyOne).isNotEmpty().allSatisfy(n -> assertThat(n.get("policy").asString()).isEqualTo("Anti-Bullying Policy"));
        List<String> families = new java.util.ArrayList<>();
        onlyOne.forEach(n -> families.add(n.get("name").asString().substring(n.get("name").asString().lastIndexOf(' ') + 1)));
        assertThat(families).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        Result unknown = run("gaps", "--db", demo.toString(), "--policy", "No Such Policy");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no policy called 'No Such Policy'");
        assertThat(run("gaps", "--db", demo.toString(), "--json", "--csv").code()).isEqualTo(2);
    }

    @Test
    void microsoftFormsImportRecordsTheRightRowsAndReportsTheRest() {
        Path demo = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(demo, TestDemo.ACTOR, TestDemo.CLOCK);
        int before = s.repositories().acknowledgements().findAll().size();
        String file = FormResponsesReaderTest.form("microsoft-forms-anti-bullying.csv").toString();

        Result dry = run("import-acks", "--db", demo.toString(), file, "--policy", "Anti-Bullying Policy", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("recorded 3, already 1, unmatched 1\n").contains("dry run: nothing was written");
        assertThat(s.repositories().acknowledgements().findAll()).hasSize(before);

        Result r = run("import-acks", "--db", demo.toString(), file, "--policy", "Anti-Bullying Policy");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("recorded 3, already 1, unmatched 1");
        assertThat(lines).contains(
                "  line 6: unmatched: k.nobody@oakfield.sch.uk (no staff member has this email address)",
                "  line 7: duplicate: a.brown@oakfield.sch.uk (also on line 2)",
                "  line 9: out of scope: mark.phillips@example.org.uk (Governor is not in the policy's audience (All staff))",
                "  line 10: out of scope: g.baker@oakfield.sch.uk (they left on 31/08/2026)");

        List<Acknowledgement> added = s.repositories().acknowledgements().findAll().subList(before, before + 3);
        assertThat(s.repositories().acknowledgements().findAll()).hasSize(before + 3);
        assertThat(added).extracting(a -> s.repositories().staff().findById(a.staffId()).orElseThrow().fullName())
                .containsExactly("Adam Brown", "Olivia Harris", "David Hughes");
        assertThat(added).extracting(Acknowledgement::date).containsExactly(LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19));
        assertThat(added).allSatisfy(a -> assertThat(a.method()).isEqualTo(AckMethod.ONLINE_FORM));
        assertThat(s.repositories().audit().recent(1, "acknowledgement_import", null)).hasSize(1);

        Result again = run("import-acks", "--db", demo.toString(), file, "--policy", "Anti-Bullying Policy");
        assertThat(again.out()).startsWith("recorded 0, already 4, unmatched 1\n");
        assertThat(s.repositories().acknowledgements().findAll()).hasSize(before + 3);
    }

    @Test
    void aMalformedFileWritesNothing() {
        Path demo = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(demo, TestDemo.ACTOR, TestDemo.CLOCK);
        int before = s.repositories().acknowledgements().findAll().size();
        int audit = s.repositories().audit().count();
        Result r = run("import-acks", "--db", demo.toString(),
                FormResponsesReaderTest.form("malformed-bad-date.csv").toString(), "--policy", "Anti-Bullying Policy");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(
                "error: malformed-bad-date.csv line 3: Completion time: '31/11/2026 09:05:40' is not a date");
        assertThat(s.repositories().acknowledgements().findAll()).hasSize(before);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
        Result missing = run("import-acks", "--db", demo.toString(), dir.resolve("nope.csv").toString(), "--policy", "x");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(run("import-acks", "--db", demo.toString(), "--policy", "x").code()).as("no CSV given").isEqualTo(2);
    }

    @Test
    void importByNameWhenTheExportHasNoEmailColumn() {
        Path demo = TestDemo.copy(dir);
        Result r = run("import-acks", "--db", demo.toString(),
                FormResponsesReaderTest.form("names-only-attendance.csv").toString(), "--policy", "Attendance Policy",
                "--method", "paper");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("recorded 3, already 0, unmatched 1\n")
                .contains("line 5: unmatched: Sam Nobody (no staff member has this name)");
        JsonNode left = JSON.readTree(run("gaps", "--db", demo.toString(), "--as-of", "2026-11-24", "--policy",
                "Attendance Policy", "--json").out());
        List<String> names = new java.util.ArrayList<>();
        left.forEach(n -> names.add(n.get("name").asString()));
        assertThat(names).doesNotContain("Nicola Turner", "Chloe Walker", "Sarah Whitfield").contains("Tom Okafor");
    }

    @Test
    void badMethodAndFutureDatesAreRefused() {
        Policy p = policy("Online Safety Policy", EnumSet.of(StaffCategory.TEACHER), null);
        version(p, "1.0", "2025-01-06", true);
        staff("Hal", "Teacher", "T5", StaffCategory.TEACHER, "2010-01-01", null);
        Result bad = ack("T5", p.title(), "2026-01-10", "--method", "carrier-pigeon");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("--method: 'carrier-pigeon' is not a method");
        Result future = ack("T5", p.title(), TestDemo.AS_OF.plusDays(3).toString());
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err()).contains("is in the future");
        Result nobody = ack("ZZZ", p.title(), "2026-01-10");
        assertThat(nobody.err()).contains("no staff member with the staff reference 'ZZZ'");
        Result noVersion = ack("T5", p.title(), "2026-01-10", "--version", "9.9");
        assertThat(noVersion.err()).contains("has no version '9.9' (it has 1.0)");
        assertThat(services.repositories().acknowledgements().findAll()).isEmpty();
    }
}
