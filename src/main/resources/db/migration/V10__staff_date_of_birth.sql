-- Staff & induction: a staff member's date of birth, when the MIS export gives it. It is used only to tell
-- apart people without a staff reference or email who share a name (the staff import matches them by name
-- and date of birth, else by name and start date). Optional; personal data, so it goes with the rest of a
-- leaver's details when they are erased after the retention period.
--
-- Numbered in the staff range (10-19): a database already at a later version gets it out of order
-- (Database runs Flyway with outOfOrder), which is safe because it only adds a nullable column and a trigger.

ALTER TABLE staff ADD COLUMN date_of_birth TEXT;

-- Erasure (data safety, store.ErasureRepository) stamps erased_on; the database itself then clears the date
-- of birth, so whichever code erases a person (the retention run, re-erasing after a restore) cannot leave it.
-- Trigger syntax is SQLite's; a PostgreSQL deployment needs its own equivalent (a plpgsql trigger function).
CREATE TRIGGER staff_erased_clears_date_of_birth AFTER UPDATE OF erased_on ON staff
WHEN NEW.erased_on IS NOT NULL AND NEW.date_of_birth IS NOT NULL
BEGIN
    UPDATE staff SET date_of_birth = NULL WHERE id = NEW.id;
END;
