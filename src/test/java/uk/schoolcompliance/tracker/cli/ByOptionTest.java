package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.OperatorName;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.FormResponsesReaderTest;
import uk.schoolcompliance.tracker.domain.AuditEntry;

/**
 * "Commands that write take {@code --by NAME} (default: the name chosen in the app on this computer, else the
 * login), recorded as the person who did it." The remembered name lives in a temporary folder here.
 */
class ByOptionTest {

    private static final String LOGIN = Actor.systemLogin();
    private static final String RECORDED = "recorded: Ann Teacher acknowledged Safeguarding Policy version 1.0 on "
            + "01/10/2026 (paper sign-off sheet)";

    @TempDir
    Path dir;
    Path db;
    TrackerServices services;
    OperatorName names;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK, names);
        return new Result(code, out.toString(), err.toString());
    }

    Result ack(String... more) {
        String[] base = {"ack", "--db", db.toString(), "--staff", "T1", "--policy", "Safeguarding Policy",
                "--date", "2026-10-01"};
        return run(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }

    @BeforeEach
    void school() {
        names = new OperatorName(dir.resolve("settings").resolve("user.properties"), LOGIN);
        db = dir.resolve("school.db");
        services = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        long school = services.repositories().settings().ensureSchool("By Primary", "primary");
        services.repositories().staff().insert(new StaffMember(0, school, "Ann", "Teacher", "T1", "t1@by.sch.uk",
                StaffCategory.TEACHER, "Teacher", LocalDate.of(2020, 1, 1), null, null, null));
        Policy p = services.repositories().policies().insert(new Policy(0, school, "Safeguarding Policy", null, "Safeguarding", true,
                "DSL", "Full governing body", 12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        services.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB",
                LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 1), null, true), null);
    }

    private Acknowledgement onlyAck() {
        List<Acknowledgement> all = services.repositories().acknowledgements().findAll();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private AuditEntry newestAudit() {
        return services.repositories().audit().recent(1, null, null).get(0);
    }

    @Test
    void byNamesThePersonRecordedAndTheAuditLogKeepsTheLoginBesideIt() {
        Result r = ack("--by", "  Jo   Bloggs ");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(RECORDED + System.lineSeparator());
        assertThat(onlyAck().recordedBy()).isEqualTo("Jo Bloggs");
        AuditEntry line = newestAudit();
        assertThat(line.entity()).isEqualTo("acknowledgement");
        assertThat(line.operator()).isEqualTo("Jo Bloggs");
        assertThat(line.osUser()).isEqualTo(LOGIN);
        assertThat(names.file()).doesNotExist(); // --by is for this command only: nothing remembered
    }

    @Test
    void withoutByTheNameChosenInTheAppOnThisComputerIsRecorded() {
        names.remember("Sam Patel");
        Result r = ack();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(RECORDED + System.lineSeparator());
        assertThat(onlyAck().recordedBy()).isEqualTo("Sam Patel");
        assertThat(newestAudit().operator()).isEqualTo("Sam Patel");
        assertThat(newestAudit().osUser()).isEqualTo(LOGIN);
    }

    @Test
    void byWinsOverTheRememberedName() {
        names.remember("Sam Patel");
        assertThat(ack("--by", "Jo Bloggs").code()).isZero();
        assertThat(onlyAck().recordedBy()).isEqualTo("Jo Bloggs");
        assertThat(names.remembered()).contains("Sam Patel"); // unchanged
    }

    @Test
    void withNoNameAnywhereTheLoginIsRecordedHonestly() {
        Result r = ack();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(onlyAck().recordedBy()).isEqualTo(LOGIN);
        assertThat(newestAudit().operator()).isEqualTo(LOGIN);
        assertThat(newestAudit().osUser()).isEqualTo(LOGIN);
    }

    @Test
    void aDamagedRememberedFileFallsBackToTheLogin() throws Exception {
        Files.createDirectories(names.file().getParent());
        Files.writeString(names.file(), "operator.name=\\uZZZZ\n");
        assertThat(ack().code()).isZero();
        assertThat(onlyAck().recordedBy()).isEqualTo(LOGIN);
    }

    @Test
    void theOldOperatorOptionStillWorks() {
        Result r = ack("--operator", "Jo Bloggs");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(onlyAck().recordedBy()).isEqualTo("Jo Bloggs");
        assertThat(newestAudit().operator()).isEqualTo("Jo Bloggs");
    }

    @Test
    void aBadNameIsAnErrorAndNothingIsWritten() {
        int audit = services.repositories().audit().count();
        Result blank = ack("--by", "   ");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.out()).isEmpty();
        assertThat(blank.err()).isEqualTo("error: --by: a name is required (the full name of the person doing this)"
                + System.lineSeparator());
        Result longName = ack("--by", "x".repeat(81));
        assertThat(longName.code()).isEqualTo(1);
        assertThat(longName.err()).isEqualTo("error: --by: a name is at most 80 characters" + System.lineSeparator());
        Result twoLines = ack("--by", "Jo\nBloggs");
        assertThat(twoLines.code()).isEqualTo(1);
        assertThat(twoLines.err()).startsWith("error: --by: a name is one line of text");
        Result oldBlank = ack("--operator", "");
        assertThat(oldBlank.err()).startsWith("error: --operator: a name is required");
        Result both = ack("--by", "Jo Bloggs", "--operator", "Sam Patel");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("error: --by and --operator name different people: give --by only"
                + System.lineSeparator());
        assertThat(services.repositories().acknowledgements().findAll()).isEmpty();
        assertThat(services.repositories().audit().count()).isEqualTo(audit);
        assertThat(ack("--by", "Jo Bloggs", "--operator", "Jo Bloggs").code()).isZero(); // the same person twice is fine
    }

    @Test
    void everyWritingCommandRecordsTheName() throws Exception {
        Result version = run("add-version", "--db", db.toString(), "--policy", "Safeguarding Policy", "--label", "2.0",
                "--effective", "2026-11-01", "--by", "Jo Bloggs");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(newestAudit().operator()).isEqualTo("Jo Bloggs");
        assertThat(newestAudit().osUser()).isEqualTo(LOGIN);

        Path demo = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(demo, TestDemo.ACTOR, TestDemo.CLOCK);
        int before = s.repositories().acknowledgements().findAll().size();
        names.remember("Sam Patel");
        Result imported = run("import-acks", "--db", demo.toString(),
                FormResponsesReaderTest.form("microsoft-forms-anti-bullying.csv").toString(),
                "--policy", "Anti-Bullying Policy");
        assertThat(imported.code()).as(imported.err()).isZero();
        List<Acknowledgement> added = s.repositories().acknowledgements().findAll().subList(before, s.repositories().acknowledgements().findAll().size());
        assertThat(added).hasSize(3).allSatisfy(a -> assertThat(a.recordedBy()).isEqualTo("Sam Patel"));
        assertThat(s.repositories().audit().recent(3, "acknowledgement", null)).hasSize(3)
                .allSatisfy(e -> assertThat(e.operator()).isEqualTo("Sam Patel"));
    }

    @Test
    void theGovernorsPackCoverSaysWhoPreparedIt() throws Exception {
        Path demo = TestDemo.copy(dir);
        names.remember("Sam Patel");
        Path remembered = dir.resolve("remembered.pdf");
        Result r = run("report", "--db", demo.toString(), "--as-of", "2026-11-24", "--pdf", remembered.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pdfText(remembered)).contains("Prepared by Sam Patel on 24/11/2026").doesNotContain("Prepared by " + LOGIN);

        Path given = dir.resolve("given.pdf");
        r = run("report", "--db", demo.toString(), "--as-of", "2026-11-24", "--pdf", given.toString(), "--by", "Jo Bloggs");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pdfText(given)).contains("Prepared by Jo Bloggs on 24/11/2026");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void readingCommandsAreNotHarmed() throws Exception {
        Result plain = run("summary", "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(plain.code()).as(plain.err()).isZero();
        Result withBy = run("summary", "--db", db.toString(), "--as-of", "2026-11-24", "--by", "Jo Bloggs");
        assertThat(withBy.code()).as(withBy.err()).isZero();
        assertThat(withBy.out()).isEqualTo(plain.out());
        // a settings "file" that cannot be read at all: reading commands never look at it
        Files.createDirectories(names.file());
        Result unreadable = run("gaps", "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(unreadable.code()).as(unreadable.err()).isZero();
        assertThat(run("summary", "--db", db.toString(), "--as-of", "2026-11-24").out()).isEqualTo(plain.out());
    }

    @Test
    void helpDocumentsByWithItsDefaultAndNotTheOldName() {
        Result help = run("ack", "--help");
        assertThat(help.code()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        assertThat(text).contains("--by=NAME Who is doing this, recorded as the person who did it (default: the name "
                + "chosen in the app on this computer, else the login).");
        assertThat(text).doesNotContain("--operator");
    }
}
