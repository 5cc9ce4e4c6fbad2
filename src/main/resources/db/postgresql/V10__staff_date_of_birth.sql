-- PostgreSQL twin of db/migration/V10__staff_date_of_birth.sql: a staff member's optional date of birth, and the
-- database itself clearing it when the person is erased (store.ErasureRepository stamps erased_on), so whichever
-- code erases a person cannot leave it. SQLite clears it in an AFTER UPDATE OF erased_on trigger; here a BEFORE
-- UPDATE OF erased_on trigger clears it in the same row change (same condition: erased_on set, a date present).

ALTER TABLE staff ADD COLUMN date_of_birth TEXT COLLATE "C";

CREATE FUNCTION staff_erased_clears_date_of_birth() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.date_of_birth := NULL;
    RETURN NEW;
END;
$$;

CREATE TRIGGER staff_erased_clears_date_of_birth BEFORE UPDATE OF erased_on ON staff
FOR EACH ROW WHEN (NEW.erased_on IS NOT NULL AND NEW.date_of_birth IS NOT NULL)
EXECUTE FUNCTION staff_erased_clears_date_of_birth();
