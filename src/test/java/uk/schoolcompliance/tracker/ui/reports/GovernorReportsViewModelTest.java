package uk.schoolcompliance.tracker.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The Reports page for a governor's login on a trust's server (#19): its school's pack, figures only. */
class GovernorReportsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aGovernorsPreviewIsItsSchoolsPackWithTheAdminsFiguresAndNoPeople() {
        ServerAddress trust = TestServer.withTrust();
        String governor = TestServer.login("governor");
        GovernorsPack expected;
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            admin.serverAccess().grant(governor, "governor", "Brook Academy");
            expected = admin.governorsPack().build(TestDemo.AS_OF, null, false,
                    Optional.of(admin.schoolService().resolve("Brook Academy")));
        }
        try (TrackerServices gov = new TrackerServices(Database.connect(TestServer.as(trust, governor),
                TestServer.passwordOf(governor), TestDemo.CLOCK, Map.of(), dir.toString()), () -> TestDemo.ACTOR)) {
            UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
            ctx.asOfProperty().set(TestDemo.AS_OF);
            ctx.servicesProperty().set(gov);
            ReportsViewModel vm = new ReportsViewModel(ctx, dir);
            vm.refreshPreview();
            assertThat(vm.errorProperty().get()).isNull();
            GovernorsPack seen = vm.previewProperty().get();
            assertThat(seen.schoolName()).isEqualTo("Brook Academy");
            assertThat(seen.summary()).isEqualTo(expected.summary());
            assertThat(seen.byPolicy()).isEqualTo(expected.byPolicy());
            assertThat(seen.peopleWithheld()).isTrue();
            assertThat(seen.outstanding()).isEmpty();
        }
    }
}
