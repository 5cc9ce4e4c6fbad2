package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.SettingsRepository;

class SchoolSetupServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private static final String HEADER = "First name,Surname,Work email,Staff type,Start date\n";

    /** A staff list as the wizard keeps it after the preview. */
    private static SchoolSetupService.StaffList staff(String... lines) {
        return new SchoolSetupService.StaffList("staff.csv",
                (HEADER + String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private SchoolSetupService.SchoolSetup setup(SchoolSetupService.StaffList staff) {
        return new SchoolSetupService.SchoolSetup("  Hillside Primary School ", SchoolPhase.PRIMARY, 21, staff,
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY));
    }

    @Test
    void createsTheSchoolWithItsGracePeriodStaffAndPoliciesInANewFile() {
        Path file = dir.resolve("school/tracker.db");
        SchoolSetupService.StaffList staff = staff("Ann,Lee,ann@x.org,Teacher,01/09/2020", "Bo,Ng,,Support,01/09/2020",
                "Cat,New,cat@x.org,TA,03/11/2026");
        TrackerServices s = TrackerServices.createSchool(file, TestDemo.ACTOR, setup(staff), AppClock.startingAt(TODAY));
        assertThat(file).exists();
        assertThat(s.repositories().settings().schoolName()).isEqualTo("Hillside Primary School");
        assertThat(s.repositories().settings().schoolPhase()).contains("primary");
        assertThat(s.repositories().settings().graceDays()).isEqualTo(21);
        assertThat(s.repositories().settings().get(SchoolSetupService.SETUP_COMPLETED_ON)).contains("2026-11-24");
        long schoolId = s.repositories().settings().schoolId().orElseThrow();
        assertThat(s.repositories().staff().findAll()).hasSize(3).allSatisfy(m -> assertThat(m.schoolId()).isEqualTo(schoolId));
        // the staff import made the new starter's induction plan, and only hers
        StaffMember cat = s.repositories().staff().findAll().stream().filter(m -> m.givenName().equals("Cat")).findFirst().orElseThrow();
        assertThat(cat.category()).isEqualTo(StaffCategory.TEACHING_ASSISTANT);
        assertThat(s.repositories().induction().planId(cat.id())).isPresent();
        assertThat(s.repositories().staff().findAll().stream().filter(m -> s.repositories().induction().planId(m.id()).isPresent())).hasSize(1);
        assertThat(s.repositories().audit().recent(50, null, null)).anySatisfy(e -> assertThat(e.action()).isEqualTo("import"));
        List<Policy> policies = s.repositories().policies().findAll();
        int expected = PolicyCatalogue.preselected(SchoolPhase.PRIMARY).size();
        assertThat(policies).hasSize(expected).allSatisfy(p -> {
            assertThat(p.statutory()).isTrue();
            assertThat(p.schoolId()).isEqualTo(schoolId);
            assertThat(p.referenceCode()).isNotBlank();
        });
        s.repositories().db().close();
        var reopened = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(reopened.repositories().staff().count()).isEqualTo(3);
    }

    @Test
    void theResultCountsStaffPlansAndPolicies() {
        Path other = dir.resolve("r2.db");
        TrackerServices t = TrackerServices.open(other, TestDemo.ACTOR, TestDemo.CLOCK);
        SchoolSetupService.Result r = t.schoolSetup().setUp(setup(staff("Ann,Lee,,Teacher,01/09/2020",
                "Cat,New,,TA,03/11/2026")), TODAY);
        assertThat(r).isEqualTo(new SchoolSetupService.Result(r.schoolId(), 2, 1,
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY).size()));
    }

    @Test
    void theChecklistShowsWhatIsLeftAndCanBeHidden() {
        Path file = dir.resolve("tracker.db");
        TrackerServices s = TrackerServices.createSchool(file, TestDemo.ACTOR,
                setup(staff("Ann,Lee,,Teacher,01/09/2020")), AppClock.startingAt(TODAY));
        int policies = s.repositories().policies().findAll().size();
        List<SchoolSetupService.NextStep> steps = s.schoolSetup().nextSteps(TODAY);
        assertThat(steps).extracting(SchoolSetupService.NextStep::step).containsExactly(SchoolSetupService.Step.ADD_STAFF,
                SchoolSetupService.Step.UPLOAD_DOCUMENTS, SchoolSetupService.Step.RECORD_APPROVALS,
                SchoolSetupService.Step.RECORD_ACKNOWLEDGEMENTS);
        assertThat(steps.get(0).done()).isTrue();
        assertThat(steps.get(1)).isEqualTo(new SchoolSetupService.NextStep(SchoolSetupService.Step.UPLOAD_DOCUMENTS,
                policies, policies, false));
        assertThat(steps.get(2).outstanding()).isEqualTo(policies);
        assertThat(steps.get(3).done()).isFalse();

        // one policy gets an approved version with its document: both counts drop by one
        Policy first = s.repositories().policies().findByTitle("Child Protection and Safeguarding Policy").orElseThrow();
        s.repositories().versions().insert(new PolicyVersion(0, first.id(), "1.0", null, null, null, "FGB", TODAY.minusDays(30), "M1",
                TODAY.minusDays(30), "", true), new uk.schoolcompliance.tracker.store.VersionRepository.Document(
                "p.txt", "text/plain", "text".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        steps = s.schoolSetup().nextSteps(TODAY);
        assertThat(steps.get(1).outstanding()).isEqualTo(policies - 1);
        assertThat(steps.get(2).outstanding()).isEqualTo(policies - 1);
        assertThat(steps.get(3).total()).isGreaterThan(0);

        s.schoolSetup().hideChecklist();
        assertThat(s.schoolSetup().nextSteps(TODAY)).isEmpty();
    }

    @Test
    void withNoStaffTheFirstStepIsOpen() {
        TrackerServices s = TrackerServices.createSchool(dir.resolve("t.db"), TestDemo.ACTOR, setup(null), AppClock.startingAt(TODAY));
        assertThat(s.schoolSetup().nextSteps(TODAY).get(0))
                .isEqualTo(new SchoolSetupService.NextStep(SchoolSetupService.Step.ADD_STAFF, 1, 1, false));
    }

    @Test
    void theDemoSchoolHasNoChecklist() {
        assertThat(TestDemo.open(dir).schoolSetup().nextSteps(TestDemo.AS_OF)).isEmpty();
    }

    @Test
    void refusesAnExistingFileAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("tracker.db");
        Files.writeString(file, "not ours");
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, setup(null), AppClock.startingAt(TODAY)))
                .isInstanceOf(UserException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("not ours");
    }

    @Test
    void aFailedSetUpSavesNothingAndRemovesTheNewFile() {
        Path file = dir.resolve("tracker.db");
        var twice = staff("Ann,Lee,a@x.org,Teacher,01/09/2020", "Bo,Ng,A@x.org,Teacher,01/09/2020");
        assertThatThrownBy(() -> TrackerServices.createSchool(file, TestDemo.ACTOR, setup(twice), AppClock.startingAt(TODAY)))
                .isInstanceOf(UserException.class)
                .hasMessage("staff.csv line 3: Email: 'A@x.org' is also on line 2 (1 problem(s); nothing was saved)");
        assertThat(file).doesNotExist();
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void checksTheAnswers() {
        assertThat(SchoolSetupService.problem(" ", SchoolPhase.PRIMARY, 14)).contains("School name: is empty");
        assertThat(SchoolSetupService.problem("x".repeat(121), SchoolPhase.PRIMARY, 14)).isPresent();
        assertThat(SchoolSetupService.problem("A", null, 14)).contains("Phase: choose one");
        assertThat(SchoolSetupService.problem("A", SchoolPhase.TRUST, -1)).isPresent();
        assertThat(SchoolSetupService.problem("A", SchoolPhase.TRUST, 121)).isPresent();
        assertThat(SchoolSetupService.problem("A", SchoolPhase.TRUST, 0)).isEmpty();
        assertThat(SchoolSetupService.problem("A", SchoolPhase.TRUST, 120)).isEmpty();
    }

    @Test
    void refusesToSetUpOverASchoolThatHasData() {
        TrackerServices demo = TestDemo.open(dir);
        assertThatThrownBy(() -> demo.schoolSetup().setUp(setup(null), TODAY))
                .isInstanceOf(UserException.class).hasMessageContaining("already holds a school");
        assertThat(demo.repositories().settings().get(SettingsRepository.GRACE_DAYS)).contains("14");
    }

    // ---- existing staff already inducted

    private SchoolSetupService.SchoolSetup sample(uk.schoolcompliance.tracker.domain.InductionCutoff induction) {
        String file = uk.schoolcompliance.tracker.StaffFiles.sampleStaff()
                + "Nadia,Qureshi,P10600,n.qureshi@oakfield.sch.uk,Teacher,Class teacher,04/01/2027,,,\n";
        return new SchoolSetupService.SchoolSetup("Oakfield", SchoolPhase.PRIMARY, 14,
                new SchoolSetupService.StaffList("staff.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY), induction);
    }

    @Test
    void existingStaffCanBeTakenAsInductedSoNoneOfThemIsOverdue() {
        // before: the usual rule gave the four who started in the last 60 days plans already overdue
        TrackerServices usual = TrackerServices.createSchool(dir.resolve("usual.db"), TestDemo.ACTOR, sample(null),
                AppClock.startingAt(TODAY));
        assertThat(usual.compliance().summary(TODAY).inductionOverdueItems()).isEqualTo(57);

        TrackerServices s = TrackerServices.createSchool(dir.resolve("t.db"), TestDemo.ACTOR,
                sample(new uk.schoolcompliance.tracker.domain.InductionCutoff(TODAY)), AppClock.startingAt(TODAY));
        assertThat(s.compliance().summary(TODAY).inductionOverdueItems()).isZero();
        // nobody in post has a plan; the January starter still gets hers
        List<StaffMember> withPlans = s.repositories().staff().findAll().stream().filter(m -> s.repositories().induction().planId(m.id()).isPresent()).toList();
        assertThat(withPlans).extracting(StaffMember::fullName).containsExactly("Nadia Qureshi");
        // the choice is in the audit log with the import
        assertThat(s.repositories().audit().recent(5, "staff_import", null)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"inductedBefore\":\"2026-11-24\""));
    }

    @Test
    void aCutOffDateMovesTheLineAndNobodyMeansEveryoneGetsAPlan() {
        // started on or after 01/11/2026: Megan Robinson (02/11), Ben Wilson (16/11) and the January starter
        TrackerServices s = TrackerServices.createSchool(dir.resolve("a.db"), TestDemo.ACTOR,
                sample(new uk.schoolcompliance.tracker.domain.InductionCutoff(LocalDate.of(2026, 11, 1))),
                AppClock.startingAt(TODAY));
        assertThat(s.repositories().staff().findAll().stream().filter(m -> s.repositories().induction().planId(m.id()).isPresent())
                .map(StaffMember::fullName)).containsExactlyInAnyOrder("Megan Robinson", "Ben Wilson", "Nadia Qureshi");

        TrackerServices all = TrackerServices.createSchool(dir.resolve("b.db"), TestDemo.ACTOR,
                sample(uk.schoolcompliance.tracker.domain.InductionCutoff.NOBODY), AppClock.startingAt(TODAY));
        // everyone who has not left: 49 in the file, two leavers, plus the January starter
        assertThat(all.repositories().staff().findAll().stream().filter(m -> all.repositories().induction().planId(m.id()).isPresent())).hasSize(48);

        assertThatThrownBy(() -> TrackerServices.createSchool(dir.resolve("c.db"), TestDemo.ACTOR,
                sample(new uk.schoolcompliance.tracker.domain.InductionCutoff(TODAY.plusDays(1))), AppClock.startingAt(TODAY)))
                .isInstanceOf(UserException.class).hasMessage("Inducted before: 25/11/2026 is after today (24/11/2026)");
        assertThat(dir.resolve("c.db")).doesNotExist();
    }
}
