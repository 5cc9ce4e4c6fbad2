package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The text of the figures' one chain of CTEs ({@link #OBLIGATIONS}: rules 1-3 and 5 of docs/rules.md, one row per
 * in-scope person x policy), written in a dialect's words ({@link SqlDialect}), with its filters (a policy, a person,
 * the people of some school rows) filled in and its parameters bound. The questions ({@link FigureQueries},
 * {@link FigureGroups}, {@link ObligationRows}) differ only in how they finish it.
 */
final class ObligationsSql {

    /**
     * One row per obligation: staff_id, policy_id, category, school_id, req_version_id, status ('S' satisfied,
     * 'D' due, 'O' overdue, 'A' absent), due, ack_id (the satisfying acknowledgement, if any; left out of the
     * counts). Placeholders ({@link #filtered}) for the policy and staff filters and the satisfying
     * acknowledgement; parameters ({@link #bind}): the as-of date and the file's grace period, then the filters'.
     */
    static final String OBLIGATIONS = """
            WITH params AS (
                SELECT %1$s AS d, ? AS grace
            ),
            ver AS (        -- versions, oldest first per policy (by effective date, then id)
                SELECT id, policy_id, effective_from, material,
                       row_number() OVER (PARTITION BY policy_id ORDER BY effective_from, id) AS rn
                FROM policy_version
            ),
            req AS (        -- rule 2: the newest version in effect that is a material change (the first always is)
                SELECT p.id AS policy_id, p.school_id AS policy_school, p.reack_months, p.grace_days AS policy_grace,
                       max(ver.rn) AS req_rn
                FROM policy p JOIN ver ON ver.policy_id = p.id CROSS JOIN params
                WHERE p.status = 'active' AND ver.effective_from <= params.d AND (ver.rn = 1 OR ver.material = 1)
                      /*POLICY*/
                GROUP BY p.id, p.school_id, p.reack_months, p.grace_days
            ),
            reqv AS (
                SELECT req.*, ver.id AS req_version_id, ver.effective_from AS req_from
                FROM req JOIN ver ON ver.policy_id = req.policy_id AND ver.rn = req.req_rn
            ),
            scope AS (      -- rule 1: in post on D, in the audience, the policy trust-wide or their school's
                SELECT s.id AS staff_id, s.category, s.school_id, s.start_date, s.absence_from, s.absence_to,
                       r.policy_id, r.req_rn, r.req_version_id, r.req_from, r.reack_months,
                       COALESCE(r.policy_grace, sch.grace_days, params.grace) AS grace
                FROM reqv r
                JOIN policy_audience a ON a.policy_id = r.policy_id
                JOIN staff s ON s.category = a.category
                LEFT JOIN school sch ON sch.id = s.school_id
                CROSS JOIN params
                WHERE s.start_date <= params.d AND (s.leave_date IS NULL OR s.leave_date > params.d)
                  AND (r.policy_school IS NULL OR r.policy_school = s.school_id)
                  /*STAFF*/
            ),
            okv AS (        -- the versions that satisfy each policy's required version: it or any later one
                SELECT r.policy_id, r.reack_months, v.id AS version_id
                FROM reqv r JOIN ver v ON v.policy_id = r.policy_id AND v.rn >= r.req_rn
            ),
            counting AS (   -- acknowledgements that count on D (not void, not after D), with a periodic one's expiry
                SELECT a.staff_id, o.policy_id, a.id AS ack_id, a.ack_date,
                       CASE WHEN o.reack_months IS NULL THEN NULL ELSE %2$s END AS expiry
                FROM acknowledgement a
                JOIN okv o ON o.version_id = a.version_id
                CROSS JOIN params
                WHERE a.voided_at IS NULL AND a.ack_date <= params.d
                      /*ACKSTAFF*/
            ),
            best AS (       -- a still-current one satisfies; the latest expiry of the others moves the due date
                SELECT staff_id, policy_id,
                       max(CASE WHEN expiry IS NULL OR expiry > params.d THEN 1 ELSE 0 END) AS satisfied,
                       max(CASE WHEN expiry <= params.d THEN expiry END) AS last_expired
                FROM counting CROSS JOIN params
                GROUP BY staff_id, policy_id
            ),
            pick AS (       -- the satisfying one: the newest still current (the first recorded of a day)
                SELECT staff_id, policy_id, ack_id,
                       row_number() OVER (PARTITION BY staff_id, policy_id ORDER BY ack_date DESC, ack_id) AS rn
                FROM counting CROSS JOIN params
                WHERE expiry IS NULL OR expiry > params.d
            ),
            ind AS (        -- a new starter's induction item for the policy sets its own due date
                SELECT pl.staff_id, i.policy_id, i.due_date,
                       row_number() OVER (PARTITION BY pl.staff_id, i.policy_id ORDER BY i.position, i.id) AS rn
                FROM induction_item i JOIN induction_plan pl ON pl.id = i.plan_id
                WHERE i.kind = 'policy'
            ),
            due AS (        -- rule 3
                SELECT sc.*, COALESCE(b.satisfied, 0) AS satisfied, /*PICKED*/ AS ack_id,
                       CASE WHEN ind.due_date IS NOT NULL AND b.last_expired IS NULL AND sc.start_date >= sc.req_from
                            THEN ind.due_date
                            ELSE %3$s END AS due
                FROM scope sc
                LEFT JOIN best b ON b.staff_id = sc.staff_id AND b.policy_id = sc.policy_id
                /*PICK*/
                LEFT JOIN ind ON ind.staff_id = sc.staff_id AND ind.policy_id = sc.policy_id AND ind.rn = 1
            ),
            obligation AS ( -- absent people are listed apart; overdue only after the due date
                SELECT du.staff_id, du.policy_id, du.category, du.school_id, du.req_version_id, du.due, du.ack_id,
                       CASE WHEN du.satisfied = 1 THEN 'S'
                            WHEN du.absence_from IS NOT NULL AND du.absence_from <= params.d
                                 AND (du.absence_to IS NULL OR du.absence_to >= params.d) THEN 'A'
                            WHEN params.d > du.due THEN 'O'
                            ELSE 'D' END AS status
                FROM due du CROSS JOIN params
            )
            """;

