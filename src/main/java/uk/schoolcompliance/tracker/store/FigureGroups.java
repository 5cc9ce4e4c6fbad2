package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Tally;

/**
 * The figures grouped in the database: the obligations ({@link ObligationsSql}) counted per policy and staff
 * category (the dashboard's total, per-policy and per-category figures are sums of that one grid), per school row of
 * the people, and per school row x policy (the trust dashboard's overview and heat map, in one pass).
 */
final class FigureGroups {

    private final Database db;
    private final ObligationsSql sql;

    FigureGroups(Database db, ObligationsSql sql) {
        this.db = db;
        this.sql = sql;
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
            try (PreparedStatement ps = sql.prepare(c, "SELECT o.policy_id, " + ObligationsSql.TALLY_COLUMNS
                    + ", o.category FROM obligation o GROUP BY o.policy_id, o.category", asOf, null, null, false);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = tally(rs);
                    if (t != null) {
                        out.put(new Cell(rs.getLong(1), StaffCategory.fromCode(rs.getString(7))), t);
                    }
                }
            }
            return null;
        });
        gridDate = asOf;
        grid = out;
        return out;
    }

    static Tally sum(Tally a, Tally b) {
        return new Tally(a.inScope() + b.inScope(), a.done() + b.done(), a.outstanding() + b.outstanding(),
                a.overdue() + b.overdue(), a.absent() + b.absent());
    }

    Tally total(LocalDate asOf) {
        Tally total = Tally.EMPTY;
        for (Tally t : grid(asOf).values()) {
            total = sum(total, t);
        }
        return total;
    }

    Map<Long, Tally> tallyByPolicy(LocalDate asOf) {
        Map<Long, Tally> out = new HashMap<>();
        grid(asOf).forEach((cell, t) -> out.merge(cell.policyId(), t, FigureGroups::sum));
        return out;
    }

    Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf) {
        Map<StaffCategory, Tally> out = new EnumMap<>(StaffCategory.class);
        grid(asOf).forEach((cell, t) -> out.merge(cell.category(), t, FigureGroups::sum));
        return out;
    }

    /** The figures per school row of the people (for a school's part of the file). */
    Map<Long, Tally> tallyBySchool(LocalDate asOf) {
        Map<Long, Tally> out = new HashMap<>();
        db.withConnection(c -> {
            try (PreparedStatement ps = sql.prepare(c, "SELECT o.school_id, " + ObligationsSql.TALLY_COLUMNS
                    + " FROM obligation o GROUP BY o.school_id", asOf, null, null, false);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = tally(rs);
                    if (t != null) {
                        out.put(rs.getLong(1), t);
                    }
                }
            }
            return null;
        });
        return out;
    }

    /**
     * The figures per school row of the people and policy, in one pass of the database: school row id, then policy
     * id, then the tally (pairs with no obligation are left out).
     */
    Map<Long, Map<Long, Tally>> tallyBySchoolAndPolicy(LocalDate asOf) {
        Map<Long, Map<Long, Tally>> out = new HashMap<>();
        db.withConnection(c -> {
            try (PreparedStatement ps = sql.prepare(c, "SELECT o.school_id, " + ObligationsSql.TALLY_COLUMNS
                    + ", o.policy_id FROM obligation o GROUP BY o.school_id, o.policy_id", asOf, null, null, false);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = tally(rs);
                    if (t != null) {
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(7), t);
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
}
