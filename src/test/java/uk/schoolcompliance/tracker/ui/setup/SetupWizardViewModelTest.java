package uk.schoolcompliance.tracker.ui.setup;

import uk.schoolcompliance.tracker.app.AppClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.AuditEntry;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

class SetupWizardViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private SetupWizardViewModel vm() {
        return new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("tracker.db"));
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void choosingAPhaseTicksItsStatutoryPolicies() {
        SetupWizardViewModel vm = vm();
        assertThat(vm.policies()).hasSameSizeAs(PolicyCatalogue.entries());
        assertThat(vm.selectedCount().get()).isZero();
        vm.phaseProperty().set(SchoolPhase.SECONDARY);
        List<PolicyCatalogue.Entry> expected = PolicyCatalogue.preselected(SchoolPhase.SECONDARY);
        assertThat(vm.chosenPolicies()).containsExactlyElementsOf(expected);
        vm.selectAll(false);
        assertThat(vm.selectedCount().get()).isZero();
        vm.selectAll(true);
        assertThat(vm.selectedCount().get()).isEqualTo(vm.policies().size());
        vm.selectStatutory();
        assertThat(vm.selectedCount().get()).isEqualTo(expected.size());
        vm.phaseProperty().set(SchoolPhase.TRUST);
        assertThat(vm.chosenPolicies()).containsExactlyElementsOf(PolicyCatalogue.preselected(SchoolPhase.TRUST));
    }

    // ---- staff step: "People who started before DATE have already been inducted"

    @Test
    void existingStaffCanBeMarkedAsAlreadyInductedSoNoneOfThemIsOverdue() throws Exception {
        SetupWizardViewModel vm = vm();
        vm.useClock(AppClock.startingAt(TODAY)); // as the wizard does
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
        assertThat(s.repositories().staff().findAll().stream().filter(m -> s.repositories().induction().planId(m.id()).isPresent()))
                .extracting(m -> m.fullName()).containsExactly("Nadia Qureshi");
        s.repositories().db().close();
    }

    @Test
    void theOptionNeedsADateThatIsNotAfterToday() throws Exception {
        SetupWizardViewModel vm = vm();
        vm.useClock(AppClock.startingAt(TODAY)); // as the wizard does
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
        assertThat(done.get().repositories().staff().findAll().stream().filter(m -> done.get().repositories().induction().planId(m.id()).isPresent()))
                .extracting(m -> m.fullName()).containsExactly("New Starter");
        done.get().repositories().db().close();
    }

    @Test
    void stepsAreCompleteOnlyWithTheirAnswers() throws Exception {
        SetupWizardViewModel vm = vm();
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
        vm.staffFileProperty().set(file("staff.csv", "First name,Surname,Staff type,Start date\nAnn,Lee,Teacher,01/09/2020\n")
                .toString());
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).isNull();
        assertThat(vm.staffStepComplete().get()).isTrue();
        assertThat(vm.staffToImport()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.category()).isEqualTo(StaffCategory.TEACHER);
        });
        vm.skipStaffProperty().set(true);
        assertThat(vm.staffToImport()).isEmpty();
        // changing the file forgets the old preview
        vm.skipStaffProperty().set(false);
        vm.staffFileProperty().set("other.csv");
        assertThat(vm.staffStepComplete().get()).isFalse();
        assertThat(vm.staffPreviewProperty().get()).isNull();
    }

    @Test
    void readsWhatImportStaffReads() throws Exception {
        // MIS aliases, semicolons, Windows-1252 and an ISO date: the full staff import's reader
        Path f = dir.resolve("mis.csv");
        Files.write(f, ("Forename;Legal surname;Staff code;Staff category;Employment start;Post\n"
                + "Ren\u00e9e;Dupr\u00e9;S1;TA;2024-09-02;Teaching assistant\n").getBytes(Charset.forName("windows-1252")));
        SetupWizardViewModel vm = vm();
        vm.staffFileProperty().set(f.toString());
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).isNull();
        assertThat(vm.staffToImport()).singleElement().satisfies(r -> {
            assertThat(r.givenName()).isEqualTo("Ren\u00e9e");
            assertThat(r.familyName()).isEqualTo("Dupr\u00e9");
            assertThat(r.staffRef()).isEqualTo("S1");
            assertThat(r.startDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        });
    }

    @Test
    void problemsAreShownWithTheirLinesAndBlockTheStep() throws Exception {
        SetupWizardViewModel vm = vm();
        vm.staffFileProperty().set(file("staff.csv", "First name,Surname,Work email,Staff type,Start date\n"
                + "Ann,Lee,a@x.org,Teacher,31/02/2021\n"
                + "Bo,Ng,b@x.org,Teacher,01/09/2021\n"
                + "Cy,Ode,B@x.org,Teacher,01/09/2021\n").toString());
        vm.previewStaff();
        String error = vm.staffErrorProperty().get();
        assertThat(error.lines().toList()).hasSize(2);
        assertThat(error.lines().toList().get(0)).startsWith("staff.csv line 2: Start date: ").contains("31/02/2021");
        assertThat(error.lines().toList().get(1)).isEqualTo("staff.csv line 4: Email: 'B@x.org' is also on line 3");
        assertThat(vm.staffStepComplete().get()).isFalse();
        assertThat(vm.staffToImport()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();

        vm.staffFileProperty().set(dir.resolve("missing.csv").toString());
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).contains("missing.csv").contains("cannot be read");
        assertThat(vm.staffPreviewProperty().get()).isNull();

        vm.staffFileProperty().set(file("empty.csv", "First name,Surname,Staff type,Start date\n").toString());
        vm.previewStaff();
        assertThat(vm.staffErrorProperty().get()).isEqualTo("empty.csv line 1: file: has a header but no staff");
        assertThat(vm.staffStepComplete().get()).isFalse();
    }

    @Test
    void finishingCreatesTheSchoolFileThroughTheStaffImport() throws Exception {
        SetupWizardViewModel vm = vm();
        vm.schoolNameProperty().set("Hillside Primary");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        vm.staffFileProperty().set(file("staff.csv", "First name,Surname,Staff type,Start date\n"
                + "Ann,Lee,Teacher,01/09/2020\nNew,Starter,TA,10/11/2026\n").toString());
        vm.previewStaff();
        AtomicReference<TrackerServices> done = new AtomicReference<>();
        vm.finish(AppClock.startingAt(TODAY), done::set);
        assertThat(vm.errorProperty().get()).isNull();
        TrackerServices s = done.get();
        assertThat(s.repositories().settings().schoolName()).isEqualTo("Hillside Primary");
        assertThat(s.repositories().staff().count()).isEqualTo(2);
        long newStarter = s.repositories().staff().findAll().stream().filter(m -> m.familyName().equals("Starter")).findFirst()
                .orElseThrow().id();
        long ann = s.repositories().staff().findAll().stream().filter(m -> m.familyName().equals("Lee")).findFirst().orElseThrow().id();
        assertThat(s.repositories().induction().planId(newStarter)).as("the new starter's induction plan").isPresent();
        assertThat(s.repositories().induction().planId(ann)).as("no plan for someone who started in 2020").isEmpty();
        assertThat(s.repositories().policies().findAll()).hasSize(PolicyCatalogue.preselected(SchoolPhase.PRIMARY).size());
        assertThat(Files.exists(vm.target())).isTrue();
        s.repositories().db().close();

        // a second finish on the same file is refused with a message, not an exception
        SetupWizardViewModel again = vm();
        again.schoolNameProperty().set("Other");
        again.phaseProperty().set(SchoolPhase.PRIMARY);
        again.finish(AppClock.startingAt(TODAY), x -> { });
        assertThat(again.errorProperty().get()).startsWith("The school could not be created:").contains("already exists");
    }

    @Test
    void theSchoolsFirstRecordsAreMadeByWhoeverIsUsingTheApp() {
        SetupWizardViewModel vm = new SetupWizardViewModel(TaskExecutor.sameThread(), dir.resolve("named.db"),
                () -> new Actor("office-pc", "Jo Bloggs"));
        vm.schoolNameProperty().set("Hillside Primary");
        vm.phaseProperty().set(SchoolPhase.PRIMARY);
        AtomicReference<TrackerServices> done = new AtomicReference<>();
        vm.finish(AppClock.startingAt(TODAY), done::set);
        assertThat(vm.errorProperty().get()).isNull();
        List<AuditEntry> lines = done.get().repositories().audit().recent(1_000, null, null);
        assertThat(lines).isNotEmpty().allSatisfy(e -> {
            assertThat(e.operator()).isEqualTo("Jo Bloggs");
            assertThat(e.osUser()).isEqualTo("office-pc");
        });
        done.get().repositories().db().close();
    }
}
