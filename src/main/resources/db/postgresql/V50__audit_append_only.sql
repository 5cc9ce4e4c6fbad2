-- PostgreSQL twin of db/migration/V50__audit_append_only.sql: the audit log is append-only, enforced by the
-- database itself. Nothing may delete an entry (nor TRUNCATE the table, which skips row triggers), and the only
-- change allowed is the retention redaction: it may change before, after and operator, must stamp redacted_on, and
-- leaves when, who, what entity, which id and which action exactly as they were. Same rules and messages as the
-- SQLite triggers.

ALTER TABLE audit_log ADD COLUMN redacted_on TEXT COLLATE "C";

CREATE INDEX audit_at_idx ON audit_log (at);

CREATE FUNCTION audit_log_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: entries cannot be deleted';
END;
$$;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_no_delete();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_delete();

CREATE FUNCTION audit_log_redaction_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: only a retention redaction may change an entry';
END;
$$;

CREATE TRIGGER audit_log_redaction_only BEFORE UPDATE ON audit_log
FOR EACH ROW WHEN (NEW.redacted_on IS NULL
  OR NEW.id IS DISTINCT FROM OLD.id
  OR NEW.at IS DISTINCT FROM OLD.at
  OR NEW.os_user IS DISTINCT FROM OLD.os_user
  OR NEW.entity IS DISTINCT FROM OLD.entity
  OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
  OR NEW.action IS DISTINCT FROM OLD.action)
EXECUTE FUNCTION audit_log_redaction_only();
