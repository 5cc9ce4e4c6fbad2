package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * Issue #19: acknowledgements and ticks from several people at once never duplicate or lose a row. One live
 * acknowledgement per person, version and date (V85's partial unique index, voided ones excepted); recording it twice is
 * a no-op that says so; a tick already made is not overwritten. On both stores; the races on the server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ConcurrentWritesTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private record Unsigned(StaffMember staff, PolicyVersion version) {
    }

    private static Unsigned unsigned(TrackerServices s) {
        Policy p = s.repositories().policies().findByTitle("Capability Policy").orElseThrow();
        PolicyVersion v = s.repositories().versions().findByPolicy(p.id()).get(0);
        StaffMember who = s.acknowledgementService().unsigned(v.id(), TestDemo.AS_OF).stream()
                .filter(c -> !c.absent()).findFirst().orElseThrow().staff();
        return new Unsigned(who, v);
    }

    private static long liveRows(TrackerServices s, long staffId, long versionId) {
        return s.repositories().acknowledgements().findByStaff(staffId).stream()
                .filter(a -> a.versionId() == versionId && !a.voided()).count();
    }

    @Test
    void recordingTheSameAcknowledgementTwiceWritesOneRowAndSaysSo() {
        TrackerServices s = store.demo(dir);
        Unsigned u = unsigned(s);
        var rec = new AcknowledgementService.Recording(u.staff().id(), u.version().id(), TestDemo.AS_OF, AckMethod.PAPER,
                null, null);
        AcknowledgementService.Result first = s.acknowledgementService().record(rec);
        AcknowledgementService.Result second = s.acknowledgementService().record(rec);
        assertThat(first.recorded()).isTrue();
        assertThat(second.recorded()).as("a no-op").isFalse();
        assertThat(second.acknowledgement().id()).isEqualTo(first.acknowledgement().id());
        assertThat(liveRows(s, u.staff().id(), u.version().id())).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondLiveRowForTheSamePersonVersionAndDate() {
        TrackerServices s = store.demo(dir);
        Unsigned u = unsigned(s);
        var repo = s.repositories().acknowledgements();
        Acknowledgement a = new Acknowledgement(0, u.staff().id(), u.version().id(), TestDemo.AS_OF, AckMethod.PAPER,
                "Office", null, false, null);
        Acknowledgement first = repo.insert(a);
        int audit = s.repositories().audit().recent(100_000, "acknowledgement", null).size();
        assertThat(repo.insertIfNew(a, null, null)).isEmpty();
        assertThatThrownBy(() -> repo.insert(a)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing was written");
        assertThat(s.repositories().audit().recent(100_000, "acknowledgement", null)).hasSize(audit);
        assertThat(repo.findLive(u.staff().id(), u.version().id(), TestDemo.AS_OF)).contains(first);
        // another date (a periodic re-acknowledgement of the same version) is a row of its own
        assertThat(repo.insertIfNew(new Acknowledgement(0, u.staff().id(), u.version().id(), TestDemo.AS_OF.minusDays(1),
                AckMethod.EMAIL, "Office", null, false, null), null, null)).isPresent();
        // a voided one no longer blocks: the correction is recorded again on the same date
        repo.voidAcknowledgement(first.id(), "wrong method", "Office");
        assertThat(repo.insertIfNew(a, null, null)).isPresent();
        assertThat(liveRows(s, u.staff().id(), u.version().id())).isEqualTo(2);
    }

    @Test
    void aTaskTickedTwiceKeepsTheFirstTick() {
        TrackerServices s = store.demo(dir);
        StaffMember starter = s.staffService().create(new StaffMember(0, 0, "Nina", "Starter", null, null,
                StaffCategory.TEACHER, null, TestDemo.AS_OF.minusDays(10), null, null, null, null), TestDemo.AS_OF);
        InductionItem task = s.repositories().induction().items(starter.id()).stream()
                .filter(i -> i.kind() == InductionItemKind.TASK).findFirst().orElseThrow();
        assertThat(s.inductionService().tick(task.id(), TestDemo.AS_OF, "Office Anna")).isTrue();
        assertThat(s.inductionService().tick(task.id(), TestDemo.AS_OF.minusDays(1), "Office Ben")).isFalse();
        InductionItem now = s.repositories().induction().findItem(task.id()).orElseThrow();
        assertThat(now.doneBy()).isEqualTo("Office Anna");
        assertThat(now.doneOn()).isEqualTo(TestDemo.AS_OF);
        assertThat(s.repositories().audit().recent(100, "induction_item", task.id())).hasSize(1);
    }

    @Test
    void manyOfficesRecordingTheSameSignatureAtOnceMakeOneRow() throws Exception {
        String target = store.demoTarget(dir);
        List<TrackerServices> clients = clients(store, target, 8);
        Unsigned u = unsigned(clients.get(0));
        var rec = new AcknowledgementService.Recording(u.staff().id(), u.version().id(), TestDemo.AS_OF, AckMethod.PAPER,
                null, null);
        List<Boolean> recorded = race(clients, c -> () -> c.acknowledgementService().record(rec).recorded());
        assertThat(recorded).containsOnlyOnce(true);
        assertThat(liveRows(clients.get(0), u.staff().id(), u.version().id())).isEqualTo(1);

        // and ticks: the first stands, the others change nothing
        StaffMember starter = clients.get(0).staffService().create(new StaffMember(0, 0, "Nina", "Starter", null, null,
                StaffCategory.TEACHER, null, TestDemo.AS_OF.minusDays(10), null, null, null, null), TestDemo.AS_OF);
        InductionItem task = clients.get(0).repositories().induction().items(starter.id()).stream()
                .filter(i -> i.kind() == InductionItemKind.TASK).findFirst().orElseThrow();
        List<TrackerServices> named = new ArrayList<>(clients);
        List<Boolean> ticked = race(named, c -> () -> c.inductionService().tick(task.id(), TestDemo.AS_OF,
                "Office " + named.indexOf(c)));
        assertThat(ticked).containsOnlyOnce(true);
        String winner = "Office " + ticked.indexOf(true);
        assertThat(clients.get(0).repositories().induction().findItem(task.id()).orElseThrow().doneBy()).isEqualTo(winner);
        assertThat(clients.get(0).repositories().audit().recent(100, "induction_item", task.id())).hasSize(1);
        clients.stream().distinct().forEach(TrackerServices::close);
    }

    /**
     * n clients racing: on a server each its own connection; on a file (one writer at a time, its lock) one app's
     * services, whose writes its one worker thread makes in turn (see {@link #race}), as the window does.
     */
    private static List<TrackerServices> clients(StoreKind store, String target, int n) {
        List<TrackerServices> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(store == StoreKind.POSTGRESQL || out.isEmpty()
                    ? TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false) : out.get(0));
        }
        return out;
    }

    private <T> List<T> race(List<TrackerServices> clients,
                             java.util.function.Function<TrackerServices, Callable<T>> work) throws Exception {
        // on a file the app has one worker thread (FxTaskExecutor): the same requests, made in turn
        ExecutorService pool = Executors.newFixedThreadPool(store == StoreKind.POSTGRESQL ? clients.size() : 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (TrackerServices c : clients) {
            Callable<T> job = work.apply(c);
            futures.add(pool.submit(() -> {
                go.await();
                return job.call();
            }));
        }
        go.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }
}
