package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * Issue #19's load test, on the test server (loopback only): 20 clients, each with its own services and connections and
 * its own name, for {@code -Dload.seconds} (default 60) record acknowledgements, tick induction items and edit staff of
 * their own school of the demo trust, several clients per school so that they collide. Each client logs what it did;
 * afterwards the database holds exactly that: no write lost, none duplicated, none in another school, each person's
 * record the last save that won, and the figures equal a recount by the Java rules. p50/p95 write latency and throughput
 * are printed and written to {@code target/load-report.txt} (docs/performance.md, "Many users on the server").
 * Run it alone with {@code mvn -o test -Dgroups=load -Dtest=ServerLoadTest}.
 */
@Tag("load")
class ServerLoadTest {

    static final int CLIENTS = 20;
    static final int SECONDS = Integer.getInteger("load.seconds", 60);

    /** One client's log: what the server accepted from it. */
    static final class Log {
        final List<Long> acks = new ArrayList<>();
        int ackNoOps;
        final List<Long> ticks = new ArrayList<>();
        int tickNoOps;
        /** staff id -> (version after the save -> job title saved) */
        final Map<Long, Map<Long, String>> edits = new HashMap<>();
        int editsRefused;
        final List<Long> nanos = new ArrayList<>();
    }

    record Pair(long staffId, long versionId) {
    }

