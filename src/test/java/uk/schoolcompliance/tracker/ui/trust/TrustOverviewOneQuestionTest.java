package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.dashboard.DashboardViewModel;

/**
 * Issue #17: the trust dashboard asks for its per-school figures once. The overview's rows and the heat map are made
 * from one answer ({@code SchoolService.trustFigures}: one grouped school x policy query), and both agree with the
 * Java rules on each school's part of the file.
 */
class TrustOverviewOneQuestionTest {

    @TempDir
    Path dir;

    @Test
    void theRowsAndTheHeatMapComeFromOneQuestionAndAgreeWithTheJavaRules() {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        for (LocalDate d : List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(4))) {
            AtomicInteger asked = new AtomicInteger();
            TrustOverviewModel.Overview o = TrustOverviewModel.overview(day -> {
                asked.incrementAndGet();
                return services.schoolService().trustFigures(day);
            }, d, services.allPolicies().size());
            assertThat(asked.get()).as("the dashboard asks once for both the rows and the heat map").isEqualTo(1);
            assertThat(o.rows()).extracting(TrustOverviewModel.Row::name).containsExactlyInAnyOrder("Brook Academy",
                    "Castle High School", "Central team", "Ashby Primary Academy");
            assertThat(o.heat()).as("a small trust: the heat map is drawn").isNotNull();

            // the reference: the Java rules on each entry's part of a full snapshot
            SchoolData full = services.compliance().loadFresh();
            List<School> choices = services.schoolService().choices();
            assertThat(o.heat().schools()).isEqualTo(choices.stream().map(School::name).toList());
            for (TrustOverviewModel.Row r : o.rows()) {
                ComplianceCalculator ref = new ComplianceCalculator(full.forSchool(r.school()), d);
                assertThat(r.figures().summary()).as(r.name() + " on " + d).isEqualTo(ref.summary());
            }
            for (int row = 0; row < choices.size(); row++) {
                Map<Policy, Tally> ref = new ComplianceCalculator(full.forSchool(choices.get(row)), d).tallyByPolicy();
                for (int c = 0; c < o.heat().policies().size(); c++) {
                    String title = o.heat().policies().get(c);
                    Optional<Tally> t = ref.entrySet().stream().filter(e -> e.getKey().title().equals(title))
                            .map(Map.Entry::getValue).findFirst();
                    Double expected = t.isPresent() && t.get().inScope() > 0 ? t.get().percent() : null;
                    assertThat(o.heat().rates()[row][c]).as(choices.get(row).name() + " x " + title + " on " + d)
                            .isEqualTo(expected);
                    assertThat(o.heat().required()[row][c]).isEqualTo(expected == null ? 0 : t.get().inScope());
                }
            }
            List<String> titles = new ArrayList<>();
            choices.forEach(s -> new ComplianceCalculator(full.forSchool(s), d).tallyByPolicy().keySet().stream()
                    .filter(p -> !titles.contains(p.title())).forEach(p -> titles.add(p.title())));
            assertThat(o.heat().policies()).containsExactlyInAnyOrderElementsOf(titles);
        }
    }

    @Test
    void theDashboardShowsTheSameOverviewAndNoneForOneSchool() {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        DashboardViewModel vm = new DashboardViewModel(ctx);
        vm.load();
        TrustOverviewModel.Overview shown = vm.trustOverviewProperty().get();
        TrustOverviewModel.Overview once = TrustOverviewModel.overview(services.schoolService()::trustFigures,
                TestDemo.AS_OF, services.allPolicies().size());
        assertThat(shown.rows()).isEqualTo(once.rows());
        assertThat(shown.heat().schools()).isEqualTo(once.heat().schools());
        assertThat(shown.heat().policies()).isEqualTo(once.heat().policies());
        assertThat(shown.heat().rates()).isDeepEqualTo(once.heat().rates());
        assertThat(SchoolHeatMap.compute(services, TestDemo.AS_OF).rates()).isDeepEqualTo(once.heat().rates());

        ctx.schoolProperty().set(services.schoolService().choices().get(0));
        vm.load();
        assertThat(vm.trustOverviewProperty().get().rows()).as("one school chosen: no overview").isEmpty();
    }
}
