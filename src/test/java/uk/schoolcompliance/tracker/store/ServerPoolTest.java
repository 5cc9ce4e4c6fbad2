package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * Issue #19, many users: one copy of the app keeps a few connections to the server and uses them again (HikariCP),
 * rather than a new backend, TLS handshake and login for every question; never more than {@link ServerConnection#POOL_SIZE}
 * however many questions are asked at once, and none left open once it lets go of the database.
 */
class ServerPoolTest {

    /** The backends the server has for the app on {@code database} (its connections), by the superuser's count. */
    private static int appBackends(String database) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/postgres",
                "postgres", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND application_name = 'Compliance Tracker'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void questionsUseAFewKeptConnectionsAgainAndLettingGoClosesThem() throws Exception {
        ServerAddress demo = TestServer.withDemo();
        TrackerServices s = new TrackerServices(Database.connect(demo, TestDemo.CLOCK), () -> TestDemo.ACTOR);
        for (int i = 0; i < 40; i++) {
            assertThat(s.allStaff()).isNotEmpty();
        }
        // one question at a time: one connection, kept for the next (without a pool there would be none left open)
        assertThat(appBackends(demo.database())).isEqualTo(1);

        ExecutorService many = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> asked = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                asked.add(many.submit(() -> s.allStaff().size()));
            }
            for (Future<Integer> f : asked) {
                assertThat(f.get()).isEqualTo(s.allStaff().size());
            }
        } finally {
            many.shutdownNow();
        }
        assertThat(appBackends(demo.database())).as("never more than the pool's size, however many ask at once")
                .isBetween(1, ServerConnection.POOL_SIZE);

        s.close();
        long deadline = System.nanoTime() + 10_000_000_000L; // the pool closes idle connections on its own thread
        while (appBackends(demo.database()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(appBackends(demo.database())).as("none left open once closed").isZero();
        assertThat(s.allStaff()).as("work still in flight after closing finishes").isNotEmpty();
    }
}
