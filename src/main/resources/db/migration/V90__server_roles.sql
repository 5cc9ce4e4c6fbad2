-- Roles on a trust's server (issue #19). On PostgreSQL its twin (db/postgresql/V90__server_roles.sql) makes the
-- group roles, their privileges, the row-level security policies and the governors' figures, and has the database
-- stamp each audit line with the login that wrote it. A file has one local user, who may do everything: here the
-- same table and column are made so both stores keep the same schema, and nothing reads or fills them (an audit
-- line's login stays empty on a file; who did it is the operating-system user and operator name, as before).
CREATE TABLE tracker_grant (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('trust-admin', 'school-office', 'school-leader', 'governor')),
    school_id   INTEGER REFERENCES school (id),
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    CHECK (role <> 'trust-admin' OR school_id IS NULL),
    CHECK (role NOT IN ('school-office', 'school-leader') OR school_id IS NOT NULL)
);

ALTER TABLE audit_log ADD COLUMN login TEXT;
