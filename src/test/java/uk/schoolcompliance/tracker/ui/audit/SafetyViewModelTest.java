package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.RestorePlan;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The window's restore and subject access actions, through the view model the dialogs use. */
class SafetyViewModelTest {

    @TempDir
    Path dir;

    private UiContext ctx;

    private AuditViewModel vm(TrackerServices s) {
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        return new AuditViewModel(ctx, ZoneOffset.UTC);
    }

    private static StaffMember leaverErasedAfter(TrackerServices s) {
        StaffMember m = s.repositories().staff().findAll().stream().filter(x -> x.leaveDate() == null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        StaffMember leaver = s.repositories().staff().update(m.withLeaveDate(LocalDate.of(2018, 7, 31)));
        s.retention().erase(List.of(leaver.id()));
        return leaver;
    }

    @Test
    void restoreListsTheErasureAndErasesAgainByDefault() {
        TrackerServices s = TestDemo.open(dir);
        AuditViewModel vm = vm(s);
        StaffMember m = s.repositories().staff().findAll().stream().filter(x -> x.leaveDate() == null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        s.repositories().staff().update(m.withLeaveDate(LocalDate.of(2018, 7, 31)));
        s.retention().erase(List.of(m.id()));
        Backup beforeErasure = s.backups().list().stream().filter(b -> b.reason().equals("before-erasure")).findFirst()
                .orElseThrow();

        List<RestorePlan> plans = new ArrayList<>();
        vm.planRestore(beforeErasure.file(), plans::add);
        assertThat(vm.errorProperty().get()).isNull();
        RestorePlan plan = plans.get(0);
        assertThat(plan.needsConfirmation()).isTrue();
        assertThat(plan.erasures()).extracting(RestorePlan.Erasure::staffId).containsExactly(m.id());
        assertThat(plan.lines(true, ZoneId.systemDefault())).contains("  - erasure of person #" + m.id()
                + " (left on 31/07/2018, erased on 24/11/2026): re-applied after restoring");

        String[] done = new String[1];
        vm.restore(beforeErasure.file(), plan, true, message -> done[0] = message);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(done[0]).contains("before-restore").endsWith("1 person erased since the backup was erased again.");
        TrackerServices reopened = ctx.services();
        assertThat(reopened).isNotSameAs(s);
        assertThat(reopened.repositories().staff().findById(m.id()).orElseThrow().fullName()).isEqualTo("Erased person #" + m.id());
        assertThat(reopened.repositories().auditQueries().search(new AuditFilter("database", null, null, null, null, 5)))
                .first().satisfies(r -> assertThat(r.entry().action()).isEqualTo("restore"));
    }

    @Test
    void notErasingAgainIsAChoiceTheStatusStates() {
        TrackerServices s = TestDemo.open(dir);
        AuditViewModel vm = vm(s);
        Backup b = s.backups().backupNow();
        StaffMember leaver = leaverErasedAfter(s);
        List<RestorePlan> plans = new ArrayList<>();
        vm.planRestore(b.file(), plans::add);
        String[] done = new String[1];
        vm.restore(b.file(), plans.get(0), false, message -> done[0] = message);
        assertThat(done[0]).endsWith("1 person erased since the backup was not erased again: their details are back.");
        assertThat(ctx.services().repositories().staff().findById(leaver.id()).orElseThrow().familyName())
                .isEqualTo(leaver.familyName());
    }

    @Test
    void aRestoreConfirmedOnAListIsRefusedWhenTheDatabaseChangedSince() {
        TrackerServices s = TestDemo.open(dir);
        AuditViewModel vm = vm(s);
        Backup b = s.backups().backupNow();
        leaverErasedAfter(s);
        List<RestorePlan> plans = new ArrayList<>();
        vm.planRestore(b.file(), plans::add);
        // another change after the list was shown
        long school = s.repositories().settings().schoolId().orElseThrow();
        s.repositories().staff().insert(new StaffMember(0, school, "Late", "Arrival", null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2026, 11, 1), null, null, null));
        int before = s.repositories().audit().count();
        String[] done = new String[1];
        vm.restore(b.file(), plans.get(0), true, message -> done[0] = message);
        assertThat(done[0]).isNull();
        assertThat(vm.errorProperty().get()).contains("changed since the list of what the restore would undo was made");
        assertThat(ctx.services()).isSameAs(s);
        assertThat(s.repositories().audit().count()).isEqualTo(before);
        assertThat(s.backups().list()).noneMatch(x -> x.reason().equals("before-restore"));
    }

    @Test
    void theSubjectAccessDialogIdentifiesByTheOneRule() {
        TrackerServices s = TestDemo.open(dir);
        AuditViewModel vm = vm(s);
        StaffMember sarah = s.repositories().staff().findByRef("P10237").orElseThrow();
        List<StaffMember> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        vm.identifyStaff("S.WHITFIELD@oakfield.SCH.uk", found::add, problems::add);
        vm.identifyStaff("#" + sarah.id(), found::add, problems::add);
        assertThat(found).containsExactly(sarah, sarah);
        vm.identifyStaff("CAR", found::add, problems::add);
        vm.identifyStaff(String.valueOf(sarah.id()), found::add, problems::add);
        vm.identifyStaff("Whitfield", found::add, problems::add);
        assertThat(found).hasSize(2);
        assertThat(problems).containsExactly("Staff member: no staff member with the staff reference 'CAR'",
                "Staff member: no staff member with the staff reference '" + sarah.id() + "'",
                "Staff member: no staff member with the staff reference 'Whitfield'");
    }

    @Test
    void theOfferToRestoreADatabaseThatCannotBeOpenedIsAuditedToo() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path file = s.repositories().db().file();
        s.backups().backupNow();
        try (var c = s.repositories().db().newConnection(); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        s.repositories().db().close();
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        uk.schoolcompliance.tracker.ui.MainViewModel main = new uk.schoolcompliance.tracker.ui.MainViewModel(ctx);
        main.open(file, false);
        var offer = main.restoreOfferProperty().get();
        assertThat(offer).isNotNull();
        main.acceptRestore(offer);
        TrackerServices reopened = ctx.services();
        assertThat(reopened).isNotNull();
        var line = reopened.repositories().auditQueries().search(new AuditFilter("database", null, null, null, null, 5)).get(0);
        assertThat(line.entry().action()).isEqualTo("restore");
        assertThat(line.entry().after()).contains("\"database\":\"unreadable\"");
    }
}
