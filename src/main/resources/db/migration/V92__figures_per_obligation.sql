-- Issue #17: on PostgreSQL its twin (db/postgresql/V92__figures_per_obligation.sql) brings the governors' figures
-- function up to store.ObligationsSql's text. A file has no such function (its figures are asked by the app itself),
-- so here there is nothing to change.
SELECT 1;
