package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a single school's file into a trust's server as one school of the trust: every row of its school, staff,
 * policies (with their audiences, versions and documents), reviews, acknowledgements, induction plans and audit
 * history, with every id moved past the server's highest (so nothing of the trust's is touched, and an empty server
 * gets the file's own ids). The file's policies become that school's own. Runs on the server's current transaction,
 * so the caller's one transaction makes it all or nothing; the server's tables are locked against other writers
 * for that time.
 */
public final class ServerCopy {

    /** Each table copied, parents first, with the columns that hold ids and the table each id is of. */
    private static final Map<String, Map<String, String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("school", Map.of("id", "school"));
        TABLES.put("staff", Map.of("id", "staff", "school_id", "school"));
        TABLES.put("policy", Map.of("id", "policy", "school_id", "school"));
        TABLES.put("policy_audience", Map.of("policy_id", "policy"));
        TABLES.put("policy_version", Map.of("id", "policy_version", "policy_id", "policy"));
        TABLES.put("review", Map.of("id", "review", "policy_id", "policy", "version_id", "policy_version"));
        TABLES.put("acknowledgement", Map.of("id", "acknowledgement", "staff_id", "staff", "version_id", "policy_version"));
        TABLES.put("induction_template_item", Map.of("id", "induction_template_item", "policy_id", "policy"));
        TABLES.put("induction_plan", Map.of("id", "induction_plan", "staff_id", "staff"));
        TABLES.put("induction_item", Map.of("id", "induction_item", "plan_id", "induction_plan", "policy_id", "policy"));
        TABLES.put("audit_log", Map.of("id", "audit_log"));
    }

    /** The audit log's entity names whose entity_id is a row of a copied table. */
    private static final Map<String, String> ENTITY_TABLES = Map.of("acknowledgement", "acknowledgement",
            "induction_item", "induction_item", "induction_plan", "induction_plan", "policy", "policy",
            "policy_version", "policy_version", "review", "review", "school", "school", "staff", "staff");

    /** What was copied: the school's id and name on the server, and how many rows of each table. */
    public record Result(long schoolId, String schoolName, Map<String, Integer> rows) {
    }

    private ServerCopy() {
    }

    /**
     * Copies {@code file} (a single school's) into {@code server} inside the server's current transaction.
     * {@code name} names the school on the server (null: its name in the file). Refused, changing nothing, when the
     * file holds several schools, or the server already has a school of that name or URN, or a policy of the same
     * title.
     */
    public static Result copy(Database file, Database server, String name) {
        if (!server.isInTransaction()) {
            throw new IllegalStateException("copy into the server inside one transaction");
        }
        return file.withConnection(from -> server.withConnection(to -> copy(file, from, to, server, name)));
    }

    private static Result copy(Database file, Connection from, Connection to, Database server, String name)
            throws SQLException {
        if (server.dialect() == SqlDialect.POSTGRESQL) {
            try (Statement st = to.createStatement()) {
                st.execute("LOCK TABLE setting, " + String.join(", ", TABLES.keySet()) + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
        List<Object[]> schools = rows(from, "SELECT id, name, urn, phase FROM school ORDER BY id");
        if (schools.size() != 1 || "trust".equals(schools.get(0)[3])) {
            throw new StoreException(file.location() + " holds " + schools.size() + " school"
                    + (schools.size() == 1 ? " (a trust's own row)" : "s") + "; copy-to-server copies one school's file");
        }
        String schoolName = name == null || name.isBlank() ? (String) schools.get(0)[1] : name.strip();
        Object urn = schools.get(0)[2];
        try (PreparedStatement ps = to.prepareStatement(
                "SELECT name FROM school WHERE lower(name) = lower(?) OR (urn IS NOT NULL AND urn = ?)")) {
            ps.setString(1, schoolName);
            ps.setString(2, urn == null ? null : urn.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException(server.location() + " already has the school " + rs.getString(1)
                            + (urn == null ? "" : " (or URN " + urn + ")") + ": was " + file.location()
                            + " copied before? Nothing was copied");
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        for (Object[] title : rows(from, "SELECT title FROM policy ORDER BY id")) {
            try (PreparedStatement ps = to.prepareStatement("SELECT title FROM policy WHERE lower(title) = lower(?)")) {
                ps.setString(1, (String) title[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && clashes.size() < 3) {
                        clashes.add(rs.getString(1));
                    }
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new StoreException(server.location() + " already has the polic" + (clashes.size() == 1 ? "y " : "ies ")
                    + String.join(", ", clashes) + " (titles are unique across the trust); rename "
                    + (clashes.size() == 1 ? "it" : "them") + " in " + file.location() + " first. Nothing was copied");
        }
        Map<String, Long> offsets = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            offsets.put(table, single(to, "SELECT coalesce(max(id), 0) FROM " + (table.equals("policy_audience")
                    ? "policy" : table)));
        }
        long schoolId = (Long) schools.get(0)[0] + offsets.get("school");
        boolean templates = single(to, "SELECT count(*) FROM induction_template_item") == 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> t : TABLES.entrySet()) {
            if (t.getKey().equals("induction_template_item") && !templates) {
                continue; // the trust's templates stay as they are; the school's plans are copied made
            }
            counts.put(t.getKey(), copyTable(from, to, t.getKey(), t.getValue(), offsets, schoolId, schoolName));
        }
        copySettings(from, to, schoolId);
        SqlDialect.afterExplicitIds(to, server.dialect(), TABLES.keySet().stream()
                .filter(t -> !t.equals("policy_audience")).toArray(String[]::new));
        return new Result(schoolId, schoolName, counts);
    }

    private static int copyTable(Connection from, Connection to, String table, Map<String, String> ids,
                                 Map<String, Long> offsets, long schoolId, String schoolName) throws SQLException {
        int n = 0;
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                + (table.equals("policy_audience") ? " ORDER BY policy_id, category" : " ORDER BY id"))) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(sql)) {
                while (rs.next()) {
                    String entityTable = table.equals("audit_log") ? ENTITY_TABLES.get(rs.getString("entity")) : null;
                    for (int i = 1; i <= columns.size(); i++) {
                        String column = columns.get(i - 1);
                        Object v = rs.getObject(i);
                        String of = ids.get(column);
                        if (table.equals("audit_log") && column.equals("entity_id") && entityTable != null) {
                            of = entityTable;
                        }
                        if (table.equals("school") && column.equals("name")) {
                            v = schoolName;
                        }
                        if (table.equals("policy") && column.equals("school_id")) {
                            v = schoolId; // the file's policies are its school's own on the server
                            of = null;
                        }
                        if (of != null && v != null) {
                            ps.setLong(i, ((Number) v).longValue() + offsets.get(of));
                        } else {
                            bind(ps, i, v);
                        }
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return n;
    }

    /** The file's settings the server lacks; a grace period unlike the server's becomes the school's own. */
    private static void copySettings(Connection from, Connection to, long schoolId) throws SQLException {
        Map<String, String> server = new LinkedHashMap<>();
        for (Object[] r : rows(to, "SELECT key, value FROM setting")) {
            server.put((String) r[0], (String) r[1]);
        }
        for (Object[] r : rows(from, "SELECT key, value FROM setting ORDER BY key")) {
            String key = (String) r[0];
            String value = (String) r[1];
            if (!server.containsKey(key)) {
                try (PreparedStatement ps = to.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                    ps.setString(1, key);
                    ps.setString(2, value);
                    ps.executeUpdate();
                }
            } else if (key.equals(SettingsRepository.GRACE_DAYS) && !server.get(key).equals(value)) {
                try (PreparedStatement ps = to.prepareStatement(
                        "UPDATE school SET grace_days = ? WHERE id = ? AND grace_days IS NULL")) {
                    ps.setInt(1, Integer.parseInt(value.trim()));
                    ps.setLong(2, schoolId);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else if (v instanceof Number num) {
            ps.setLong(i, num.longValue());
        } else {
            ps.setString(i, v.toString());
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                    if (row[i] instanceof Integer x) {
                        row[i] = x.longValue();
                    }
                }
                out.add(row);
            }
        }
        return out;
    }
}
