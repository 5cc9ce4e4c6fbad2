package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** The contracts of `schools`, `add-school`, `--school` and `import-staff --school`. */
class SchoolsCliTest {

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

    static List<Integer> ints(String json, String field) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /**
     * A trust (its own row, with one central person) and three schools: Ashby (2 teachers), Brook (1 teacher,
     * 1 support), Castle (1 teacher). One trust-wide policy for all staff, one of Ashby's own, one of Brook's own.
     */
    private String threeSchools() {
        String db = dir.resolve("three.db").toString();
        TrackerServices s = TrackerServices.open(Path.of(db), TestDemo.ACTOR, TestDemo.CLOCK);
        long trust = s.repositories().settings().ensureSchool("Vale Learning Trust", "trust");
        assertThat(run("add-school", "--db", db, "--name", "Ashby Primary Academy", "--urn", "100001", "--phase", "primary").out())
                .isEqualTo("Added school Ashby Primary Academy (URN 100001)\n");
        assertThat(run("add-school", "--db", db, "--name", "Brook Academy", "--urn", "100002").code()).isZero();
        assertThat(run("add-school", "--db", db, "--name", "Castle High School", "--phase", "secondary").code()).isZero();
        long ashby = trust + 1;
        long brook = trust + 2;
        long castle = trust + 3;
        person(s, 1, trust, StaffCategory.SLT);
        person(s, 2, ashby, StaffCategory.TEACHER);
        person(s, 3, ashby, StaffCategory.TEACHER);
        person(s, 4, brook, StaffCategory.TEACHER);
        person(s, 5, brook, StaffCategory.SUPPORT);
        person(s, 6, castle, StaffCategory.TEACHER);
        policy(s, null, "Staff Code of Conduct");
        policy(s, ashby, "Child Protection and Safeguarding Policy (Ashby Primary Academy)");
        policy(s, brook, "Child Protection and Safeguarding Policy (Brook Academy)");
        return db;
    }

    private static void person(TrackerServices s, int n, long school, StaffCategory cat) {
        s.repositories().staff().insert(new StaffMember(0, school, "Given" + n, "Family" + n, "R" + n, null, cat, "Job",
                LocalDate.of(2020, 9, 1), null, null, null));
    }

