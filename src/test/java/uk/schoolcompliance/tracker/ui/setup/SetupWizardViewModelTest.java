package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.app.StarterCatalogue;
import uk.schoolcompliance.tracker.app.SchoolPhase;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.StaffListImporter;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

class SetupWizardViewModelTest {

    @TempDir
    Path dir;

    /** A stand-in importer: the view model only knows the interface. */
    private static final StaffListImporter ONE_PERSON = file -> new StaffListImporter.Preview(file.getFileName().toString(),
            List.of(new StaffMember(0, 0, "Ann", "Lee", "", null, StaffCategory.TEACHER, "", LocalDate.of(2020, 9, 1),
                    null, null, null)), List.of());

    private SetupWizardViewModel vm(StaffListImporter importer) {
        return new SetupWizardViewModel(TaskExecutor.sameThread(), importer, SchoolSetupService.defaultPolicyCatalogue(),
                dir.resolve("tracker.db"));
    }

    @Test
    void choosingAPhaseTicksItsStatutoryPolicies() {
        SetupWizardViewModel vm = vm(ONE_PERSON);
        assertThat(vm.selectedCount().get()).isZero();
        vm.phaseProperty().set(SchoolPhase.SECONDARY);
        List<StarterCatalogue.Entry> expected = SchoolSetupService.defaultPolicyCatalogue().preselected(SchoolPhase.SECONDARY);
        assertThat(vm.chosenPolicies()).containsExactlyElementsOf(expected);
        vm.selectAll(false);
        assertThat(vm.selectedCount().get()).isZero();
        vm.selectAll(true);
        assertThat(vm.selectedCount().get()).isEqualTo(vm.policies().size());
        vm.selectStatutory();
        assertThat(vm.selectedCount().get()).isEqualTo(expected.size());
    }

    @Test
    void stepsAreCompleteOnlyWithTheirAnswers() {
        SetupWizardViewModel vm = vm(ONE_PERSON);
        assertThat(vm.schoolStepComplete().get()).isFalse();
        vm.schoolNameProperty().set("Hillside");
        assertThat(vm.schoolStepComplete().get()).isFalse();
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        assertThat(vm.schoolStepComplete().get()).isTrue();
        vm.graceDaysProperty().set(-1);
        assertThat(vm.graceStepComplete().get()).isFalse();
        vm.graceDaysProperty().set(30);
        assertThat(vm.graceStepComplete().get()).isTrue();
        assertThat(vm.staffStepComplete().get()).isFalse();
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).isEqualTo("Type the path of the staff list or choose it with Browse.");
        vm.staffFileProperty().set(dir.resolve("staff.csv").toString());
        vm.previewStaff();
        assertThat(vm.staffStepComplete().get()).isTrue();
        assertThat(vm.staffToImport()).hasSize(1);
        vm.skipStaffProperty().set(true);
        assertThat(vm.staffToImport()).isEmpty();
        // changing the file forgets the old preview
        vm.skipStaffProperty().set(false);
        vm.staffFileProperty().set("other.csv");
        assertThat(vm.staffStepComplete().get()).isFalse();
    }

    @Test
    void anImportErrorIsShownAndNothingIsKept() {
        SetupWizardViewModel vm = vm(file -> {
            throw new uk.schoolcompliance.tracker.app.UserException("staff.csv line 4: Start date: 'x' is not a date");
        });
        vm.staffFileProperty().set("staff.csv");
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).isEqualTo("staff.csv line 4: Start date: 'x' is not a date");
        assertThat(vm.staffPreviewProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void finishingCreatesTheSchoolFile() {
        SetupWizardViewModel vm = vm(ONE_PERSON);
        vm.schoolNameProperty().set("Hillside Primary");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        vm.staffFileProperty().set("staff.csv");
        vm.previewStaff();
        AtomicReference<TrackerServices> done = new AtomicReference<>();
        vm.finish(LocalDate.of(2026, 11, 24), done::set);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(done.get().settings().schoolName()).isEqualTo("Hillside Primary");
        assertThat(done.get().staff().count()).isEqualTo(1);
        assertThat(Files.exists(vm.target())).isTrue();

        // a second finish on the same file is refused with a message, not an exception
        SetupWizardViewModel again = vm(ONE_PERSON);
        again.schoolNameProperty().set("Other");
        again.phaseProperty().set(SchoolPhase.PRIMARY);
        again.finish(LocalDate.of(2026, 11, 24), s -> { });
        assertThat(again.errorProperty().get()).startsWith("The school could not be created:").contains("already exists");
    }
}
