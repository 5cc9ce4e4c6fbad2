package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * Issue #19's faults, on a real PostgreSQL: the server restarted while clients write (each failed write is a clear
 * "connection ... was lost; nothing was changed", the client succeeds once the server is back, and its retries never
 * duplicate a row), and a client killed in the middle of a staff import ({@code pg_terminate_backend} on its backend,
 * mid-transaction): nothing of the import is left.
 */
@Tag("load")
class ServerFaultsTest {

    @TempDir
    Path dir;

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private record Pair(long staffId, long versionId) {
    }

    @Test
    void clientsWritingThroughAServerRestartReportItClearlyRecoverAndNeverDuplicate() throws Exception {
        uk.schoolcompliance.tracker.StoppableServer.assumeAvailable();
        Path data = dir.resolve("pgdata");
        int port = freePort();
        EmbeddedPostgres pg = start(data, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE tracker");
        }
        ServerAddress address = ServerAddress.parse("postgresql://postgres@localhost:" + port + "/tracker");
        List<Pair> pairs = new ArrayList<>();
        try (TrackerServices setup = new TrackerServices(Database.initServer(address, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            setup.demoSchool().build(TestDemo.AS_OF);
            for (Policy p : setup.allPolicies()) {
                if (!p.isActive()) {
                    continue;
                }
                PolicyVersion v = AcknowledgementService.currentVersion(setup.repositories().versions().findByPolicy(p.id()),
                        TestDemo.AS_OF);
                if (v != null) {
                    setup.acknowledgementService().unsigned(v.id(), TestDemo.AS_OF).stream().filter(x -> !x.absent())
                            .forEach(x -> pairs.add(new Pair(x.staff().id(), v.id())));
                }
            }
        }
        assertThat(pairs.size()).isGreaterThan(40);
        int clients = 4;
        AtomicInteger failures = new AtomicInteger();
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        Set<Long> recorded = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Pair> mine = new ArrayList<>();
            for (int k = i; k < pairs.size(); k += clients) {
                mine.add(pairs.get(k));
            }
            running.add(pool.submit(() -> {
                TrackerServices s = TrackerServices.openTarget(address.toString(), () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
                long deadline = System.nanoTime() + 90_000_000_000L;
                int next = 0;
                while (next < mine.size() && System.nanoTime() < deadline) {
                    Pair p = mine.get(next);
                    try {
                        var r = s.acknowledgementService().record(new AcknowledgementService.Recording(p.staffId(),
                                p.versionId(), TestDemo.AS_OF, AckMethod.IN_APP, null, null));
                        if (r.recorded()) {
                            recorded.add(r.acknowledgement().id());
                        }
                        next++;
                        Thread.sleep(30);
                    } catch (StoreException lost) {
                        failures.incrementAndGet();
                        messages.add(lost.getMessage());
                        Thread.sleep(200); // and the same write again: idempotent, so never twice
                    }
                }
                return next == mine.size();
            }));
        }
        Thread.sleep(1_500);
        pg.close(); // the server goes down in the middle of the clients' writes ...
        Thread.sleep(1_500);
        pg = start(data, port); // ... and comes back on the same port with the same data
        try {
            for (Future<?> f : running) {
                assertThat(f.get()).as("the client finished its list once the server was back").isEqualTo(true);
            }
            pool.shutdown();
            assertThat(failures.get()).as("the clients saw the outage").isPositive();
            assertThat(messages).allSatisfy(m -> assertThat(m).contains("was lost; nothing was changed"));
            try (Connection c = pg.getDatabase("postgres", "tracker").getConnection(); Statement st = c.createStatement()) {
                Set<Long> live = new HashSet<>();
                int rows = 0;
                for (Pair p : pairs) {
                    try (ResultSet rs = st.executeQuery("SELECT id FROM acknowledgement WHERE voided_at IS NULL AND staff_id = "
                            + p.staffId() + " AND version_id = " + p.versionId() + " AND ack_date = '" + TestDemo.AS_OF + "'")) {
                        while (rs.next()) {
                            live.add(rs.getLong(1));
                            rows++;
                        }
                    }
                }
                assertThat(rows).as("one row per acknowledgement, none lost, none twice").isEqualTo(pairs.size());
                assertThat(live).containsAll(recorded);
            }
        } finally {
            pg.close();
        }
    }

    @Test
    void aClientKilledInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
        ServerAddress address = TestServer.withDemo();
        TrackerServices s = TrackerServices.openTarget(address.toString(), () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        StringBuilder csv = new StringBuilder("Staff code,Forename,Legal surname,Email address,Staff type,Post,Employment start\n");
        for (int i = 0; i < 4000; i++) {
            csv.append("K").append(90000 + i).append(",Kim").append(i).append(",Killed,kim").append(i)
                    .append("@import.example.org,Teacher,Class teacher,01/09/2020\n");
        }
        var preview = s.staffImport().preview("killed.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.ok()).as(String.valueOf(preview.problems())).isTrue();
        long staffBefore = ServerLoadTest.scalar(address, "SELECT count(*) FROM staff");
        long auditBefore = ServerLoadTest.scalar(address, "SELECT count(*) FROM audit_log");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Object> importing = pool.submit(() -> s.staffImport().apply(preview, TestDemo.AS_OF));
        long killed = 0;
        long end = System.nanoTime() + 30_000_000_000L;
        while (killed == 0 && !importing.isDone() && System.nanoTime() < end) {
            killed = ServerLoadTest.scalar(address, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE datname = '" + address.database() + "' AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
                    + "AND backend_type = 'client backend' AND query NOT LIKE '%pg_terminate_backend%' "
                    + "AND (SELECT count(*) FROM staff) >= 0");
            Thread.sleep(20);
        }
        assertThat(killed).as("the import's backend was found mid-transaction and killed").isPositive();
        Throwable failure = null;
        try {
            importing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            failure = e.getCause();
        }
        pool.shutdown();
        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(failure.getMessage()).contains("was lost; nothing was changed");
        assertThat(ServerLoadTest.scalar(address, "SELECT count(*) FROM staff")).isEqualTo(staffBefore);
        assertThat(ServerLoadTest.scalar(address, "SELECT count(*) FROM staff WHERE email LIKE '%@import.example.org'")).isZero();
        assertThat(ServerLoadTest.scalar(address, "SELECT count(*) FROM audit_log")).isEqualTo(auditBefore);
        // and the same client imports the file once the connection is back
        s.staffImport().apply(preview, TestDemo.AS_OF);
        assertThat(ServerLoadTest.scalar(address, "SELECT count(*) FROM staff")).isEqualTo(staffBefore + 4000);
        s.close();
    }
}
