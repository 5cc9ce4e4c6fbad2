package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationSource;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Tally;

/**
 * Rules 1-3 and 5 of docs/rules.md as set-based SQL: the database answers the figures, the gap lists and the
 * matrix's cells, so nothing reads every acknowledgement into memory. One chain of CTEs ({@link #OBLIGATIONS})
 * gives one row per in-scope person x policy with its status and due date; the questions differ only in how
 * they finish it (count, group, list). Plain SQL with CTEs and window functions; what SQLite and PostgreSQL
 * write differently (date arithmetic, case-insensitive ordering, a date parameter) comes from {@link SqlDialect}.
 *
 * <p>People, policies and versions are named by id in the rows and looked up in {@code data}, a snapshot of
 * the same file without acknowledgements. {@code staffSchools} (null: the whole file) keeps the answers to
 * the people of those school rows, as {@link SchoolData#forSchool} does. The Java rules
 * ({@code domain.ComplianceRules}) are the reference: {@code FigureEquivalenceTest} compares both.
 */
public final class FigureQueries implements ObligationSource {

    private static final String D = "params.d";

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

    private static final String TALLY_COLUMNS = """
            sum(CASE WHEN o.status <> 'A' THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'S' THEN 1 ELSE 0 END),
            sum(CASE WHEN o.status IN ('D', 'O') THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'O' THEN 1 ELSE 0 END),
            sum(CASE WHEN o.status = 'A' THEN 1 ELSE 0 END)""";

    private static final String ROW_COLUMNS = "o.staff_id, o.policy_id, o.req_version_id, o.status, o.due, "
            + "a.id, a.version_id, a.ack_date, a.method, a.recorded_by, a.note";

    private final Database db;
    private final SqlDialect dialect;
    private final String obligations;
    private final SchoolData data;
    private final List<Long> staffSchools;
    private final Map<Long, StaffMember> staffById = new HashMap<>();
    private final Map<Long, Policy> policyById = new HashMap<>();
    private final Map<Long, PolicyVersion> versionById = new HashMap<>();

    /**
     * @param data         the same file's people, policies and versions (acknowledgements not needed)
     * @param staffSchools the school rows whose people to answer for; null for the whole file
     */
    public FigureQueries(Database db, SchoolData data, Collection<Long> staffSchools) {
        this.db = db;
        this.dialect = db.dialect();
        this.obligations = obligations(dialect);
        this.data = data;
        this.staffSchools = staffSchools == null ? null : List.copyOf(staffSchools);
        data.staff().forEach(s -> staffById.put(s.id(), s));
        data.policies().forEach(p -> {
            policyById.put(p.id(), p);
            data.versions(p.id()).forEach(v -> versionById.put(v.id(), v));
        });
    }

    @Override
    public void forEachObligation(LocalDate asOf, Consumer<Obligation> visitor) {
        String sql = obligations + "SELECT " + ROW_COLUMNS + " FROM obligation o "
                + "JOIN policy p ON p.id = o.policy_id JOIN staff s ON s.id = o.staff_id "
                + "LEFT JOIN acknowledgement a ON a.id = o.ack_id ORDER BY " + dialect.caseless("p.title") + ", "
                + dialect.caseless("s.family_name") + ", " + dialect.caseless("s.given_name") + ", s.id";
        rows(sql, asOf, null, null, visitor);
    }

    @Override
    public List<Obligation> gaps(LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows(obligations + "SELECT " + ROW_COLUMNS + " FROM obligation o "
                + "LEFT JOIN acknowledgement a ON a.id = o.ack_id WHERE o.status <> 'S'", asOf, null, null, out::add);
        return out;
    }

    @Override
    public List<Obligation> obligations(Policy policy, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows(obligations + "SELECT " + ROW_COLUMNS + " FROM obligation o JOIN staff s ON s.id = o.staff_id "
                + "LEFT JOIN acknowledgement a ON a.id = o.ack_id ORDER BY " + dialect.caseless("s.family_name")
                + ", " + dialect.caseless("s.given_name") + ", s.id", asOf, policy.id(), null, out::add);
        return out;
    }

