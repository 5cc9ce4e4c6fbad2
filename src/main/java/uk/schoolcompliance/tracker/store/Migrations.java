package uk.schoolcompliance.tracker.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;

/** The schema of one database: what Flyway has applied, what it would apply, and applying it. */
final class Migrations {

    private final Database db;

    Migrations(Database db) {
        this.db = db;
    }

    Flyway flyway() {
        return FlywayRun.flyway(db);
    }

    /**
     * Applies what is pending (a database already current is left alone without starting Flyway: nothing of Flyway
     * is even loaded, see {@link FlywayRun}).
     */
    void migrate(boolean fresh, Runnable beforeChangingExisting) {
        if (!fresh && !Boolean.getBoolean("tracker.flyway.always") && schemaIsCurrent()) {
            return;
        }
        new FlywayRun(db, this).migrate(fresh, beforeChangingExisting);
    }

    boolean hasPending() {
        return new FlywayRun(db, this).hasPending();
    }

    void refuseNewer(Flyway flyway) {
        new FlywayRun(db, this).refuseNewer(flyway);
    }

    /** True when the database holds our five tables. */
    boolean hasOurTables() {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(db.dialect().countOurTables())) {
                rs.next();
                return rs.getInt(1) == 5;
            }
        });
    }

    boolean hasOurTablesOrIsEmpty() {
        return db.withConnection(c -> {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(db.dialect().listTables())) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables.isEmpty() || tables.contains("flyway_schema_history");
        });
    }

    /**
     * True when flyway_schema_history lists exactly the migrations this dialect runs, each applied successfully with
     * the same checksum: Flyway would then do nothing, so starting it (about a second) is skipped. Any doubt (no
     * history, a failed or extra row, a new or changed script, an unlistable class path) answers false and Flyway
     * runs as before, with all its checks.
     */
    boolean schemaIsCurrent() {
        try {
            if (db.dialect() == SqlDialect.SQLITE && !db.fileHoldsData()) {
                return false;
            }
            Map<String, MigrationIndex.Script> onPath = MigrationIndex.onClassPath(db.dialect());
            if (onPath.isEmpty()) {
                return false;
            }
            return db.withConnection(c -> {
                Map<String, MigrationIndex.Script> applied = new TreeMap<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT version, script, checksum, type, success "
                             + "FROM flyway_schema_history")) {
                    while (rs.next()) {
                        String version = rs.getString(1);
                        int checksum = rs.getInt(3);
                        boolean checksumNull = rs.wasNull();
                        if (version == null || checksumNull || !"SQL".equals(rs.getString(4)) || !rs.getBoolean(5)
                                || applied.put(version, new MigrationIndex.Script(version, rs.getString(2), checksum)) != null) {
                            return false;
                        }
                    }
                }
                return applied.equals(onPath);
            });
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The highest schema version applied, if any (a feature-range migration may be applied out of order). */
    Optional<String> schemaVersion() {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                String highest = null;
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (rs.getBoolean(2) && (highest == null || compareVersions(v, highest) > 0)) {
                        highest = v;
                    }
                }
                return Optional.ofNullable(highest);
            } catch (SQLException e) {
                return Optional.empty();
            }
        });
    }

    /** Compares Flyway versions ("10" &lt; "50" &lt; "70.1") part by part, numerically. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        try {
            for (int i = 0; i < Math.max(x.length, y.length); i++) {
                long p = i < x.length ? Long.parseLong(x[i]) : 0;
                long q = i < y.length ? Long.parseLong(y[i]) : 0;
                if (p != q) {
                    return Long.compare(p, q);
                }
            }
            return 0;
        } catch (NumberFormatException notFlyways) {
            return a.compareTo(b);
        }
    }
}
