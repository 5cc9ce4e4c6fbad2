package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** A tick is dated the day the task was done (the DBS check seen last Tuesday), today by default, never later. */
class InductionViewModelTest {

    static final LocalDate TODAY = TestDemo.AS_OF;
    static final LocalDate LAST_TUESDAY = LocalDate.of(2026, 11, 17);

    @TempDir
    Path dir;

    private UiContext ctx(TrackerServices s, LocalDate asOf) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        ctx.asOfProperty().set(asOf);
        return ctx;
    }

    private InductionItem openTask(TrackerServices s) {
        StaffMember starter = s.staffService().create(new StaffMember(0, 0, "Nina", "Newman", null, null,
                StaffCategory.TEACHER, "Post", TODAY.minusDays(10), null, null, null), TODAY);
        return s.repositories().induction().items(starter.id()).stream().filter(i -> i.kind() == InductionItemKind.TASK)
                .findFirst().orElseThrow();
    }

    @Test
    void aTickDefaultsToTodayEvenWhenThePageShowsAnEarlierDate() {
        TrackerServices s = TestDemo.open(dir);
        InductionViewModel vm = new InductionViewModel(ctx(s, LocalDate.of(2026, 6, 1)));
        assertThat(vm.tickDefault()).isEqualTo(TODAY);
    }

    @Test
    void aTickIsDatedTheDayTheTaskWasDone() {
        TrackerServices s = TestDemo.open(dir);
        InductionItem task = openTask(s);
        InductionViewModel vm = new InductionViewModel(ctx(s, TODAY));
        assertThat(vm.tickProblem(LAST_TUESDAY)).isNull();
        vm.tick(task.id(), LAST_TUESDAY);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(s.repositories().induction().findItem(task.id()).orElseThrow().doneOn()).isEqualTo(LAST_TUESDAY);
    }

    @Test
    void aTickAfterTodayOrWithoutADateIsRefusedNamingTheField() {
        TrackerServices s = TestDemo.open(dir);
        InductionItem task = openTask(s);
        InductionViewModel vm = new InductionViewModel(ctx(s, TODAY));
        assertThat(vm.tickProblem(TODAY.plusDays(1))).isEqualTo("Done on: 25/11/2026 is in the future (today is 24/11/2026)");
        assertThat(vm.tickProblem(null)).isEqualTo("Done on: a date is required");
        assertThat(vm.tickProblem(TODAY)).isNull();
        // the service says the same if the check is bypassed, and nothing is written
        vm.tick(task.id(), TODAY.plusDays(1));
        assertThat(vm.errorProperty().get()).isEqualTo("Done on: 25/11/2026 is in the future (today is 24/11/2026)");
        assertThat(s.repositories().induction().findItem(task.id()).orElseThrow().doneOn()).isNull();
    }

    @Test
    void aSecondTickOfTheSameItemChangesNothingAndSaysSo() {
        TrackerServices s = TestDemo.open(dir);
        InductionItem task = openTask(s);
        InductionViewModel vm = new InductionViewModel(ctx(s, TODAY));
        vm.tick(task.id(), LAST_TUESDAY);
        vm.tick(task.id(), TODAY); // a second window still showing it unticked
        assertThat(vm.errorProperty().get())
                .isEqualTo("This was already ticked off (by someone else just now, or before): the first tick stands and nothing was changed");
        assertThat(s.repositories().induction().findItem(task.id()).orElseThrow().doneOn()).isEqualTo(LAST_TUESDAY);
    }
}
