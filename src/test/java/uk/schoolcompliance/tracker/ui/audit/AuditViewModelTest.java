package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.RetentionService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

class AuditViewModelTest {

    @TempDir
    Path dir;

    private AuditViewModel vm(TrackerServices s) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        return new AuditViewModel(ctx, ZoneOffset.UTC);
    }

    @Test
    void listsNewestFirstFiltersAndShowsBeforeAndAfter() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember m = s.repositories().staff().findAll().get(0);
        s.repositories().staff().update(m.withLeaveDate(LocalDate.of(2026, 12, 31)));
        AuditViewModel vm = vm(s);
        vm.refresh();
        int all = vm.rows().size();
        assertThat(all).isEqualTo(Math.min(s.repositories().audit().count(), AuditViewModel.LIMIT));
        AuditViewModel.Row newest = vm.rows().get(0);
        assertThat(newest.record()).isEqualTo(m.fullName());
        assertThat(newest.action()).isEqualTo("update");
        assertThat(newest.summary()).isEqualTo("Leave date: (none) → 31/12/2026");
        assertThat(newest.osUser()).isEqualTo("test-user");
        assertThat(newest.operator()).isEqualTo("Test Operator");
        assertThat(vm.entities()).contains("staff", "acknowledgement");
        assertThat(vm.users()).contains("test-user", "Test Operator");

        vm.selectedProperty().set(newest);
        assertThat(vm.changes().get(0).field()).isEqualTo("Leave date");
        assertThat(vm.changes().get(0).before()).isEmpty();
        assertThat(vm.changes().get(0).after()).isEqualTo("31/12/2026");
        assertThat(vm.changes().get(0).changed()).isTrue();

        vm.entityProperty().set("staff");
        vm.refresh();
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.source().entry().entity().equals("staff"));
        assertThat(vm.selectedProperty().get()).as("the selection survives a refresh").isNotNull();
        vm.textProperty().set(m.familyName());
        vm.refresh();
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.record().contains(m.familyName())
                || r.source().entry().after().contains(m.familyName())
                || (r.source().entry().before() != null && r.source().entry().before().contains(m.familyName())));
        vm.fromProperty().set(TestDemo.AS_OF.plusDays(1));
        vm.refresh();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("0 entries, newest first");
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(all);
    }

    @Test
    void searchIsLiveAndFindsAPersonsTicksAndSignOffsAsWellAsTheirRecord() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember megan = s.repositories().staff().findAll().stream().filter(m -> m.fullName().equals("Megan Robinson"))
                .findFirst().orElseThrow();
        s.repositories().staff().update(megan.withJobTitle("Head of Year"));
        AuditViewModel vm = vm(s);
        vm.refresh();
        int all = vm.rows().size();
        List<Runnable> waiting = new ArrayList<>();
        vm.debounceSearch(waiting::add);

        vm.textProperty().set("Megan Robinson"); // typed: no Enter, no button
        assertThat(vm.rows()).as("asked once the typing pauses, not at each key").hasSize(all);
        assertThat(waiting).hasSize(1);
        waiting.get(0).run();
        assertThat(vm.rows()).extracting(AuditViewModel.Row::record)
                .contains("Megan Robinson", "Induction: Megan Robinson — Meet the designated safeguarding lead")
                .anyMatch(r -> r.startsWith("Acknowledgement: Megan Robinson — "))
                .allMatch(r -> r.contains("Megan Robinson"));
        assertThat(vm.rows().get(0).summary()).isEqualTo("Job title: " + megan.jobTitle() + " → Head of Year");
        assertThat(vm.statusProperty().get()).isEqualTo(vm.rows().size() + " entries, newest first");

        // an answer to an older question arriving after a newer one is dropped
        List<Runnable> answers = new ArrayList<>();
        UiContext ctx = new UiContext(new TaskExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                answers.add(() -> ok.accept(result));
            }
        }, TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        AuditViewModel slow = new AuditViewModel(ctx, ZoneOffset.UTC);
        slow.textProperty().set("a");
        slow.textProperty().set("Megan Robinson");
        answers.get(1).run();
        int newest = slow.rows().size();
        answers.get(0).run();
        assertThat(slow.rows()).hasSize(newest).allMatch(r -> r.record().contains("Megan Robinson"));
    }

    @Test
    void backupRetentionAndSubjectAccessActions() {
        TrackerServices s = TestDemo.open(dir);
        AuditViewModel vm = vm(s);
        vm.backupNow();
        assertThat(vm.statusProperty().get()).startsWith("Backed up to");
        List<Backup> backups = new ArrayList<>();
        vm.listBackups(backups::addAll);
        assertThat(backups).hasSize(1);

        List<RetentionService.Candidate> due = new ArrayList<>();
        vm.retentionDue(due::addAll);
        assertThat(vm.errorProperty().get()).isNull();

        StaffMember m = s.repositories().staff().findAll().get(2);
        List<Path> written = new ArrayList<>();
        vm.exportSubjectAccess(m.id(), dir.resolve("sar"), e -> written.add(e.pdf()));
        assertThat(written).singleElement().satisfies(p -> assertThat(p).exists());

        String[] restored = new String[1];
        vm.restore(backups.get(0).file(), message -> restored[0] = message);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(restored[0]).contains("before-restore");
    }
}