    private static void policy(TrackerServices s, Long school, String title) {
        Policy p = s.repositories().policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "Owner", "FGB", 12, null,
                null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        s.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", LocalDate.of(2026, 1, 1), null,
                LocalDate.of(2026, 1, 1), null, true), null);
    }

    @Test
    void eachSchoolsOwnPolicyCountsAgainstItsOwnStaffAndTheEntriesAddUpToTheSummary() {
        String db = threeSchools();
        Result schools = run("schools", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(schools.code()).isZero();
        assertThat(schools.out()).contains("\"name\" : \"Ashby Primary Academy\"", "\"urn\" : \"100001\"",
                "\"name\" : \"Central team\"");
        // Ashby 2 trust-wide + 2 own; Brook 2 + 2; Castle 1; central 1
        assertThat(ints(schools.out(), "required")).containsExactly(4, 4, 1, 1);
        assertThat(ints(schools.out(), "staffInPost")).containsExactly(2, 2, 1, 1);
        Result summary = run("summary", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(ints(summary.out(), "required")).containsExactly(10);
        Result ashby = run("summary", "--db", db, "--as-of", "2026-11-24", "--json", "--school", "100001");
        assertThat(ints(ashby.out(), "required")).containsExactly(4);
        assertThat(ints(ashby.out(), "staffInPost")).containsExactly(2);
        Result castle = run("summary", "--db", db, "--as-of", "2026-11-24", "--school", "Castle High School");
        assertThat(castle.out()).startsWith("Castle High School — figures as of 24/11/2026");
        assertThat(castle.out()).contains("  Acknowledgements required    1\n");
        // reviews: each school's own policies; the trust-wide one is the trust board's (central team)
        assertThat(ints(schools.out(), "overdue").size()).isEqualTo(8);
        Result reviews = run("reviews", "--db", db, "--as-of", "2026-11-24", "--school", "Brook Academy");
        assertThat(reviews.out()).contains("Child Protection and Safeguarding Policy (Br")
                .doesNotContain("Ashby").doesNotContain("Staff Code of Conduct");
        Result gaps = run("gaps", "--db", db, "--as-of", "2026-11-24", "--school", "Ashby Primary Academy", "--csv");
        assertThat(gaps.out()).doesNotContain("Brook").doesNotContain("Family4").contains("Family2", "Family3");
    }

    @Test
    void anUnknownSchoolIsOneErrorLineListingTheKnownOnes() {
        String db = threeSchools();
        for (String command : List.of("summary", "gaps", "induction", "reviews")) {
            Result r = run(command, "--db", db, "--as-of", "2026-11-24", "--school", "Dale School");
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.err()).as(command).isEqualTo("error: unknown school: Dale School (known: Ashby Primary Academy, "
                    + "Brook Academy, Castle High School, Central team)\n");
            assertThat(r.out()).as(command).isEmpty();
        }
        Result report = run("report", "--db", db, "--school", "ashby primary academy", "--pdf",
                dir.resolve("p.pdf").toString());
        assertThat(report.code()).isEqualTo(1);
        assertThat(report.err()).startsWith("error: unknown school: ashby primary academy (known: ");
        assertThat(Files.exists(dir.resolve("p.pdf"))).isFalse();
    }

    @Test
    void aSingleSchoolsFileIsATrustOfOneAndNeverSeesTheWordTrust() {
        String file = TestDemo.open(dir).repositories().db().file().toString(); // a copy of the demo school
        Result schools = run("schools", "--db", file, "--as-of", "2026-11-24", "--json");
        Result summary = run("summary", "--db", file, "--as-of", "2026-11-24", "--json");
        assertThat(ints(schools.out(), "required")).containsExactly(ints(summary.out(), "required").get(0));
        assertThat(schools.out()).doesNotContain("Central team").doesNotContainIgnoringCase("trust");
        Result unknown = run("summary", "--db", file, "--school", "Nowhere");
        assertThat(unknown.err()).doesNotContain("Central team").startsWith("error: unknown school: Nowhere (known: ");
    }

    @Test
    void aGeneratedTrustsSchoolsAddUpToItsSummary() {
        String db = dir.resolve("trust.db").toString();
        assertThat(run("generate", "--db", db, "--staff", "400", "--policies", "40", "--seed", "7").code()).isZero();
        Result schools = run("schools", "--db", db, "--as-of", "2026-11-24", "--json");
        Result summary = run("summary", "--db", db, "--as-of", "2026-11-24", "--json");
        int total = ints(summary.out(), "required").get(0);
        assertThat(ints(schools.out(), "required").stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(ints(schools.out(), "done").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(ints(summary.out(), "done").get(0));
        assertThat(ints(schools.out(), "staffInPost").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(ints(summary.out(), "staffInPost").get(0));
        assertThat(ints(schools.out(), "inProgress").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(ints(summary.out(), "inProgress").get(0));
        assertThat(ints(schools.out(), "dueSoon").stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(ints(summary.out(), "dueSoon").get(0));
        assertThat(schools.out()).contains("\"name\" : \"Central team\"");
    }

    @Test
    void addSchoolRefusesADuplicateNameABadUrnAndABadPhase() {
        String db = threeSchools();
        assertThat(run("add-school", "--db", db, "--name", "brook academy").err())
                .isEqualTo("error: --name: there is already a school called 'Brook Academy'\n");
        assertThat(run("add-school", "--db", db, "--name", "Dale", "--urn", "12ab").err())
                .isEqualTo("error: --urn: '12ab' is not a URN (six digits)\n");
        assertThat(run("add-school", "--db", db, "--name", "Dale", "--urn", "100001").err())
                .isEqualTo("error: --urn: 100001 is already the URN of Ashby Primary Academy\n");
        Result phase = run("add-school", "--db", db, "--name", "Dale", "--phase", "nursery");
        assertThat(phase.code()).isEqualTo(1);
        assertThat(phase.err()).startsWith("error: --phase: 'nursery' is not a school phase");
        assertThat(run("schools", "--db", db, "--json").out()).doesNotContain("Dale");
    }

    @Test
    void importStaffWithSchoolPutsEveryRowInThatSchool() throws Exception {
        String db = threeSchools();
        Path csv = dir.resolve("castle.csv");
        Files.writeString(csv, "Given name,Family name,Staff reference,Category,Start date\n"
                + "Ann,New,C1,Teacher,01/09/2025\nBen,Moved,R2,Teacher,01/09/2020\n");
        Result r = run("import-staff", "--db", db, csv.toString(), "--school", "Castle High School");
        assertThat(r.code()).as(r.err()).isZero();
        Result castle = run("summary", "--db", db, "--as-of", "2026-11-24", "--json", "--school", "Castle High School");
        assertThat(ints(castle.out(), "staffInPost")).containsExactly(3);
        Result unknown = run("import-staff", "--db", db, csv.toString(), "--school", "Dale");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: unknown school: Dale (known: ");
    }
}
