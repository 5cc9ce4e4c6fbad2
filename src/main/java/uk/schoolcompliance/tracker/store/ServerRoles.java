package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what on a trust's server (issue #19): the grants table {@code tracker_grant} (login, role, school)
 * that PostgreSQL's row-level security reads, and each login's membership of its role's group role, kept in step
 * by the database ({@code tracker_sync_login}, db/postgresql/V90). Java only asks and records; the server enforces.
 * Every change is audited in its own transaction. On a file there is one local user and nothing here applies.
 */
public final class ServerRoles {

    /** The roles, in the order they are listed. */
    public static final List<String> ROLES = List.of("trust-admin", "school-office", "school-leader", "governor");

    /** One grant: a login holds a role, at a school (null: the whole trust). */
    public record Grant(String login, String role, Long schoolId) {
    }

    private final Database db;
    private final AuditRepository audit;

    public ServerRoles(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The login connected ({@code session_user}, as the server knows it). */
    public String login() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT session_user"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** The connected login's own grants (read through the database's definer function, whatever its role). */
    public List<Grant> mine() {
        return grants("SELECT session_user, role, school_id FROM tracker_my_grants()");
    }

    /**
     * True when the connected login may give and take roles: a trust admin, the owner of the tracker's tables
     * (who runs {@code server-init} and gives the first trust admin its role) or a superuser.
     */
    public boolean mayAdminister() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tracker_is_trust_admin() "
                    + "OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) "
                    + "OR EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                    + "AND tablename = 'tracker_grant' AND tableowner = session_user)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** True when the connected login owns the tables or is a superuser (row-level security does not hold it). */
    public boolean isOwnerOrSuperuser() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) "
                    + "OR EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                    + "AND tablename = 'tracker_grant' AND tableowner = session_user)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /**
     * True when connected to a server as a login whose only role is governor: it may read figures (counts) and the
     * review schedule, never a table of people, so the app asks the governors' functions and views instead.
     */
    public boolean isGovernorOnly() {
        if (!db.isServer() || isOwnerOrSuperuser()) {
            return false;
        }
        List<Grant> own = mine();
        return !own.isEmpty() && own.stream().allMatch(g -> g.role().equals("governor"));
    }

    /** True when {@code login} is a PostgreSQL role that may log in (the trust's IT makes them, not the app). */
    public boolean loginExists(String login) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every grant the connected login may see (a trust admin: all), by login, role and school. */
    public List<Grant> all() {
        return grants("SELECT login, role, school_id FROM tracker_grant ORDER BY login, role, school_id NULLS FIRST");
    }

    /**
     * Gives {@code login} the role at {@code schoolId} (null: the whole trust) and makes it a member of the role's
     * group; false, changing nothing, when it already holds it. Audited in the same transaction.
     */
    public boolean grant(String login, String role, Long schoolId) {
        return db.inTransaction(c -> {
            Grant g = new Grant(login, role, schoolId);
            if (all().contains(g)) {
                return false;
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tracker_grant (login, role, school_id, "
                    + "granted_by, granted_at) VALUES (?, ?, ?, session_user, ?) RETURNING id")) {
                ps.setString(1, login);
                ps.setString(2, role);
                Jdbc.setLong(ps, 3, schoolId);
                ps.setString(4, Instant.now(db.clock()).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            sync(c, login);
            audit.record("tracker_grant", id, "grant", null, g);
            return true;
        });
    }

    /**
     * Takes from {@code login} its grants of {@code role} (null: every role) at {@code schoolId} (null: any school),
     * and its membership of each group it no longer needs; returns what was taken. Audited in the same transaction.
     */
    public List<Grant> revoke(String login, String role, Long schoolId) {
        return db.inTransaction(c -> {
            List<Grant> taken = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, login, role, school_id FROM tracker_grant "
                    + "WHERE login = ? AND (CAST(? AS TEXT) IS NULL OR role = ?) "
                    + "AND (CAST(? AS BIGINT) IS NULL OR school_id = ?) ORDER BY role, school_id NULLS FIRST")) {
                ps.setString(1, login);
                ps.setString(2, role);
                ps.setString(3, role);
                Jdbc.setLong(ps, 4, schoolId);
                Jdbc.setLong(ps, 5, schoolId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        taken.add(new Grant(rs.getString(2), rs.getString(3), Jdbc.getLong(rs, "school_id")));
                    }
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM tracker_grant WHERE id = ?")) {
                    ps.setLong(1, ids.get(i));
                    if (ps.executeUpdate() != 1) {
                        throw new StoreException("The grant " + taken.get(i) + " could not be taken: nothing was changed");
                    }
                }
                audit.record("tracker_grant", ids.get(i), "revoke", taken.get(i), null);
            }
            if (!taken.isEmpty()) {
                sync(c, login);
            }
            return taken;
        });
    }

    private static void sync(java.sql.Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tracker_sync_login(?)")) {
            ps.setString(1, login);
            ps.executeQuery().close();
        }
    }

    private List<Grant> grants(String sql) {
        return db.withConnection(c -> {
            List<Grant> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Grant(rs.getString(1), rs.getString(2), Jdbc.getLong(rs, "school_id")));
                }
            }
            return out;
        });
    }
}
