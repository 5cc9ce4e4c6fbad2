package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolPhase;

/** Issue 16: the setup wizard's "A trust with several schools": the trust's row, then its schools, one transaction. */
class TrustSetupTest {

    @TempDir
    Path dir;

    private static SchoolSetupService.SchoolSetup trust(List<SchoolSetupService.NewSchool> schools) {
        return new SchoolSetupService.SchoolSetup("Riverside Learning Trust", SchoolPhase.TRUST, 14, null,
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY), null, schools);
    }

    @Test
    void aTrustIsSetUpWithItsSchoolsAddedThroughTheSchoolServiceAndTrustWidePolicies() {
        Path file = dir.resolve("trust.db");
        TrackerServices s = TrackerServices.createSchool(file, TestDemo.ACTOR, trust(List.of(
                new SchoolSetupService.NewSchool("Riverside Primary", "123456"),
                new SchoolSetupService.NewSchool("Meadow Academy", null))), TestDemo.CLOCK);
        assertThat(s.schoolService().isTrust()).isTrue();
        assertThat(s.schoolService().schools()).extracting(School::name, School::urn, School::phase).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Riverside Learning Trust", null, "trust"),
                org.assertj.core.groups.Tuple.tuple("Riverside Primary", "123456", null),
                org.assertj.core.groups.Tuple.tuple("Meadow Academy", null, null));
        assertThat(s.schoolService().choices()).extracting(School::name)
                .containsExactly("Riverside Primary", "Meadow Academy", SchoolService.CENTRAL_TEAM);
        assertThat(s.allPolicies()).isNotEmpty().allMatch(p -> p.schoolId() == null);
        assertThat(s.auditLog().search(new AuditFilter("school", null, null, null, null, 50))).as("the trust and its two schools").hasSize(3);
    }

    @Test
    void aSchoolWithAWrongUrnOrATwiceUsedNameIsRefusedByNumberAndNoFileIsLeft() {
        Path file = dir.resolve("bad.db");
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, trust(List.of(
                new SchoolSetupService.NewSchool("Riverside Primary", "12345"))), TestDemo.CLOCK))
                .isInstanceOf(UserException.class).hasMessage("School 1 URN: '12345' is not a URN (six digits)");
        assertThat(Files.exists(file)).isFalse();
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, trust(List.of(
                new SchoolSetupService.NewSchool("Riverside Primary", null),
                new SchoolSetupService.NewSchool("riverside primary", null))), TestDemo.CLOCK))
                .isInstanceOf(UserException.class)
                .hasMessage("School 2 name: there is already a school called 'Riverside Primary'");
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, trust(List.of(
                new SchoolSetupService.NewSchool(" ", null))), TestDemo.CLOCK))
                .isInstanceOf(UserException.class).hasMessage("School 1 name: a school needs a name");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aTrustsStaffListIsRefusedRatherThanPutInTheCentralTeam() {
        Path file = dir.resolve("staff.db");
        SchoolSetupService.SchoolSetup withStaff = new SchoolSetupService.SchoolSetup("Riverside Learning Trust",
                SchoolPhase.TRUST, 14, new SchoolSetupService.StaffList("staff.csv", "Given name,Family name\nA,B\n".getBytes()),
                List.of(), null, List.of(new SchoolSetupService.NewSchool("Riverside Primary", null)));
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, withStaff, TestDemo.CLOCK))
                .isInstanceOf(UserException.class).hasMessageStartingWith("Staff list: ");
        assertThat(Files.exists(file)).isFalse();
    }
}
