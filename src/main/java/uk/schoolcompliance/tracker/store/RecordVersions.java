package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.RecordStamp;

/**
 * Optimistic locking (issue #19, migration V85): every editable table has a {@code version}, bumped by each change,
 * with {@code changed_by} (the server's {@code session_user} on PostgreSQL, the operator's name on a file) and
 * {@code changed_at}. A save that names the version its user opened checks and bumps it in one conditional
 * {@code UPDATE ... WHERE version = ?} at the start of its transaction: on PostgreSQL that statement waits for a
 * concurrent writer of the row and then sees its version, so of two saves from the same version exactly one wins;
 * the other gets {@link Stale} and its transaction writes nothing.
 */
public final class RecordVersions {

    /** The tables that carry a version. */
    public enum Table {
        SCHOOL("school"), STAFF("staff"), POLICY("policy"), POLICY_VERSION("policy_version"), REVIEW("review"),
        INDUCTION_PLAN("induction_plan"), INDUCTION_ITEM("induction_item");

        final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    /** The record has moved on since the version its user opened; nothing was written. */
    public static final class Stale extends StoreException {
        private final transient RecordStamp current;
        private final long opened;

        Stale(RecordStamp current, long opened, String message) {
            super(message);
            this.current = current;
            this.opened = opened;
        }

        /** Where the record stands now (their change). */
        public RecordStamp current() {
            return current;
        }

        /** The version the user opened. */
        public long opened() {
            return opened;
        }
    }

    private final Database db;
    private final AuditRepository audit;

    public RecordVersions(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Where record {@code id} of {@code table} stands, or empty when there is no such record. */
    public Optional<RecordStamp> stamp(Table table, long id) {
        return db.withConnection(c -> read(c, table, id));
    }

    /**
     * Bumps the record's version, naming who and when, on the current transaction's connection (or its own). With
     * {@code opened} not null, only when the record is still at that version: otherwise {@link Stale}.
     */
    public void bump(Table table, long id, Long opened) {
        db.withConnection(c -> {
            bump(c, table, id, opened);
            return null;
        });
    }

    void bump(Connection c, Table table, long id, Long opened) throws SQLException {
        if (opened != null) {
            check(c, table, id, opened);
        }
        stamp(c, table, id, "version + 1");
    }

    /**
     * Names who made a record just inserted and when, leaving it at its first version: a form opened before the record
     * existed, refused because someone made it since, then says who and when (issue #19).
     */
    void created(Connection c, Table table, long id) throws SQLException {
        stamp(c, table, id, "version");
    }

    private void stamp(Connection c, Table table, long id, String newVersion) throws SQLException {
        boolean server = db.dialect() == SqlDialect.POSTGRESQL;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table.sql + " SET version = " + newVersion + ", changed_by = "
                + (server ? "session_user" : "?") + ", changed_at = ? WHERE id = ?")) {
            int i = 1;
            if (!server) {
                ps.setString(i++, audit.actor().displayName());
            }
            ps.setString(i++, Instant.now(db.clock()).toString());
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /**
     * Refuses ({@link Stale}) unless the record is still at version {@code opened}, holding the row until the
     * transaction ends (an {@code UPDATE} that changes nothing: a write lock on both stores, so a concurrent save of
     * the same record waits and then sees this one's version). Changes nothing.
     */
    void check(Connection c, Table table, long id, long opened) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table.sql + " SET version = version WHERE id = ? AND version = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, opened);
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            RecordStamp now = read(c, table, id).orElseThrow(() -> new StoreException("No " + table.sql + " " + id
                    + ": it was removed since you opened it; nothing was saved"));
            throw new Stale(now, opened, table.sql + " " + id + " was " + now.changedSinceOpened(db.clock().getZone())
                    + " (version " + now.version() + ", you opened " + opened + "); nothing was saved");
        }
    }

    private static Optional<RecordStamp> read(Connection c, Table table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, changed_by, changed_at FROM " + table.sql + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String at = rs.getString(3);
                return Optional.of(new RecordStamp(rs.getLong(1), rs.getString(2), at == null ? null : Instant.parse(at)));
            }
        }
    }
}
