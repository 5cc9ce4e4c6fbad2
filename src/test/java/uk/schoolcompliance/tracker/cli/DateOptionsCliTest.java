package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.safety.DataChecksum;

/**
 * Every date a user gives the command line is read strictly (2026-11-31 is refused, never rounded)
 * and must fall in the window of sane dates (01/01/1950 to ten years after today): otherwise exit 1
 * with ONE line naming the option (or the file, line and column) and nothing is changed.
 */
class DateOptionsCliTest {

    /** The lines every "impossible" and "out of the window" refusal prints for --as-of. */
    private static final String IMPOSSIBLE = "error: --as-of: '2026-11-31' is not a date: November 2026 has 30 days";
    private static final String LEAP = "error: --as-of: '2026-02-29' is not a date: February 2026 has 28 days";
    private static final String FAR = "error: --as-of: '9999-12-31' is too far ahead: dates up to 24/11/2036"
            + " (10 years from today) are accepted";
    private static final String LONG_AGO = "error: --as-of: '0000-01-01' is too long ago: dates from 01/01/1950 are accepted";
    private static final String EXTREME = "error: --as-of: '+999999999-12-31' is not a date (use YYYY-MM-DD)";
    private static final String EMPTY = "error: --as-of: no date given (use YYYY-MM-DD)";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = TestDemo.copy(dir);
    }

    private static String[] args(String command, Path db, String... more) {
        return Stream.concat(Stream.of(command, "--db", db.toString()), Stream.of(more)).toArray(String[]::new);
    }

    /** One refusal: exit 1, nothing on stdout, exactly one line on stderr, the database unchanged. */
    private void refused(String expectedLine, String command, String... more) {
        String before = DataChecksum.of(db);
        Result r = run(args(command, db, more));
        assertThat(r.code()).as(command + " " + String.join(" ", more) + ": " + r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).as(command).isEmpty();
        assertThat(r.err().lines().toList()).as(command + " " + String.join(" ", more)).containsExactly(expectedLine);
        assertThat(DataChecksum.of(db)).as(command + " changed the database").isEqualTo(before);
    }

    @Test
    void everyAsOfOptionRefusesImpossibleExtremeAndEmptyDates() {
        String pdf = dir.resolve("pack.pdf").toString();
        for (List<String> command : List.of(List.of("summary"), List.of("summary", "--json"), List.of("gaps"),
                List.of("induction"), List.of("reviews"), List.of("report", "--pdf", pdf), List.of("retention"))) {
            refused(IMPOSSIBLE, command, "2026-11-31");
            refused(LEAP, command, "2026-02-29");
            refused(FAR, command, "9999-12-31");
            refused(LONG_AGO, command, "0000-01-01");
            refused(EXTREME, command, "+999999999-12-31");
            refused("error: --as-of: '-999999999-01-01' is not a date (use YYYY-MM-DD)", command, "-999999999-01-01");
            refused(EMPTY, command, "");
            refused("error: --as-of: '24/11/2026' is not a date (use YYYY-MM-DD)", command, "24/11/2026");
        }
        assertThat(Path.of(pdf)).doesNotExist();
    }

    private void refused(String expectedLine, List<String> command, String asOf) {
        String[] more = Stream.concat(command.stream().skip(1), Stream.of("--as-of", asOf)).toArray(String[]::new);
        refused(expectedLine, command.get(0), more);
    }

    @Test
    void asOfDatesInsideTheWindowStillWork() {
        assertThat(run(args("summary", db, "--as-of", "2028-02-29")).code()).isZero();
        assertThat(run(args("gaps", db, "--as-of", "2036-11-24")).code()).isZero();
        assertThat(run(args("reviews", db, "--as-of", "1950-01-01")).code()).isZero();
        assertThat(run(args("induction", db, "--as-of", "2026-06-01")).code()).isZero();
        assertThat(run(args("retention", db, "--as-of", "2026-11-24")).code()).isZero();
        Result pdf = run(args("report", db, "--as-of", "2026-07-31", "--pdf", dir.resolve("pack.pdf").toString()));
        assertThat(pdf.code()).as(pdf.err()).isZero();
    }

    @Test
    void ackRefusesAnEmptyImpossibleOrOutOfWindowDate() {
        String[] who = {"--staff", "P10237", "--policy", "Low-Level Concerns Policy"};
        refused("error: --date: no date given (use YYYY-MM-DD)", "ack", concat(who, "--date", ""));
        refused("error: --date: no date given (use YYYY-MM-DD)", "ack", concat(who, "--date", "  "));
        refused("error: --date: '2026-11-31' is not a date: November 2026 has 30 days", "ack", concat(who, "--date", "2026-11-31"));
        refused("error: --date: '1000-01-01' is too long ago: dates from 01/01/1950 are accepted", "ack",
                concat(who, "--date", "1000-01-01"));
        refused("error: --date: '+99999-01-01' is not a date (use YYYY-MM-DD)", "ack", concat(who, "--date", "+99999-01-01"));
        // inside the window but after today: the service's rule, naming the field
        refused("error: Date: 25/11/2026 is in the future (today is 24/11/2026)", "ack",
                concat(who, "--date", "2026-11-25"));
    }

    @Test
    void addVersionRefusesApprovalAndEffectiveDatesOutsideTheWindow() {
        String[] v = {"--policy", "Low-Level Concerns Policy", "--label", "9.0"};
        refused("error: --effective: '9999-12-31' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted",
                "add-version", concat(v, "--effective", "9999-12-31"));
        refused("error: --approved-on: '0000-01-01' is too long ago: dates from 01/01/1950 are accepted",
                "add-version", concat(v, "--effective", "2026-12-01", "--approved-on", "0000-01-01"));
        refused("error: --effective: '2026-02-30' is not a date: February 2026 has 28 days",
                "add-version", concat(v, "--effective", "2026-02-30"));
        refused("error: --approved-on: no date given (use YYYY-MM-DD)",
                "add-version", concat(v, "--effective", "2026-12-01", "--approved-on", ""));
        Result ok = run(args("add-version", db, concat(v, "--effective", "2036-11-24", "--approved-on", "2026-11-20")));
        assertThat(ok.code()).as(ok.err()).isZero();
    }

    @Test
    void generateRefusesAnImpossibleToday() {
        Path fresh = dir.resolve("trust.db");
        Result r = run("generate", "--db", fresh.toString(), "--staff", "10", "--policies", "3", "--today", "2026-11-31");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList())
                .containsExactly("error: --today: '2026-11-31' is not a date: November 2026 has 30 days");
        assertThat(fresh).doesNotExist();
        Result far = run("generate", "--db", fresh.toString(), "--staff", "10", "--policies", "3", "--today", "9999-01-01");
        assertThat(far.err().lines().toList()).containsExactly(
                "error: --today: '9999-01-01' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void benchRefusesAnImpossibleAsOf() {
        refused(IMPOSSIBLE, "bench", "--as-of", "2026-11-31");
    }

    @Test
    void importAcksRefusesAResponseDatedOutsideTheWindow() throws Exception {
        Path csv = dir.resolve("responses.csv");
        Files.writeString(csv, """
                ID,Completion time,Email,Name
                1,18/11/2026 08:43:19,A.Brown@Oakfield.sch.uk,Adam Brown
                2,18/11/1926 09:05:40,O.HARRIS@oakfield.sch.uk,Olivia Harris
                """);
        refused("error: responses.csv line 3: Completion time: 18/11/1926 is too long ago: dates from 01/01/1950 are accepted",
                "import-acks", csv.toString(), "--policy", "Anti-Bullying Policy");
    }

    @Test
    void importPoliciesRefusesAScheduleDateOutsideTheWindow() throws Exception {
        Path csv = dir.resolve("schedule.csv");
        Files.writeString(csv, """
                Policy,Statutory,Last approved,Next review
                Exams Policy,no,01/10/2025,31/12/9999
                """);
        refused("error: schedule.csv line 2: Next review: 31/12/9999 is too far ahead: dates up to 24/11/2036"
                + " (10 years from today) are accepted; nothing was imported",
                "import-policies", csv.toString());
        Files.writeString(csv, """
                Policy,Statutory,Last approved,Next review
                Exams Policy,no,01/10/1925,
                """);
        // a dry run says what is wrong the same way (it would import nothing anyway)
        refused("error: schedule.csv line 2: Last approved: 01/10/1925 is too long ago: dates from 01/01/1950 are accepted",
                "import-policies", csv.toString(), "--dry-run");
    }

    @Test
    void importStaffRefusesStartAndLeaveDatesOutsideTheWindow() throws Exception {
        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, """
                Forename,Surname,Staff code,Email,Staff type,Start date,Leave date
                Amira,Khan,P001,a.khan@hillside.sch.uk,Teacher,01/09/1919,
                Ben,Okafor,P002,b.okafor@hillside.sch.uk,TA,04/01/2021,31/08/2099
                """);
        String before = DataChecksum.of(db);
        Result r = run("import-staff", "--db", db.toString(), csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                "line 2: Start date: 01/09/1919 is too long ago: dates from 01/01/1950 are accepted",
                "line 3: Leave date: 31/08/2099 is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted",
                "error: staff.csv line 2: Start date: 01/09/1919 is too long ago: dates from 01/01/1950 are accepted"
                        + " (2 problems in all); nothing was imported");
        assertThat(DataChecksum.of(db)).isEqualTo(before);
    }

    @Test
    void importPolicyRefusesACoverDateOutsideTheWindow() throws Exception {
        Path doc = dir.resolve("exams-policy.txt");
        Files.writeString(doc, """
                Exams Policy
                Approved by: Full governing body
                Date approved: 01/10/1925
                Next review: October 2027
                """);
        refused("error: exams-policy.txt: Approved on: 01/10/1925 is too long ago: dates from 01/01/1950 are accepted",
                "import-policy", doc.toString());
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