    /** {@link #OBLIGATIONS} in a dialect's words. */
    static String obligations(SqlDialect d) {
        return OBLIGATIONS.formatted(d.dateParameter(), d.plusMonths("a.ack_date", "o.reack_months"),
                d.plusDays(d.greatest(d.greatest("sc.req_from", "sc.start_date"),
                        "COALESCE(b.last_expired, sc.req_from)"), "sc.grace"));
    }

    /** The five counts of a group, in columns 2-6 after the group's key (read by {@code FigureGroups.tally}). */
    static final String TALLY_COLUMNS = """
            sum(CASE WHEN o.status <> 'A' THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'S' THEN 1 ELSE 0 END),
            sum(CASE WHEN o.status IN ('D', 'O') THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'O' THEN 1 ELSE 0 END),
            sum(CASE WHEN o.status = 'A' THEN 1 ELSE 0 END)""";

    /** An obligation's columns (read by {@code ObligationRows}): the row, then the satisfying acknowledgement's. */
    static final String ROW_COLUMNS = "o.staff_id, o.policy_id, o.req_version_id, o.status, o.due, "
            + "a.id, a.version_id, a.ack_date, a.method, a.recorded_by, a.note";

    final SqlDialect dialect;
    private final String obligations;
    private final List<Long> staffSchools;
    private final int graceDays;

    /** @param staffSchools the school rows whose people to answer for; null for the whole file */
    ObligationsSql(SqlDialect dialect, List<Long> staffSchools, int graceDays) {
        this.dialect = dialect;
        this.obligations = obligations(dialect);
        this.staffSchools = staffSchools == null ? null : List.copyOf(staffSchools);
        this.graceDays = graceDays;
    }

    /**
     * The obligations finished by {@code finish} (a statement reading {@code obligation o}), filtered and bound: ready
     * to run. {@code policyId} and {@code staffId} (null: all) narrow it to one policy, one person; {@code withAck}
     * finds each satisfied obligation's satisfying acknowledgement ({@code o.ack_id}, else null: the counts and the
     * gaps never need it, and it costs a window over every counting acknowledgement).
     */
    PreparedStatement prepare(Connection c, String finish, LocalDate asOf, Long policyId, Long staffId,
            boolean withAck) throws SQLException {
        PreparedStatement ps = c.prepareStatement(filtered(obligations + finish, policyId, staffId, withAck));
        try {
            bind(ps, asOf, policyId, staffId);
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    String filtered(String sql, Long policyId, Long staffId, boolean withAck) {
        StringBuilder schools = new StringBuilder();
        if (staffSchools != null) {
            schools.append("IN (");
            for (int i = 0; i < staffSchools.size(); i++) {
                schools.append(i == 0 ? "?" : ", ?");
            }
            schools.append(staffSchools.isEmpty() ? "NULL)" : ")");
        }
        String staff = (staffSchools == null ? "" : "AND s.school_id " + schools)
                + (staffId == null ? "" : " AND s.id = ?");
        String ackStaff = (staffSchools == null ? ""
                : "AND a.staff_id IN (SELECT sf.id FROM staff sf WHERE sf.school_id " + schools + ")")
                + (staffId == null ? "" : " AND a.staff_id = ?");
        return sql.replace("/*POLICY*/", policyId == null ? "" : "AND p.id = ?")
                .replace("/*STAFF*/", staff)
                .replace("/*ACKSTAFF*/", ackStaff)
                .replace("/*PICKED*/", withAck ? "pk.ack_id" : "CAST(NULL AS BIGINT)")
                .replace("/*PICK*/", withAck
                        ? "LEFT JOIN pick pk ON pk.staff_id = sc.staff_id AND pk.policy_id = sc.policy_id AND pk.rn = 1"
                        : "");
    }

    /**
     * Parameters in the order of the text: date, grace, the policy filter (req), the staff filters (scope), the
     * same staff filters again (counting).
     */
    void bind(PreparedStatement ps, LocalDate asOf, Long policyId, Long staffId) throws SQLException {
        int i = 1;
        Jdbc.setDate(ps, i++, asOf);
        ps.setInt(i++, graceDays);
        if (policyId != null) {
            ps.setLong(i++, policyId);
        }
        for (int pass = 0; pass < 2; pass++) {
            if (staffSchools != null) {
                for (Long school : staffSchools) {
                    ps.setLong(i++, school);
                }
            }
            if (staffId != null) {
                ps.setLong(i++, staffId);
            }
        }
    }
}
