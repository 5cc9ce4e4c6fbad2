package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

@ParameterizedClass
@EnumSource(StoreKind.class)
class StaffServiceTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void validationNamesEachField() {
        TrackerServices s = store.demo(dir);
        StaffMember bad = new StaffMember(0, 1, " ", "", "P10237", "S.Whitfield@oakfield.sch.uk", StaffCategory.TEACHER,
                null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31), null, LocalDate.of(2026, 1, 1));
        assertThat(s.staffService().validate(bad)).containsOnlyKeys(StaffService.GIVEN_NAME, StaffService.FAMILY_NAME,
                StaffService.EMAIL, StaffService.STAFF_REF, StaffService.LEAVE_DATE, StaffService.ABSENCE);
        assertThat(s.staffService().validate(bad).get(StaffService.EMAIL)).isEqualTo("Already used by Sarah Whitfield");
        StaffMember notEmail = new StaffMember(0, 1, "A", "B", null, "not-an-email", StaffCategory.TEACHER, null,
                LocalDate.of(2026, 9, 1), null, null, null);
        assertThat(s.staffService().validate(notEmail)).containsOnlyKeys(StaffService.EMAIL);
        assertThatThrownBy(() -> s.staffService().create(bad, TestDemo.AS_OF)).isInstanceOf(UserException.class);
    }

    @Test
    void editingOneselfKeepsOnesOwnEmailAndLeaverAndAbsenceAreAudited() {
        TrackerServices s = store.demo(dir);
        StaffMember sarah = s.repositories().staff().findByRef("P10237").orElseThrow();
        assertThat(s.staffService().validate(sarah)).isEmpty();
        int audit = s.repositories().audit().count();
        s.staffService().markLeaver(sarah.id(), LocalDate.of(2026, 12, 31));
        s.staffService().recordAbsence(sarah.id(), LocalDate.of(2026, 11, 1), null);
        StaffMember now = s.repositories().staff().findById(sarah.id()).orElseThrow();
        assertThat(now.leaveDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(now.absentOn(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(s.repositories().audit().count()).isEqualTo(audit + 2);
        assertThatThrownBy(() -> s.staffService().markLeaver(sarah.id(), LocalDate.of(2000, 1, 1)))
                .isInstanceOf(UserException.class).hasMessageContaining("leave date");
    }
}