    @Test
    void twentyClientsForAMinuteLoseDuplicateAndMisplaceNothing() throws Exception {
        ServerAddress server = TestServer.withSchema();
        String target = server.toString();
        Map<Long, List<Pair>> unsigned = new HashMap<>();
        Map<Long, List<Long>> tasks = new HashMap<>();
        Map<Long, List<Long>> people = new HashMap<>();
        List<School> schools;
        Summary before;
        long maxAck;
        try (TrackerServices setup = TrackerServices.openTarget(target, () -> TestDemo.ACTOR, TestDemo.CLOCK, false)) {
            setup.demoTrust().build(TestDemo.AS_OF);
            schools = setup.repositories().schools().findAll().stream().filter(s -> !s.isTrust()).toList();
            for (School school : schools) {
                for (int i = 0; i < 6; i++) { // new starters: induction plans with tasks to tick
                    setup.staffService().create(new StaffMember(0, school.id(), "Load" + i, "Starter " + school.id(),
                            null, null, StaffCategory.TEACHER, null, TestDemo.AS_OF.minusDays(5), null, null, null, null),
                            TestDemo.AS_OF);
                }
            }
            for (School school : schools) {
                List<StaffMember> inPost = setup.allStaff().stream().filter(m -> m.schoolId() == school.id()
                        && m.leaveDate() == null && !m.startDate().isAfter(TestDemo.AS_OF)).toList();
                people.put(school.id(), inPost.stream().map(StaffMember::id).toList());
                List<Long> t = new ArrayList<>();
                for (StaffMember m : inPost) {
                    setup.repositories().induction().items(m.id()).stream()
                            .filter(i -> i.kind() == InductionItemKind.TASK && i.doneOn() == null)
                            .map(InductionItem::id).forEach(t::add);
                }
                tasks.put(school.id(), t);
                unsigned.put(school.id(), new ArrayList<>());
            }
            for (Policy p : setup.allPolicies()) {
                if (!p.isActive()) {
                    continue;
                }
                List<PolicyVersion> versions = setup.repositories().versions().findByPolicy(p.id());
                PolicyVersion current = AcknowledgementService.currentVersion(versions, TestDemo.AS_OF);
                if (current == null) {
                    continue;
                }
                for (AcknowledgementService.Candidate c : setup.acknowledgementService().unsigned(current.id(), TestDemo.AS_OF)) {
                    if (!c.absent() && unsigned.containsKey(c.staff().schoolId())) {
                        unsigned.get(c.staff().schoolId()).add(new Pair(c.staff().id(), current.id()));
                    }
                }
            }
            before = setup.compliance().summary(TestDemo.AS_OF);
            maxAck = setup.repositories().acknowledgements().findAll().stream().mapToLong(a -> a.id()).max().orElse(0);
        }
        assertThat(schools).hasSizeGreaterThan(1);
        Map<Long, Long> baseVersion = new HashMap<>();

        // the clients: client i works in school i mod n, under the name load-i
        List<TrackerServices> clients = new ArrayList<>();
        List<Log> logs = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Actor me = new Actor("load", "load-" + i);
            clients.add(TrackerServices.openTarget(target, () -> me, TestDemo.CLOCK, false));
            logs.add(new Log());
        }
        for (School school : schools) {
            for (long id : people.get(school.id())) {
                baseVersion.put(id, clients.get(0).staffService().openForEdit(id).version());
            }
        }
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = i;
            long school = schools.get(i % schools.size()).id();
            running.add(pool.submit(() -> {
                work(clients.get(n), logs.get(n), n, new ArrayList<>(unsigned.get(school)), new ArrayList<>(tasks.get(school)),
                        people.get(school), deadline);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        TrackerServices check = clients.get(0);
        Map<Long, Long> schoolOf = new HashMap<>();
        check.allStaff().forEach(m -> schoolOf.put(m.id(), m.schoolId()));

        // acknowledgements: exactly the rows the clients were told they wrote, each in the client's school, one per pair
        Set<Long> logged = new HashSet<>();
        int recorded = 0;
        for (Log l : logs) {
            logged.addAll(l.acks);
            recorded += l.acks.size();
        }
        assertThat(logged).as("no acknowledgement reported twice").hasSize(recorded);
        Map<Long, String> written = new HashMap<>();
        Map<Long, Long> writtenStaff = new HashMap<>();
        check.repositories().acknowledgements().findAll().stream().filter(a -> a.id() > maxAck).forEach(a -> {
            written.put(a.id(), a.recordedBy());
            writtenStaff.put(a.id(), a.staffId());
        });
        assertThat(written.keySet()).as("no acknowledgement lost or extra").isEqualTo(logged);
        for (int i = 0; i < CLIENTS; i++) {
            long school = schools.get(i % schools.size()).id();
            for (long id : logs.get(i).acks) {
                assertThat(written.get(id)).isEqualTo("load-" + i);
                assertThat(schoolOf.get(writtenStaff.get(id))).as("in the client's own school").isEqualTo(school);
            }
        }
        assertThat(scalar(server, "SELECT count(*) FROM (SELECT staff_id, version_id, ack_date FROM acknowledgement "
                + "WHERE voided_at IS NULL GROUP BY 1, 2, 3 HAVING count(*) > 1) d")).as("no duplicate").isZero();

        // ticks: each item ticked once, by the client told it ticked it, in its school
        int ticked = 0;
        for (int i = 0; i < CLIENTS; i++) {
            long school = schools.get(i % schools.size()).id();
            for (long item : logs.get(i).ticks) {
                ticked++;
                InductionItem it = check.repositories().induction().findItem(item).orElseThrow();
                assertThat(it.doneBy()).isEqualTo("load-" + i);
                assertThat(scalar(server, "SELECT s.school_id FROM induction_item i JOIN induction_plan p ON p.id = i.plan_id "
                        + "JOIN staff s ON s.id = p.staff_id WHERE i.id = " + item)).isEqualTo(school);
            }
        }
        assertThat(scalar(server, "SELECT count(*) FROM induction_item WHERE done_by LIKE 'load-%'")).isEqualTo(ticked);

        // edits: each person's version moved once per save that won, and holds the last one's job title
        Map<Long, Map<Long, String>> saves = new HashMap<>();
        int saved = 0;
        for (int i = 0; i < CLIENTS; i++) {
            long school = schools.get(i % schools.size()).id();
            for (var e : logs.get(i).edits.entrySet()) {
                assertThat(schoolOf.get(e.getKey())).isEqualTo(school);
                for (var v : e.getValue().entrySet()) {
                    assertThat(saves.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(v.getKey(), v.getValue()))
                            .as("two saves won from the same version").isNull();
                    saved++;
                }
            }
        }
        for (var e : saves.entrySet()) {
            long id = e.getKey();
            long version = check.staffService().openForEdit(id).version();
            assertThat(version).as("versions of " + id).isEqualTo(baseVersion.get(id) + e.getValue().size());
            long last = Collections.max(e.getValue().keySet());
            assertThat(last).isEqualTo(version);
            assertThat(check.staffService().find(id).jobTitle()).isEqualTo(e.getValue().get(last));
        }
        assertThat(scalar(server, "SELECT count(*) FROM audit_log WHERE entity = 'staff' AND action = 'update' "
                + "AND operator LIKE 'load-%'")).as("one audit line per save").isEqualTo(saved);

        // figures: each recorded acknowledgement closed one gap, and the database's figures equal the Java recount
        Summary after = check.compliance().summary(TestDemo.AS_OF);
        assertThat(after.ackDone()).isEqualTo(before.ackDone() + recorded);
        FigureEquivalenceTest.assertAgree(check, List.of(TestDemo.AS_OF));

        List<Long> all = new ArrayList<>();
        int noOps = 0;
        int refused = 0;
        for (Log l : logs) {
            all.addAll(l.nanos);
            noOps += l.ackNoOps + l.tickNoOps;
            refused += l.editsRefused;
        }
        Collections.sort(all);
        String report = String.format(java.util.Locale.ROOT, "clients %d, schools %d, %.0f s: %d writes (%d acknowledgements, "
                        + "%d ticks, %d staff saves; %d no-ops, %d saves refused as stale), %.1f writes/s, "
                        + "latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", CLIENTS, schools.size(), elapsed, all.size(),
                recorded, ticked, saved, noOps, refused, all.size() / elapsed, ms(all, 0.50), ms(all, 0.95),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
        System.out.print("ServerLoadTest: " + report);
        Files.writeString(Path.of("target", "load-report.txt"), report);
        assertThat(recorded).isPositive();
        assertThat(saved).isPositive();
        clients.forEach(TrackerServices::close);
    }

    private static void work(TrackerServices s, Log log, int n, List<Pair> unsigned, List<Long> tasks, List<Long> people,
                             long deadline) {
        Random random = new Random(n);
        Collections.shuffle(unsigned, random);
        Collections.shuffle(tasks, random);
        int seq = 0;
        while (System.nanoTime() < deadline) {
            int kind = random.nextInt(3);
            if (kind == 0 && !unsigned.isEmpty()) {
                Pair p = unsigned.remove(unsigned.size() - 1);
                long t0 = System.nanoTime();
                var r = s.acknowledgementService().record(new AcknowledgementService.Recording(p.staffId(), p.versionId(),
                        TestDemo.AS_OF, AckMethod.IN_APP, null, null));
                log.nanos.add(System.nanoTime() - t0);
                if (r.recorded()) {
                    log.acks.add(r.acknowledgement().id());
                } else {
                    log.ackNoOps++;
                }
            } else if (kind == 1 && !tasks.isEmpty()) {
                long item = tasks.remove(tasks.size() - 1);
                long t0 = System.nanoTime();
                boolean done = s.inductionService().tick(item, TestDemo.AS_OF, "load-" + n);
                log.nanos.add(System.nanoTime() - t0);
                if (done) {
                    log.ticks.add(item);
                } else {
                    log.tickNoOps++;
                }
            } else {
                long id = people.get(random.nextInt(Math.min(people.size(), 12))); // a few people: saves collide
                Editing<StaffMember> e = s.staffService().openForEdit(id);
                StaffMember m = e.record();
                String job = "load-" + n + " #" + seq++;
                long t0 = System.nanoTime();
                try {
                    s.staffService().update(new StaffMember(m.id(), m.schoolId(), m.givenName(), m.familyName(),
                            m.staffRef(), m.email(), m.category(), job, m.startDate(), m.leaveDate(), m.absenceFrom(),
                            m.absenceTo(), m.dateOfBirth()), e.version());
                    log.edits.computeIfAbsent(id, k -> new HashMap<>()).put(e.version() + 1, job);
                } catch (UserException refused) {
                    assertThat(refused.getMessage()).contains("since you opened it");
                    log.editsRefused++;
                }
                log.nanos.add(System.nanoTime() - t0);
            }
        }
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    static long scalar(ServerAddress server, String sql) {
        try (Connection c = TestServer.superuser(server.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
