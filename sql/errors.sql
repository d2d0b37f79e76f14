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
SELECT * FROM commerce_seed(1, NULL);
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
SELECT count(*) AS unchanged FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
 WHERE f.fingerprint = b.fingerprint;

-- rights: a role that may read but not write is refused before any change
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
-- row-level security on a table makes the bulk path refuse, even for a
-- role with every right on the tables
CREATE ROLE cs_writer;
GRANT USAGE ON SCHEMA public TO cs_writer;
GRANT ALL ON ALL TABLES IN SCHEMA public TO cs_writer;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO cs_writer;
ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
SET ROLE cs_writer;
SELECT * FROM commerce_seed(1);
RESET ROLE;
ALTER TABLE reviews DISABLE ROW LEVEL SECURITY;
-- every right on the tables is not enough: a seed restarts their sequences
-- and refreshes the materialized views, which only their owner may do
SET ROLE cs_writer;
SELECT * FROM commerce_seed(1);
RESET ROLE;
SELECT count(*) AS unchanged FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
 WHERE f.fingerprint = b.fingerprint;

DROP EXTENSION commerce_seed;
REVOKE ALL ON SCHEMA public FROM cs_reader, cs_writer;
DROP ROLE cs_reader;
DROP ROLE cs_writer;
