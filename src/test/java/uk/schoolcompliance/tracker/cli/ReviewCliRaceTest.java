package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * Two people recording the same policy's review with {@code review} at once on a trust's server (#19): the one who
 * saves second, from what its command read before the first one's save, is refused with the "changed by LOGIN at
 * HH:MM since you opened it; nothing was saved." line and exit code 1, and nothing of it is written. The race is made
 * deterministic: the first person's session holds the policy's review lock (as a save does) while the command has
 * read the review and waits for the lock, and then records the review and commits.
 */
class ReviewCliRaceTest {

    private static final String CHANGED_AT = "2026-11-24T14:32:00Z";

    private ServerAddress trust;
    private String anna;

    @BeforeEach
    void trust() {
        trust = TestServer.withTrust();
        anna = TestServer.login("anna");
        assertThat(CliRun.run("server-grant", "--db", trust.toString(), "--user", anna, "--role", "trust-admin").code())
                .isZero();
    }

    private Connection as(String login) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/" + trust.database(),
                login, TestServer.passwordOf(login));
    }

    private Connection owner() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/" + trust.database(),
                "postgres", "");
    }

    private static long one(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Runs {@code review} for the policy while {@code first} (holding the policy's review lock in its transaction)
     * records its own review with {@code firstWrite}, once the command waits for the lock; returns what it printed.
     */
    private Result raced(long policy, String title, String firstWrite, String... flags) throws Exception {
        try (Connection first = as(anna)) {
            first.setAutoCommit(false);
            try (PreparedStatement ps = first.prepareStatement("SELECT pg_advisory_xact_lock(19, ?)")) {
                ps.setInt(1, (int) policy);
                ps.executeQuery().close();
            }
            String[] args = new String[6 + flags.length];
            System.arraycopy(new String[] {"review", "--db", trust.toString(), "--policy", title, "--completed"}, 0,
                    args, 0, 6);
            System.arraycopy(flags, 0, args, 6, flags.length);
            CompletableFuture<Result> second = CompletableFuture.supplyAsync(() -> CliRun.run(args));
            try (Connection watch = owner()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (one(watch, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 0) {
                    assertThat(second).as("the command waits for the lock").isNotDone();
                    assertThat(System.nanoTime()).as("the command reached the lock").isLessThan(deadline);
                    Thread.sleep(20);
                }
            }
            try (Statement st = first.createStatement()) {
                st.execute(firstWrite);
            }
            first.commit();
            return second.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSecondOfTwoRecordsOfAPlannedReviewIsRefusedWithTheFirstsLoginAndNothingIsWritten() throws Exception {
        long policy;
        long planned;
        long reviewsBefore;
        try (Connection c = owner()) {
            policy = one(c, "SELECT min(id) FROM policy WHERE school_id IS NULL AND status = 'active' "
                    + "AND review_months IS NOT NULL");
            planned = one(c, "INSERT INTO review (policy_id, due_date, created_at) VALUES (" + policy
                    + ", '2026-12-01', 'x') RETURNING id");
            reviewsBefore = one(c, "SELECT count(*) FROM review WHERE policy_id = " + policy);
        }
        String title;
        try (Connection c = owner(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT title FROM policy WHERE id = " + policy)) {
            rs.next();
            title = rs.getString(1);
        }
        Result r = raced(policy, title, "UPDATE review SET completed_on = '2026-11-23', outcome = 'no-change', "
                + "version = version + 1, changed_by = session_user, changed_at = '" + CHANGED_AT + "' WHERE id = "
                + planned, "2026-11-24", "--outcome", "minor-amendments");

        String at = DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(CHANGED_AT).atZone(ZoneId.systemDefault()));
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: Review of '" + title + "' was changed by " + anna + " at " + at
                + " since you opened it; nothing was saved. Completed on: theirs 23/11/2026, yours 24/11/2026; "
                + "Outcome: theirs 'No change', yours 'Minor amendments'" + System.lineSeparator());
        try (Connection c = owner()) {
            assertThat(one(c, "SELECT count(*) FROM review WHERE policy_id = " + policy)).isEqualTo(reviewsBefore);
            assertThat(one(c, "SELECT count(*) FROM review WHERE id = " + planned + " AND outcome = 'no-change' "
                    + "AND completed_on = '2026-11-23' AND version = 2")).isOne();
            assertThat(one(c, "SELECT count(*) FROM audit_log WHERE entity = 'review' AND login = 'postgres' "
                    + "AND action <> 'insert'")).isZero();
        }
    }

    @Test
    void aReviewRecordedWhereNoneWasPlannedIsNotRecordedTwice() throws Exception {
        long policy;
        String title;
        long reviewsBefore;
        try (Connection c = owner()) {
            policy = one(c, "SELECT min(p.id) FROM policy p WHERE p.status = 'active' AND p.review_months IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM review r WHERE r.policy_id = p.id AND r.completed_on IS NULL)");
            reviewsBefore = one(c, "SELECT count(*) FROM review WHERE policy_id = " + policy);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM policy WHERE id = " + policy)) {
                rs.next();
                title = rs.getString(1);
            }
        }
        Result r = raced(policy, title, "INSERT INTO review (policy_id, due_date, completed_on, outcome, created_at, "
                + "changed_by, changed_at) VALUES (" + policy + ", '2026-11-01', '2026-11-24', 'no-change', 'x', "
                + "session_user, '" + CHANGED_AT + "')", "2026-11-24", "--outcome", "retired");

        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: Review of '" + title + "' was changed by " + anna + " at ")
                .endsWith(" since you opened it; nothing was saved. Outcome: theirs 'No change', yours 'Retired'"
                        + System.lineSeparator());
        try (Connection c = owner()) {
            assertThat(one(c, "SELECT count(*) FROM review WHERE policy_id = " + policy)).isEqualTo(reviewsBefore + 1);
            assertThat(one(c, "SELECT count(*) FROM policy WHERE id = " + policy + " AND status = 'active'")).isOne();
        }
        // run again, having seen the first record, the command records a later review as asked
        Result again = CliRun.run("review", "--db", trust.toString(), "--policy", title, "--completed", "2026-11-24",
                "--outcome", "minor-amendments");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Review of " + title + " completed on 24/11/2026 (minor-amendments); ");
    }
}
