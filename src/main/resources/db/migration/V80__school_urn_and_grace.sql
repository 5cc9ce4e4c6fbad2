-- Schools of a trust: each school's URN (the DfE's unique reference number, optional, unique when present)
-- and its own grace period for acknowledgements (NULL: the file's default, setting 'grace_days').
ALTER TABLE school ADD COLUMN urn TEXT;
ALTER TABLE school ADD COLUMN grace_days INTEGER CHECK (grace_days IS NULL OR grace_days >= 0);
CREATE UNIQUE INDEX school_urn_unique ON school (urn) WHERE urn IS NOT NULL;
