package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * Who did it, on the audit page (#19): on a trust's server the login that wrote the line (audit_log.login, filled by
 * the database from session_user) beside the operator name, and a filter by it; on a file the computer's user, as
 * before.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AuditLoginViewModelTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void theWhoColumnIsTheServersLoginOrTheComputersUser() {
        TrackerServices s = store.demo(dir);
        StaffMember m = s.repositories().staff().findAll().get(0);
        s.repositories().staff().update(m.withLeaveDate(LocalDate.of(2026, 12, 31)));
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        AuditViewModel vm = new AuditViewModel(ctx, ZoneOffset.UTC);
        vm.refresh();
        AuditViewModel.Row newest = vm.rows().get(0);
        assertThat(newest.record()).isEqualTo(m.fullName());
        assertThat(newest.operator()).isEqualTo("Test Operator");
        assertThat(newest.osUser()).isEqualTo("test-user");
        String login = s.repositories().auditQueries().search(AuditFilter.all(1)).get(0).entry().login();
        if (store == StoreKind.POSTGRESQL) {
            assertThat(login).isEqualTo("postgres"); // the tests' server login, whatever the app sent
            assertThat(newest.who()).isEqualTo("postgres");
            assertThat(vm.whoIsLogin()).isTrue();
            assertThat(vm.users()).contains("postgres", "Test Operator");
            vm.userProperty().set("postgres");
            vm.refresh();
            assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.who().equals("postgres"));
        } else {
            assertThat(login).isNull();
            assertThat(newest.who()).isEqualTo("test-user");
            assertThat(vm.whoIsLogin()).isFalse();
            assertThat(vm.users()).contains("test-user", "Test Operator").doesNotContain("postgres");
        }
    }
}
