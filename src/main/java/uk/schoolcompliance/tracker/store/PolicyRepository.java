package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/** Policies with their audiences. */
public final class PolicyRepository {

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public PolicyRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    public List<Policy> findAll() {
        return db.withConnection(c -> {
            Map<Long, Set<StaffCategory>> audiences = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT policy_id, category FROM policy_audience");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audiences.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(StaffCategory.class))
                            .add(StaffCategory.fromCode(rs.getString(2)));
                }
            }
            List<Policy> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM policy ORDER BY lower(title), title");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs, audiences.getOrDefault(rs.getLong("id"), Set.of())));
                }
            }
            return out;
        });
    }

    public Optional<Policy> findById(long id) {
        return findAll().stream().filter(p -> p.id() == id).findFirst();
    }

    /** Case-insensitive exact title. */
    public Optional<Policy> findByTitle(String title) {
        String t = title.trim();
        return findAll().stream().filter(p -> p.title().equalsIgnoreCase(t)).findFirst();
    }

    public Policy insert(Policy p) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy (school_id, title, reference_code, area, "
                    + "statutory, owner, approving_body, review_months, reack_months, grace_days, next_review_override, "
                    + "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = bind(ps, p);
                String now = Instant.now(db.clock()).toString();
                ps.setString(i++, now);
                ps.setString(i, now);
                ps.executeUpdate();
                Policy saved = p.withId(Jdbc.generatedId(ps));
                writeAudience(c, saved);
                audit.record("policy", saved.id(), "create", null, saved);
                return saved;
            }
        });
    }

    public Policy update(Policy p) {
        return update(p, null);
    }

    /** Where the policy's record stands: its version and who changed it last (issue #19). */
    public Optional<uk.schoolcompliance.tracker.domain.RecordStamp> stamp(long id) {
        return versions.stamp(RecordVersions.Table.POLICY, id);
    }

    /**
     * Saves an edit; with {@code opened} not null, only when the policy is still at the version its user opened
     * (else {@link RecordVersions.Stale}, nothing written). A change bumps the version (issue #19).
     */
    public Policy update(Policy p, Long opened) {
        return db.inTransaction(c -> {
            if (opened != null) {
                versions.check(c, RecordVersions.Table.POLICY, p.id(), opened);
            }
            Policy before = findById(p.id()).orElseThrow(() -> new StoreException("No policy " + p.id()));
            if (before.equals(p)) {
                return p;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE policy SET school_id = ?, title = ?, "
                    + "reference_code = ?, area = ?, statutory = ?, owner = ?, approving_body = ?, review_months = ?, "
                    + "reack_months = ?, grace_days = ?, next_review_override = ?, status = ?, updated_at = ? WHERE id = ?")) {
                int i = bind(ps, p);
                ps.setString(i++, Instant.now(db.clock()).toString());
                ps.setLong(i, p.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM policy_audience WHERE policy_id = ?")) {
                ps.setLong(1, p.id());
                ps.executeUpdate();
            }
            writeAudience(c, p);
            versions.bump(c, RecordVersions.Table.POLICY, p.id(), null);
            audit.record("policy", p.id(), "update", before, p);
            return p;
        });
    }

    private static void writeAudience(java.sql.Connection c, Policy p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_audience (policy_id, category) VALUES (?, ?)")) {
            for (StaffCategory cat : p.audience()) {
                ps.setLong(1, p.id());
                ps.setString(2, cat.code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int bind(PreparedStatement ps, Policy p) throws SQLException {
        int i = 1;
        Jdbc.setLong(ps, i++, p.schoolId());
        ps.setString(i++, p.title().trim());
        ps.setString(i++, Jdbc.blankToNull(p.referenceCode()));
        ps.setString(i++, Jdbc.blankToNull(p.area()));
        ps.setInt(i++, p.statutory() ? 1 : 0);
        ps.setString(i++, Jdbc.blankToNull(p.owner()));
        ps.setString(i++, Jdbc.blankToNull(p.approvingBody()));
        Jdbc.setInteger(ps, i++, p.reviewMonths());
        Jdbc.setInteger(ps, i++, p.reackMonths());
        Jdbc.setInteger(ps, i++, p.graceDays());
        Jdbc.setDate(ps, i++, p.nextReviewOverride());
        ps.setString(i++, p.status().code());
        return i;
    }

    private static Policy map(ResultSet rs, Set<StaffCategory> audience) throws SQLException {
        return new Policy(rs.getLong("id"), Jdbc.getLong(rs, "school_id"), rs.getString("title"),
                rs.getString("reference_code"), rs.getString("area"), rs.getInt("statutory") == 1,
                rs.getString("owner"), rs.getString("approving_body"), Jdbc.getInteger(rs, "review_months"),
                Jdbc.getInteger(rs, "reack_months"), Jdbc.getInteger(rs, "grace_days"),
                Jdbc.getDate(rs, "next_review_override"), PolicyStatus.fromCode(rs.getString("status")), audience);
    }
}