    @Override
    public Optional<Obligation> obligation(StaffMember staff, Policy policy, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows(obligations + "SELECT " + ROW_COLUMNS + " FROM obligation o "
                + "LEFT JOIN acknowledgement a ON a.id = o.ack_id", asOf, policy.id(), staff.id(), out::add);
        return out.stream().findFirst();
    }

    /** One policy x category cell of the figures. */
    private record Cell(long policyId, StaffCategory category) {
    }

    /** The last grid asked for: the dashboard asks the total, per policy and per category of one date. */
    private LocalDate gridDate;
    private Map<Cell, Tally> grid;

    /**
     * The figures per policy and staff category in one pass of the database; the total, the per-policy and the
     * per-category figures are sums of it, so the dashboard asks the database once, not three times.
     */
    private synchronized Map<Cell, Tally> grid(LocalDate asOf) {
        if (grid != null && asOf.equals(gridDate)) {
            return grid;
        }
        Map<Cell, Tally> out = new HashMap<>();
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(filtered(obligations + "SELECT o.policy_id, " + TALLY_COLUMNS
                    + ", o.category FROM obligation o GROUP BY o.policy_id, o.category", null, null))) {
                bind(ps, asOf, null, null);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Tally t = tally(rs);
                        if (t != null) {
                            out.put(new Cell(rs.getLong(1), StaffCategory.fromCode(rs.getString(7))), t);
                        }
                    }
                }
            }
            return null;
        });
        gridDate = asOf;
        grid = out;
        return out;
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.inScope() + b.inScope(), a.done() + b.done(), a.outstanding() + b.outstanding(),
                a.overdue() + b.overdue(), a.absent() + b.absent());
    }

    @Override
    public Tally total(LocalDate asOf) {
        Tally total = Tally.EMPTY;
        for (Tally t : grid(asOf).values()) {
            total = sum(total, t);
        }
        return total;
    }

    @Override
    public Map<Long, Tally> tallyByPolicy(LocalDate asOf) {
        Map<Long, Tally> out = new HashMap<>();
        grid(asOf).forEach((cell, t) -> out.merge(cell.policyId(), t, FigureQueries::sum));
        return out;
    }

    /** The figures per school row of the people (for a school's part of the file). */
    public Map<Long, Tally> tallyBySchool(LocalDate asOf) {
        return tallies(obligations + "SELECT o.school_id, " + TALLY_COLUMNS + " FROM obligation o GROUP BY o.school_id",
                asOf);
    }

    @Override
    public Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf) {
        Map<StaffCategory, Tally> out = new EnumMap<>(StaffCategory.class);
        grid(asOf).forEach((cell, t) -> out.merge(cell.category(), t, FigureQueries::sum));
        return out;
    }

    @Override
    public Map<Long, Map<Long, LocalDate>> firstAcksOfInducted(LocalDate asOf) {
        return firstAcks("a.staff_id IN (SELECT staff_id FROM induction_plan)", asOf, null);
    }

    @Override
    public Map<Long, LocalDate> firstAckByPolicy(long staffId, LocalDate asOf) {
        return firstAcks("a.staff_id = ?", asOf, staffId).getOrDefault(staffId, Map.of());
    }

    private Map<Long, Map<Long, LocalDate>> firstAcks(String which, LocalDate asOf, Long staffId) {
        String sql = "SELECT a.staff_id, v.policy_id, min(a.ack_date) FROM acknowledgement a "
                + "JOIN policy_version v ON v.id = a.version_id WHERE a.voided_at IS NULL AND a.ack_date <= "
                + dialect.dateParameter() + " AND " + which + " GROUP BY a.staff_id, v.policy_id";
        return db.withConnection(c -> {
            Map<Long, Map<Long, LocalDate>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.setDate(ps, 1, asOf);
                if (staffId != null) {
                    ps.setLong(2, staffId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    Jdbc.Dedup dedup = new Jdbc.Dedup();
                    while (rs.next()) {
                        long staff = rs.getLong(1);
                        if (staffById.containsKey(staff)) {
                            out.computeIfAbsent(staff, k -> new HashMap<>()).put(rs.getLong(2), dedup.date(rs.getString(3)));
                        }
                    }
                }
            }
            return out;
        });
    }

    private Map<Long, Tally> tallies(String sql, LocalDate asOf) {
        Map<Long, Tally> out = new HashMap<>();
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(filtered(sql, null, null))) {
                bind(ps, asOf, null, null);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Tally t = tally(rs);
                        if (t != null) {
                            out.put(rs.getLong(1), t);
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The tally in columns 2-6; null for the empty group of an aggregate over no rows. */
    private static Tally tally(ResultSet rs) throws SQLException {
        int inScope = rs.getInt(2);
        if (rs.wasNull()) {
            return null;
        }
        return new Tally(inScope, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
    }

    private void rows(String sql, LocalDate asOf, Long policyId, Long staffId, Consumer<Obligation> visitor) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(filtered(sql, policyId, staffId))) {
                bind(ps, asOf, policyId, staffId);
                try (ResultSet rs = ps.executeQuery()) {
                    Jdbc.Dedup dedup = new Jdbc.Dedup();
                    while (rs.next()) {
                        Obligation o = obligation(rs, dedup);
                        if (o != null) {
                            visitor.accept(o);
                        }
                    }
                }
            }
            return null;
        });
    }

    /**
     * The row as an obligation; null when it names someone or something the snapshot does not hold (written
     * after the snapshot was read: the next question, on a fresh snapshot, includes it).
     */
    private Obligation obligation(ResultSet rs, Jdbc.Dedup dedup) throws SQLException {
        StaffMember staff = staffById.get(rs.getLong(1));
        Policy policy = policyById.get(rs.getLong(2));
        PolicyVersion required = versionById.get(rs.getLong(3));
        if (staff == null || policy == null || required == null) {
            return null;
        }
        ObligationStatus status = switch (rs.getString(4)) {
            case "S" -> ObligationStatus.SATISFIED;
            case "A" -> ObligationStatus.ABSENT;
            case "O" -> ObligationStatus.OVERDUE;
            default -> ObligationStatus.DUE;
        };
        LocalDate due = dedup.date(rs.getString(5));
        Acknowledgement by = null;
        long ackId = rs.getLong(6);
        if (!rs.wasNull() && status == ObligationStatus.SATISFIED) {
            by = new Acknowledgement(ackId, staff.id(), rs.getLong(7), dedup.date(rs.getString(8)),
                    dedup.method(rs.getString(9)), dedup.text(rs.getString(10)), rs.getString(11), false, null);
        }
        return new Obligation(staff, policy, required, status, due, by);
    }

    private String filtered(String sql, Long policyId, Long staffId) {
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
        boolean withAck = !sql.contains(TALLY_COLUMNS);
        return sql.replace("/*POLICY*/", policyId == null ? "" : "AND p.id = ?")
                .replace("/*STAFF*/", staff)
                .replace("/*ACKSTAFF*/", ackStaff)
                .replace("/*PICKED*/", withAck ? "pk.ack_id" : "NULL")
                .replace("/*PICK*/", withAck
                        ? "LEFT JOIN pick pk ON pk.staff_id = sc.staff_id AND pk.policy_id = sc.policy_id AND pk.rn = 1"
                        : "");
    }

    /**
     * Parameters in the order of the text: date, grace, the policy filter (req), the staff filters (scope), the
     * same staff filters again (counting).
     */
    private void bind(PreparedStatement ps, LocalDate asOf, Long policyId, Long staffId) throws SQLException {
        int i = 1;
        Jdbc.setDate(ps, i++, asOf);
        ps.setInt(i++, data.defaultGraceDays());
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
