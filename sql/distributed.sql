--
-- distributed: the parts of the Citus layout that need no Citus: the
-- refusal of Citus-managed tables by commerce_seed(), the distribution plan,
-- the schema copy, filling shard tables by hash range, the digest summed from
-- parts, and verify on a copy.  t/007_citus.pl runs the rest on a cluster.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
\set SHOW_CONTEXT never
CREATE EXTENSION commerce_seed;
SELECT count(*) AS tables FROM commerce_seed(1, 3, date '2024-01-01', date '2024-03-31');

-- The plan: every table once, reference or distributed by a bigint column it
-- has and never leaves empty
SELECT method, colocation, distribution_column, string_agg(table_name, ', ' ORDER BY table_name) AS tables
  FROM commerce_seed_distribution_plan()
 GROUP BY 1, 2, 3 ORDER BY 1, 2;
SELECT count(*) AS planned,
       count(*) FILTER (WHERE p.method = 'hash' AND NOT EXISTS (
           SELECT 1 FROM pg_attribute a
            WHERE a.attrelid = ('public.' || p.table_name)::regclass
              AND a.attname = p.distribution_column AND a.atttypid = 'int8'::regtype AND a.attnotnull)) AS bad_columns
  FROM commerce_seed_distribution_plan() p
 WHERE p.table_name IN (SELECT table_name FROM commerce_seed_sizes(1, 3));

-- commerce_seed() refuses a table that Citus manages, before any change.  Citus
-- is not installed here: its catalog is made by hand with the one column read
BEGIN;
SET LOCAL allow_system_table_mods = on;
CREATE TABLE pg_catalog.pg_dist_partition (logicalrelid regclass NOT NULL);
INSERT INTO pg_catalog.pg_dist_partition VALUES ('public.orders'), ('public.user_sessions');
SAVEPOINT before;
SELECT count(*) FROM commerce_seed(1, 42);
ROLLBACK TO before;
-- nothing changed: still seed 3's rows
SELECT seed, (SELECT count(*) FROM orders) = (SELECT planned_rows FROM commerce_seed_sizes(1, 3, '2024-01-01', '2024-03-31')
                                              WHERE table_name = 'orders') AS orders_unchanged
  FROM seed_info;
-- a table that is not the extension's is no concern of the seed
DELETE FROM pg_catalog.pg_dist_partition;
INSERT INTO pg_catalog.pg_dist_partition VALUES ('pg_catalog.pg_dist_partition');
SELECT count(*) AS tables FROM commerce_seed(1, 3, date '2024-01-01', date '2024-03-31');
ROLLBACK;

-- The functions that need Citus say so
SELECT * FROM commerce_seed_distribute('nowhere');
SELECT * FROM commerce_seed_distributed('nowhere', 1, 3);
SELECT commerce_seed_fill_node('nowhere', 1, 3, '2024-01-01', '2024-03-31');

