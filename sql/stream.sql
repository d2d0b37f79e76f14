-- stream.sql: a table function called in the SELECT list streams its rows,
-- one driver unit at a time: a LIMIT stops the generation, and an export
-- writes no temporary file and is not capped by commerce_seed.srf_max_rows.
-- In FROM the executor stores the whole result before the first row moves
-- on: that form spills to temporary files, and the cap applies to it.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;

-- The first rows of every table at scale 100,000 (1.2 billion order lines,
-- 2.4 billion audit events): made to the end, any of these would take hours,
-- which the timeout turns into an error here.
SET statement_timeout = '300s';
CREATE FUNCTION pg_temp.first_rows(t text, n int) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    c bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM (SELECT commerce_seed_%s(100000, 42) LIMIT %s) s', t, n)
       INTO c;
    RETURN c;
END $$;
SELECT count(*) AS tables, count(*) FILTER (WHERE pg_temp.first_rows(table_name, 100) = least(planned_rows, 100)) AS streamed
  FROM commerce_seed_sizes(100000);
SELECT (commerce_seed_order_items(100000, 42)).* LIMIT 3;
-- the last slice of 1,000 counts the earlier lines without making them
SELECT (commerce_seed_order_items(1000, 42, 999, 1000)).* LIMIT 3;
RESET statement_timeout;

-- the same rows as the FROM form, in the same order
SELECT count(*) AS rows, count(*) FILTER (WHERE a.r IS DISTINCT FROM b.r) AS different
  FROM (SELECT f AS r, row_number() OVER () AS n
          FROM commerce_seed_order_items(2, 7, 1, 3) AS f) a
  FULL JOIN (SELECT s AS r, row_number() OVER () AS n
               FROM (SELECT commerce_seed_order_items(2, 7, 1, 3) AS s) x) b USING (n);

-- An export: the streaming form writes no temporary file, the FROM form
-- spills its tuplestore (work_mem is small here) before COPY sends a row.
SET work_mem = '64kB';
SELECT pg_stat_force_next_flush();
SELECT temp_files AS temp_files_before FROM pg_stat_database WHERE datname = current_database() \gset
COPY (SELECT (commerce_seed_order_items(10, 42)).*) TO '/dev/null';
SELECT pg_stat_force_next_flush();
SELECT temp_files - :temp_files_before AS temp_files_streaming
  FROM pg_stat_database WHERE datname = current_database();
COPY (SELECT * FROM commerce_seed_order_items(10, 42)) TO '/dev/null';
SELECT pg_stat_force_next_flush();
SELECT temp_files > :temp_files_before AS from_clause_spills
  FROM pg_stat_database WHERE datname = current_database();
RESET work_mem;

-- the cap bounds what FROM stores, not what streams
SET commerce_seed.srf_max_rows = 1000;
SELECT count(*) FROM commerce_seed_orders(1, 42);
SELECT count(*) FROM (SELECT commerce_seed_orders(1, 42)) s;
RESET commerce_seed.srf_max_rows;

-- an argument error comes before any row, in either form
SELECT commerce_seed_orders(1, 42, 5, 5);
SELECT (commerce_seed_orders(0)).order_id;

DROP EXTENSION commerce_seed;
