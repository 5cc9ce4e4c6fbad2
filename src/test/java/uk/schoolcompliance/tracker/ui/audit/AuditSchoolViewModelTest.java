package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Issue 16: the Audit log page follows the school chosen in the top bar. */
class AuditSchoolViewModelTest {

    @TempDir
    Path dir;

    @Test
    void thePageShowsTheChosenSchoolsEntriesOnly() {
        TrackerServices s = TestDemo.openTrust(dir);
        List<School> choices = s.schoolService().choices();
        School a = choices.get(0);
        School b = choices.get(1);
        StaffMember inA = s.staffService().create(new StaffMember(0, a.id(), "Ada", "Auditson", null, null,
                StaffCategory.TEACHER, null, LocalDate.of(2026, 1, 5), null, null, null), TestDemo.AS_OF);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        AuditViewModel vm = new AuditViewModel(ctx, ZoneOffset.UTC);
        vm.refresh();
        assertThat(vm.rows()).anyMatch(r -> r.source().entry().entity().equals("staff") && r.source().entry().entityId() == inA.id());
        ctx.schoolProperty().set(b);
        vm.refresh();
        assertThat(vm.rows()).noneMatch(r -> r.source().entry().entity().equals("staff") && r.source().entry().entityId() == inA.id());
        ctx.schoolProperty().set(a);
        vm.refresh();
        assertThat(vm.rows()).anyMatch(r -> r.source().entry().entity().equals("staff") && r.source().entry().entityId() == inA.id());
        assertThat(vm.rows()).noneMatch(r -> r.source().entry().entity().equals("database"));
    }
}
