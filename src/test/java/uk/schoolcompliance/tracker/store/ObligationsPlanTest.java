package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * Issue #17, "figures that grow with the obligations": SQLite answers the figures by looking up each in-scope person
 * x satisfying version's acknowledgements in an index, never by a pass over the whole acknowledgement table (which
 * made the 50,000 trust's figures cost what 7 million acknowledgements cost, not what 1.6 million obligations do).
 */
class ObligationsPlanTest {

    @TempDir
    Path dir;

    @Test
    void theAcknowledgementsAreLookedUpPerPersonAndVersionNotScanned() {
        TrackerServices trust = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        trust.generateTrust(400, 20, 3, TestDemo.AS_OF);
        Database db = trust.repositories().db();
        for (boolean withAck : new boolean[] {false, true}) {
            List<String> plan = plan(db, withAck);
            assertThat(plan).as("plan, with the satisfying acknowledgement: " + withAck)
                    .noneMatch(line -> line.matches("SCAN a\\b.*"))
                    .anyMatch(line -> line.matches("SEARCH a USING (COVERING )?INDEX \\w+ \\(staff_id=\\? AND version_id=\\?.*"));
        }
    }

    private static List<String> plan(Database db, boolean withAck) {
        ObligationsSql sql = new ObligationsSql(SqlDialect.SQLITE, null, 14);
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql.filtered(ObligationsSql
                    .obligations(SqlDialect.SQLITE) + "SELECT o.policy_id, " + ObligationsSql.TALLY_COLUMNS
                    + ", o.category FROM obligation o GROUP BY o.policy_id, o.category", null, null, withAck))) {
                sql.bind(ps, TestDemo.AS_OF, null, null);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(4));
                    }
                }
            }
            return out;
        });
    }
}
