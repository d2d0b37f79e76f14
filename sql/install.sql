--
-- install: the extension installed into another schema (shop); a hostile
-- search_path (look-alike tables, functions, an aggregate and an operator in a
-- schema searched first) changes nothing the extension computes; DROP
-- EXTENSION leaves nothing behind; it installs again (even under the hostile
-- search_path) identically; a second CREATE EXTENSION and ALTER EXTENSION ...
-- SET SCHEMA are refused.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';

CREATE SCHEMA shop;
CREATE EXTENSION commerce_seed SCHEMA shop;

SELECT e.extname, n.nspname AS schema, e.extrelocatable
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'commerce_seed';

-- Objects live in shop: relations by kind, and the enum types ...
SELECT relkind, count(*) FROM pg_class
 WHERE relnamespace = 'shop'::regnamespace GROUP BY relkind ORDER BY relkind;
SELECT count(*) AS enum_types FROM pg_type
 WHERE typnamespace = 'shop'::regnamespace AND typtype = 'e';
-- ... and no relation, type or function of the extension is anywhere else (no rows).
SELECT d.classid::regclass, count(*)
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND d.classid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass)
   AND COALESCE((SELECT relnamespace FROM pg_class WHERE d.classid = 'pg_class'::regclass AND oid = d.objid),
                (SELECT typnamespace FROM pg_type WHERE d.classid = 'pg_type'::regclass AND oid = d.objid),
                (SELECT pronamespace FROM pg_proc WHERE d.classid = 'pg_proc'::regclass AND oid = d.objid))
       IS DISTINCT FROM 'shop'::regnamespace
 GROUP BY 1;
SELECT count(*) AS relations_in_public FROM pg_class WHERE relnamespace = 'public'::regnamespace;

