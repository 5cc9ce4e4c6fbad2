package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService.Kind;
import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.StaffFiles;

class StaffImportServiceTest {

    static final LocalDate TODAY = TestDemo.AS_OF; // 2026-11-24

    @TempDir
    Path dir;

    TrackerServices empty() {
        return TrackerServices.open(dir.resolve("school.db"), TestDemo.ACTOR, TestDemo.CLOCK);
    }

    @Test
    void aRealisticSimsExportGivesTheRightStaffAndReimportingChangesNothing() {
        TrackerServices s = empty();
        Preview p = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 9, updated 0, unchanged 0");
        assertThat(s.staff().count()).as("a preview writes nothing").isZero();
        int auditBefore = s.audit().count();

        StaffImportService.Outcome o = s.staffImport().apply(p, TODAY);
        assertThat(o.counts()).isEqualTo("created 9, updated 0, unchanged 0");
        List<StaffMember> all = s.staff().findAll();
        assertThat(all).hasSize(9);
        StaffMember daniel = s.staff().findByRef("P20002").orElseThrow();
        assertThat(daniel.familyName()).isEqualTo("O'Neill");
        assertThat(daniel.jobTitle()).isEqualTo("Deputy headteacher, DSL");
        assertThat(daniel.category()).isEqualTo(StaffCategory.SLT);
        assertThat(daniel.startDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        StaffMember amira = s.staff().findByRef("P20009").orElseThrow();
        assertThat(amira.leaveDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(s.staff().findByEmail("m.dunne@governors.example.org").orElseThrow().category())
                .isEqualTo(StaffCategory.GOVERNOR);
        // new starters (start in the future or the last 60 days) got an induction plan, no one else
        assertThat(o.plansCreated()).isEqualTo(2); // Sian (02/11) and Kwame (16/11); Peter (07/09) started 78 days ago
        assertThat(s.induction().planId(s.staff().findByRef("P20005").orElseThrow().id())).isPresent();
        assertThat(s.induction().planId(s.staff().findByRef("P20001").orElseThrow().id())).isEmpty();
        assertThat(s.audit().count()).isGreaterThan(auditBefore + 9);
        assertThat(s.audit().recent(50, "staff_import", null)).hasSize(1);

        Preview again = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        assertThat(again.counts()).isEqualTo("created 0, updated 0, unchanged 9");
        int auditNow = s.audit().count();
        assertThat(s.staffImport().apply(again, TODAY).counts()).isEqualTo("created 0, updated 0, unchanged 9");
        assertThat(s.staff().findAll()).isEqualTo(all);
        assertThat(s.audit().count()).as("only the import's own line").isEqualTo(auditNow + 1);
    }

    @Test
    void changesAreShownFieldByFieldAndMatchedByRefThenEmail() {
        TrackerServices s = empty();
        s.staffImport().apply(s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv")), TODAY);
        String edited = "Staff ID,First name,Surname,Email,Category,Job title,Start date\n"
                + "P20001,Helen,Ashworth-Price,h.ashworth@brookfield.sch.uk,Teacher,\"Class teacher, Year 4\",01/09/2019\n"
                + ",Margaret,Dunne,M.DUNNE@governors.example.org,Governor,Vice chair,01/09/2020\n"
                + "P20010,Nadia,Qureshi,n.qureshi@brookfield.sch.uk,Teacher,Class teacher,05/01/2027\n";
        Preview p = s.staffImport().preview("edited.csv", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 1, updated 2, unchanged 0");
        StaffImportService.Entry helen = p.entries().get(0);
        assertThat(helen.kind()).isEqualTo(Kind.CHANGED);
        assertThat(helen.changes()).extracting(StaffImportService.Change::toString).containsExactly(
                "Change[field=Family name, before=Ashworth, after=Ashworth-Price]",
                "Change[field=Job title, before=Class teacher, Year 3, after=Class teacher, Year 4]");
        assertThat(p.entries().get(1).changes()).extracting(StaffImportService.Change::field).containsExactly("Email", "Job title");
        s.staffImport().apply(p, TODAY);
        assertThat(s.staff().findByRef("P20001").orElseThrow().familyName()).isEqualTo("Ashworth-Price");
        // a file without leave dates does not bring a leaver back
        assertThat(s.staff().findByRef("P20009").orElseThrow().leaveDate()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void oneBadRowWritesNothingAndNamesTheLine() {
        TrackerServices s = TestDemo.open(dir);
        int before = s.staff().count();
        int audit = s.audit().count();
        Preview p = s.staffImport().preview("one-bad-row.csv", StaffFiles.bytes("one-bad-row.csv"));
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).extracting(Object::toString)
                .containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)");
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY)).isInstanceOf(UserException.class)
                .hasMessageContaining("line 5").hasMessageContaining("nothing was imported");
        assertThat(s.staff().count()).isEqualTo(before);
        assertThat(s.audit().count()).isEqualTo(audit);
    }

    @Test
    void anEmailBelongingToSomeoneElseIsRejected() {
        TrackerServices s = TestDemo.open(dir);
        String csv = "Staff ID,First name,Surname,Email,Category,Start date\n"
                + "X1,New,Person,s.whitfield@oakfield.sch.uk,Teacher,01/12/2026\n";
        Preview p = s.staffImport().preview("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("line 2: Email: 's.whitfield@oakfield.sch.uk' belongs to Sarah Whitfield");
    }

    @Test
    void aFailureHalfwayRollsTheWholeImportBack() {
        TrackerServices s = empty();
        Preview p = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        // someone else adds a staff member with the email of the 6th row between preview and import
        s.staffService().create(new StaffMember(0, 0, "Other", "Person", null, "k.mensah@brookfield.sch.uk",
                StaffCategory.SUPPORT, null, LocalDate.of(2010, 1, 1), null, null, null), TODAY);
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY)).isInstanceOf(RuntimeException.class);
        assertThat(s.staff().count()).isEqualTo(1);
    }
}
