package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The fast path for filling an empty database with a whole generated trust (millions of
 * acknowledgements): rows carry their ids, are written through {@link PreparedStatement} batches in
 * one transaction, and the whole load is audited as one entry (the repositories' one-row-and-one-audit
 * line per insert is far too slow at that size). Nothing here is used for a school's own edits.
 *
 * <p>Batches are flushed parents first (schools, staff, policies, ... acknowledgements) so foreign keys
 * hold at every flush as long as the producer writes a row's parents before the row.
 */
public final class BulkInsert {

    private static final int BATCH = 5_000;

    private final Database db;
    private final AuditRepository audit;

    public BulkInsert(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Receives the rows; everything written to it is committed together, or nothing. */
    public interface Sink {
        void school(long id, String name, String phase);

        void setting(String key, String value);

        void staff(StaffMember s);

        void policy(Policy p);

        void version(PolicyVersion v, byte[] document);

        void review(Review r);

        /** An acknowledgement; a voided one needs {@code voidedAt} and its reason. */
        void acknowledgement(Acknowledgement a, LocalDate voidedAt, String voidedBy);

        void templateItem(InductionTemplateItem t);

        void plan(long planId, long staffId, LocalDate createdOn);

        void inductionItem(InductionItem i);
    }

    /** What a producer writes into a {@link Sink}. */
    @FunctionalInterface
    public interface Producer {
        void write(Sink sink);
    }

    /**
     * Runs the producer in one transaction on an empty database and records one audit entry.
     *
     * @param createdAt the timestamp written to every row's created_at/updated_at (fixed, so a
     *                  generated file is the same byte for byte for the same input)
     * @param auditAfter the audit entry's "after" (e.g. the generator's parameters and counts)
     */
    public void load(String createdAt, String auditAction, Producer producer, Map<String, Object> auditAfter) {
        db.inTransaction(c -> {
            try (Batches b = new Batches(c, createdAt)) {
                producer.write(b);
                b.flushAll();
            }
            SqlDialect.afterExplicitIds(c, db.dialect(), "school", "staff", "policy", "policy_version", "review",
                    "acknowledgement", "induction_template_item", "induction_plan", "induction_item");
            audit.record("database", null, auditAction, null, auditAfter);
            return null;
        });
    }

    /** True when no staff, policy or school row exists yet. */
    public boolean isEmpty() {
        return db.withConnection(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT (SELECT count(*) FROM school) + (SELECT count(*) FROM staff) "
                         + "+ (SELECT count(*) FROM policy)")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    private static final class Batch {
        final PreparedStatement ps;
        int pending;

        Batch(PreparedStatement ps) {
            this.ps = ps;
        }
    }

    private static final class Batches implements Sink, AutoCloseable {
        private final String createdAt;
        private final List<Batch> ordered = new ArrayList<>();
        private final Batch school;
        private final Batch setting;
        private final Batch staff;
        private final Batch policy;
        private final Batch audience;
        private final Batch version;
        private final Batch review;
        private final Batch template;
        private final Batch plan;
        private final Batch item;
        private final Batch ack;

        Batches(Connection c, String createdAt) throws SQLException {
            this.createdAt = createdAt;
            school = add(c, "INSERT INTO school (id, name, phase, created_at) VALUES (?, ?, ?, ?)");
            setting = add(c, "INSERT INTO setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            staff = add(c, "INSERT INTO staff (id, school_id, given_name, family_name, staff_ref, email, category, "
                    + "job_title, start_date, leave_date, absence_from, absence_to, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            policy = add(c, "INSERT INTO policy (id, school_id, title, reference_code, area, statutory, owner, "
                    + "approving_body, review_months, reack_months, grace_days, next_review_override, status, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            audience = add(c, "INSERT INTO policy_audience (policy_id, category) VALUES (?, ?)");
            version = add(c, "INSERT INTO policy_version (id, policy_id, label, document, document_sha256, file_name, "
                    + "media_type, approved_by, approved_on, minute_ref, effective_from, change_summary, material, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            review = add(c, "INSERT INTO review (id, policy_id, due_date, planned_meeting, reviewer, completed_on, "
                    + "outcome, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            template = add(c, "INSERT INTO induction_template_item (id, category, position, kind, policy_id, title, "
                    + "due_days) VALUES (?, ?, ?, ?, ?, ?, ?)");
            plan = add(c, "INSERT INTO induction_plan (id, staff_id, created_on) VALUES (?, ?, ?)");
            item = add(c, "INSERT INTO induction_item (id, plan_id, position, kind, policy_id, title, due_date, "
                    + "done_on, done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ack = add(c, "INSERT INTO acknowledgement (id, staff_id, version_id, ack_date, method, recorded_by, note, "
                    + "voided_at, voided_by, void_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        private Batch add(Connection c, String sql) throws SQLException {
            Batch b = new Batch(c.prepareStatement(sql));
            ordered.add(b);
            return b;
        }

        private void queue(Batch b) {
            try {
                b.ps.addBatch();
                if (++b.pending >= BATCH) {
                    flushAll();
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot write the generated data: " + e.getMessage(), e);
            }
        }

        void flushAll() {
            try {
                for (Batch b : ordered) {
                    if (b.pending > 0) {
                        b.ps.executeBatch();
                        b.pending = 0;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot write the generated data: " + e.getMessage(), e);
            }
        }

        @Override
        public void school(long id, String name, String phase) {
            run(() -> {
                school.ps.setLong(1, id);
                school.ps.setString(2, name);
                school.ps.setString(3, phase);
                school.ps.setString(4, createdAt);
            });
            queue(school);
        }

        @Override
        public void setting(String key, String value) {
            run(() -> {
                setting.ps.setString(1, key);
                setting.ps.setString(2, value);
            });
            queue(setting);
        }

        @Override
        public void staff(StaffMember s) {
            PreparedStatement ps = staff.ps;
            run(() -> {
                ps.setLong(1, s.id());
                ps.setLong(2, s.schoolId());
                ps.setString(3, s.givenName());
                ps.setString(4, s.familyName());
                ps.setString(5, Jdbc.blankToNull(s.staffRef()));
                ps.setString(6, Jdbc.blankToNull(s.email()));
                ps.setString(7, s.category().code());
                ps.setString(8, Jdbc.blankToNull(s.jobTitle()));
                Jdbc.setDate(ps, 9, s.startDate());
                Jdbc.setDate(ps, 10, s.leaveDate());
                Jdbc.setDate(ps, 11, s.absenceFrom());
                Jdbc.setDate(ps, 12, s.absenceTo());
                ps.setString(13, createdAt);
                ps.setString(14, createdAt);
            });
            queue(staff);
        }

        @Override
        public void policy(Policy p) {
            PreparedStatement ps = policy.ps;
            run(() -> {
                ps.setLong(1, p.id());
                Jdbc.setLong(ps, 2, p.schoolId());
                ps.setString(3, p.title());
                ps.setString(4, Jdbc.blankToNull(p.referenceCode()));
                ps.setString(5, Jdbc.blankToNull(p.area()));
                ps.setInt(6, p.statutory() ? 1 : 0);
                ps.setString(7, Jdbc.blankToNull(p.owner()));
                ps.setString(8, Jdbc.blankToNull(p.approvingBody()));
                Jdbc.setInteger(ps, 9, p.reviewMonths());
                Jdbc.setInteger(ps, 10, p.reackMonths());
                Jdbc.setInteger(ps, 11, p.graceDays());
                Jdbc.setDate(ps, 12, p.nextReviewOverride());
                ps.setString(13, p.status().code());
                ps.setString(14, createdAt);
                ps.setString(15, createdAt);
            });
            queue(policy);
            for (StaffCategory cat : StaffCategory.values()) { // enum order, so the rows are always the same
                if (p.audience().contains(cat)) {
                    run(() -> {
                        audience.ps.setLong(1, p.id());
                        audience.ps.setString(2, cat.code());
                    });
                    queue(audience);
                }
            }
        }

        @Override
        public void version(PolicyVersion v, byte[] document) {
            PreparedStatement ps = version.ps;
            run(() -> {
                ps.setLong(1, v.id());
                ps.setLong(2, v.policyId());
                ps.setString(3, v.label());
                if (document == null) {
                    ps.setNull(4, Types.BINARY);
                    ps.setNull(5, Types.VARCHAR);
                } else {
                    ps.setBytes(4, document);
                    ps.setString(5, VersionRepository.sha256(document));
                }
                ps.setString(6, document == null ? null : v.fileName());
                ps.setString(7, document == null ? null : v.mediaType());
                ps.setString(8, Jdbc.blankToNull(v.approvedBy()));
                Jdbc.setDate(ps, 9, v.approvedOn());
                ps.setString(10, Jdbc.blankToNull(v.minuteRef()));
                Jdbc.setDate(ps, 11, v.effectiveFrom());
                ps.setString(12, Jdbc.blankToNull(v.changeSummary()));
                ps.setInt(13, v.material() ? 1 : 0);
                ps.setString(14, createdAt);
            });
            queue(version);
        }

        @Override
        public void review(Review r) {
            PreparedStatement ps = review.ps;
            run(() -> {
                ps.setLong(1, r.id());
                ps.setLong(2, r.policyId());
                Jdbc.setDate(ps, 3, r.dueDate());
                Jdbc.setDate(ps, 4, r.plannedMeeting());
                ps.setString(5, Jdbc.blankToNull(r.reviewer()));
                Jdbc.setDate(ps, 6, r.completedOn());
                ps.setString(7, r.outcome() == null ? null : r.outcome().code());
                ps.setString(8, Jdbc.blankToNull(r.notes()));
                ps.setString(9, createdAt);
            });
            queue(review);
        }

        @Override
        public void acknowledgement(Acknowledgement a, LocalDate voidedAt, String voidedBy) {
            PreparedStatement ps = ack.ps;
            run(() -> {
                ps.setLong(1, a.id());
                ps.setLong(2, a.staffId());
                ps.setLong(3, a.versionId());
                Jdbc.setDate(ps, 4, a.date());
                ps.setString(5, a.method().code());
                ps.setString(6, a.recordedBy());
                ps.setString(7, Jdbc.blankToNull(a.note()));
                if (a.voided()) {
                    ps.setString(8, voidedAt.toString() + "T09:00:00Z");
                    ps.setString(9, voidedBy);
                    ps.setString(10, a.voidReason());
                } else {
                    ps.setNull(8, Types.VARCHAR);
                    ps.setNull(9, Types.VARCHAR);
                    ps.setNull(10, Types.VARCHAR);
                }
                ps.setString(11, createdAt);
            });
            queue(ack);
        }

        @Override
        public void templateItem(InductionTemplateItem t) {
            PreparedStatement ps = template.ps;
            run(() -> {
                ps.setLong(1, t.id());
                ps.setString(2, t.category().code());
                ps.setInt(3, t.position());
                ps.setString(4, t.kind().code());
                Jdbc.setLong(ps, 5, t.policyId());
                ps.setString(6, t.title());
                ps.setInt(7, t.dueDays());
            });
            queue(template);
        }

        @Override
        public void plan(long planId, long staffId, LocalDate createdOn) {
            run(() -> {
                plan.ps.setLong(1, planId);
                plan.ps.setLong(2, staffId);
                Jdbc.setDate(plan.ps, 3, createdOn);
            });
            queue(plan);
        }

        @Override
        public void inductionItem(InductionItem i) {
            PreparedStatement ps = item.ps;
            run(() -> {
                ps.setLong(1, i.id());
                ps.setLong(2, i.planId());
                ps.setInt(3, i.position());
                ps.setString(4, i.kind().code());
                Jdbc.setLong(ps, 5, i.policyId());
                ps.setString(6, i.title());
                Jdbc.setDate(ps, 7, i.dueDate());
                Jdbc.setDate(ps, 8, i.doneOn());
                ps.setString(9, i.doneBy());
            });
            queue(item);
        }

        private interface Binding {
            void bind() throws SQLException;
        }

        private static void run(Binding b) {
            try {
                b.bind();
            } catch (SQLException e) {
                throw new StoreException("Cannot write the generated data: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            for (Batch b : ordered) {
                try {
                    b.ps.close();
                } catch (SQLException e) {
                    // closing a statement of a transaction that is about to end: nothing to save
                }
            }
        }
    }
}