-- A fingerprint of the installed schema (columns, defaults, constraints,
-- indexes, view definitions, enum labels, comments), to compare with the
-- reinstall below.  Read under a fixed search_path so the text is stable.
CREATE TEMP VIEW fingerprint AS
SELECT 'column ' || c.relname || '.' || a.attname AS object,
       format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || COALESCE(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') AS definition
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind IN ('r', 'v', 'm')
UNION ALL
SELECT 'constraint ' || c.relname || '.' || con.conname, pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
 WHERE c.relnamespace = 'shop'::regnamespace AND con.contype <> 'n'   -- 18+: NOT NULL too
UNION ALL
SELECT 'index ' || c.relname, pg_get_indexdef(c.oid)
  FROM pg_class c WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind = 'i'
UNION ALL
SELECT 'view ' || c.relname, pg_get_viewdef(c.oid)
  FROM pg_class c WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind IN ('v', 'm')
UNION ALL
SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
 WHERE t.typnamespace = 'shop'::regnamespace
 GROUP BY t.typname
UNION ALL
SELECT 'comment ' || c.relname, obj_description(c.oid, 'pg_class')
  FROM pg_class c WHERE c.relnamespace = 'shop'::regnamespace
   AND obj_description(c.oid, 'pg_class') IS NOT NULL
UNION ALL
SELECT 'comment ' || t.typname, obj_description(t.oid, 'pg_type')
  FROM pg_type t WHERE t.typnamespace = 'shop'::regnamespace
   AND obj_description(t.oid, 'pg_type') IS NOT NULL;

SET search_path = pg_catalog;
CREATE TEMP TABLE first_install AS SELECT * FROM pg_temp.fingerprint;
RESET search_path;

--
-- The hostile schema: look-alike tables with other data, and look-alike
-- functions, an aggregate and an operator that return wrong answers.
--
CREATE SCHEMA evil;
CREATE TABLE evil.customers (customer_id bigint, full_name text, email text);
CREATE TABLE evil.products (product_id bigint, sku text, name text, price numeric);
CREATE TABLE evil.orders (order_id bigint, customer_id bigint, order_date date, status text);
CREATE TABLE evil.order_items (order_item_id bigint, order_id bigint, product_id bigint,
                               quantity int, unit_price numeric, discount numeric);
INSERT INTO evil.customers VALUES (1, 'Mallory', 'mallory@example.com');
INSERT INTO evil.products VALUES (1, 'EVIL-1', 'Trap', 1.00);
INSERT INTO evil.orders VALUES (1, 1, '2024-03-01', 'paid'), (2, 1, '2024-03-01', 'paid'),
                               (3, 1, '2024-03-01', 'paid');
INSERT INTO evil.order_items VALUES (1, 1, 1, 1000, 1000.00, 0), (2, 2, 1, 1000, 1000.00, 0);
CREATE FUNCTION evil.round(numeric, integer) RETURNS numeric
    LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION evil.now() RETURNS timestamptz
    LANGUAGE sql AS $$SELECT '1999-01-01 00:00+00'::timestamptz$$;
CREATE FUNCTION evil.btrim(text) RETURNS text
    LANGUAGE sql AS $$SELECT 'x'$$;
CREATE FUNCTION evil.zero(numeric, numeric) RETURNS numeric
    LANGUAGE sql AS 'SELECT 0::numeric';
CREATE AGGREGATE evil.sum(numeric) (sfunc = evil.zero, stype = numeric, initcond = '0');
CREATE FUNCTION evil.always(shop.order_status, shop.order_status) RETURNS boolean
    LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR evil.<> (leftarg = shop.order_status, rightarg = shop.order_status,
                         function = evil.always);

-- First the search_path of the issue: evil before shop (pg_catalog, not
-- listed, is still searched first).
SET search_path = evil, shop, public;
-- unqualified table names now reach the look-alikes
SELECT count(*) AS evil_orders FROM orders;

-- Data goes into shop, by qualified names, ids from the sequences and
-- defaults (signed_up_at, status, discount ...) from the table definitions.
INSERT INTO shop.customers (full_name, email) VALUES ('Kiran Das', 'kiran@example.com');
INSERT INTO shop.addresses (customer_id, is_default, line1, city, state, pincode)
VALUES (1, true, '1 MG Road', 'Mumbai', 'Maharashtra', '400001');
INSERT INTO shop.suppliers (name, rating, contact_email, city, state)
VALUES ('Acme Electronics', 4, 'sales@acme.example.com', 'Mumbai', 'Maharashtra');
INSERT INTO shop.categories (name) VALUES ('Electronics');
INSERT INTO shop.products (supplier_id, category_id, sku, name, price, cost_price, weight_grams) VALUES
  (1, 1, 'PH-001', 'Phone X', 199.99, 120.00, 180),
  (1, 1, 'KT-001', 'Kettle',   49.50,  30.25, 1200);
INSERT INTO shop.orders (customer_id, shipping_address_id, order_date, placed_at, status, cancelled_at) VALUES
  (1, 1, '2024-03-01', '2024-03-01 04:30+00', 'paid',      NULL),
  (1, 1, '2024-03-01', '2024-03-01 05:00+00', 'cancelled', '2024-03-01 06:00+00');
INSERT INTO shop.order_items (order_id, product_id, quantity, unit_price, discount) VALUES
  (1, 1, 3, 199.99, 15.00),   -- 599.97 * 0.85  = 509.9745 -> 509.97
  (1, 2, 1,  49.50, 12.50),   --  49.50 * 0.875 =  43.3125 ->  43.31
  (2, 1, 1, 199.99, DEFAULT); -- 199.99 (cancelled order)
INSERT INTO shop.payments (order_id, method, status, amount, created_at, paid_at, transaction_ref)
VALUES (1, 'card', 'captured', 553.28, '2024-03-01 04:31+00', '2024-03-01 04:32+00', 'TXN-1');

-- Defaults and CHECKs are bound to pg_catalog, not to what the path finds.
SELECT customer_id, status, signed_up_at > '2020-01-01' AS signed_up_now FROM shop.customers;
INSERT INTO shop.customers (full_name, email, signed_up_at)
VALUES ('   ', 'blank@example.com', '2024-03-01 00:00+00');

-- The views compute from shop's tables:
--   lines 509.97, 43.31, 199.99; order 1 = 553.28; the cancelled order 2 left out
SELECT order_item_id, order_id, order_status, sku, gross_amount, line_total
  FROM shop.v_order_items_detailed ORDER BY order_item_id;
--   2024-03-01: 1 order, 1 customer, 4 units, 553.28
SELECT * FROM shop.v_sales_daily ORDER BY sales_date;
--   Kiran: 1 order, 553.28, average 553.28
SELECT customer_id, full_name, order_count, lifetime_value, avg_order_value
  FROM shop.v_customer_ltv ORDER BY customer_id;
--   order 1: 2 items, 4 units, gross 599.97 + 49.50 = 649.47, total 553.28, paid 553.28
--   order 2: cancelled, 1 item, 1 unit, 199.99, 199.99, no payment
REFRESH MATERIALIZED VIEW shop.mv_order_financials;
REFRESH MATERIALIZED VIEW shop.mv_daily_kpis;
SELECT * FROM shop.mv_order_financials ORDER BY order_id;
SELECT * FROM shop.mv_daily_kpis ORDER BY sales_date;

-- Now evil even before pg_catalog: the traps are armed for anything resolved
-- by name at run time ...
SET search_path = evil, pg_catalog, shop, public;
SELECT round(2.675, 2) AS round, now() < '2000-01-01' AS now_is_fake, btrim(' a ') AS btrim,
       (SELECT sum(x) FROM (VALUES (1.0), (2.0)) AS v(x)) AS sum;
SELECT count(*) AS hijacked_not_cancelled FROM shop.orders WHERE status <> 'cancelled';

-- ... but the extension's views, matviews, defaults and CHECKs are not:
-- the same answers as above.
SELECT order_item_id, order_id, order_status, sku, gross_amount, line_total
  FROM shop.v_order_items_detailed ORDER BY order_item_id;
SELECT * FROM shop.v_sales_daily ORDER BY sales_date;
SELECT customer_id, full_name, order_count, lifetime_value, avg_order_value
  FROM shop.v_customer_ltv ORDER BY customer_id;
REFRESH MATERIALIZED VIEW shop.mv_order_financials;
REFRESH MATERIALIZED VIEW CONCURRENTLY shop.mv_daily_kpis;
SELECT * FROM shop.mv_order_financials ORDER BY order_id;
SELECT * FROM shop.mv_daily_kpis ORDER BY sales_date;
INSERT INTO shop.customers (full_name, email) VALUES ('Lata Shah', 'lata@example.com');
SELECT customer_id, status, signed_up_at > '2020-01-01' AS signed_up_now FROM shop.customers ORDER BY 1;
INSERT INTO shop.customers (full_name, email, signed_up_at)
VALUES ('   ', 'blank@example.com', '2024-03-01 00:00+00');

--
-- DROP EXTENSION removes everything it created.  (evil's operator uses
-- shop.order_status, so it goes first: otherwise the drop is refused.)
--
DROP OPERATOR evil.<> (shop.order_status, shop.order_status);
DROP FUNCTION evil.always(shop.order_status, shop.order_status);
DROP EXTENSION commerce_seed;

SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'commerce_seed';
SELECT count(*) AS relations_in_shop FROM pg_class WHERE relnamespace = 'shop'::regnamespace;
SELECT count(*) AS types_in_shop FROM pg_type WHERE typnamespace = 'shop'::regnamespace;
SELECT count(*) AS functions_in_shop FROM pg_proc WHERE pronamespace = 'shop'::regnamespace;
-- pg_depend: nothing points at or from a missing extension
SELECT count(*) AS dangling_depend
  FROM pg_depend
 WHERE (refclassid = 'pg_extension'::regclass AND refobjid NOT IN (SELECT oid FROM pg_extension))
    OR (classid = 'pg_extension'::regclass AND objid NOT IN (SELECT oid FROM pg_extension));
-- the schema itself was ours, not the extension's, and stays; evil is untouched
SELECT nspname FROM pg_namespace WHERE nspname IN ('shop', 'evil') ORDER BY 1;
SELECT relname FROM pg_class WHERE relnamespace = 'evil'::regnamespace AND relkind = 'r' ORDER BY 1;

-- Installing into evil fails on the first look-alike and leaves nothing behind.
-- (terse: 18 and later add the failing statement of the script as context)
\set VERBOSITY terse
CREATE EXTENSION commerce_seed SCHEMA evil;
\set VERBOSITY default
SELECT relkind, count(*) FROM pg_class
 WHERE relnamespace = 'evil'::regnamespace GROUP BY relkind ORDER BY relkind;
SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'commerce_seed';

--
-- Reinstall, still under the hostile search_path: it works, and the result
-- is identical to the first install.
--
CREATE EXTENSION commerce_seed SCHEMA shop;
SELECT relkind, count(*) FROM pg_class
 WHERE relnamespace = 'shop'::regnamespace GROUP BY relkind ORDER BY relkind;
SET search_path = pg_catalog;
SELECT 'only in first install' AS side, * FROM (
    SELECT * FROM pg_temp.first_install EXCEPT SELECT * FROM pg_temp.fingerprint) AS a
UNION ALL
SELECT 'only in reinstall', * FROM (
    SELECT * FROM pg_temp.fingerprint EXCEPT SELECT * FROM pg_temp.first_install) AS b
ORDER BY 1, 2;
SELECT count(*) > 0 AS fingerprint_not_empty FROM pg_temp.first_install;
SET search_path = evil, pg_catalog, shop, public;

-- A second CREATE EXTENSION is refused, into the same schema or another one;
-- IF NOT EXISTS only notes it.
CREATE EXTENSION commerce_seed SCHEMA shop;
CREATE EXTENSION commerce_seed SCHEMA public;
SET client_min_messages = notice;
CREATE EXTENSION IF NOT EXISTS commerce_seed SCHEMA shop;
SET client_min_messages = warning;

-- The extension is not relocatable.
ALTER EXTENSION commerce_seed SET SCHEMA public;
SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'commerce_seed';

-- Clean up.
RESET search_path;
DROP TABLE first_install;
DROP VIEW fingerprint;
DROP EXTENSION commerce_seed;
DROP SCHEMA evil CASCADE;
DROP SCHEMA shop;
