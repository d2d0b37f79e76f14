-- determinism.sql: the same arguments give the same bytes, however the
-- tables are sliced; another seed gives other data; every SRF equals its table.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;

SELECT sum(rows) FROM commerce_seed(1, 42);
CREATE TEMP TABLE fp1 AS SELECT * FROM commerce_seed_fingerprint();
SELECT sum(rows) FROM commerce_seed(1, 42);
CREATE TEMP TABLE fp2 AS SELECT * FROM commerce_seed_fingerprint();
-- identical on a second run
SELECT count(*) AS tables, count(*) FILTER (WHERE fp1.fingerprint = fp2.fingerprint) AS identical
  FROM fp1 JOIN fp2 USING (table_name);

-- the bytes themselves, fixed here: the same on every platform, server
-- version and build, make CS_NO_INT128=1 included (the portable 64-bit
-- arithmetic of builds without a 128-bit integer type, src/mul64.h)
SELECT table_name, row_count, fingerprint FROM fp1 ORDER BY table_name;

-- the fingerprint does not depend on the session's settings
SET timezone = 'America/New_York';
SET datestyle = 'German';
SELECT count(*) AS identical FROM commerce_seed_fingerprint() f JOIN fp1 USING (table_name)
 WHERE f.fingerprint = fp1.fingerprint;
RESET timezone;
RESET datestyle;

-- every SRF equals its table, both ways, in FROM and streamed from the
-- SELECT list, and so does the union of 3 slices
CREATE FUNCTION pg_temp.srf_mismatch(t text, sc int, sd bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    total bigint := 0;
BEGIN
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM commerce_seed_%1$s(%2$s, %3$s) EXCEPT ALL SELECT * FROM %1$I) x', t, sc, sd) INTO n;
    total := total + n;
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM %1$I EXCEPT ALL SELECT * FROM commerce_seed_%1$s(%2$s, %3$s)) x', t, sc, sd) INTO n;
    total := total + n;
    EXECUTE format('SELECT count(*) FROM (SELECT (commerce_seed_%1$s(%2$s, %3$s)).* EXCEPT ALL SELECT * FROM %1$I) x', t, sc, sd) INTO n;
    total := total + n;
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM %1$I EXCEPT ALL SELECT (commerce_seed_%1$s(%2$s, %3$s)).*) x', t, sc, sd) INTO n;
    total := total + n;
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM commerce_seed_%1$s(%2$s, %3$s, 0, 3) UNION ALL SELECT * FROM commerce_seed_%1$s(%2$s, %3$s, 1, 3) UNION ALL SELECT * FROM commerce_seed_%1$s(%2$s, %3$s, 2, 3) EXCEPT ALL SELECT * FROM %1$I) x', t, sc, sd) INTO n;
    total := total + n;
    EXECUTE format('SELECT (SELECT count(*) FROM %1$I) - (SELECT count(*) FROM commerce_seed_%1$s(%2$s, %3$s, 0, 3)) - (SELECT count(*) FROM commerce_seed_%1$s(%2$s, %3$s, 1, 3)) - (SELECT count(*) FROM commerce_seed_%1$s(%2$s, %3$s, 2, 3))', t, sc, sd) INTO n;
    RETURN total + abs(n);
END $$;

SELECT table_name, pg_temp.srf_mismatch(table_name, 1, 42) AS mismatches
  FROM commerce_seed(1, 42) ORDER BY table_name;

-- one odd slicing at another scale and seed: 7 chunks of orders, items, returns
SELECT sum(rows) FROM commerce_seed(2, 99);
SELECT count(*) AS missing FROM (
    SELECT * FROM order_items
    EXCEPT ALL
    SELECT s.* FROM generate_series(0, 6) k, commerce_seed_order_items(2, 99, k, 7) s) x;
SELECT count(*) AS missing FROM (
    SELECT * FROM ticket_messages
    EXCEPT ALL
    SELECT s.* FROM generate_series(0, 6) k, commerce_seed_ticket_messages(2, 99, k, 7) s) x;
SELECT count(*) AS missing FROM (
    SELECT * FROM ticket_messages
    EXCEPT ALL
    SELECT (commerce_seed_ticket_messages(2, 99, k, 7)).* FROM generate_series(0, 6) k) x;
SELECT count(*) AS extra FROM (
    SELECT s.* FROM generate_series(0, 6) k, commerce_seed_returns(2, 99, k, 7) s
    EXCEPT ALL
    SELECT * FROM returns) x;

-- another seed changes every generated table (the category tree and the
-- warehouses are fixed reference data)
SELECT sum(rows) FROM commerce_seed(1, 43);
SELECT table_name FROM commerce_seed_fingerprint() f JOIN fp1 USING (table_name)
 WHERE f.fingerprint = fp1.fingerprint ORDER BY 1;

DROP EXTENSION commerce_seed;
