package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * "An id or a reference?": every command that takes a staff identifier ({@code ack --staff},
 * {@code subject-access --staff}) reads it the same way: an exact staff reference or e-mail in any case; {@code #ID}
 * only when written so; ambiguity and near-misses are refused with one line, and nothing is written.
 */
class StaffIdentifierCommandsTest {

    @TempDir
    Path dir;

    private Path db;
    private StaffMember seven;
    private StaffMember refSeven;
    private StaffMember sarah;
    private Policy policy;
    private String versionLabel;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void demoWithAReferenceThatLooksLikeAnId() {
        db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        seven = s.repositories().staff().findById(7).orElseThrow();
        sarah = s.repositories().staff().findByRef("P10237").orElseThrow();
        long school = s.repositories().settings().schoolId().orElseThrow();
        refSeven = s.repositories().staff().insert(new StaffMember(0, school, "Reference", "Seven", "7", "ref.seven@oakfield.sch.uk",
                StaffCategory.TEACHER, null, LocalDate.of(2020, 9, 1), null, null, null));
        s.repositories().staff().insert(new StaffMember(0, school, "Dan", "Cole", "DC1", null, StaffCategory.TEACHER, null,
                LocalDate.of(2020, 9, 1), null, null, null));
        s.repositories().staff().insert(new StaffMember(0, school, "Daniel", "Coleman", "dc1", null, StaffCategory.TEACHER, null,
                LocalDate.of(2020, 9, 1), null, null, null));
        policy = s.acknowledgementService().findPolicy("Child Protection and Safeguarding Policy");
        versionLabel = s.acknowledgementService().findVersion(policy, null, LocalDate.of(2026, 11, 20)).label();
        s.repositories().db().close();
    }

    private Run ack(String staff) {
        return cli("ack", "--db", db.toString(), "--staff", staff, "--policy", policy.title(), "--date", "2026-11-20");
    }

    @Test
    void subjectAccessDigitsAreTheStaffReferenceNotTheDatabaseId() {
        Path out = dir.resolve("sar");
        Run r = cli("subject-access", "--db", db.toString(), "--staff", "7", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + out.resolve("subject-access-reference-seven-2026-11-24.pdf")
                + System.lineSeparator() + "Wrote " + out.resolve("subject-access-reference-seven-2026-11-24.csv")
                + System.lineSeparator());

        Path byId = dir.resolve("sar-id");
        Run explicit = cli("subject-access", "--db", db.toString(), "--staff", "#7", "--out", byId.toString());
        assertThat(explicit.code()).as(explicit.err()).isZero();
        String slug = (seven.givenName() + "-" + seven.familyName()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        assertThat(explicit.out()).contains("subject-access-" + slug + "-2026-11-24.pdf");
    }

    @Test
    void ackAndSubjectAccessFindTheSamePersonForTheSameText() {
        Run r = ack("7");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("recorded: Reference Seven acknowledged " + policy.title() + " version "
                + versionLabel + " on 20/11/2026 (paper sign-off sheet)" + System.lineSeparator());
        Run again = ack("#" + refSeven.id());
        assertThat(again.out()).startsWith("already: Reference Seven acknowledged");
        Run email = ack("REF.Seven@OAKFIELD.sch.uk");
        assertThat(email.out()).startsWith("already: Reference Seven acknowledged");
        Run lowerRef = ack("p10237");
        assertThat(lowerRef.code()).as(lowerRef.err()).isZero();
        assertThat(lowerRef.out()).startsWith("already: Sarah Whitfield acknowledged");
    }

    @Test
    void ambiguityIsRefusedListingTheCandidatesAndNothingIsWritten() throws Exception {
        String line = RejectedInput.assertRejected(db, "matches several people", "ack", "--db", db.toString(),
                "--staff", "Dc1", "--policy", policy.title(), "--date", "2026-11-20");
        assertThat(line).startsWith("error: --staff: 'Dc1' matches several people: Dan Cole (DC1), Daniel Coleman (dc1); "
                + "use their e-mail or #ID (#");
        Path out = dir.resolve("none");
        RejectedInput.assertRejected(db, "matches several people", "subject-access", "--db", db.toString(), "--staff",
                "dc1", "--out", out.toString());
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void nearMissesAreRefusedNeverGuessed() {
        Path out = dir.resolve("none");
        for (String key : new String[] {"CAR", "Carter", "P1023", "oakfield.sch.uk", "Sarah Whitfield", "%",
                String.valueOf(sarah.id())}) {
            String line = RejectedInput.assertRejected(db, "--staff: no staff member with the staff reference",
                    "subject-access", "--db", db.toString(), "--staff", key, "--out", out.toString());
            assertThat(line).isEqualTo("error: --staff: no staff member with the staff reference '" + key + "'");
            RejectedInput.assertRejected(db, "no staff member with the staff reference '" + key + "'", "ack", "--db",
                    db.toString(), "--staff", key, "--policy", policy.title(), "--date", "2026-11-20");
        }
        assertThat(RejectedInput.assertRejected(db, "#99999", "subject-access", "--db", db.toString(), "--staff",
                "#99999", "--out", out.toString())).isEqualTo("error: --staff: no staff member with the database id #99999");
        assertThat(RejectedInput.assertRejected(db, "x@y.org", "ack", "--db", db.toString(), "--staff", "x@y.org",
                "--policy", policy.title(), "--date", "2026-11-20"))
                .isEqualTo("error: --staff: no staff member with the staff reference or e-mail 'x@y.org'");
        assertThat(Files.exists(out)).isFalse();
    }
}
