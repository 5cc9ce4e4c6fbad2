package uk.schoolcompliance.tracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

class DashboardViewModelTest {

    @Test
    void figuresComeFromTheCalculatorAndFollowTheDate(@TempDir Path dir) {
        TrackerServices services = TestDemo.open(dir);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        DashboardViewModel vm = new DashboardViewModel(ctx);
        vm.load();
        ComplianceCalculator calc = services.compliance().calculator(TestDemo.AS_OF);
        DashboardViewModel.Figures f = vm.figuresProperty().get();
        assertThat(f.summary()).isEqualTo(calc.summary());
        assertThat(vm.summaryProperty().get()).isEqualTo(calc.summary());
        assertThat(f.byPolicy()).hasSize(Math.min(DashboardViewModel.POLICIES_CHARTED, calc.tallyByPolicy().size()));
        double lowest = calc.tallyByPolicy().values().stream().mapToDouble(t -> t.percent()).min().orElseThrow();
        assertThat(f.byPolicy().get(0).percent()).isEqualTo(lowest);
        assertThat(f.byPolicy()).isSortedAccordingTo(java.util.Comparator.comparingDouble(DashboardViewModel.Rate::percent));
        assertThat(f.byCategory()).extracting(DashboardViewModel.Rate::required)
                .containsExactlyElementsOf(calc.tallyByCategory().values().stream().map(t -> t.inScope()).toList());
        assertThat(f.warnings()).isEqualTo(calc.dataWarnings());
        // reviews per term: the overdue bar, then six terms from Autumn 2026
        assertThat(f.reviewsPerTerm()).hasSize(1 + DashboardViewModel.TERMS_SHOWN);
        assertThat(f.reviewsPerTerm().get(0).count()).isEqualTo(calc.summary().reviewsOverdue());
        assertThat(f.reviewsPerTerm().get(1).label()).isEqualTo("Autumn 2026");
        long dated = calc.reviewStandings().stream().filter(s -> s.status() != ReviewStatus.OVERDUE && s.nextDue() != null
                && s.nextDue().isBefore(java.time.LocalDate.of(2028, 9, 1))).count();
        assertThat(f.reviewsPerTerm().stream().skip(1).mapToInt(DashboardViewModel.TermCount::count).sum())
                .isEqualTo((int) dated);

        ctx.asOfProperty().set(java.time.LocalDate.of(2026, 6, 1));
        vm.load();
        assertThat(vm.figuresProperty().get().summary().asOf()).isEqualTo(java.time.LocalDate.of(2026, 6, 1));
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aGroupWithNothingToCountIsNotChartedAsAFullGreenBar() {
        var d = (java.util.function.Function<String, java.time.LocalDate>) java.time.LocalDate::parse;
        var p = new uk.schoolcompliance.tracker.domain.Policy(1, 1L, "Code of Conduct", "C1", "HR", true, null, null, 12,
                null, null, null, uk.schoolcompliance.tracker.domain.PolicyStatus.ACTIVE,
                uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF);
        var teacher = new uk.schoolcompliance.tracker.domain.StaffMember(1, 1, "Ann", "Lee", "R1", "a@x.uk",
                uk.schoolcompliance.tracker.domain.StaffCategory.TEACHER, "Teacher", d.apply("2020-01-01"), null, null, null);
        // the only support worker is on long-term absence: 0 of 0 for that category, and no bar at 100 %
        var away = new uk.schoolcompliance.tracker.domain.StaffMember(2, 1, "Bo", "Ng", "R2", "b@x.uk",
                uk.schoolcompliance.tracker.domain.StaffCategory.SUPPORT, "Office", d.apply("2020-01-01"), null,
                d.apply("2026-05-01"), null);
        var v = new uk.schoolcompliance.tracker.domain.PolicyVersion(10, 1, "1.0", null, null, null, "FGB",
                d.apply("2025-09-01"), null, d.apply("2025-09-01"), null, true);
        var data = new uk.schoolcompliance.tracker.domain.SchoolData(java.util.List.of(teacher, away), java.util.List.of(p),
                java.util.List.of(v), java.util.List.of(), java.util.List.of(), java.util.Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, d.apply("2026-06-01"));
        assertThat(calc.tallyByCategory()).containsKey(uk.schoolcompliance.tracker.domain.StaffCategory.SUPPORT);
        DashboardViewModel.Figures f = DashboardViewModel.compute(calc);
        assertThat(f.byCategory()).extracting(DashboardViewModel.Rate::label).containsExactly("Teacher");
        assertThat(f.byPolicy()).extracting(DashboardViewModel.Rate::percent).containsExactly(0.0);
    }

    @Test
    void whatNeedsDoingThisWeekIsOrderedByUrgencyAndEachLineOpensItsList(@TempDir Path dir) {
        TrackerServices services = TestDemo.open(dir);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        DashboardViewModel vm = new DashboardViewModel(ctx);
        vm.load();
        java.util.List<DashboardViewModel.Job> jobs = vm.figuresProperty().get().thisWeek();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        services.compliance().calculator(TestDemo.AS_OF).data().policies().forEach(p -> ids.put(p.title(), p.id()));
        long chloe = services.repositories().staff().findAll().stream().filter(s -> s.fullName().equals("Chloe Allen")).findFirst()
                .orElseThrow().id();
        assertThat(jobs).hasSize(16);
        assertThat(jobs.get(0)).isEqualTo(new DashboardViewModel.Job(uk.schoolcompliance.tracker.app.ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE,
                "Statutory review overdue: Complaints Procedure (was due 14/06/2026)",
                uk.schoolcompliance.tracker.ui.Drill.policy(uk.schoolcompliance.tracker.ui.Drill.Kind.REVIEWS_OVERDUE,
                        ids.get("Complaints Procedure"))));
        assertThat(jobs.get(5)).isEqualTo(new DashboardViewModel.Job(uk.schoolcompliance.tracker.app.ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE,
                "Intimate Care Policy: 6 people have not signed it (overdue since 31/03/2025)",
                uk.schoolcompliance.tracker.ui.Drill.policy(uk.schoolcompliance.tracker.ui.Drill.Kind.ACKS_OVERDUE,
                        ids.get("Intimate Care Policy"))));
        assertThat(jobs.get(11)).isEqualTo(new DashboardViewModel.Job(uk.schoolcompliance.tracker.app.ThisWeek.Kind.INDUCTION_OVERDUE,
                "Chloe Allen: 5 induction items overdue (since 19/10/2026)",
                uk.schoolcompliance.tracker.ui.Drill.staff(uk.schoolcompliance.tracker.ui.Drill.Kind.INDUCTIONS_IN_PROGRESS, chloe)));
        assertThat(jobs.get(14)).isEqualTo(new DashboardViewModel.Job(uk.schoolcompliance.tracker.app.ThisWeek.Kind.DATA_WARNING,
                "Social Media Policy: next review due 30/09/2026 is in the same month as the last review 01/09/2026",
                new uk.schoolcompliance.tracker.ui.Destination.PolicyRecord(ids.get("Social Media Policy"))));
        assertThat(jobs.get(15)).isEqualTo(new DashboardViewModel.Job(uk.schoolcompliance.tracker.app.ThisWeek.Kind.DATA_WARNING,
                "1 person in post has no email address",
                uk.schoolcompliance.tracker.ui.Drill.of(uk.schoolcompliance.tracker.ui.Drill.Kind.STAFF_NO_EMAIL)));
        assertThat(java.util.List.of(jobs.get(0), jobs.get(5), jobs.get(11), jobs.get(14), jobs.get(15)))
                .extracting(j -> j.destination().section())
                .containsExactly(uk.schoolcompliance.tracker.ui.Section.REVIEWS, uk.schoolcompliance.tracker.ui.Section.ACKNOWLEDGEMENTS,
                        uk.schoolcompliance.tracker.ui.Section.INDUCTION, uk.schoolcompliance.tracker.ui.Section.POLICIES,
                        uk.schoolcompliance.tracker.ui.Section.STAFF);
        // urgency order: kinds never go back
        assertThat(jobs).extracting(DashboardViewModel.Job::kind).isSorted();
        assertThat(vm.figuresProperty().get().warningJobs()).hasSize(vm.figuresProperty().get().warnings().size());
        // each bar of the policy chart opens that policy's outstanding list
        DashboardViewModel.Rate lowest = vm.figuresProperty().get().byPolicy().get(0);
        assertThat(lowest.drill()).isEqualTo(uk.schoolcompliance.tracker.ui.Drill.policy(
                uk.schoolcompliance.tracker.ui.Drill.Kind.ACKS_OUTSTANDING, ids.get(lowest.label())));
    }

    @Test
    void oneOverdueItemOrPersonIsSingular() {
        var item = new uk.schoolcompliance.tracker.app.ThisWeek.Item(uk.schoolcompliance.tracker.app.ThisWeek.Kind.INDUCTION_OVERDUE,
                "Ann Lee", 1, java.time.LocalDate.of(2026, 11, 2), null, 7L, null);
        assertThat(DashboardViewModel.job(item).text()).isEqualTo("Ann Lee: 1 induction item overdue (since 02/11/2026)");
        var ack = new uk.schoolcompliance.tracker.app.ThisWeek.Item(uk.schoolcompliance.tracker.app.ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE,
                "KCSIE", 1, java.time.LocalDate.of(2026, 9, 15), 3L, null, null);
        assertThat(DashboardViewModel.job(ack).text()).isEqualTo("KCSIE: 1 person has not signed it (overdue since 15/09/2026)");
    }
}
