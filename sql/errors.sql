-- errors.sql: bad arguments get a clear error before anything changes.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
SELECT sum(rows) FROM commerce_seed(1, 5);
CREATE TEMP TABLE before AS SELECT * FROM commerce_seed_fingerprint();

\set VERBOSITY default
SELECT * FROM commerce_seed(0);
SELECT * FROM commerce_seed(-3);
SELECT * FROM commerce_seed(100001);
SELECT * FROM commerce_seed(NULL);
-- (a bare NULL seed matches both the bigint and the integer form: typed, it
-- gets the clear message; terse, as 19 moved part of the hint to a detail)
\set VERBOSITY terse
SELECT * FROM commerce_seed(1, NULL);
\set VERBOSITY default
SELECT * FROM commerce_seed(1, NULL::bigint);
SELECT * FROM commerce_seed(1, NULL::integer);
SELECT * FROM commerce_seed(1, 1, '2024-05-01', '2024-04-30');
SELECT * FROM commerce_seed(1, 1, '1980-01-01', '1980-12-31');
SELECT * FROM commerce_seed(1, 1, '2000-01-01', '2030-12-31');
SELECT * FROM commerce_seed(1, 1, '-infinity', '2024-12-31');
SELECT * FROM commerce_seed('ten');
SELECT count(*) FROM commerce_seed_orders(1, 42, 3, 3);
SELECT count(*) FROM commerce_seed_orders(1, 42, -1, 3);
SELECT count(*) FROM commerce_seed_orders(1, 42, 0, 0);
SELECT count(*) FROM commerce_seed_orders(1, 42, NULL, 2);
SELECT count(*) FROM commerce_seed_sizes(0);

-- nothing changed
SELECT count(*) AS unchanged FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
 WHERE f.fingerprint = b.fingerprint;

-- a table altered behind the extension's back is refused, not written wrongly
ALTER TABLE gift_cards ADD COLUMN note text;
SELECT * FROM commerce_seed(1);
SELECT count(*) FROM commerce_seed_gift_cards(1);
ALTER TABLE gift_cards DROP COLUMN note;
-- everything the direct heap writer relies on is compared before any change,
-- not only each column's type and name: a typmod (values of numeric(12,2)
-- would be stored unchecked in a numeric(7,0) column), a collation, NOT NULL
-- on a column the generator leaves null in some rows, a generated column
BEGIN;
ALTER TABLE gift_cards ALTER initial_amount TYPE numeric(7,0);
SELECT * FROM commerce_seed(1);
ROLLBACK;
BEGIN;
ALTER TABLE supplier_payments ALTER reference TYPE text COLLATE "default";
SELECT * FROM commerce_seed(1);
ROLLBACK;
BEGIN;
DELETE FROM support_tickets WHERE order_id IS NULL;
ALTER TABLE support_tickets ALTER order_id SET NOT NULL;
SELECT * FROM commerce_seed(1);
ROLLBACK;
BEGIN;
ALTER TABLE user_sessions DROP COLUMN pages_viewed,
  ADD COLUMN pages_viewed integer NOT NULL GENERATED ALWAYS AS (1) STORED;
SELECT * FROM commerce_seed(1);
ROLLBACK;
SELECT count(*) AS unchanged FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
 WHERE f.fingerprint = b.fingerprint;

-- rights: a role that may read but not write is refused before any change
-- (the materialized views are locked first, and only their owner may
-- refresh them, so that is the first refusal it meets)
CREATE ROLE cs_reader;
GRANT USAGE ON SCHEMA public TO cs_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO cs_reader;
SET ROLE cs_reader;
SELECT * FROM commerce_seed(1);
-- the SRFs only read and generate: anyone may run them, within the cap on
-- one call's rows, which only a superuser can raise
SELECT count(*) FROM commerce_seed_customers(1);
SET commerce_seed.srf_max_rows = 0;
RESET ROLE;
SET commerce_seed.srf_max_rows = 100;
SELECT count(*) FROM commerce_seed_orders(1);
SELECT count(*) FROM commerce_seed_orders(1, 42, 0, 100);
RESET commerce_seed.srf_max_rows;
-- row-level security on a table makes the bulk path refuse, for a role
-- with every right on the tables that does not own them (here it owns the
-- materialized views, so that the checks after theirs are reached)
CREATE ROLE cs_writer;
GRANT USAGE ON SCHEMA public TO cs_writer;
GRANT ALL ON ALL TABLES IN SCHEMA public TO cs_writer;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO cs_writer;
ALTER MATERIALIZED VIEW mv_order_financials OWNER TO cs_writer;
ALTER MATERIALIZED VIEW mv_daily_kpis OWNER TO cs_writer;
ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
SET ROLE cs_writer;
SELECT * FROM commerce_seed(1);
RESET ROLE;
ALTER TABLE reviews DISABLE ROW LEVEL SECURITY;
-- every right on the tables is not enough: a seed restarts their sequences,
-- which only their owner may do
SET ROLE cs_writer;
SELECT * FROM commerce_seed(1);
RESET ROLE;
ALTER MATERIALIZED VIEW mv_order_financials OWNER TO CURRENT_USER;
ALTER MATERIALIZED VIEW mv_daily_kpis OWNER TO CURRENT_USER;
SELECT count(*) AS unchanged FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
 WHERE f.fingerprint = b.fingerprint;

DROP EXTENSION commerce_seed;
REVOKE ALL ON SCHEMA public FROM cs_reader, cs_writer;
DROP ROLE cs_reader;
DROP ROLE cs_writer;
