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
}
