package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a restore compares: the audit log's lines (the history of each file: the log is append-only, so a backup
 * taken earlier holds a prefix of the database's log) and each staff row's identity stamp (id and creation time,
 * which an erasure keeps) with its erasure date. Read-only; works on any readable file of ours.
 */
public final class RestoreQueries {

    private RestoreQueries() {
    }

    /** One audit line's identity: enough to tell whether two files recorded the same change. */
    public record AuditKey(long id, String at, String osUser, String entity, Long entityId, String action) {
    }

    /** One staff row's identity (id, created_at) and what an erasure leaves of it. */
    public record StaffStamp(long id, String createdAt, LocalDate leaveDate, LocalDate erasedOn) {
    }

    /** Every audit line's identity, oldest first. */
    public static List<AuditKey> auditKeys(Database db) {
        return db.withConnection(c -> {
            List<AuditKey> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, os_user, entity, entity_id, action FROM audit_log ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Jdbc.getLong(rs, "entity_id"), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** How many audit lines after {@code id} there are, by entity type. */
    public static Map<String, Integer> countsAfter(Database db, long id) {
        return db.withConnection(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity, count(*) FROM audit_log WHERE id > ? "
                    + "GROUP BY entity ORDER BY count(*) DESC, entity")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** The audit lines after {@code id} about the given entity types, oldest first. */
    public static List<AuditEntry> linesAfter(Database db, long id, Collection<String> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            List<AuditEntry> out = new ArrayList<>();
            String in = String.join(", ", java.util.Collections.nCopies(entities.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE id > ? AND entity IN (" + in
                    + ") ORDER BY id")) {
                ps.setLong(1, id);
                int i = 2;
                for (String e : entities) {
                    ps.setString(i++, e);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(AuditQueries.map(rs).entry());
                    }
                }
            }
            return out;
        });
    }

    /** Every staff row's stamp, by id. */
    public static Map<Long, StaffStamp> staffStamps(Database db) {
        return db.withConnection(c -> {
            Map<Long, StaffStamp> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, created_at, leave_date, erased_on FROM staff ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new StaffStamp(rs.getLong(1), rs.getString(2), Jdbc.getDate(rs, "leave_date"),
                            Jdbc.getDate(rs, "erased_on")));
                }
            }
            return out;
        });
    }
}
