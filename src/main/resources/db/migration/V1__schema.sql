-- Compliance Tracker: the whole domain of docs/domain.md in one first migration.
-- Portable SQL (SQLite and PostgreSQL): dates are ISO-8601 TEXT (yyyy-MM-dd), instants ISO TEXT,
-- booleans INTEGER 0/1. SQLite-only statements live in store.SqlDialect, never here.

CREATE TABLE school (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    phase       TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE staff_category (
    code        TEXT PRIMARY KEY,
    label       TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

INSERT INTO staff_category (code, label, sort_order) VALUES
    ('teacher', 'Teacher', 1),
    ('teaching-assistant', 'Teaching assistant', 2),
    ('support', 'Support staff', 3),
    ('slt', 'Senior leadership', 4),
    ('governor', 'Governor', 5),
    ('volunteer', 'Volunteer', 6),
    ('supply', 'Supply / agency', 7),
    ('contractor', 'Contractor', 8);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    school_id     INTEGER NOT NULL REFERENCES school (id),
    given_name    TEXT    NOT NULL,
    family_name   TEXT    NOT NULL,
    staff_ref     TEXT,
    email         TEXT,
    category      TEXT    NOT NULL REFERENCES staff_category (code),
    job_title     TEXT,
    start_date    TEXT    NOT NULL,
    leave_date    TEXT,
    absence_from  TEXT,
    absence_to    TEXT,
    erased_on     TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CHECK (leave_date IS NULL OR leave_date >= start_date),
    CHECK (absence_to IS NULL OR absence_from IS NOT NULL)
);
CREATE UNIQUE INDEX staff_email_unique ON staff (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX staff_ref_idx ON staff (staff_ref);
CREATE INDEX staff_school_idx ON staff (school_id);
CREATE INDEX staff_family_idx ON staff (family_name, given_name);

CREATE TABLE policy (
    id                    INTEGER PRIMARY KEY,
    school_id             INTEGER REFERENCES school (id),  -- NULL: trust-wide
    title                 TEXT    NOT NULL,
    reference_code        TEXT,
    area                  TEXT,
    statutory             INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1)),
    owner                 TEXT,
    approving_body        TEXT,
    review_months         INTEGER CHECK (review_months IS NULL OR review_months > 0),
    reack_months          INTEGER CHECK (reack_months IS NULL OR reack_months > 0),
    grace_days            INTEGER CHECK (grace_days IS NULL OR grace_days >= 0),
    next_review_override  TEXT,
    status                TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired')),
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
);
CREATE UNIQUE INDEX policy_title_unique ON policy (lower(title));

CREATE TABLE policy_audience (
    policy_id  INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    category   TEXT    NOT NULL REFERENCES staff_category (code),
    PRIMARY KEY (policy_id, category)
);

CREATE TABLE policy_version (
    id               INTEGER PRIMARY KEY,
    policy_id        INTEGER NOT NULL REFERENCES policy (id),
    label            TEXT    NOT NULL,
    document         BLOB,
    document_sha256  TEXT,
    file_name        TEXT,
    media_type       TEXT,
    approved_by      TEXT,
    approved_on      TEXT,
    minute_ref       TEXT,
    effective_from   TEXT    NOT NULL,
    change_summary   TEXT,
    material         INTEGER NOT NULL DEFAULT 1 CHECK (material IN (0, 1)),
    created_at       TEXT    NOT NULL,
    UNIQUE (policy_id, label),
    CHECK ((document IS NULL) = (document_sha256 IS NULL))
);
CREATE INDEX policy_version_policy_idx ON policy_version (policy_id, effective_from);

CREATE TABLE review (
    id               INTEGER PRIMARY KEY,
    policy_id        INTEGER NOT NULL REFERENCES policy (id),
    due_date         TEXT,
    planned_meeting  TEXT,
    reviewer         TEXT,
    completed_on     TEXT,
    outcome          TEXT CHECK (outcome IS NULL OR outcome IN ('no-change', 'minor-amendments', 'new-version', 'retired')),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    CHECK ((completed_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX review_policy_idx ON review (policy_id, completed_on);

CREATE TABLE acknowledgement (
    id             INTEGER PRIMARY KEY,
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    version_id     INTEGER NOT NULL REFERENCES policy_version (id),
    ack_date       TEXT    NOT NULL,
    method         TEXT    NOT NULL CHECK (method IN ('paper', 'email', 'online-form', 'in-person', 'in-app')),
    recorded_by    TEXT    NOT NULL,
    note           TEXT,
    evidence       BLOB,
    evidence_name  TEXT,
    voided_at      TEXT,
    voided_by      TEXT,
    void_reason    TEXT,
    created_at     TEXT    NOT NULL,
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX ack_staff_idx ON acknowledgement (staff_id);
CREATE INDEX ack_version_idx ON acknowledgement (version_id);

CREATE TABLE induction_template_item (
    id         INTEGER PRIMARY KEY,
    category   TEXT    NOT NULL REFERENCES staff_category (code),
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('policy', 'task')),
    policy_id  INTEGER REFERENCES policy (id),
    title      TEXT    NOT NULL,
    due_days   INTEGER NOT NULL CHECK (due_days >= 0),
    CHECK ((kind = 'policy') = (policy_id IS NOT NULL))
);
CREATE INDEX induction_template_category_idx ON induction_template_item (category, position);

CREATE TABLE induction_plan (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL UNIQUE REFERENCES staff (id),
    created_on  TEXT    NOT NULL
);

CREATE TABLE induction_item (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES induction_plan (id),
    position       INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('policy', 'task')),
    policy_id      INTEGER REFERENCES policy (id),
    title          TEXT    NOT NULL,
    due_date       TEXT    NOT NULL,
    done_on        TEXT,
    done_by        TEXT,
    undone_reason  TEXT,
    CHECK ((kind = 'policy') = (policy_id IS NOT NULL))
);
CREATE INDEX induction_item_plan_idx ON induction_item (plan_id, position);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    os_user    TEXT    NOT NULL,
    operator   TEXT,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER,
    action     TEXT    NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_entity_idx ON audit_log (entity, entity_id);

INSERT INTO setting (key, value) VALUES ('grace_days', '14'), ('retention_years', '6'), ('due_soon_days', '60');
