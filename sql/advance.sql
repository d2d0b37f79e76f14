-- advance.sql: the live shop.  A seed to E1 followed by advances to E2
-- gives exactly the tables, sequences and seed_info of a seed to E2, for
-- several seeds and splits (one advance, many small ones, instants inside a
-- day, across month, year and festive boundaries); the advance goes through
-- the executor (triggers fire, row-level security applies); errors change
-- nothing.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
SET timezone = 'Asia/Kolkata';
SET datestyle = 'ISO, YMD';

-- before any seed there is nothing to continue
SELECT * FROM commerce_seed_advance(interval '1 hour');

-- what a dataset is: its fingerprints, its sequences, and what seed_info says of it
CREATE TEMP TABLE state (label text, item text, value text);
CREATE FUNCTION pg_temp.keep(label text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO state
  SELECT label, 'table ' || table_name, row_count || ' ' || fingerprint FROM commerce_seed_fingerprint()
  UNION ALL
  SELECT label, 'sequence ' || sequencename, coalesce(last_value::text, 'not called')
    FROM pg_sequences WHERE schemaname = 'public'
  UNION ALL
  SELECT label, 'seed_info', row(as_of, end_date, rows, frontier)::text FROM seed_info;
$$;
CREATE FUNCTION pg_temp.differences(a text, b text) RETURNS TABLE (item text, in_a text, in_b text)
LANGUAGE sql AS $$
  SELECT item, x.value, y.value
    FROM (SELECT * FROM state WHERE label = a) x
    FULL JOIN (SELECT * FROM state WHERE label = b) y USING (item)
   WHERE x.value IS DISTINCT FROM y.value
   ORDER BY 1;
$$;

-- 1. Seed 42: one advance from a mid-October seed over Diwali (12 November
-- 2023) and the new year, in steps that end inside days, with every unit
-- regenerated and checked against its table's horizon
SET commerce_seed.advance_check_all = on;
SELECT sum(rows) FROM commerce_seed(1, 42, '2023-06-01', '2023-10-20');
SELECT * FROM commerce_seed_advance(timestamptz '2023-10-22 13:17:05.123456+05:30')
 WHERE inserted + updated + deleted > 0;
SELECT sum(inserted) AS inserted, sum(updated) AS updated, sum(deleted) AS deleted
  FROM commerce_seed_advance(interval '1 hour');
SELECT as_of, end_date FROM seed_info;
SELECT sum(inserted) + sum(updated) > 0 AS changed FROM commerce_seed_advance(timestamptz '2023-11-14 09:00+05:30');
SELECT sum(inserted) + sum(updated) > 0 AS changed FROM commerce_seed_advance(timestamptz '2024-01-03 00:00+05:30');
SELECT pg_temp.keep('42 advanced');
SELECT sum(rows) FROM commerce_seed(1, 42, '2023-06-01', '2024-01-02');
SELECT pg_temp.keep('42 seeded');
SELECT * FROM pg_temp.differences('42 advanced', '42 seeded');
RESET commerce_seed.advance_check_all;

-- 2. Seed 7: 60 advances of half an hour across the turn of a month, then
-- to the end of the next day
SELECT sum(rows) FROM commerce_seed(1, 7, '2024-01-01', '2024-01-30');
CREATE TEMP TABLE steps (as_of timestamptz, changed bigint);
DO $$
BEGIN
  FOR i IN 1..60 LOOP
    INSERT INTO steps
    SELECT (SELECT as_of FROM seed_info), sum(inserted + updated + deleted)
      FROM commerce_seed_advance(interval '30 minutes', refresh => false);
  END LOOP;
END $$;
SELECT count(*) AS advances, count(DISTINCT as_of) AS instants, min(as_of), max(as_of),
       count(*) FILTER (WHERE changed > 0) AS with_changes, sum(changed) AS rows_changed
  FROM steps;
SELECT sum(inserted + updated) > 0 AS changed FROM commerce_seed_advance(timestamptz '2024-02-02 00:00+05:30');
SELECT pg_temp.keep('7 advanced');
SELECT sum(rows) FROM commerce_seed(1, 7, '2024-01-01', '2024-02-01');
SELECT pg_temp.keep('7 seeded');
SELECT * FROM pg_temp.differences('7 advanced', '7 seeded');

-- 3. Seed 2024, scale 2: a quarter at once, across the year and Republic
-- Day's sale, by the days form
SELECT sum(rows) FROM commerce_seed(2, 2024, '2024-03-01', '2024-12-15');
SELECT sum(inserted) > 0 AS inserted, sum(updated) > 0 AS updated FROM commerce_seed_advance(90);
SELECT as_of FROM seed_info;
SELECT pg_temp.keep('2024 advanced');
SELECT sum(rows) FROM commerce_seed(2, 2024, '2024-03-01', '2025-03-15');
SELECT pg_temp.keep('2024 seeded');
SELECT * FROM pg_temp.differences('2024 advanced', '2024 seeded');

-- after advances every rule of the dataset holds, inside a day too
SELECT sum(rows) FROM commerce_seed(1, 42, '2023-01-01', '2023-12-31');
SELECT count(*) AS tables FROM commerce_seed_advance(timestamptz '2024-01-02 15:45+05:30');
SELECT kind, count(*) AS rules, sum(violations) AS violations
  FROM commerce_seed_verify() GROUP BY kind ORDER BY kind;

-- the workload helpers pick at the new as-of instant: customers signed up,
-- products listed by then, and they name the rows the advance wrote
SELECT bool_and(c.signed_up_at <= s.as_of) AS customers_signed_up,
       bool_and(p.created_at <= s.as_of AND NOT p.discontinued) AS products_listed,
       bool_and(commerce_seed_customer_email(c.customer_id) = c.email) AS emails_seeded
  FROM generate_series(0, 99) i, seed_info s,
       LATERAL (SELECT * FROM customers WHERE customer_id = commerce_seed_pick_customer(i / 100.0)) c,
       LATERAL (SELECT * FROM products WHERE product_id = commerce_seed_pick_product(i / 100.0)) p;
SELECT commerce_seed_customer_email(max(customer_id)) = max(email) AS newest_customer
  FROM customers WHERE customer_id = (SELECT max(customer_id) FROM customers);

-- the materialized views were refreshed: the new day is in the daily KPIs
SELECT max(sales_date) AS last_day FROM mv_daily_kpis;

-- nothing to do: the same instant again changes nothing (every table, no rows)
SELECT count(*) AS tables FROM commerce_seed_advance(timestamptz '2024-01-02 15:45+05:30');

-- Errors change nothing: backwards, past the 20-year window, null arguments
SELECT * FROM commerce_seed_advance(timestamptz '2024-01-01 00:00+05:30');
SELECT * FROM commerce_seed_advance(timestamptz '2044-01-01 00:00+05:30');
SELECT * FROM commerce_seed_advance(interval '-1 hour');
SELECT * FROM commerce_seed_advance(NULL::timestamptz);
SELECT * FROM commerce_seed_advance(interval '1 hour', NULL);
SELECT * FROM commerce_seed_advance(timestamptz 'infinity');
SELECT * FROM commerce_seed_advance(NULL::integer);
SELECT * FROM commerce_seed_advance(100000000);
SELECT * FROM commerce_seed_advance(interval '178000000 years');
SELECT * FROM commerce_seed_advance(-100000000);
-- no step at all: every table, nothing changed
SELECT count(*) AS tables, sum(inserted + updated + deleted) AS changed FROM commerce_seed_advance(0);
SELECT as_of FROM seed_info;

-- An application changed a row the advance continues (an order still on
-- its way): the advance says which and why, and changes nothing
BEGIN;
UPDATE shipments SET carrier = 'Hand Delivery'
 WHERE shipment_id = (SELECT min(shipment_id) FROM shipments WHERE status IN ('dispatched', 'in_transit'));
SELECT * FROM commerce_seed_advance(interval '2 days');
ROLLBACK;
-- an order the application placed took an id the shop's next order needs
BEGIN;
INSERT INTO orders (customer_id, shipping_address_id, channel)
SELECT customer_id, address_id, 'web' FROM addresses WHERE is_default LIMIT 1;
SELECT * FROM commerce_seed_advance(interval '1 hour');
ROLLBACK;
-- a row the advance would update was deleted
BEGIN;
DELETE FROM ticket_messages WHERE ticket_id IN (SELECT ticket_id FROM support_tickets WHERE status IN ('open', 'pending'));
DELETE FROM support_tickets WHERE status IN ('open', 'pending');
SELECT * FROM commerce_seed_advance(interval '7 days');
ROLLBACK;
-- seed_info that does not describe this version's data
BEGIN;
UPDATE seed_info SET extension_version = '1.0';
SELECT * FROM commerce_seed_advance(interval '1 hour');
ROLLBACK;
BEGIN;
UPDATE seed_info SET frontier = NULL;
SELECT * FROM commerce_seed_advance(interval '1 hour');
ROLLBACK;
BEGIN;
UPDATE seed_info SET frontier = frontier - 'reviews';
SELECT * FROM commerce_seed_advance(interval '1 hour');
ROLLBACK;
BEGIN;
UPDATE seed_info SET frontier = jsonb_set(frontier, '{orders,0}', '1');
SELECT * FROM commerce_seed_advance(interval '1 hour');
ROLLBACK;
SELECT as_of FROM seed_info;

-- The executor path: a trigger sees every row the advance writes.  What a
-- table's owner put on it (triggers, CHECK and index expressions, policies)
-- runs as that owner, security-restricted, with search_path pg_catalog and
-- pg_temp, as in the server's maintenance commands: names in it qualified.
CREATE ROLE shop_clock;
CREATE ROLE shop_owner;
CREATE TABLE public.order_log (order_id bigint, op text, status order_status, as_role name);
GRANT INSERT ON public.order_log TO shop_owner;
CREATE FUNCTION public.log_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.order_log VALUES (NEW.order_id, TG_OP, NEW.status, current_user);
  RETURN NEW;
END $$;
ALTER TABLE orders OWNER TO shop_owner;
CREATE TRIGGER order_log AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION public.log_order();
SELECT table_name, inserted, updated FROM commerce_seed_advance(interval '6 hours') WHERE table_name = 'orders';
SELECT op, as_role, count(*) FROM order_log GROUP BY op, as_role ORDER BY op;
DROP TRIGGER order_log ON orders;

-- Who may advance: a role with the rights of the tables' owner (a member of
-- it: the owner's triggers run as the owner), not one with grants alone
GRANT USAGE ON SCHEMA public TO shop_clock;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO shop_clock;
GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO shop_clock;
SET ROLE shop_clock;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
RESET ROLE;
CREATE FUNCTION pg_temp.hand_shop_to(owner text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
  FOR t IN SELECT table_name FROM commerce_seed_sizes() UNION ALL SELECT 'seed_info' LOOP
    EXECUTE format('ALTER TABLE %I OWNER TO %s', t, owner);
  END LOOP;
END $$;
SELECT pg_temp.hand_shop_to('shop_owner');
GRANT shop_owner TO shop_clock;
SET ROLE shop_clock;
SELECT sum(inserted) > 0 AS inserted FROM commerce_seed_advance(interval '1 day', refresh => false);
-- the refresh needs the materialized views' owner, checked before any change
SELECT count(*) FROM commerce_seed_advance(interval '1 hour');
RESET ROLE;
-- a role under row-level security is refused: the owner's statements would
-- not apply its policies
CREATE ROLE shop_intern;
GRANT USAGE ON SCHEMA public TO shop_intern;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO shop_intern;
GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO shop_intern;
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_city ON customers TO shop_intern USING (true) WITH CHECK (customer_id < 100);
SET ROLE shop_intern;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
RESET ROLE;
ALTER TABLE customers DISABLE ROW LEVEL SECURITY;
DROP POLICY own_city ON customers;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
-- policies forced on the owner apply, in the executor, when a role that
-- bypasses them (here a superuser) advances: the owner may only write
-- orders placed on the web
CREATE POLICY owner_web_only ON orders TO shop_owner USING (true) WITH CHECK (channel = 'web');
ALTER TABLE orders FORCE ROW LEVEL SECURITY;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
SELECT as_of FROM seed_info;
ALTER TABLE orders NO FORCE ROW LEVEL SECURITY;
ALTER TABLE orders DISABLE ROW LEVEL SECURITY;
DROP POLICY owner_web_only ON orders;
-- without UPDATE on a sequence, nothing happens either
REVOKE UPDATE ON SEQUENCE shipments_shipment_id_seq FROM shop_owner, shop_clock;
SET ROLE shop_clock;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
RESET ROLE;
GRANT UPDATE ON SEQUENCE shipments_shipment_id_seq TO shop_owner;
-- a view in a table's place is refused before anything of it is read
ALTER TABLE coupons RENAME TO coupons_real;
CREATE VIEW coupons AS SELECT * FROM coupons_real;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
DROP VIEW coupons;
ALTER TABLE coupons_real RENAME TO coupons;
-- nor in a read-only transaction
BEGIN READ ONLY;
SELECT count(*) FROM commerce_seed_advance(interval '1 day', refresh => false);
ROLLBACK;
SELECT pg_temp.hand_shop_to('CURRENT_USER');
SELECT sum(rows) > 0 AS seeded FROM commerce_seed(1, 42, '2023-01-01', '2023-12-31');
DROP OWNED BY shop_clock, shop_owner, shop_intern;
DROP ROLE shop_clock, shop_owner, shop_intern;
DROP TABLE order_log;
DROP FUNCTION log_order();
DROP EXTENSION commerce_seed;
