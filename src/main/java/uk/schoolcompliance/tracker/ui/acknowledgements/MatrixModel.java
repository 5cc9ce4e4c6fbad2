package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The staff × policy heat map as one compact byte per cell (5,000 × 100 is half a megabyte), built
 * from the calculator's obligations so it shows exactly what every other figure counts. Rows are the
 * staff in post on the as-of date, columns the active policies with a version in effect. No JavaFX.
 */
public final class MatrixModel {

    public static final byte NOT_IN_SCOPE = 0;
    public static final byte DONE = 1;
    public static final byte DUE = 2;
    public static final byte OVERDUE = 3;
    public static final byte ABSENT = 4;

    private final ComplianceCalculator calc;
    private final List<StaffMember> staff;
    private final List<Policy> policies;
    private final byte[] cells;
    private final int[] overdueByRow;
    private final int[] overdueByCol;

    private MatrixModel(ComplianceCalculator calc, List<StaffMember> staff, List<Policy> policies) {
        this.calc = calc;
        this.staff = staff;
        this.policies = policies;
        this.cells = new byte[staff.size() * policies.size()];
        this.overdueByRow = new int[staff.size()];
        this.overdueByCol = new int[policies.size()];
    }

    public static MatrixModel build(ComplianceCalculator calc) {
        List<StaffMember> staff = new ArrayList<>(calc.data().staff().stream().filter(s -> s.inPostOn(calc.asOf())).toList());
        staff.sort(Comparator.comparing(StaffMember::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(StaffMember::givenName, String.CASE_INSENSITIVE_ORDER));
        List<Policy> policies = new ArrayList<>(calc.data().policies().stream().filter(Policy::isActive)
                .filter(p -> ComplianceRules.requiredVersionIndex(calc.data().versions(p.id()), calc.asOf()) >= 0).toList());
        policies.sort(Comparator.comparing(Policy::title, String.CASE_INSENSITIVE_ORDER));
        MatrixModel m = new MatrixModel(calc, List.copyOf(staff), List.copyOf(policies));
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < staff.size(); i++) {
            rowOf.put(staff.get(i).id(), i);
        }
        Map<Long, Integer> colOf = new HashMap<>();
        for (int i = 0; i < policies.size(); i++) {
            colOf.put(policies.get(i).id(), i);
        }
        int cols = policies.size();
        calc.forEachObligation(o -> {
            Integer r = rowOf.get(o.staff().id());
            Integer c = colOf.get(o.policy().id());
            if (r == null || c == null) {
                return;
            }
            byte code = switch (o.status()) {
                case SATISFIED -> DONE;
                case DUE -> DUE;
                case OVERDUE -> OVERDUE;
                case ABSENT -> ABSENT;
            };
            m.cells[r * cols + c] = code;
            if (code == OVERDUE) {
                m.overdueByRow[r]++;
                m.overdueByCol[c]++;
            }
        });
        return m;
    }

    public int rows() {
        return staff.size();
    }

    public int columns() {
        return policies.size();
    }

    public byte status(int row, int col) {
        return cells[row * policies.size() + col];
    }

    public StaffMember staff(int row) {
        return staff.get(row);
    }

    public Policy policy(int col) {
        return policies.get(col);
    }

    public List<StaffMember> staff() {
        return staff;
    }

    public List<Policy> policies() {
        return policies;
    }

    public ComplianceCalculator calculator() {
        return calc;
    }

    /** The obligation behind a cell (empty for a cell not in scope). */
    public java.util.Optional<Obligation> obligation(int row, int col) {
        return calc.obligation(staff(row), policy(col));
    }

    /** The filter of the page: all null/false/empty shows everything. */
    public record Filter(StaffCategory category, String area, Policy policy, boolean overdueOnly, String name) {
        public static final Filter NONE = new Filter(null, null, null, false, "");
    }

    /** The row indexes the filter keeps, in order. */
    public int[] visibleRows(Filter f, int[] visibleCols) {
        String q = f.name() == null ? "" : f.name().trim().toLowerCase(Locale.ROOT);
        int[] out = new int[staff.size()];
        int n = 0;
        for (int r = 0; r < staff.size(); r++) {
            StaffMember s = staff.get(r);
            if (f.category() != null && s.category() != f.category()) {
                continue;
            }
            if (!q.isEmpty() && !(s.fullName() + " " + s.sortName() + " " + (s.staffRef() == null ? "" : s.staffRef()))
                    .toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            if (f.overdueOnly() && !anyOverdue(r, visibleCols)) {
                continue;
            }
            out[n++] = r;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The column indexes the filter keeps, in order. */
    public int[] visibleColumns(Filter f) {
        int[] out = new int[policies.size()];
        int n = 0;
        for (int c = 0; c < policies.size(); c++) {
            Policy p = policies.get(c);
            if (f.policy() != null && p.id() != f.policy().id()) {
                continue;
            }
            if (f.area() != null && !f.area().equalsIgnoreCase(p.area())) {
                continue;
            }
            if (f.overdueOnly() && overdueByCol[c] == 0) {
                continue;
            }
            out[n++] = c;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private boolean anyOverdue(int row, int[] cols) {
        if (overdueByRow[row] == 0) {
            return false;
        }
        int base = row * policies.size();
        for (int c : cols) {
            if (cells[base + c] == OVERDUE) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gap passes the filter (for the outstanding list and the figures). */
    public static boolean keeps(Filter f, Obligation o) {
        if (f.category() != null && o.staff().category() != f.category()) {
            return false;
        }
        if (f.area() != null && !f.area().equalsIgnoreCase(o.policy().area())) {
            return false;
        }
        if (f.policy() != null && o.policy().id() != f.policy().id()) {
            return false;
        }
        if (f.overdueOnly() && o.status() != uk.schoolcompliance.tracker.domain.ObligationStatus.OVERDUE) {
            return false;
        }
        String q = f.name() == null ? "" : f.name().trim().toLowerCase(Locale.ROOT);
        return q.isEmpty() || (o.staff().fullName() + " " + o.staff().sortName()).toLowerCase(Locale.ROOT).contains(q);
    }
}
