-- reliability.sql: a seed is all-or-nothing.  Rolled back with its
-- transaction or savepoint, failing in its last phase, or cancelled by
-- statement_timeout, it leaves the previous data and sequence positions
-- exactly as they were; in an EXCEPTION block or a savepoint it works and
-- gives the same data as a plain seed (t/004_amcheck.pl also seeds beside an
-- open cursor, where the rows are not written frozen); it leaves no temporary
-- files; and the set-returning functions need no rights on the tables and
-- honour statement_timeout.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
\set VERBOSITY terse

SELECT count(*) AS tables FROM commerce_seed(1, 5);
CREATE TEMP TABLE before AS SELECT * FROM commerce_seed_fingerprint();
CREATE TEMP TABLE seq_before AS
  SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public';
-- tables whose content and sequences whose position are as before
CREATE FUNCTION pg_temp.unchanged() RETURNS text LANGUAGE sql AS $$
  SELECT (SELECT count(*) FROM commerce_seed_fingerprint() f JOIN before b USING (table_name)
           WHERE f.fingerprint = b.fingerprint) || ' tables, ' ||
         (SELECT count(*) FROM pg_sequences s JOIN seq_before b USING (sequencename)
           WHERE s.schemaname = 'public' AND s.last_value IS NOT DISTINCT FROM b.last_value) || ' sequences unchanged'
$$;
SELECT pg_temp.unchanged();

-- rolled back with the enclosing transaction
BEGIN;
SELECT count(*) AS tables FROM commerce_seed(2, 6);
SELECT count(*) AS orders FROM orders;
ROLLBACK;
SELECT pg_temp.unchanged();

-- rolled back to a savepoint
BEGIN;
SAVEPOINT s;
SELECT count(*) AS tables FROM commerce_seed(2, 6);
ROLLBACK TO SAVEPOINT s;
SELECT count(*) AS orders FROM orders;
COMMIT;
SELECT pg_temp.unchanged();

-- an error later in the same transaction
BEGIN;
SELECT count(*) AS tables FROM commerce_seed(2, 6);
SELECT 1 / 0;
COMMIT;
SELECT pg_temp.unchanged();

-- an error in the seed's last phase, after every table was loaded and
-- indexed and every sequence moved: the refresh of the second materialized
-- view may not spill to disk
SET work_mem = '64kB';
SET temp_file_limit = 0;
-- (the SQLSTATE only: 18 and later quote the setting's name in the message;
-- then back to terse, as the file began)
\set VERBOSITY sqlstate
SELECT count(*) AS tables FROM commerce_seed(2, 6);
\set VERBOSITY terse
RESET work_mem;
RESET temp_file_limit;
SELECT pg_temp.unchanged();

-- a cursor open on one of the tables: TRUNCATE refuses, nothing changes
BEGIN;
DECLARE c CURSOR FOR SELECT * FROM customers;
SELECT count(*) AS tables FROM commerce_seed(1, 6);
ROLLBACK;
SELECT pg_temp.unchanged();

-- statement_timeout cancels a big seed
SET statement_timeout = '1s';
SELECT count(*) AS tables FROM commerce_seed(1000, 6);
RESET statement_timeout;
SELECT pg_temp.unchanged();

-- the same data whichever way the seed is called: plain, in an EXCEPTION
-- block or in a released savepoint
SELECT count(*) AS tables FROM commerce_seed(1, 7);
CREATE TEMP TABLE fp7 AS SELECT * FROM commerce_seed_fingerprint();
CREATE FUNCTION pg_temp.as_seed_7() RETURNS text LANGUAGE sql AS $$
  SELECT (SELECT count(*) FROM commerce_seed_fingerprint() f JOIN fp7 USING (table_name)
           WHERE f.fingerprint = fp7.fingerprint) || ' tables as seed 7, ' ||
         (SELECT count(*) FROM commerce_seed_verify() WHERE violations > 0) || ' rules violated'
$$;

SELECT count(*) AS tables FROM commerce_seed(1, 5);
DO $$ BEGIN PERFORM commerce_seed(1, 7); EXCEPTION WHEN others THEN RAISE; END $$;
SELECT pg_temp.as_seed_7();

SELECT count(*) AS tables FROM commerce_seed(1, 5);
BEGIN;
SAVEPOINT a;
SELECT count(*) AS tables FROM commerce_seed(1, 7);
RELEASE SAVEPOINT a;
COMMIT;
SELECT pg_temp.as_seed_7();

-- an EXCEPTION block that catches an error raised after the seed undoes it
DO $$
BEGIN
    PERFORM commerce_seed(2, 8);
    RAISE EXCEPTION 'injected';
EXCEPTION WHEN raise_exception THEN
    NULL;
END
$$;
SELECT pg_temp.as_seed_7();

-- no temporary files left behind, also by a set-returning function whose
-- rows spill from memory to disk
SET work_mem = '64kB';
SELECT count(*) AS order_items FROM commerce_seed_order_items(2);
RESET work_mem;
SELECT count(*) AS temp_files FROM pg_ls_tmpdir();

-- the set-returning functions only read and generate: a role without any
-- right on the tables runs all of them, gets the rows of the seed, and is
-- stopped by statement_timeout
SELECT count(*) AS tables FROM commerce_seed(1, 5);
CREATE ROLE cs_nobody;
GRANT SELECT ON before TO cs_nobody;
SET ROLE cs_nobody;
SELECT count(*) FROM customers;
SELECT count(*) AS tables,
       count(*) FILTER (WHERE n.rows = b.row_count) AS same_rows_as_the_seed
  FROM before b
 CROSS JOIN LATERAL (
       SELECT (pg_catalog.xpath('/row/n/text()', pg_catalog.query_to_xml(
                  format('SELECT count(*) AS n FROM public.commerce_seed_%s(1, 5)', b.table_name),
                  false, true, '')))[1]::text::bigint AS rows) n;
SELECT count(*) AS tables FROM commerce_seed_sizes(1, 5);
SET statement_timeout = '1s';
SELECT count(*) FROM commerce_seed_orders(1000);
RESET statement_timeout;
RESET ROLE;

SELECT pg_temp.unchanged();

DROP EXTENSION commerce_seed;
DROP TABLE before;
DROP ROLE cs_nobody;
