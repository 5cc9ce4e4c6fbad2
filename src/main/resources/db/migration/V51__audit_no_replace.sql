-- Data safety: close the last way round the append-only audit log. `INSERT OR REPLACE` (or `REPLACE INTO`) with an
-- existing id deletes the old entry as a conflict resolution, which does not fire the no-delete trigger (SQLite
-- fires delete triggers for REPLACE only with recursive_triggers on). An insert may only ever add a new entry: any
-- insert naming an id that is already there is refused before conflict resolution, whatever its ON CONFLICT clause.
-- (PostgreSQL has no REPLACE; its twin of the V50 triggers covers its upserts.)

CREATE TRIGGER audit_log_insert_only_new BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be replaced');
END;
