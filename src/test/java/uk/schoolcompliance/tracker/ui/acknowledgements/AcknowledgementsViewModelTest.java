package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The page's view model and the session view model on the demo school, with work run on the calling thread. */
class AcknowledgementsViewModelTest {

    @TempDir
    Path dir;
    UiContext ctx;
    TrackerServices services;

    @BeforeEach
    void open() {
        services = TestDemo.open(dir);
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
    }

    @Test
    void theMatrixCountsAgreeWithTheSummary() {
        AcknowledgementsViewModel vm = new AcknowledgementsViewModel(ctx);
        vm.load();
        MatrixModel m = vm.matrixProperty().get();
        Summary s = services.compliance().summary(TestDemo.AS_OF);
        int done = 0;
        int overdue = 0;
        int due = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                switch (m.status(r, c)) {
                    case MatrixModel.DONE -> done++;
                    case MatrixModel.OVERDUE -> overdue++;
                    case MatrixModel.DUE -> due++;
                    default -> { }
                }
            }
        }
        assertThat(m.rows()).isEqualTo(s.staffInPost());
        assertThat(done).isEqualTo(s.ackDone());
        assertThat(overdue).isEqualTo(s.ackOverdue());
        assertThat(due + overdue).isEqualTo(s.ackOutstanding());
        assertThat(vm.outstanding()).hasSize(services.compliance().calculator(TestDemo.AS_OF).gaps().size());
        assertThat(vm.byPolicy().stream().mapToInt(f -> f.tally().done()).sum()).isEqualTo(s.ackDone());
        assertThat(vm.byCategory().stream().mapToInt(f -> f.tally().overdue()).sum()).isEqualTo(s.ackOverdue());
    }

    @Test
    void theOutstandingListCountsLikeTheSummaryAndListsTheAbsentApart() {
        AcknowledgementsViewModel vm = new AcknowledgementsViewModel(ctx);
        vm.load();
        Summary s = services.compliance().summary(TestDemo.AS_OF);
        assertThat(s.ackAbsent()).isPositive();
        assertThat(vm.outstandingCount()).isEqualTo(s.ackOutstanding());
        assertThat(vm.absentCount()).isEqualTo(s.ackAbsent());
        assertThat(vm.countLine()).isEqualTo(s.ackOutstanding() + " outstanding (" + s.ackOverdue() + " overdue), plus "
                + s.ackAbsent() + " on long-term absence, not chased");
        for (boolean byStaff : new boolean[] {false, true}) {
            vm.groupByStaffProperty().set(byStaff);
            List<AcknowledgementsViewModel.Group> groups = vm.groups();
            AcknowledgementsViewModel.Group last = groups.get(groups.size() - 1);
            assertThat(last.absent()).isTrue();
            assertThat(last.title()).isEqualTo("On long-term absence, not chased");
            assertThat(last.gaps()).hasSize(s.ackAbsent()).allMatch(o -> o.status() == ObligationStatus.ABSENT);
            List<AcknowledgementsViewModel.Group> chased = groups.subList(0, groups.size() - 1);
            assertThat(chased).noneMatch(AcknowledgementsViewModel.Group::absent)
                    .allSatisfy(g -> assertThat(g.gaps()).noneMatch(o -> o.status() == ObligationStatus.ABSENT));
            assertThat(chased.stream().mapToInt(g -> g.gaps().size()).sum()).isEqualTo(s.ackOutstanding());
            assertThat(chased.stream().mapToLong(AcknowledgementsViewModel.Group::overdue).sum()).isEqualTo(s.ackOverdue());
        }
        // filtered, the line counts what is listed
        vm.overdueOnlyProperty().set(true);
        assertThat(vm.countLine()).isEqualTo(s.ackOverdue() + " outstanding (" + s.ackOverdue() + " overdue), plus 0 on "
                + "long-term absence, not chased");
        assertThat(vm.groups()).noneMatch(AcknowledgementsViewModel.Group::absent);
    }

    @Test
    void filtersAndGroupsAndChasing() {
        AcknowledgementsViewModel vm = new AcknowledgementsViewModel(ctx);
        vm.load();
        vm.categoryProperty().set(StaffCategory.SUPPORT);
        assertThat(vm.outstanding()).isNotEmpty().allMatch(o -> o.staff().category() == StaffCategory.SUPPORT);
        vm.overdueOnlyProperty().set(true);
        assertThat(vm.outstanding()).allMatch(o -> o.status() == ObligationStatus.OVERDUE);
        List<AcknowledgementsViewModel.Group> byPolicy = vm.groups();
        assertThat(byPolicy.stream().mapToInt(g -> g.gaps().size()).sum()).isEqualTo(vm.outstanding().size());
        vm.groupByStaffProperty().set(true);
        List<AcknowledgementsViewModel.Group> byStaff = vm.groups();
        assertThat(byStaff).allSatisfy(g -> assertThat(g.gaps().stream().map(o -> o.staff().id()).distinct()).hasSize(1));
        vm.clearFilters();
        List<Obligation> all = List.copyOf(vm.outstanding());
        List<String> emails = AcknowledgementsViewModel.chaseEmails(all);
        assertThat(emails).doesNotHaveDuplicates().doesNotContain("j.thompson@oakfield.sch.uk"); // on long-term absence
        assertThat(AcknowledgementsViewModel.mailto(List.of("a@x.uk", "b@x.uk"), "Please read: Code of Conduct"))
                .isEqualTo("mailto:?bcc=a@x.uk,b@x.uk&subject=Please%20read%3A%20Code%20of%20Conduct");
    }

    @Test
    void aSessionTicksByTypingAndRecordsInOneGo() {
        SignOffSessionViewModel vm = new SignOffSessionViewModel(ctx);
        vm.dateProperty().set(TestDemo.AS_OF);
        Long policyId = services.repositories().policies().findByTitle("Capability Policy").orElseThrow().id();
        vm.load(policyId, () -> { });
        int names = vm.items().size();
        assertThat(names).isGreaterThan(5);
        vm.filterProperty().set("lewis");
        assertThat(vm.visible()).hasSize(1);
        assertThat(vm.tickOnlyMatch().candidate().staff().fullName()).isEqualTo("Claire Lewis");
        assertThat(vm.filterProperty().get()).isEmpty();
        vm.filterProperty().set("murphy");
        vm.tickOnlyMatch();
        assertThat(vm.tickedCountProperty().get()).isEqualTo(2);
        List<uk.schoolcompliance.tracker.domain.Acknowledgement>[] written = new List[1];
        vm.save(w -> written[0] = w);
        assertThat(written[0]).hasSize(2);
        assertThat(services.acknowledgementService().unsigned(vm.versionProperty().get().id(), TestDemo.AS_OF))
                .hasSize(names - 2);
    }
}
