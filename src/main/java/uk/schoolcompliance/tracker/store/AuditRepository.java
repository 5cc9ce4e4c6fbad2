package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.domain.Actor;

/**
 * The audit log: append only. Every repository that changes data writes here in the same transaction,
 * so a change and its audit line are committed together or not at all.
 */
public final class AuditRepository {

    /** Built on first use: Jackson's classes take a second to load, which the window's start does without (issue 17). */
    private static final class Mapper {
        static final JsonMapper JSON = JsonMapper.builder().build();
    }

    private final Database db;
    private final Supplier<Actor> actor;

    public AuditRepository(Database db, Supplier<Actor> actor) {
        this.db = db;
        this.actor = actor;
    }

    public Actor actor() {
        return actor.get();
    }

    public void record(String entity, Long entityId, String action, Object before, Object after) {
        Actor who = actor.get();
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, os_user, operator, entity, entity_id, action, before, after) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, Instant.now(db.clock()).toString());
                ps.setString(2, who.osUser());
                ps.setString(3, who.operator());
                ps.setString(4, entity);
                Jdbc.setLong(ps, 5, entityId);
                ps.setString(6, action);
                ps.setString(7, toJson(before));
                ps.setString(8, toJson(after));
                ps.executeUpdate();
            }
            ChangeFeed.announce(db, c, entity, entityId); // issue #19: others' windows hear of it at the commit
            return null;
        });
    }

    public static String toJson(Object value) {
        return value == null ? null : Mapper.JSON.writeValueAsString(value);
    }

    /** The newest entries first, optionally for one entity type and id. */
    public List<AuditEntry> recent(int limit, String entity, Long entityId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        if (entity != null) {
            sql.append(" AND entity = ?");
        }
        if (entityId != null) {
            sql.append(" AND entity_id = ?");
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (entity != null) {
                    ps.setString(i++, entity);
                }
                if (entityId != null) {
                    ps.setLong(i++, entityId);
                }
                ps.setInt(i, limit);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")),
                                rs.getString("os_user"), rs.getString("operator"), rs.getString("entity"),
                                Jdbc.getLong(rs, "entity_id"), rs.getString("action"), rs.getString("before"),
                                rs.getString("after"), rs.getString("login")));
                    }
                }
                return out;
            }
        });
    }

    public int count() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * A marker that changes with every committed change: the newest audit line's id and time (every
     * write is audited in its own transaction, and the log is append-only). Empty string for no lines.
     */
    public String revision() {
        // on a server, through the database's function: a login reads only some lines (#19), but any change counts
        String sql = db.isServer() ? "SELECT id, at FROM tracker_audit_revision()"
                : "SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) + "@" + rs.getString(2) : "";
            }
        });
    }
}
