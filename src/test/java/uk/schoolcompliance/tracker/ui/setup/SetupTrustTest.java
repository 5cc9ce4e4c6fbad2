package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

/** Issue 16: the wizard's "A trust with several schools" (its name, then its schools with URNs). */
class SetupTrustTest {

    @TempDir
    Path dir;

    @Test
    void theSchoolsAreReadOneALineWithAnOptionalUrn() {
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("t.db"));
        vm.trustSchoolsProperty().set("Oakfield Primary, 123456\n\n  Meadow Academy  \r\nSt Mary's, Church of England, 654321\nBad, 12345");
        assertThat(vm.trustSchoolList()).as("one school: no list").isEmpty();
        vm.trustProperty().set(true);
        assertThat(vm.phaseProperty().get()).isEqualTo(SchoolPhase.TRUST);
        assertThat(vm.trustSchoolList()).containsExactly(
                new SchoolSetupService.NewSchool("Oakfield Primary", "123456"),
                new SchoolSetupService.NewSchool("Meadow Academy", null),
                new SchoolSetupService.NewSchool("St Mary's, Church of England", "654321"),
                new SchoolSetupService.NewSchool("Bad", "12345"));
        vm.trustProperty().set(false);
        assertThat(vm.phaseProperty().get()).as("one school: choose its phase").isNull();
    }

    @Test
    void theFirstStepOfATrustNeedsItsNameAndAtLeastOneSchool() {
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("t.db"));
        vm.trustProperty().set(true);
        vm.schoolNameProperty().set("Riverside Learning Trust");
        assertThat(vm.schoolStepComplete().get()).isFalse();
        vm.trustSchoolsProperty().set("Riverside Primary");
        assertThat(vm.schoolStepComplete().get()).isTrue();
        assertThat(vm.staffStepComplete().get()).as("a trust's staff come school by school").isTrue();
    }

    @Test
    void finishingCreatesTheTrustAndItsSchools() {
        Path file = dir.resolve("trust.db");
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), file, () -> TestDemo.ACTOR);
        vm.trustProperty().set(true);
        vm.schoolNameProperty().set("Riverside Learning Trust");
        vm.trustSchoolsProperty().set("Riverside Primary, 123456\nMeadow Academy");
        List<TrackerServices> done = new ArrayList<>();
        vm.finish(TestDemo.CLOCK, done::add);
        assertThat(vm.errorProperty().get()).isNull();
        TrackerServices s = done.get(0);
        assertThat(s.schoolService().choices()).extracting(School::name)
                .containsExactly("Riverside Primary", "Meadow Academy", SchoolService.CENTRAL_TEAM);
        assertThat(s.schoolService().choices().get(0).urn()).isEqualTo("123456");
    }

    @Test
    void aWrongUrnIsShownAndNoFileIsMade() {
        Path file = dir.resolve("bad.db");
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), file, () -> TestDemo.ACTOR);
        vm.trustProperty().set(true);
        vm.schoolNameProperty().set("Riverside Learning Trust");
        vm.trustSchoolsProperty().set("Riverside Primary, 12345");
        vm.finish(TestDemo.CLOCK, s -> { });
        assertThat(vm.errorProperty().get()).contains("School 1 URN: '12345' is not a URN (six digits)");
        assertThat(java.nio.file.Files.exists(file)).isFalse();
    }
}
