-- PostgreSQL twin of db/migration/V51__audit_no_replace.sql: an insert may only ever add a new entry. PostgreSQL has
-- no REPLACE, but INSERT ... ON CONFLICT (id) DO UPDATE / DO NOTHING name an existing id too: a BEFORE INSERT row
-- trigger runs before the conflict is resolved, so any insert naming an id that is already there is refused, with
-- the same message as the SQLite trigger.

CREATE FUNCTION audit_log_insert_only_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'the audit log is append-only: an entry cannot be replaced';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_insert_only_new BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_insert_only_new();
