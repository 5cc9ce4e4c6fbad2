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

    public ReviewRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
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
                    + "reviewer, completed_on, outcome, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.policyId());
                Jdbc.setDate(ps, 2, r.dueDate());
                Jdbc.setDate(ps, 3, r.plannedMeeting());
                ps.setString(4, Jdbc.blankToNull(r.reviewer()));
                Jdbc.setDate(ps, 5, r.completedOn());
                ps.setString(6, r.outcome() == null ? null : r.outcome().code());
                ps.setString(7, Jdbc.blankToNull(r.notes()));
                ps.setString(8, Instant.now(db.clock()).toString());
                ps.executeUpdate();
                Review saved = new Review(Jdbc.generatedId(ps), r.policyId(), r.dueDate(), r.plannedMeeting(),
                        r.reviewer(), r.completedOn(), r.outcome(), r.notes());
                audit.record("review", saved.id(), "create", null, saved);
                return saved;
            }
        });
    }

    public Review update(Review r) {
        return db.inTransaction(c -> {
            Review before = findById(r.id()).orElseThrow(() -> new StoreException("No review " + r.id()));
            try (PreparedStatement ps = c.prepareStatement("UPDATE review SET due_date = ?, planned_meeting = ?, "
                    + "reviewer = ?, completed_on = ?, outcome = ?, notes = ? WHERE id = ?")) {
                Jdbc.setDate(ps, 1, r.dueDate());
                Jdbc.setDate(ps, 2, r.plannedMeeting());
                ps.setString(3, Jdbc.blankToNull(r.reviewer()));
                Jdbc.setDate(ps, 4, r.completedOn());
                ps.setString(5, r.outcome() == null ? null : r.outcome().code());
                ps.setString(6, Jdbc.blankToNull(r.notes()));
                ps.setLong(7, r.id());
                ps.executeUpdate();
            }
            audit.record("review", r.id(), r.isCompleted() && !before.isCompleted() ? "complete" : "update", before, r);
            return r;
        });
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
        return new Review(rs.getLong("id"), rs.getLong("policy_id"), Jdbc.getDate(rs, "due_date"),
                Jdbc.getDate(rs, "planned_meeting"), rs.getString("reviewer"), completed,
                outcome == null ? null : ReviewOutcome.fromCode(outcome), rs.getString("notes"));
    }
}
