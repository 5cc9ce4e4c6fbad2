package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService.Kind;
import uk.schoolcompliance.tracker.app.StaffImportService.Options;
import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * A trust's staff list is one school's ({@code import-staff --school}, or the school chosen in the window's top bar):
 * who is new, changed or "not in this file" is worked out against that school's people only. Found on the trust
 * server: importing one school's list offered to mark the file's first school's people as left, and a staff
 * reference that another school had given someone else renamed and moved that person.
 */
class StaffImportIntoSchoolTest {

    private static final LocalDate TODAY = TestDemo.AS_OF;
    private static final String HEADER = "Staff code,Forename,Legal surname,Staff type,Employment start\n";

    @TempDir
    Path dir;

    private TrackerServices s;
    private School first;
    private School second;
    private StaffMember firstsR1;

    @BeforeEach
    void aTrustWhoseFirstSchoolGaveR1ToSomeone() {
        s = TestDemo.openTrust(dir);
        List<School> schools = s.schoolService().choices().stream().filter(x -> !x.isTrust()).toList();
        first = schools.get(0);
        second = schools.get(1);
        firstsR1 = s.repositories().staff().insert(new StaffMember(0, first.id(), "Alice", "Archer", "R1", null,
                StaffCategory.TEACHER, "Teacher", LocalDate.of(2020, 9, 1), null, null, null));
    }

    private Preview preview(School into, String rows) {
        return s.staffImport().preview("list.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), into.id());
    }

    private List<StaffMember> inPost(School school) {
        return s.allStaff().stream().filter(m -> m.schoolId() == school.id() && m.inPostOn(TODAY)).toList();
    }

    @Test
    void anotherSchoolsReferenceHeldBySomeoneElseIsANewPersonAndTheOtherIsLeftAlone() {
        Preview p = preview(second, "R1,Zara,Zeller,Teacher,01/09/2021\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.entries()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.NEW));

        s.staffImport().apply(p, TODAY, Options.NONE.withIntoSchool(second.id()));
        assertThat(s.repositories().staff().findById(firstsR1.id())).contains(firstsR1);
        assertThat(s.allStaff()).filteredOn(m -> m.familyName().equals("Zeller"))
                .singleElement().satisfies(z -> assertThat(z.schoolId()).isEqualTo(second.id()));
    }

    @Test
    void theSamePersonMovingBetweenTheTrustsSchoolsIsMatchedAndMoved() {
        Preview p = preview(second, "R1,Alice,Archer,Teacher,01/09/2020\n");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isNotEqualTo(Kind.NEW);
            assertThat(e.before().id()).isEqualTo(firstsR1.id());
        });
        s.staffImport().apply(p, TODAY, Options.NONE);
        assertThat(s.repositories().staff().findById(firstsR1.id()).orElseThrow().schoolId()).isEqualTo(second.id());
    }

    @Test
    void notInThisFileIsTheChosenSchoolsPeopleOnlyAndOnlyTheyAreMarkedAsLeft() {
        List<StaffMember> firstBefore = inPost(first);
        List<StaffMember> secondBefore = inPost(second);
        assertThat(secondBefore).isNotEmpty();
        StaffMember kept = secondBefore.get(0);
        Preview p = preview(second, (kept.staffRef() == null ? "" : kept.staffRef()) + "," + kept.givenName() + ","
                + kept.familyName() + ",Teacher," + kept.startDate().format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy")) + "\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.missing()).as("the second school's people not in its list, never the first school's")
                .allSatisfy(m -> assertThat(m.schoolId()).isEqualTo(second.id()))
                .hasSize(secondBefore.size() - 1);

        s.staffImport().apply(p, TODAY, Options.markMissingLeftOn(TODAY));
        assertThat(inPost(first)).as("the first school untouched").containsExactlyInAnyOrderElementsOf(firstBefore);
        assertThat(inPost(second)).extracting(StaffMember::id).containsExactly(kept.id());
    }

    @Test
    void aPreviewForOneSchoolIsNeverAppliedToAnother() {
        Preview p = preview(second, "R9,Yan,Yates,Teacher,01/09/2021\n");
        int before = s.allStaff().size();
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY, Options.NONE.withIntoSchool(first.id())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preview the file for the school");
        assertThat(s.allStaff()).hasSize(before);
    }
}