-- The copy: ordinary tables owned by the caller, with what the layout allows
SELECT table_name, constraint_name, action FROM commerce_seed_create_schema('shop') ORDER BY 1, 2;
SELECT count(*) FILTER (WHERE c.relkind = 'r') AS tables,
       count(*) FILTER (WHERE c.relkind = 'v') AS views,
       count(*) FILTER (WHERE c.relkind = 'm') AS matviews,
       count(*) FILTER (WHERE c.relkind = 'S') AS sequences,
       bool_and(c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS all_mine,
       count(*) FILTER (WHERE c.relkind = 'r' AND d.objid IS NOT NULL) AS extension_members
  FROM pg_class c
  LEFT JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
 WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S');
-- every column comment came along
SELECT count(*) AS uncommented
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
 WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind IN ('r', 'v', 'm')
   AND a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL;
-- its own sequences, its views read its own tables
SELECT pg_get_serial_sequence('shop.orders', 'order_id') AS orders_sequence;
SELECT DISTINCT n.nspname AS views_read
  FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid
  JOIN pg_class t ON t.oid = d.refobjid AND t.relkind = 'r'
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE w.ev_class IN (SELECT oid FROM pg_class WHERE relnamespace = 'shop'::regnamespace AND relkind IN ('v', 'm'));
-- a second copy there, or a copy in the extension's own schema, is refused
SELECT count(*) FROM commerce_seed_create_schema('shop');
SELECT count(*) FROM commerce_seed_create_schema('public');
SELECT count(*) FROM commerce_seed_create_schema(NULL);

-- Filling shard tables: four shards per distributed table (a quarter of the
-- hash space each, as Citus would split it), one for a reference table; each
-- shard is a table of the copy's shape.  The shards of a distributed table
-- are filled by two calls, the even ones and the odd ones, as two nodes
-- would: each call builds only its own units' rows where it can
CREATE FUNCTION fill_copy(nshards integer, scale integer, seed bigint, start_date date, end_date date)
RETURNS TABLE (table_name text, shards integer, rows bigint)
LANGUAGE plpgsql AS $$
DECLARE
    p record; k integer; n integer; s regclass[]; lo integer[]; hi integer[];
BEGIN
    FOR p IN SELECT * FROM commerce_seed_distribution_plan() LOOP
        n := CASE WHEN p.method = 'hash' THEN nshards ELSE 1 END;
        s := '{}'; lo := '{}'; hi := '{}';
        FOR k IN 0 .. n - 1 LOOP
            EXECUTE format('CREATE TABLE shard.%I (LIKE shop.%I INCLUDING ALL)', p.table_name || '_' || k, p.table_name);
            s := s || format('shard.%I', p.table_name || '_' || k)::regclass;
            lo := lo || (-2147483648 + k * (4294967296 / n))::integer;
            hi := hi || (-2147483648 + (k + 1) * (4294967296 / n) - 1)::integer;
        END LOOP;
        table_name := p.table_name;
        shards := n;
        IF n = 1 THEN
            rows := commerce_seed_fill_shards(p.table_name, p.distribution_column, s, lo, hi,
                                              scale, seed, start_date, end_date);
        ELSE
            rows := commerce_seed_fill_shards(p.table_name, p.distribution_column,
                                              ARRAY[s[1], s[3]], ARRAY[lo[1], lo[3]], ARRAY[hi[1], hi[3]],
                                              scale, seed, start_date, end_date)
                  + commerce_seed_fill_shards(p.table_name, p.distribution_column,
                                              ARRAY[s[2], s[4]], ARRAY[lo[2], lo[4]], ARRAY[hi[2], hi[4]],
                                              scale, seed, start_date, end_date);
        END IF;
        RETURN NEXT;
        FOR k IN 0 .. n - 1 LOOP
            EXECUTE format('INSERT INTO shop.%I SELECT * FROM shard.%I', p.table_name, p.table_name || '_' || k);
        END LOOP;
    END LOOP;
END $$;
CREATE SCHEMA shard;
SELECT sum(rows) AS rows, count(*) FILTER (WHERE shards = 4) AS distributed
  FROM fill_copy(4, 1, 3, '2024-01-01', '2024-03-31');
-- each shard holds exactly the rows that hash into its range
SELECT count(*) AS misplaced FROM (
    SELECT 0 AS k, hashint8(order_id) AS h FROM shard.orders_0 UNION ALL
    SELECT 1, hashint8(order_id) FROM shard.orders_1 UNION ALL
    SELECT 2, hashint8(order_id) FROM shard.orders_2 UNION ALL
    SELECT 3, hashint8(order_id) FROM shard.orders_3) s
 WHERE s.h < -2147483648 + s.k::bigint * 1073741824 OR s.h >= -2147483648 + (s.k + 1)::bigint * 1073741824;
SELECT (SELECT count(*) FROM shard.user_sessions_0) > 0 AND (SELECT count(*) FROM shard.user_sessions_3) > 0 AS spread;
-- and the union is the single-node table: the digests agree table by table
SELECT count(*) AS tables, count(*) FILTER (WHERE a.digest = b.digest AND a.row_count = b.row_count) AS same
  FROM commerce_seed_digest() a JOIN commerce_seed_digest('shop') b USING (table_name);
-- a digest that differs: one row changed
UPDATE shop.orders SET channel = 'ios' WHERE order_id = (SELECT min(order_id) FROM shop.orders WHERE channel <> 'ios');
SELECT table_name FROM commerce_seed_digest() a JOIN commerce_seed_digest('shop') b USING (table_name)
 WHERE a.digest <> b.digest;
UPDATE shop.orders o SET channel = p.channel FROM public.orders p WHERE p.order_id = o.order_id AND o.channel <> p.channel;

-- verify on the copy: every rule of the extension, the left-out keys too;
-- what the copy lacks so far (sequences at 1, snapshots never refreshed)
-- shows, and goes once finished
SELECT count(*) AS rules, count(*) FILTER (WHERE violations IS NULL) AS not_run,
       string_agg(DISTINCT split_part(rule, '.', 1), ', ') FILTER (WHERE violations <> 0) AS failing
  FROM commerce_seed_verify_schema('shop');
SELECT count(*) = (SELECT count(*) FROM commerce_seed_verify()) AS same_rules,
       count(*) FILTER (WHERE rule IN ('fk.orders_customer_id_fkey', 'unique.uq_customers_lower_email')) AS left_out_checked
  FROM commerce_seed_verify_schema('shop');
DO $$
DECLARE r record; n bigint;
BEGIN
    FOR r IN SELECT c.relname, a.attname, pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
              WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind = 'r'
                AND pg_get_serial_sequence(c.oid::regclass::text, a.attname) IS NOT NULL LOOP
        EXECUTE format('SELECT max(%I) FROM shop.%I', r.attname, r.relname) INTO n;
        PERFORM setval(r.seq, n);
    END LOOP;
END $$;
REFRESH MATERIALIZED VIEW shop.mv_order_financials;
REFRESH MATERIALIZED VIEW shop.mv_daily_kpis;
SELECT count(*) AS rules, count(*) FILTER (WHERE violations <> 0) AS failing FROM commerce_seed_verify_schema('shop');
-- what a left-out key would have refused is found: a second customer with an email in use
INSERT INTO shop.customers (full_name, email, status, marketing_opt_in)
SELECT 'Twin', email, 'active', false FROM shop.customers ORDER BY customer_id LIMIT 1;
SELECT rule, violations FROM commerce_seed_verify_schema('shop') WHERE violations <> 0 ORDER BY rule;
-- only the copy's owner verifies it
CREATE ROLE cs_dist_other;
SET ROLE cs_dist_other;
SELECT count(*) FROM commerce_seed_verify_schema('shop');
RESET ROLE;
DROP ROLE cs_dist_other;

-- a copy whose relation is not what the extension's is (a partitioned table
-- for a plain one, say) is refused before any rule runs
ALTER TABLE shop.coupons RENAME TO coupons_kept;
CREATE TABLE shop.coupons (LIKE shop.coupons_kept) PARTITION BY RANGE (coupon_id);
SELECT count(*) FROM commerce_seed_verify_schema('shop');
DROP TABLE shop.coupons;
ALTER TABLE shop.coupons_kept RENAME TO coupons;

