package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.CliRun.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.CliRun.Result;

/**
 * The issue's figures of a generated trust ({@code generate --staff 5000 --policies 100 --seed 7}, as of 24/11/2026),
 * re-measured: {@code summary} says 163,639 acknowledgements required and 142,155 done (not 328,845 / 285,292, which
 * counted each school's own policies against every school's staff), and an independent SQL query on the file, written
 * from docs/rules.md rules 1, 2 and 5 and sharing no code with the app, gives the same for the whole file and for each
 * entry of {@code schools}. The same query, run with {@code sqlite3 FILE < query.sql}, is quoted in docs/rules.md.
 */
class TrustFiguresSqlTest {

    @TempDir
    Path dir;

    /**
     * Rules 1, 2 and 5 in SQL: the required version of each policy on D is the newest effective on or before D that is
     * a material change (the first one, by effective date then id, always counts); a pair (person, policy) is in scope
     * when the person is in post on D (start on or before D, no leave date on or before D), their category is in the
     * audience and the active policy is trust-wide or their school's; it is done with an acknowledgement, not voided,
     * dated on or before D, of the required version or a later one and (with periodic re-acknowledgement) younger than
     * the period. Required = done + the gaps of people not on long-term absence on D. One row per school id.
     */
    static final String QUERY = """
            WITH d(asof) AS (SELECT ?),
            ranked AS (
              SELECT v.id, v.policy_id, v.effective_from, v.material,
                     ROW_NUMBER() OVER (PARTITION BY v.policy_id ORDER BY v.effective_from, v.id) AS n
              FROM policy_version v),
            required AS (
              SELECT r.policy_id, r.n FROM ranked r, d
              WHERE r.effective_from <= d.asof AND (r.material = 1 OR r.n = 1)
                AND NOT EXISTS (SELECT 1 FROM ranked r2 WHERE r2.policy_id = r.policy_id AND r2.effective_from <= d.asof
                                AND (r2.material = 1 OR r2.n = 1) AND r2.n > r.n)),
            pairs AS (
              SELECT s.id AS staff_id, s.school_id, p.id AS policy_id, p.reack_months, q.n AS required_n,
                     (s.absence_from IS NOT NULL AND s.absence_from <= d.asof
                      AND (s.absence_to IS NULL OR s.absence_to >= d.asof)) AS absent
              FROM staff s, d
              JOIN policy p ON p.status = 'active' AND (p.school_id IS NULL OR p.school_id = s.school_id)
              JOIN policy_audience a ON a.policy_id = p.id AND a.category = s.category
              JOIN required q ON q.policy_id = p.id
              WHERE s.start_date <= d.asof AND (s.leave_date IS NULL OR s.leave_date > d.asof)),
            judged AS (
              SELECT pr.*, EXISTS (
                SELECT 1 FROM acknowledgement k JOIN ranked r ON r.id = k.version_id, d
                WHERE k.staff_id = pr.staff_id AND r.policy_id = pr.policy_id AND r.n >= pr.required_n
                  AND k.voided_at IS NULL AND k.ack_date <= d.asof
                  AND (pr.reack_months IS NULL OR date(k.ack_date, '+' || pr.reack_months || ' months') > d.asof)) AS done
              FROM pairs pr)
            SELECT (SELECT name FROM school WHERE id = j.school_id) AS school,
                   (SELECT phase FROM school WHERE id = j.school_id) AS phase,
                   SUM(done OR NOT absent) AS required, SUM(done) AS done
            FROM judged j GROUP BY j.school_id""";

    @Test
    void theGeneratedTrustsFiguresAreTheIssuesAndAnIndependentQueryAgrees() throws Exception {
        Path db = dir.resolve("trust.db");
        assertThat(run("generate", "--db", db.toString(), "--staff", "5000", "--policies", "100", "--seed", "7").code())
                .isZero();
        JsonMapper json = JsonMapper.builder().build();
        Result summary = run("summary", "--db", db.toString(), "--as-of", "2026-11-24", "--json");
        JsonNode acks = json.readTree(summary.out()).get("acknowledgements");
        assertThat(List.of(acks.get("required").asInt(), acks.get("done").asInt())).containsExactly(163_639, 142_155);

        Map<String, int[]> bySql = new HashMap<>();
        int required = 0;
        int done = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var ps = c.prepareStatement(QUERY)) {
            ps.setString(1, "2026-11-24");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = "trust".equals(rs.getString("phase")) ? "Central team" : rs.getString("school");
                    bySql.put(name, new int[] {rs.getInt("required"), rs.getInt("done")});
                    required += rs.getInt("required");
                    done += rs.getInt("done");
                }
            }
        }
        assertThat(List.of(required, done)).containsExactly(163_639, 142_155);

        JsonNode schools = json.readTree(run("schools", "--db", db.toString(), "--as-of", "2026-11-24", "--json").out());
        assertThat(schools).hasSize(56); // 55 academies and the central team
        for (JsonNode e : schools) {
            String name = e.get("name").asString();
            int[] sql = bySql.getOrDefault(name, new int[2]);
            assertThat(List.of(e.get("acknowledgements").get("required").asInt(), e.get("acknowledgements").get("done").asInt()))
                    .as(name).containsExactly(sql[0], sql[1]);
        }
    }
}
