-- Staff & induction: a staff member's date of birth, when the MIS export gives it. It is used only to tell
-- apart people without a staff reference or email who share a name (the staff import matches them by name
-- and date of birth, else by name and start date). Optional; personal data, so it is erased with the rest
-- of a leaver's details after the retention period.
--
-- Numbered in the staff range (10-19): a database already at a later version gets it out of order
-- (Database runs Flyway with outOfOrder), which is safe because it only adds a nullable column.

ALTER TABLE staff ADD COLUMN date_of_birth TEXT;