-- A digest reads each table as its owner: a cast from the row type that the
-- owner made runs with the owner's rights, not the caller's
CREATE ROLE cs_dist_owner;
CREATE SCHEMA owned AUTHORIZATION cs_dist_owner;
SET ROLE cs_dist_owner;
CREATE TABLE owned.t (a integer);
INSERT INTO owned.t VALUES (1), (2);
CREATE FUNCTION owned.show(owned.t) RETURNS text LANGUAGE plpgsql
AS $$ BEGIN RAISE WARNING 'the cast runs as %', current_user; RETURN 'row'; END $$;
CREATE CAST (owned.t AS text) WITH FUNCTION owned.show(owned.t);
RESET ROLE;
SELECT commerce_seed_relation_digest('owned.t') AS parts;
-- which needs SELECT, and no row-level security that applies to the caller
CREATE ROLE cs_dist_reader;
GRANT USAGE ON SCHEMA owned TO cs_dist_reader;
SET ROLE cs_dist_reader;
SELECT commerce_seed_relation_digest('owned.t');
RESET ROLE;
GRANT SELECT ON owned.t TO cs_dist_reader;
ALTER TABLE owned.t ENABLE ROW LEVEL SECURITY;
SET ROLE cs_dist_reader;
SELECT commerce_seed_relation_digest('owned.t');
RESET ROLE;
SELECT commerce_seed_relation_digest('shop.v_sales_daily');
-- the inner function is the owner's alone
SET ROLE cs_dist_reader;
SELECT commerce_seed_relation_digest_parts('owned.t');
RESET ROLE;
DROP SCHEMA owned CASCADE;
DROP ROLE cs_dist_owner;
DROP ROLE cs_dist_reader;

-- names the copy cannot take
SELECT count(*) FROM commerce_seed_create_schema('');
SELECT count(*) FROM commerce_seed_distribute('public');

-- commerce_seed_fill_shards: what it refuses, before writing anything
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0'::regclass], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
TRUNCATE shard.orders_0, shard.orders_1;
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0', 'shard.orders_1']::regclass[], ARRAY[0, 5], ARRAY[10, 20], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0', 'shard.orders_0']::regclass[], ARRAY[0, 20], ARRAY[10, 30], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[10], ARRAY[0], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[0, 1], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY[]::regclass[], ARRAY[]::integer[], ARRAY[]::integer[], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[NULL::integer], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', NULL, ARRAY['shard.orders_0', 'shard.orders_1']::regclass[], ARRAY[0, 20], ARRAY[10, 30], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('nosuch', NULL, ARRAY['shard.orders_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'nosuch', ARRAY['shard.orders_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'channel', ARRAY['shard.orders_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('gift_cards', 'purchaser_customer_id', ARRAY['shard.gift_cards_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.payments_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shop.v_sales_daily']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[0], ARRAY[10], 0, 3, '2024-01-01', '2024-03-31');
CREATE ROLE cs_dist_other;
GRANT USAGE ON SCHEMA shard TO cs_dist_other;
SET ROLE cs_dist_other;
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[0], ARRAY[10], 1, 3, '2024-01-01', '2024-03-31');
RESET ROLE;
REVOKE USAGE ON SCHEMA shard FROM cs_dist_other;
DROP ROLE cs_dist_other;
-- a whole range into one shard gives the whole table
SELECT commerce_seed_fill_shards('orders', 'order_id', ARRAY['shard.orders_0']::regclass[], ARRAY[-2147483648], ARRAY[2147483647], 1, 3, '2024-01-01', '2024-03-31')
     = (SELECT count(*) FROM orders) AS whole;

DROP FUNCTION fill_copy(integer, integer, bigint, date, date);
DROP SCHEMA shop, shard CASCADE;
DROP EXTENSION commerce_seed;
