package uk.schoolcompliance.tracker.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationSource;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Tally;

/**
 * Rules 1-3 and 5 of docs/rules.md as set-based SQL: the database answers the figures, the gap lists and the
 * matrix's cells, so nothing reads every acknowledgement into memory. One chain of CTEs
 * ({@link ObligationsSql#OBLIGATIONS}) gives one row per in-scope person x policy with its status and due date; the
 * questions differ only in how they finish it: count and group it ({@link FigureGroups}), list it
 * ({@link ObligationRows}). Plain SQL with CTEs and window functions; what SQLite and PostgreSQL write differently
 * (date arithmetic, case-insensitive ordering, a date parameter) comes from {@link SqlDialect}.
 *
 * <p>People, policies and versions are named by id in the rows and looked up in {@code data}, a snapshot of
 * the same file without acknowledgements. {@code staffSchools} (null: the whole file) keeps the answers to
 * the people of those school rows, as {@link SchoolData#forSchool} does. The Java rules
 * ({@code domain.ComplianceRules}) are the reference: {@code FigureEquivalenceTest} compares both.
 */
public final class FigureQueries implements ObligationSource {

    private static final String ROWS = "SELECT " + ObligationsSql.ROW_COLUMNS + " FROM obligation o ";
    private static final String WITH_ACK = "LEFT JOIN acknowledgement a ON a.id = o.ack_id";

    private final SqlDialect dialect;
    private final SchoolData data;
    private final FigureGroups groups;
    private final ObligationRows rows;

    /**
     * @param data         the same file's people, policies and versions (acknowledgements not needed)
     * @param staffSchools the school rows whose people to answer for; null for the whole file
     */
    public FigureQueries(Database db, SchoolData data, Collection<Long> staffSchools) {
        this.dialect = db.dialect();
        this.data = data;
        ObligationsSql sql = new ObligationsSql(dialect, staffSchools == null ? null : List.copyOf(staffSchools),
                data.defaultGraceDays());
        this.groups = new FigureGroups(db, sql);
        this.rows = new ObligationRows(db, sql, data);
    }

    @Override
    public void forEachObligation(LocalDate asOf, Consumer<Obligation> visitor) {
        rows.rows(ROWS + "JOIN policy p ON p.id = o.policy_id JOIN staff s ON s.id = o.staff_id " + WITH_ACK
                + " ORDER BY " + dialect.caseless("p.title") + ", " + dialect.caseless("s.family_name") + ", "
                + dialect.caseless("s.given_name") + ", s.id", asOf, null, null, true, visitor);
    }

    @Override
    public List<Obligation> gaps(LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows.rows(ROWS + WITH_ACK + " WHERE o.status <> 'S'", asOf, null, null, false, out::add);
        return out;
    }

    /**
     * Every gap in {@link ComplianceCalculator#GAP_ORDER}, one at a time as the database gives them, so a long list
     * ({@code gaps --json} of a trust) is never held in memory: the database sorts when its caseless order of these
     * titles and names is the Java order (SQLite's NOCASE folds only A-Z: a name like "émile" against "Ézra" can
     * differ); otherwise the gaps are read and sorted here, as {@link ComplianceCalculator#gaps} does.
     */
    @Override
    public void forEachGap(LocalDate asOf, Consumer<Obligation> visitor) {
        if (!databaseSortsAsJava()) {
            List<Obligation> gaps = gaps(asOf);
            gaps.sort(ComplianceCalculator.GAP_ORDER);
            gaps.forEach(visitor);
            return;
        }
        rows.rows(ROWS + "JOIN policy p ON p.id = o.policy_id JOIN staff s ON s.id = o.staff_id " + WITH_ACK
                + " WHERE o.status <> 'S' ORDER BY " + dialect.caseless("p.title") + ", "
                + dialect.caseless("s.family_name") + ", " + dialect.caseless("s.given_name") + ", s.id, p.id",
                asOf, null, null, false, visitor);
    }

    private Boolean sortsAsJava;

    /** Whether the database's order of these policies' titles and these people's names is {@code GAP_ORDER}'s. */
    synchronized boolean databaseSortsAsJava() {
        if (sortsAsJava == null) {
            sortsAsJava = SameOrder.of(data, dialect.caselessOrder());
        }
        return sortsAsJava;
    }

    @Override
    public List<Obligation> obligations(Policy policy, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows.rows(ROWS + "JOIN staff s ON s.id = o.staff_id " + WITH_ACK + " ORDER BY "
                + dialect.caseless("s.family_name") + ", " + dialect.caseless("s.given_name") + ", s.id",
                asOf, policy.id(), null, true, out::add);
        return out;
    }

    @Override
    public Optional<Obligation> obligation(StaffMember staff, Policy policy, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        rows.rows(ROWS + WITH_ACK, asOf, policy.id(), staff.id(), true, out::add);
        return out.stream().findFirst();
    }

    @Override
    public Tally total(LocalDate asOf) {
        return groups.total(asOf);
    }

    @Override
    public Map<Long, Tally> tallyByPolicy(LocalDate asOf) {
        return groups.tallyByPolicy(asOf);
    }

    @Override
    public Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf) {
        return groups.tallyByCategory(asOf);
    }

    /** The figures per school row of the people (for a school's part of the file). */
    public Map<Long, Tally> tallyBySchool(LocalDate asOf) {
        return groups.tallyBySchool(asOf);
    }

    /**
     * The figures per school row of the people x policy id in one pass of the database (pairs with no obligation
     * left out): the trust's overview and its heat map from one question.
     */
    public Map<Long, Map<Long, Tally>> tallyBySchoolAndPolicy(LocalDate asOf) {
        return groups.tallyBySchoolAndPolicy(asOf);
    }

    @Override
    public Map<Long, Map<Long, LocalDate>> firstAcksOfInducted(LocalDate asOf) {
        return rows.firstAcks("a.staff_id IN (SELECT staff_id FROM induction_plan)", asOf, null);
    }

    @Override
    public Map<Long, LocalDate> firstAckByPolicy(long staffId, LocalDate asOf) {
        return rows.firstAcks("a.staff_id = ?", asOf, staffId).getOrDefault(staffId, Map.of());
    }
}
