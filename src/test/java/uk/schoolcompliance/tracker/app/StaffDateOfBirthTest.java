package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;

/**
 * The date of birth a staff import may bring is kept through every edit, shown in a subject access report,
 * and erased (with the audit entries that carried it) with the rest of a leaver's details.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StaffDateOfBirthTest {

    @Parameter
    StoreKind store;

    static final LocalDate DOB = LocalDate.of(1971, 3, 14);

    @TempDir
    Path dir;

    private static StaffMember withDob(TrackerServices s) {
        StaffMember someone = s.repositories().staff().findByRef("P10412").orElseThrow(); // Adam Ward
        return s.repositories().staff().update(someone.withDateOfBirth(DOB));
    }

    @Test
    void isStoredAndSurvivesEditsLeavingAndAbsence() {
        TrackerServices s = store.demo(dir);
        StaffMember adam = withDob(s);
        assertThat(s.repositories().staff().findById(adam.id()).orElseThrow().dateOfBirth()).isEqualTo(DOB);
        // an edit from the form (which does not show the date of birth) keeps it
        s.staffService().update(new StaffMember(adam.id(), adam.schoolId(), "Adam", "Ward", adam.staffRef(),
                adam.email(), adam.category(), "Senior learning support assistant", adam.startDate(), null, null, null,
                adam.dateOfBirth()));
        s.staffService().markLeaver(adam.id(), LocalDate.of(2026, 12, 19));
        s.staffService().recordAbsence(adam.id(), LocalDate.of(2026, 11, 1), null);
        StaffMember now = s.repositories().staff().findById(adam.id()).orElseThrow();
        assertThat(now.dateOfBirth()).isEqualTo(DOB);
        assertThat(now.jobTitle()).isEqualTo("Senior learning support assistant");
    }

    @Test
    void isInTheSubjectAccessReport() {
        TrackerServices s = store.demo(dir);
        StaffMember adam = withDob(s);
        assertThat(s.subjectAccess().collect(adam.id(), TestDemo.AS_OF).sections().get(0).rows())
                .contains(List.of("Date of birth", "14/03/1971"));
    }

    @Test
    void isErasedWithTheLeaversOtherDetailsAndRedactedFromTheAuditLog() {
        String db = store.demoTarget(dir);
        TrackerServices s = TrackerServices.openTarget(db, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        StaffMember adam = withDob(s);
        // a leaver of 2019: past the six-year retention period on the demo's date
        s.repositories().staff().update(new StaffMember(adam.id(), adam.schoolId(), adam.givenName(), adam.familyName(), adam.staffRef(),
                adam.email(), adam.category(), adam.jobTitle(), LocalDate.of(2015, 9, 1), LocalDate.of(2019, 8, 31), null,
                null, adam.dateOfBirth()));
        assertThat(s.repositories().auditQueries().search(AuditFilter.all(100_000)))
                .anySatisfy(r -> assertThat(r.entry().after()).contains("1971-03-14"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"retention", "--db", db, "--apply"}, new PrintWriter(out),
                new PrintWriter(err), TestDemo.CLOCK);
        assertThat(code).as(err.toString()).isZero();

        TrackerServices after = TrackerServices.openTarget(db, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        assertThat(after.repositories().staff().findById(adam.id()).orElseThrow().dateOfBirth()).isNull();
        for (AuditRecord r : after.repositories().auditQueries().search(AuditFilter.all(100_000))) {
            assertThat(r.entry().before() + " " + r.entry().after()).doesNotContain("1971-03-14");
        }
    }
}
