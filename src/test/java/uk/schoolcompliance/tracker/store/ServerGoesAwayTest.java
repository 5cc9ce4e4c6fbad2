package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoppableServer;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * A trust's server that goes away mid-session: a write under way is refused as a lost connection (one line, nothing
 * changed) and leaves nothing half-written once the server is back; reads fail the same way while it is away, and
 * the same services work again once it is back, without reconnecting by hand.
 */
class ServerGoesAwayTest {

    @TempDir
    static Path data;

    private static StoppableServer server;
    private static ServerAddress address;

    @BeforeAll
    static void aServerOfItsOwn() {
        server = StoppableServer.start(data.resolve("pg"));
        address = server.withDemo("tracker");
    }

    @AfterAll
    static void stopIt() {
        if (server != null) { // null: skipped on an external server (StoppableServer.assumeAvailable)
            server.close();
        }
    }

    private static StaffMember starter(String given) {
        return new StaffMember(0, 0, given, "Halfway", null, null, StaffCategory.TEACHER, "Teacher",
                TestDemo.AS_OF.minusDays(3), null, null, null);
    }

    private static int inductionItems(Database db) {
        return db.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM induction_item")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aWriteCutOffMidwayLeavesNothingHalfWritten() {
        TrackerServices s = new TrackerServices(Database.connect(address, TestDemo.CLOCK), () -> TestDemo.ACTOR);
        Database db = s.repositories().db();
        int staffBefore = s.staffCount();
        int auditBefore = s.repositories().audit().count();
        int itemsBefore = inductionItems(db);
        try {
            assertThatThrownBy(() -> db.inTransaction(() -> {
                // a new starter (staff row, induction plan, audit lines) is written, then the server goes away
                s.staffService().create(starter("First"), TestDemo.AS_OF);
                assertThat(s.staffCount()).as("written inside the transaction").isEqualTo(staffBefore + 1);
                server.stop();
                s.staffService().create(starter("Second"), TestDemo.AS_OF);
            })).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).connectionLost()).isTrue())
                    .hasMessageStartingWith("The connection to " + address + " was lost; nothing was changed.")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(db.answers()).as("while it is away").isFalse();
            assertThatThrownBy(s::staffCount).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).connectionLost()).isTrue());
            assertThat(uk.schoolcompliance.tracker.app.ServerLogin.connectionLost(new RuntimeException(new StoreException("x")))).isFalse();
        } finally {
            server.startAgain();
        }
        assertThat(db.answers()).as("back").isTrue();
        assertThat(s.staffCount()).as("no staff row of the cut write").isEqualTo(staffBefore);
        assertThat(s.repositories().audit().count()).as("no audit line of it").isEqualTo(auditBefore);
        assertThat(s.allStaff()).extracting(StaffMember::familyName).doesNotContain("Halfway");
        assertThat(inductionItems(db)).as("no induction plan of it").isEqualTo(itemsBefore);
        // and the same services write again
        s.staffService().create(starter("Third"), TestDemo.AS_OF);
        assertThat(s.staffCount()).isEqualTo(staffBefore + 1);
    }
}
