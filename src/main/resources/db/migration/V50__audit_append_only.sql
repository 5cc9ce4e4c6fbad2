-- Data safety: the audit log is append-only, enforced by the database itself, not only by the app.
--
-- Nothing may delete an audit entry, and nothing may change one, with a single exception: the erasure of a
-- leaver's personal details after the retention period (UK GDPR storage limitation) must also remove their
-- name, email and reference from the before/after snapshots, or it is not an erasure. That redaction may
-- change only `before`, `after` and `operator`, must stamp `redacted_on`, and must leave when, who (the
-- operating-system user), what entity, which id and which action exactly as they were. So an auditor can
-- still see that a change happened and who made it, and that its details were redacted and when.
--
-- Triggers are SQLite syntax; a PostgreSQL deployment needs its own equivalent (plpgsql trigger functions).

ALTER TABLE audit_log ADD COLUMN redacted_on TEXT;

CREATE INDEX audit_at_idx ON audit_log (at);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
END;

CREATE TRIGGER audit_log_redaction_only BEFORE UPDATE ON audit_log
WHEN NEW.redacted_on IS NULL
  OR NEW.id IS NOT OLD.id
  OR NEW.at IS NOT OLD.at
  OR NEW.os_user IS NOT OLD.os_user
  OR NEW.entity IS NOT OLD.entity
  OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.action IS NOT OLD.action
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: only a retention redaction may change an entry');
END;
