package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** Induction templates (per category), plans and their items. */
public final class InductionRepository {

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public InductionRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    public List<InductionTemplateItem> template(StaffCategory category) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM induction_template_item WHERE category = ? ORDER BY position, id")) {
                ps.setString(1, category.code());
                List<InductionTemplateItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new InductionTemplateItem(rs.getLong("id"), category, rs.getInt("position"),
                                InductionItemKind.fromCode(rs.getString("kind")), Jdbc.getLong(rs, "policy_id"),
                                rs.getString("title"), rs.getInt("due_days")));
                    }
                }
                return out;
            }
        });
    }

    /** Replaces a category's template with the given items (positions are renumbered in order). */
    public void replaceTemplate(StaffCategory category, List<InductionTemplateItem> items) {
        db.inTransaction(c -> {
            List<InductionTemplateItem> before = template(category);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM induction_template_item WHERE category = ?")) {
                del.setString(1, category.code());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO induction_template_item (category, position, "
                    + "kind, policy_id, title, due_days) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pos = 1;
                for (InductionTemplateItem item : items) {
                    ps.setString(1, category.code());
                    ps.setInt(2, pos++);
                    ps.setString(3, item.kind().code());
                    Jdbc.setLong(ps, 4, item.policyId());
                    ps.setString(5, item.title());
                    ps.setInt(6, item.dueDays());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit.record("induction_template", null, "replace:" + category.code(), before, items);
            return null;
        });
    }

    /** Creates a plan for the staff member from their category's template (no-op when they have one). */
    public Optional<Long> createPlan(StaffMember staff, LocalDate createdOn) {
        return db.inTransaction(c -> {
            if (planId(staff.id()).isPresent()) {
                return Optional.<Long>empty();
            }
            List<InductionTemplateItem> template = template(staff.category());
            long planId;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO induction_plan (staff_id, created_on) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, staff.id());
                Jdbc.setDate(ps, 2, createdOn);
                ps.executeUpdate();
                planId = Jdbc.generatedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO induction_item (plan_id, position, kind, "
                    + "policy_id, title, due_date) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (InductionTemplateItem t : template) {
                    ps.setLong(1, planId);
                    ps.setInt(2, t.position());
                    ps.setString(3, t.kind().code());
                    Jdbc.setLong(ps, 4, t.policyId());
                    ps.setString(5, t.title());
                    Jdbc.setDate(ps, 6, staff.startDate().plusDays(t.dueDays()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit.record("induction_plan", planId, "create", null,
                    Map.of("staffId", staff.id(), "items", template.size()));
            return Optional.of(planId);
        });
    }

    public Optional<Long> planId(long staffId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM induction_plan WHERE staff_id = ?")) {
                ps.setLong(1, staffId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every plan's items, by staff id. */
    public Map<Long, List<InductionItem>> itemsByStaff() {
        return db.withConnection(c -> {
            Map<Long, List<InductionItem>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.staff_id, i.* FROM induction_item i "
                    + "JOIN induction_plan p ON p.id = i.plan_id ORDER BY p.staff_id, i.position, i.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong("staff_id"), k -> new ArrayList<>()).add(map(rs));
                }
            }
            return out;
        });
    }

    public List<InductionItem> items(long staffId) {
        return itemsByStaff().getOrDefault(staffId, List.of());
    }

    public Optional<InductionItem> findItem(long itemId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM induction_item WHERE id = ?")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Ticks a task off with the date and who did it. Idempotent (issue #19): an item already ticked stays as it was
     * (the first tick's date and name are never overwritten by a second person ticking it at the same time), and the
     * answer is false.
     */
    public boolean tick(long itemId, LocalDate doneOn, String doneBy) {
        return db.inTransaction(c -> {
            InductionItem before = findItem(itemId).orElseThrow(() -> new StoreException("No induction item " + itemId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE induction_item SET done_on = ?, done_by = ?, "
                    + "undone_reason = NULL WHERE id = ? AND done_on IS NULL")) {
                Jdbc.setDate(ps, 1, doneOn);
                ps.setString(2, doneBy);
                ps.setLong(3, itemId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            bumpWithPlan(c, before);
            audit.record("induction_item", itemId, "tick", before, findItem(itemId).orElseThrow());
            return true;
        });
    }

    private void bumpWithPlan(java.sql.Connection c, InductionItem item) throws SQLException {
        versions.bump(c, RecordVersions.Table.INDUCTION_ITEM, item.id(), null);
        versions.bump(c, RecordVersions.Table.INDUCTION_PLAN, item.planId(), null);
    }

    /** Un-ticks a task; a reason is required and kept. */
    public void untick(long itemId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a reason is required to un-tick an item");
        }
        db.inTransaction(c -> {
            InductionItem before = findItem(itemId).orElseThrow(() -> new StoreException("No induction item " + itemId));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE induction_item SET done_on = NULL, done_by = NULL, undone_reason = ? WHERE id = ?")) {
                ps.setString(1, reason.trim());
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            bumpWithPlan(c, before);
            audit.record("induction_item", itemId, "untick", before, Map.of("reason", reason.trim()));
            return null;
        });
    }

    private static InductionItem map(ResultSet rs) throws SQLException {
        return new InductionItem(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"),
                InductionItemKind.fromCode(rs.getString("kind")), Jdbc.getLong(rs, "policy_id"), rs.getString("title"),
                Jdbc.getDate(rs, "due_date"), Jdbc.getDate(rs, "done_on"), rs.getString("done_by"));
    }
}
