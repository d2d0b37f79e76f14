-- sizes.sql: commerce_seed_sizes() against the rows the generators really
-- make, at several scales, seeds and windows.  A table marked exact must have
-- exactly its planned rows; any other must be within 2%.  Each check lists
-- the tables that miss (none expected), with their figures.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;

-- the rows the generator makes for table t (its SRF, counted)
CREATE FUNCTION pg_temp.real_rows(t text, sc int, sd bigint, a date, b date) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM (SELECT commerce_seed_%s($1, $2, 0, 1, $3, $4)) s', t)
       INTO n USING sc, sd, a, b;
    RETURN n;
END $$;

-- the tables (all, or those named) whose planned rows miss the real ones
CREATE FUNCTION pg_temp.size_misses(sc int, sd bigint, a date, b date, only_tables text[] DEFAULT NULL)
RETURNS TABLE (table_name text, exact boolean, planned bigint, actual bigint, off_pct numeric)
LANGUAGE sql AS $$
    SELECT s.table_name, s.exact, s.planned_rows, r.n,
           round(100.0 * (s.planned_rows - r.n) / greatest(r.n, 1), 1)
      FROM commerce_seed_sizes(sc, sd, a, b) s,
           LATERAL pg_temp.real_rows(s.table_name, sc, sd, a, b) AS r(n)
     WHERE (only_tables IS NULL OR s.table_name = ANY (only_tables))
       AND CASE WHEN s.exact THEN s.planned_rows <> r.n
                ELSE abs(s.planned_rows - r.n) > 0.02 * r.n END
     ORDER BY 1
$$;

-- the figures of the report: scale 10, the default window
SELECT * FROM pg_temp.size_misses(10, 42, '2023-01-01', '2024-12-31');
-- scale 2 over twenty years
SELECT * FROM pg_temp.size_misses(2, 42, '2005-01-01', '2024-12-31');
-- another seed, a window of thirteen and a half months in the future
SELECT * FROM pg_temp.size_misses(3, 1234, '2030-02-01', '2031-03-15');
-- a two-day window around a leap day
SELECT * FROM pg_temp.size_misses(1, 99, '2024-02-28', '2024-02-29');
-- small scales are counted exactly: every table says so
SELECT count(*) AS tables, count(*) FILTER (WHERE exact) AS exact
  FROM commerce_seed_sizes(10, 42);

-- drivers too large to count every unit (above 500,000 units a sample of
-- that many is scaled up): the rarest tables of each, which a sample
-- estimates least well (720,000 orders; 600,000 customers)
SELECT * FROM pg_temp.size_misses(120, 5, '2023-01-01', '2024-12-31',
    ARRAY['coupon_redemptions', 'support_tickets', 'ticket_messages', 'returns', 'order_items']);
SELECT * FROM pg_temp.size_misses(600, 11, '2023-01-01', '2024-12-31',
    ARRAY['carts', 'addresses']);
SELECT table_name, exact FROM commerce_seed_sizes(120, 5)
 WHERE table_name IN ('orders', 'support_tickets', 'customers', 'carts') ORDER BY 1;

-- The order of the tables is a loading order: every foreign key of the
-- extension's tables points to a table listed before it (or to itself), so
-- loading them one by one in this order (a restore with the keys checked,
-- as bench/run does) never meets a missing parent.
SELECT c.conrelid::regclass AS child, c.confrelid::regclass AS parent
  FROM pg_constraint c
  JOIN commerce_seed_sizes(1) WITH ORDINALITY AS ch(table_name, driver, planned_rows, exact, est_bytes, ord)
    ON ch.table_name = (SELECT relname FROM pg_class WHERE oid = c.conrelid)
  JOIN commerce_seed_sizes(1) WITH ORDINALITY AS pa(table_name, driver, planned_rows, exact, est_bytes, ord)
    ON pa.table_name = (SELECT relname FROM pg_class WHERE oid = c.confrelid)
 WHERE c.contype = 'f' AND pa.ord > ch.ord;

DROP EXTENSION commerce_seed;
