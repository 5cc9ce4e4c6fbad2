package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.DataChange;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** Issue #19: others' changes refresh only the page they touch, for the chosen school; live from a second client. */
class LiveUpdatesTest {

    @TempDir
    Path dir;

    private final List<Section> refreshed = new CopyOnWriteArrayList<>();
    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicReference<Section> current = new AtomicReference<>(Section.REVIEWS);

    private LiveUpdates live(UiContext ctx) {
        return new LiveUpdates(ctx, current::get, refreshed::add, counts::incrementAndGet);
    }

    private static UiContext ctx() {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        return ctx;
    }

    @Test
    void onlyThePageOnScreenIsRefreshedAndOnlyWhenTheChangeTouchesIt() {
        LiveUpdates live = live(ctx());
        current.set(Section.REVIEWS);
        live.received(List.of(new DataChange("induction_item", 7L, 1L)));
        assertThat(refreshed).as("a tick is not on the reviews page").isEmpty();
        assertThat(counts.get()).as("but the rail's counts may move").isEqualTo(1);

        current.set(Section.INDUCTION);
        live.received(List.of(new DataChange("induction_item", 7L, 1L), new DataChange("staff", 3L, 1L)));
        assertThat(refreshed).containsExactly(Section.INDUCTION);

        current.set(Section.STAFF);
        live.received(List.of(new DataChange("review", 2L, null)));
        assertThat(refreshed).as("a review is not on the staff page").containsExactly(Section.INDUCTION);
        current.set(Section.AUDIT);
        live.received(List.of(new DataChange("review", 2L, null)));
        assertThat(refreshed).as("the audit log shows every change").containsExactly(Section.INDUCTION, Section.AUDIT);
    }

    @Test
    void anotherSchoolsChangesAreLeftAloneWhenOneSchoolIsChosen() {
        UiContext ctx = ctx();
        ctx.schoolProperty().set(new School(2, "Brook Primary", null, "primary", null));
        LiveUpdates live = live(ctx);
        current.set(Section.STAFF);
        live.received(List.of(new DataChange("staff", 9L, 3L)));
        assertThat(refreshed).isEmpty();
        assertThat(counts.get()).isZero();
        live.received(List.of(new DataChange("staff", 9L, 2L)));
        live.received(List.of(new DataChange("policy", 1L, null))); // trust-wide: every school's
        assertThat(refreshed).containsExactly(Section.STAFF, Section.STAFF);
    }

    @Test
    void aSecondClientsWriteRefreshesThePageWithinFiveSeconds() throws Exception {
        String target = StoreKind.POSTGRESQL.demoTarget(dir);
        TrackerServices mine = TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        TrackerServices theirs = TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        UiContext ctx = ctx();
        ctx.servicesProperty().set(mine);
        current.set(Section.STAFF);
        LiveUpdates live = live(ctx);
        try {
            Thread.sleep(700); // listening
            StaffMember p = theirs.allStaff().get(0);
            Editing<StaffMember> e = theirs.staffService().openForEdit(p.id());
            theirs.staffService().markLeaver(p.id(), TestDemo.AS_OF);
            long end = System.nanoTime() + 5_000_000_000L;
            while (refreshed.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(refreshed).as("within 5 s").contains(Section.STAFF);
            assertThat(e.version()).isPositive();
        } finally {
            live.stop();
            mine.close();
            theirs.close();
        }
    }
}
