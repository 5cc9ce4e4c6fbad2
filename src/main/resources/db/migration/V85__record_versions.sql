-- Many people at once (issue #19): no lost updates, no duplicated acknowledgements.
--
-- Optimistic locking: each editable record carries a version, bumped by every change, and who changed it last and
-- when (changed_by: the server login on PostgreSQL, the operator's name on a file; changed_at: an ISO instant). A save
-- names the version its user opened; when the record has moved on since, it is refused and nothing is overwritten
-- (store.RecordVersions). Rows written before this migration start at version 1 with nobody named.
--
-- Portable SQL (ADD COLUMN with a constant default, partial unique index): runs unchanged on SQLite and PostgreSQL,
-- and whether or not the migrations numbered above it have run.

ALTER TABLE school ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE school ADD COLUMN changed_by TEXT;
ALTER TABLE school ADD COLUMN changed_at TEXT;

ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN changed_by TEXT;
ALTER TABLE staff ADD COLUMN changed_at TEXT;

ALTER TABLE policy ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE policy ADD COLUMN changed_by TEXT;
ALTER TABLE policy ADD COLUMN changed_at TEXT;

ALTER TABLE policy_version ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE policy_version ADD COLUMN changed_by TEXT;
ALTER TABLE policy_version ADD COLUMN changed_at TEXT;

ALTER TABLE review ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review ADD COLUMN changed_by TEXT;
ALTER TABLE review ADD COLUMN changed_at TEXT;

ALTER TABLE induction_plan ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE induction_plan ADD COLUMN changed_by TEXT;
ALTER TABLE induction_plan ADD COLUMN changed_at TEXT;

ALTER TABLE induction_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE induction_item ADD COLUMN changed_by TEXT;
ALTER TABLE induction_item ADD COLUMN changed_at TEXT;

-- One live acknowledgement per person, version and date (docs/rules.md rule 2: a periodic re-acknowledgement of the
-- same version on a later date is a second, legitimate row, so the key includes the date; voided rows are excepted).
-- Two offices recording the same signature at once then make one row, never two. A file written before the app
-- checked this could hold such a pair: the later copies are voided (kept, with the reason) before the index is made,
-- rather than the file being refused or a row deleted.
UPDATE acknowledgement SET voided_at = created_at, voided_by = 'upgrade (V85)',
       void_reason = 'a second record of the same acknowledgement (same person, version and date)'
 WHERE voided_at IS NULL
   AND EXISTS (SELECT 1 FROM acknowledgement first
                WHERE first.staff_id = acknowledgement.staff_id AND first.version_id = acknowledgement.version_id
                  AND first.ack_date = acknowledgement.ack_date AND first.voided_at IS NULL
                  AND first.id < acknowledgement.id);
CREATE UNIQUE INDEX IF NOT EXISTS ack_one_live_per_day ON acknowledgement (staff_id, version_id, ack_date)
    WHERE voided_at IS NULL;
