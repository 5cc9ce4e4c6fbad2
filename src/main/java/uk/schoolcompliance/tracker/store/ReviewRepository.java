package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;

/** Scheduled and completed policy reviews. */
public final class ReviewRepository {

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public ReviewRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    public List<Review> findAll() {
        return query("SELECT * FROM review ORDER BY policy_id, id");
    }

    public List<Review> findByPolicy(long policyId) {
        return query("SELECT * FROM review WHERE policy_id = ? ORDER BY id", policyId);
    }

    public Optional<Review> findById(long id) {
        return query("SELECT * FROM review WHERE id = ?", id).stream().findFirst();
    }

    /** The planned (not completed) review of a policy, if any. */
    public Optional<Review> findOpen(long policyId) {
        return query("SELECT * FROM review WHERE policy_id = ? AND completed_on IS NULL ORDER BY id DESC", policyId)
                .stream().findFirst();
    }

    public Review insert(Review r) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (policy_id, due_date, planned_meeting, "
                    + "reviewer, completed_on, outcome, notes, approved_by, meeting_date, minute_ref, next_due, version_id, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.policyId());
                int i = bind(ps, 2, r);
                ps.setString(i, Instant.now(db.clock()).toString());
                ps.executeUpdate();
                Review saved = r.withId(Jdbc.generatedId(ps));
                versions.created(c, RecordVersions.Table.REVIEW, saved.id());
                audit.record("review", saved.id(), "create", null, saved);
                return saved;
            }
        });
    }

    public Review update(Review r) {
        return update(r, null);
    }

    /**
     * Refuses ({@link RecordVersions.Stale}) unless review {@code id} is still at version {@code opened}, holding it
     * until the current transaction ends; changes nothing (issue #19).
     */
    public void checkVersion(long id, long opened) {
        db.withConnection(c -> {
            versions.check(c, RecordVersions.Table.REVIEW, id, opened);
            return null;
        });
    }

    /**
     * Holds the policy's reviews until the current transaction ends: two saves of the same policy's reviews then run
     * one after the other, so the second sees a review the first made and never makes a second planned or completed
     * one beside it (issue #19). On a server an advisory lock (no grant needed, whatever the login's role); a file has
     * one writer at a time. Changes nothing.
     */
    public void holdReviewsOf(long policyId) {
        String sql = db.dialect().holdUntilCommit();
        if (sql == null) {
            return;
        }
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, REVIEWS_OF_POLICY);
                ps.setInt(2, (int) policyId);
                ps.executeQuery().close();
            }
            return null;
        });
    }

    /** The advisory lock's first key: "the reviews of policy (second key)". */
    private static final int REVIEWS_OF_POLICY = 19;

    /** Where the review's record stands: its version and who changed it last (issue #19). */
    public Optional<uk.schoolcompliance.tracker.domain.RecordStamp> stamp(long id) {
        return versions.stamp(RecordVersions.Table.REVIEW, id);
    }

    /**
     * Saves a review; with {@code opened} not null, only when it is still at the version its user opened (else
     * {@link RecordVersions.Stale}, nothing written). A change bumps the version (issue #19).
     */
    public Review update(Review r, Long opened) {
        return db.inTransaction(c -> {
            if (opened != null) {
                versions.check(c, RecordVersions.Table.REVIEW, r.id(), opened);
            }
            Review before = findById(r.id()).orElseThrow(() -> new StoreException("No review " + r.id()));
            try (PreparedStatement ps = c.prepareStatement("UPDATE review SET due_date = ?, planned_meeting = ?, "
                    + "reviewer = ?, completed_on = ?, outcome = ?, notes = ?, approved_by = ?, meeting_date = ?, "
                    + "minute_ref = ?, next_due = ?, version_id = ? WHERE id = ?")) {
                int i = bind(ps, 1, r);
                ps.setLong(i, r.id());
                ps.executeUpdate();
            }
            versions.bump(c, RecordVersions.Table.REVIEW, r.id(), null);
            audit.record("review", r.id(), r.isCompleted() && !before.isCompleted() ? "complete" : "update", before, r);
            return r;
        });
    }

    /** Binds the review's fields from due_date to version_id, starting at {@code i}; returns the next index. */
    private static int bind(PreparedStatement ps, int i, Review r) throws SQLException {
        Jdbc.setDate(ps, i++, r.dueDate());
        Jdbc.setDate(ps, i++, r.plannedMeeting());
        ps.setString(i++, Jdbc.blankToNull(r.reviewer()));
        Jdbc.setDate(ps, i++, r.completedOn());
        ps.setString(i++, r.outcome() == null ? null : r.outcome().code());
        ps.setString(i++, Jdbc.blankToNull(r.notes()));
        ps.setString(i++, Jdbc.blankToNull(r.approvedBy()));
        Jdbc.setDate(ps, i++, r.meetingDate());
        ps.setString(i++, Jdbc.blankToNull(r.minuteRef()));
        Jdbc.setDate(ps, i++, r.nextDueSet());
        Jdbc.setLong(ps, i++, r.versionId());
        return i;
    }

    private List<Review> query(String sql, Object... args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Review> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Review map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        LocalDate completed = Jdbc.getDate(rs, "completed_on");
        long versionId = rs.getLong("version_id");
        Long version = rs.wasNull() ? null : versionId;
        return new Review(rs.getLong("id"), rs.getLong("policy_id"), Jdbc.getDate(rs, "due_date"),
                Jdbc.getDate(rs, "planned_meeting"), rs.getString("reviewer"), completed,
                outcome == null ? null : ReviewOutcome.fromCode(outcome), rs.getString("notes"),
                rs.getString("approved_by"), Jdbc.getDate(rs, "meeting_date"), rs.getString("minute_ref"),
                Jdbc.getDate(rs, "next_due"), version);
    }
}
