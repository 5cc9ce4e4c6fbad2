package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.SchoolPhase;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

/** The staff step's "People who started before DATE have already been inducted", on the view model. */
class SetupWizardInductionViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private SetupWizardViewModel vm() {
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("tracker.db"));
        vm.useClock(AppClock.startingAt(TODAY));
        return vm;
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void existingStaffCanBeMarkedAsAlreadyInductedSoNoneOfThemIsOverdue() throws Exception {
        SetupWizardViewModel vm = vm();
        assertThat(vm.existingInductedProperty().get()).as("on by default").isTrue();
        assertThat(vm.inductedBeforeProperty().get()).as("today minus the new-starter window")
                .isEqualTo(LocalDate.of(2026, 9, 25));
        vm.schoolNameProperty().set("Oakfield Primary");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        vm.staffFileProperty().set(file("staff.csv", uk.schoolcompliance.tracker.StaffFiles.sampleStaff()
                + "Nadia,Qureshi,P10600,n.qureshi@oakfield.sch.uk,Teacher,Class teacher,04/01/2027,,,\n").toString());
        vm.previewStaff();
        assertThat(vm.plansToMake()).as("four started in the last 60 days, one starts in January").isEqualTo(5);
        vm.inductedBeforeProperty().set(TODAY);
        assertThat(vm.plansToMake()).as("only the January starter").isEqualTo(1);
        vm.existingInductedProperty().set(false);
        assertThat(vm.plansToMake()).as("unticked: everyone who has not left").isEqualTo(48);
        vm.existingInductedProperty().set(true);

        AtomicReference<TrackerServices> done = new AtomicReference<>();
        vm.finish(AppClock.startingAt(TODAY), done::set);
        assertThat(vm.errorProperty().get()).isNull();
        TrackerServices s = done.get();
        assertThat(s.compliance().summary(TODAY).inductionOverdueItems()).isZero();
        assertThat(s.staff().findAll().stream().filter(m -> s.induction().planId(m.id()).isPresent()))
                .extracting(m -> m.fullName()).containsExactly("Nadia Qureshi");
        s.db().close();
    }

    @Test
    void theOptionNeedsADateThatIsNotAfterToday() throws Exception {
        SetupWizardViewModel vm = vm();
        vm.schoolNameProperty().set("Hillside");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        vm.staffFileProperty().set(file("staff.csv", "First name,Surname,Staff type,Start date\nAnn,Lee,Teacher,01/09/2020\n")
                .toString());
        vm.previewStaff();
        vm.inductedBeforeProperty().set(null);
        vm.finish(AppClock.startingAt(TODAY), x -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("People who started before: choose a date, or untick the option");
        assertThat(vm.target()).doesNotExist();
        vm.inductedBeforeProperty().set(TODAY.plusDays(1));
        vm.finish(AppClock.startingAt(TODAY), x -> { });
        assertThat(vm.errorProperty().get()).contains("Inducted before: 25/11/2026 is after today (24/11/2026)");
        assertThat(vm.target()).doesNotExist();
    }

    @Test
    void withoutTheAppsClockTheUsualDateIsTakenWhenFinishing() throws Exception {
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("tracker.db"));
        vm.schoolNameProperty().set("Hillside");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        vm.staffFileProperty().set(file("staff.csv", "First name,Surname,Staff type,Start date\n"
                + "Ann,Lee,Teacher,01/09/2020\nNew,Starter,TA,10/11/2026\n").toString());
        vm.previewStaff();
        AtomicReference<TrackerServices> done = new AtomicReference<>();
        vm.finish(AppClock.startingAt(TODAY), done::set);
        assertThat(vm.inductedBeforeProperty().get()).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(done.get().staff().findAll().stream().filter(m -> done.get().induction().planId(m.id()).isPresent()))
                .extracting(m -> m.fullName()).containsExactly("New Starter");
        done.get().db().close();
    }
}
