package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.DataChange;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Issue #19, live figures: a write through one client's services is heard by another's listener on the same server
 * within 5 seconds, naming what changed and its school; a write rolled back is never announced; on a file nothing is.
 */
class ChangeFeedTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThroughOneClientIsHeardByAnothersListenerWithinFiveSeconds() throws Exception {
        String target = StoreKind.POSTGRESQL.demoTarget(dir);
        try (TrackerServices writer = TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
             TrackerServices reader = TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false)) {
            List<DataChange> heard = new CopyOnWriteArrayList<>();
            try (AutoCloseable l = reader.listenForChanges(heard::addAll)) {
                Thread.sleep(700); // the listener's LISTEN is in place
                StaffMember person = writer.allStaff().get(0);
                Editing<StaffMember> e = writer.staffService().openForEdit(person.id());
                StaffMember r = e.record();
                long start = System.nanoTime();
                writer.staffService().update(new StaffMember(r.id(), r.schoolId(), r.givenName(), r.familyName(),
                        r.staffRef(), r.email(), r.category(), "Heard elsewhere", r.startDate(), r.leaveDate(),
                        r.absenceFrom(), r.absenceTo(), r.dateOfBirth()), e.version());
                waitFor(() -> heard.contains(new DataChange("staff", person.id(), person.schoolId())), 5);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);

                // an acknowledgement names its person's school
                Policy p = writer.repositories().policies().findByTitle("Capability Policy").orElseThrow();
                PolicyVersion v = writer.repositories().versions().findByPolicy(p.id()).get(0);
                StaffMember signer = writer.acknowledgementService().unsigned(v.id(), TestDemo.AS_OF).stream()
                        .filter(c -> !c.absent()).findFirst().orElseThrow().staff();
                long ackId = writer.acknowledgementService().record(new AcknowledgementService.Recording(signer.id(),
                        v.id(), TestDemo.AS_OF, AckMethod.PAPER, null, null)).acknowledgement().id();
                waitFor(() -> heard.contains(new DataChange("acknowledgement", ackId, signer.schoolId())), 5);

                // a refused save (someone changed the person since) announces nothing
                heard.clear();
                try {
                    writer.staffService().update(r, e.version());
                } catch (UserException refused) {
                    // expected: the version moved on
                }
                Thread.sleep(1_500);
                assertThat(heard).isEmpty();
            }
        }
    }

    @Test
    void onAFileNothingIsHeard() throws Exception {
        TrackerServices s = StoreKind.SQLITE.demo(dir);
        List<DataChange> heard = new CopyOnWriteArrayList<>();
        try (AutoCloseable l = s.listenForChanges(heard::addAll)) {
            StaffMember person = s.allStaff().get(0);
            s.staffService().markLeaver(person.id(), TestDemo.AS_OF);
            Thread.sleep(700);
        }
        assertThat(heard).isEmpty();
    }

    @Test
    void thePayloadReadsBack() {
        assertThat(DataChange.parse(new DataChange("policy", 4L, null).payload())).isEqualTo(new DataChange("policy", 4L, null));
        assertThat(DataChange.parse("setting::")).isEqualTo(new DataChange("setting", null, null));
        assertThat(DataChange.parse("staff:x:3")).isEqualTo(new DataChange("staff", null, 3L));
    }

    static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }
}
