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
}
