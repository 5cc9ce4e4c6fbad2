-- Policies & reviews: a completed review records the governors' approval (issue "A record the school can
-- stand behind"). The approving body, the date of the meeting that approved it and its minute reference;
-- the next review date when it was set by hand at completion; and the version whose approval completed the
-- review, when a version did. All optional, so every review recorded before keeps its meaning.
-- Portable SQL: dates are ISO-8601 TEXT, as in V1.

ALTER TABLE review ADD COLUMN approved_by TEXT;
ALTER TABLE review ADD COLUMN meeting_date TEXT;
ALTER TABLE review ADD COLUMN minute_ref TEXT;
ALTER TABLE review ADD COLUMN next_due TEXT;
ALTER TABLE review ADD COLUMN version_id INTEGER REFERENCES policy_version (id);
