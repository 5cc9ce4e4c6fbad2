package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AuditEntry;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** Issue 16: a person added on a trust's file joins the school chosen for them, never the central team by default. */
class StaffSchoolChoiceTest {

    @TempDir
    Path dir;

    private static StaffMember person(long school, String given) {
        return new StaffMember(0, school, given, "Newman", null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2026, 11, 2), null, null, null);
    }

    private TrackerServices trust() {
        TrackerServices s = TestDemo.openTrust(dir);
        return s;
    }

    @Test
    void aNewPersonJoinsTheChosenSchoolAndTheCreationIsAudited() {
        TrackerServices s = trust();
        List<School> choices = s.schoolService().choices();
        School second = choices.stream().filter(x -> !x.isTrust()).skip(1).findFirst().orElseThrow();
        int audit = s.repositories().audit().count();
        StaffMember saved = s.staffService().create(person(second.id(), "Nina"), TestDemo.AS_OF);
        assertThat(s.repositories().staff().findById(saved.id()).orElseThrow().schoolId()).isEqualTo(second.id());
        assertThat(s.repositories().audit().count()).isGreaterThan(audit);
        List<AuditEntry> created = s.repositories().audit().recent(5, "staff", saved.id());
        assertThat(created).anyMatch(e -> e.action().equals("create") && e.after().contains("\"schoolId\":" + second.id()));
    }

    @Test
    void theCentralTeamIsAChoiceToo() {
        TrackerServices s = trust();
        School central = s.schoolService().choices().stream().filter(School::isTrust).findFirst().orElseThrow();
        StaffMember saved = s.staffService().create(person(central.id(), "Cora"), TestDemo.AS_OF);
        assertThat(s.repositories().staff().findById(saved.id()).orElseThrow().schoolId()).isEqualTo(central.id());
    }

    @Test
    void onATrustNoChoiceOrAnUnknownSchoolIsRefusedAndNothingIsAdded() {
        TrackerServices s = trust();
        int people = s.repositories().staff().count();
        int audit = s.repositories().audit().count();
        assertThatThrownBy(() -> s.staffService().create(person(0, "Nobody"), TestDemo.AS_OF))
                .isInstanceOf(UserException.class).hasMessageStartingWith("School: ");
        assertThatThrownBy(() -> s.staffService().create(person(987654, "Ghost"), TestDemo.AS_OF))
                .isInstanceOf(UserException.class).hasMessage("School: no school 987654 in this file");
        assertThat(s.repositories().staff().count()).isEqualTo(people);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
    }

    @Test
    void aSingleSchoolsFileStillPutsAPersonInItsOneSchool() {
        TrackerServices s = TestDemo.open(dir);
        long only = s.schoolService().schools().get(0).id();
        StaffMember saved = s.staffService().create(person(0, "Solo"), TestDemo.AS_OF);
        assertThat(saved.schoolId()).isEqualTo(only);
        assertThatThrownBy(() -> s.staffService().create(person(only + 100, "Ghost"), TestDemo.AS_OF))
                .isInstanceOf(UserException.class).hasMessage("School: no school " + (only + 100) + " in this file");
    }
}
