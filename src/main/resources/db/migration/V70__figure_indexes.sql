-- The figures are asked of the database (store.FigureQueries). Each in-scope person x policy looks up that
-- person's counting acknowledgements of the policy's versions: this index answers it without reading the
-- acknowledgement rows themselves (their notes and scanned evidence), and leaves void ones out.
-- Plain CREATE INDEX IF NOT EXISTS with a partial WHERE: PostgreSQL runs it unchanged, and it works whether
-- or not the migrations numbered above it (V80) have run.
CREATE INDEX IF NOT EXISTS ack_counting_idx ON acknowledgement (staff_id, version_id, ack_date) WHERE voided_at IS NULL;
-- in post on D and in the audience: staff by category, with the dates the scope test reads
CREATE INDEX IF NOT EXISTS staff_category_idx ON staff (category, start_date, leave_date);
-- a new starter's induction item for a policy sets its due date
CREATE INDEX IF NOT EXISTS induction_item_policy_idx ON induction_item (policy_id, plan_id) WHERE kind = 'policy';
