package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import uk.schoolcompliance.tracker.domain.DataChange;

/**
 * Live figures on a trust's server (issue #19): every audited write also {@code NOTIFY}s the channel
 * {@value #CHANNEL} with what changed ({@code entity:id:school}, {@link DataChange}), in the write's own transaction, so
 * the notice goes out when it commits and never for a write rolled back. A window {@link #listen}s on a connection of
 * its own, on a background thread owned here, and hears each batch of others' changes within about a second. On a file
 * there is one user at a time: nothing is sent, and listening does nothing.
 */
public final class ChangeFeed {

    public static final String CHANNEL = "tracker_changes";

    /** How long one wait for notices lasts before the listener checks whether it was closed. */
    static final int WAIT_MS = 500;
    /** How long the listener waits before connecting again after losing its connection. */
    static final long RETRY_MS = 2_000;

    /** For each audited entity, the school its record belongs to (one id parameter); others have none. */
    private static final Map<String, String> SCHOOL_OF = Map.of(
            "staff", "SELECT school_id FROM staff WHERE id = ?",
            "acknowledgement", "SELECT s.school_id FROM acknowledgement a JOIN staff s ON s.id = a.staff_id WHERE a.id = ?",
            "induction_item", "SELECT s.school_id FROM induction_item i JOIN induction_plan p ON p.id = i.plan_id "
                    + "JOIN staff s ON s.id = p.staff_id WHERE i.id = ?",
            "induction_plan", "SELECT s.school_id FROM induction_plan p JOIN staff s ON s.id = p.staff_id WHERE p.id = ?",
            "policy", "SELECT school_id FROM policy WHERE id = ?",
            "policy_version", "SELECT p.school_id FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE v.id = ?",
            "acknowledgement_session", "SELECT p.school_id FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE v.id = ?",
            "acknowledgement_import", "SELECT p.school_id FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE v.id = ?",
            "review", "SELECT p.school_id FROM review r JOIN policy p ON p.id = r.policy_id WHERE r.id = ?",
            "school", "SELECT id FROM school WHERE id = ?");

    private ChangeFeed() {
    }

    /** Sends what changed, on the write's connection (delivered at its commit); nothing on a file. */
    static void announce(Database db, Connection c, String entity, Long entityId) throws SQLException {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            return;
        }
        Long school = null;
        String sql = SCHOOL_OF.get(entity);
        if (sql != null && entityId != null) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        school = rs.wasNull() ? null : id;
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, new DataChange(entity, entityId, school).payload());
            ps.executeQuery().close();
        }
    }

    /** A running listener; closing it stops its thread and closes its connection. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Listens for others' changes on a connection of its own: each batch of notices received together goes to
     * {@code onChanges} on the listener's thread. A lost connection is opened again every {@value #RETRY_MS} ms until it
     * is back. On a file this returns a listener that does nothing.
     */
    public static Listening listen(Database db, Consumer<List<DataChange>> onChanges) {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            return () -> { };
        }
        Listener l = new Listener(db, onChanges);
        Thread t = new Thread(l, "tracker-change-feed");
        t.setDaemon(true);
        l.thread = t;
        t.start();
        return l;
    }

    private static final class Listener implements Listening, Runnable {
        private final Database db;
        private final Consumer<List<DataChange>> onChanges;
        private volatile boolean closed;
        private volatile Connection connection;
        private Thread thread;

        Listener(Database db, Consumer<List<DataChange>> onChanges) {
            this.db = db;
            this.onChanges = onChanges;
        }

        @Override
        public void run() {
            while (!closed) {
                try (Connection c = db.directConnection()) {
                    connection = c;
                    try (Statement st = c.createStatement()) {
                        st.execute("LISTEN " + CHANNEL);
                    }
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (!closed) {
                        PGNotification[] got = pg.getNotifications(WAIT_MS);
                        if (got != null && got.length > 0) {
                            List<DataChange> changes = new ArrayList<>();
                            for (PGNotification n : got) {
                                changes.add(DataChange.parse(n.getParameter()));
                            }
                            deliver(changes);
                        }
                    }
                } catch (SQLException e) {
                    pause();
                } finally {
                    connection = null;
                }
            }
        }

        private void deliver(List<DataChange> changes) {
            try {
                onChanges.accept(List.copyOf(changes));
            } catch (RuntimeException e) {
                // a failing receiver must not stop the feed: the next batch is delivered all the same
            }
        }

        private void pause() {
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }

        @Override
        public void close() {
            closed = true;
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(2 * WAIT_MS + 1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
