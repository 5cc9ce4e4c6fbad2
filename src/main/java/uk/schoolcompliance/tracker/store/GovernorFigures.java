package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationSource;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Tally;

/**
 * A governor's figures on a trust's server (#19): a governor may read no table of people, so the counts come from
 * the database's definer function {@code tracker_governor_figures} (the same obligations as {@link FigureQueries},
 * counted, for the governor's schools only) and the review schedule from the {@code governor_*} views (policies,
 * versions and reviews without owner, reviewer, notes or documents). Nobody is ever named: a question about
 * people (gaps, a policy's obligations) is refused with {@link #NO_PEOPLE}.
 */
public final class GovernorFigures implements ObligationSource {

    private record Row(long school, long policy, StaffCategory category, Tally tally) {
    }

    private final Database db;
    private final Set<Long> schools;
    private LocalDate rowsDate;
    private List<Row> rows;

    /** @param schools the school rows whose people to count; null: every one the governor may see */
    public GovernorFigures(Database db, Collection<Long> schools) {
        this.db = db;
        this.schools = schools == null ? null : Set.copyOf(schools);
    }

    /**
     * The governor's snapshot: their schools, the policies that apply there (their own and the trust-wide), the
     * versions and reviews; no people, acknowledgements or induction plans.
     */
    public static SchoolData snapshot(Database db, int graceDays) {
        return db.inTransaction(c -> {
            Map<Long, Set<StaffCategory>> audience = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT policy_id, category FROM governor_policy_audience");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audience.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(StaffCategory.class))
                            .add(StaffCategory.fromCode(rs.getString(2)));
                }
            }
            List<Policy> policies = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM governor_policy ORDER BY lower(title), title");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    policies.add(new Policy(id, Jdbc.getLong(rs, "school_id"), rs.getString("title"),
                            rs.getString("reference_code"), rs.getString("area"), rs.getInt("statutory") == 1, null,
                            rs.getString("approving_body"), Jdbc.getInteger(rs, "review_months"),
                            Jdbc.getInteger(rs, "reack_months"), Jdbc.getInteger(rs, "grace_days"),
                            Jdbc.getDate(rs, "next_review_override"), PolicyStatus.fromCode(rs.getString("status")),
                            audience.getOrDefault(id, EnumSet.noneOf(StaffCategory.class))));
                }
            }
            List<PolicyVersion> versions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM governor_policy_version ORDER BY policy_id, effective_from, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new PolicyVersion(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("label"),
                            rs.getString("document_sha256"), null, null, rs.getString("approved_by_body"), Jdbc.getDate(rs, "approved_on"), null,
                            Jdbc.getDate(rs, "effective_from"), null, rs.getInt("material") == 1));
                }
            }
            List<Review> reviews = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM governor_review ORDER BY policy_id, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outcome = rs.getString("outcome");
                    reviews.add(new Review(rs.getLong("id"), rs.getLong("policy_id"), Jdbc.getDate(rs, "due_date"),
                            Jdbc.getDate(rs, "planned_meeting"), null, Jdbc.getDate(rs, "completed_on"),
                            outcome == null ? null : ReviewOutcome.fromCode(outcome), null, rs.getString("approved_by_body"),
                            Jdbc.getDate(rs, "meeting_date"), null, Jdbc.getDate(rs, "next_due"),
                            Jdbc.getLong(rs, "version_id")));
                }
            }
            List<School> schoolRows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.name, s.urn, s.phase, s.grace_days "
                    + "FROM school s WHERE s.id IN (SELECT id FROM governor_school) ORDER BY s.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schoolRows.add(new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Jdbc.getInteger(rs, "grace_days")));
                }
            }
            SchoolData data = new SchoolData(List.<StaffMember>of(), policies, versions, List.of(), reviews, Map.of(),
                    schoolRows, graceDays);
            try (PreparedStatement ps = c.prepareStatement("SELECT tracker_in_trust()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1) ? data.markPartOfTrust() : data;
            }
        });
    }

    private synchronized List<Row> rows(LocalDate asOf) {
        if (rows != null && asOf.equals(rowsDate)) {
            return rows;
        }
        List<Row> out = db.withConnection(c -> {
            List<Row> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT school_id, policy_id, category, in_scope, done, "
                    + "outstanding, overdue, absent FROM tracker_governor_figures(?)")) {
                Jdbc.setDate(ps, 1, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long school = rs.getLong(1);
                        if (schools == null || schools.contains(school)) {
                            list.add(new Row(school, rs.getLong(2), StaffCategory.fromCode(rs.getString(3)),
                                    new Tally(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))));
                        }
                    }
                }
            }
            return list;
        });
        rowsDate = asOf;
        rows = out;
        return out;
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.inScope() + b.inScope(), a.done() + b.done(), a.outstanding() + b.outstanding(),
                a.overdue() + b.overdue(), a.absent() + b.absent());
    }

    @Override
    public Tally total(LocalDate asOf) {
        Tally total = Tally.EMPTY;
        for (Row r : rows(asOf)) {
            total = sum(total, r.tally());
        }
        return total;
    }

    @Override
    public Map<Long, Tally> tallyByPolicy(LocalDate asOf) {
        Map<Long, Tally> out = new HashMap<>();
        rows(asOf).forEach(r -> out.merge(r.policy(), r.tally(), GovernorFigures::sum));
        return out;
    }

    @Override
    public Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf) {
        Map<StaffCategory, Tally> out = new EnumMap<>(StaffCategory.class);
        rows(asOf).forEach(r -> out.merge(r.category(), r.tally(), GovernorFigures::sum));
        return out;
    }

    @Override
    public OptionalInt staffInPost(LocalDate asOf) {
        return OptionalInt.of(people(asOf, 2));
    }

    @Override
    public OptionalInt staffWithoutEmail(LocalDate asOf) {
        return OptionalInt.of(people(asOf, 3));
    }

    /** A column of {@code tracker_governor_staff_in_post} added up over the schools asked: 2 in post, 3 no email. */
    private int people(LocalDate asOf, int column) {
        return db.withConnection(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT school_id, in_post, no_email FROM tracker_governor_staff_in_post(?)")) {
                Jdbc.setDate(ps, 1, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (schools == null || schools.contains(rs.getLong(1))) {
                            n += rs.getInt(column);
                        }
                    }
                }
            }
            return n;
        });
    }

    @Override
    public Optional<InductionFigures> inductionFigures(LocalDate asOf) {
        return Optional.of(db.withConnection(c -> {
            int inProgress = 0;
            int overdue = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT school_id, in_progress, overdue_items FROM tracker_governor_inductions(?)")) {
                Jdbc.setDate(ps, 1, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (schools == null || schools.contains(rs.getLong(1))) {
                            inProgress += rs.getInt(2);
                            overdue += rs.getInt(3);
                        }
                    }
                }
            }
            return new InductionFigures(inProgress, overdue);
        }));
    }

    /** Why a list of people is refused to a governor (an empty list would read as "nobody has a gap"). */
    public static final String NO_PEOPLE = "a governor's login gives the figures and the review schedule, never a list "
            + "of people: ask the school's office or leader for the names";

    @Override
    public boolean namesPeople() {
        return false;
    }

    /** Nobody is named to a governor: a question about people is refused, never answered with an empty list. */
    @Override
    public void forEachObligation(LocalDate asOf, Consumer<Obligation> visitor) {
        throw new StoreException(NO_PEOPLE);
    }

    @Override
    public List<Obligation> gaps(LocalDate asOf) {
        throw new StoreException(NO_PEOPLE);
    }

    @Override
    public List<Obligation> obligations(Policy policy, LocalDate asOf) {
        throw new StoreException(NO_PEOPLE);
    }

    @Override
    public Optional<Obligation> obligation(StaffMember staff, Policy policy, LocalDate asOf) {
        throw new StoreException(NO_PEOPLE);
    }

    @Override
    public Map<Long, Map<Long, LocalDate>> firstAcksOfInducted(LocalDate asOf) {
        return Map.of();
    }

    @Override
    public Map<Long, LocalDate> firstAckByPolicy(long staffId, LocalDate asOf) {
        return Map.of();
    }
}
