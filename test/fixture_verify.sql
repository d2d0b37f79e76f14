--
-- test/fixture_verify.sql: a small hand-made dataset on which every rule of
-- commerce_seed_verify() holds, then, one transaction at a time (rolled
-- back), one thing broken per rule family, checking that exactly the expected
-- rules fire.  Also: commerce_seed_fingerprint() does not depend on the
-- session's settings, and neither function can be redirected by search_path.
--
-- Run:  pg_virtualenv psql -X -v ON_ERROR_STOP=1 -f test/fixture_verify.sql
-- Every check raises an error when it fails, so a clean run is a pass.
-- Timestamps are written in UTC; order_date is the Asia/Kolkata (+05:30) day.
--
SET client_min_messages = warning;
CREATE EXTENSION commerce_seed;

-- ---------------------------------------------------------------------------
-- The dataset (serial ids are given in the comments)
-- ---------------------------------------------------------------------------

INSERT INTO customers (full_name, email, phone, status, date_of_birth, marketing_opt_in, signed_up_at) VALUES
  ('Asha Rao',     'asha.rao@example.com',     '+91 00 5550 1001', 'active', '1990-04-12', true,  '2024-01-05 09:00+00'),  -- 1
  ('Vikram Singh', 'vikram.singh@example.org', NULL,               'active', NULL,         false, '2024-01-10 12:00+00'),  -- 2
  ('Meera Iyer',   'meera.iyer@example.net',   '+91 00 5550 1003', 'active', '1985-11-30', false, '2024-01-15 08:00+00');  -- 3

INSERT INTO suppliers (name, rating, contact_email, phone, city, state, created_at) VALUES
  ('Acme Electronics', 4, 'sales@acme.example.com', NULL, 'Pune', 'Maharashtra', '2023-06-01 00:00+00'),      -- 1
  ('Deccan Textiles',  5, 'orders@deccan.example.com', NULL, 'Hyderabad', 'Telangana', '2023-07-01 00:00+00'); -- 2

INSERT INTO categories (parent_category_id, name) VALUES
  (NULL, 'Electronics'),  -- 1
  (1,    'Mobiles'),      -- 2
  (NULL, 'Apparel');      -- 3

INSERT INTO products (supplier_id, category_id, sku, name, description, price, cost_price, weight_grams, created_at) VALUES
  (1, 2, 'EL-0001', 'Phone X',    'A phone',       1000.00, 700.00, 180, '2023-08-01 00:00+00'),  -- 1
  (1, 2, 'EL-0002', 'Phone case', 'A case',         250.00, 150.00,  50, '2023-08-01 00:00+00'),  -- 2
  (2, 3, 'AP-0001', 'Cotton tee', NULL,              99.99,  60.00, 200, '2023-09-01 00:00+00');  -- 3

INSERT INTO warehouses (name, city, state, pincode, capacity_units) VALUES
  ('Bengaluru FC', 'Bengaluru', 'Karnataka', '560001', 10000);  -- 1

INSERT INTO addresses (customer_id, is_default, label, line1, line2, city, state, pincode, created_at) VALUES
  (1, true,  'home', '12 MG Road',       NULL,      'Bengaluru', 'Karnataka',   '560001', '2024-01-05 09:00+00'),  -- 1
  (2, true,  'home', '4 Park Street',    'Flat 2B', 'Kolkata',   'West Bengal', '700016', '2024-01-10 12:00+00'),  -- 2
  (3, true,  'home', '9 Anna Salai',     NULL,      'Chennai',   'Tamil Nadu',  '600002', '2024-01-15 08:00+00'),  -- 3
  (1, false, 'work', '1 Outer Ring Rd',  NULL,      'Bengaluru', 'Karnataka',   '560103', '2024-01-20 10:00+00');  -- 4

INSERT INTO inventory (warehouse_id, product_id, quantity, reorder_level, updated_at) VALUES
  (1, 1,  40, 10, '2024-03-01 00:00+00'),
  (1, 2, 100, 20, '2024-03-01 00:00+00'),
  (1, 3,  60, 10, '2024-03-01 00:00+00');

-- Orders, one of each status; order 1 is placed at 01:30 IST on 2 February.
INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at, status, channel, cancelled_at) VALUES
  (1, 1, '2024-02-02', '2024-02-01 20:00+00', 'delivered', 'web',     NULL),                   -- 1 card, coupon WELCOME10
  (2, 2, '2024-02-03', '2024-02-03 10:00+00', 'shipped',   'android', NULL),                   -- 2 cod, in transit
  (1, 4, '2024-02-04', '2024-02-04 10:00+00', 'delivered', 'ios',     NULL),                   -- 3 cod, coupon FLAT50
  (3, 3, '2024-02-05', '2024-02-05 10:00+00', 'cancelled', 'web',     '2024-02-05 11:00+00'),  -- 4 card
  (2, 2, '2024-02-06', '2024-02-06 10:00+00', 'paid',      'web',     NULL),                   -- 5 upi
  (3, 3, '2024-02-07', '2024-02-07 10:00+00', 'pending',   'web',     NULL);                   -- 6 netbanking

INSERT INTO order_items (order_id, product_id, quantity, unit_price, discount) VALUES
  (1, 1, 1, 1000.00, 10),  -- 1: 900.00
  (1, 2, 2,  250.00, 10),  -- 2: 450.00
  (2, 3, 3,   99.99,  0),  -- 3: 299.97
  (3, 2, 1,  250.00, 20),  -- 4: 200.00
  (4, 1, 1, 1000.00,  0),  -- 5: 1000.00
  (5, 3, 2,   99.99,  0),  -- 6: 199.98
  (5, 2, 1,  250.00,  0),  -- 7: 250.00
  (6, 1, 1, 1000.00,  0);  -- 8: 1000.00

INSERT INTO payments (order_id, method, status, amount, created_at, paid_at, transaction_ref) VALUES
  (1, 'card',       'captured', 1350.00, '2024-02-01 20:00+00', '2024-02-01 20:02+00', 'TXN-0001'),
  (2, 'cod',        'pending',   299.97, '2024-02-03 10:00+00', NULL,                  'TXN-0002'),
  (3, 'cod',        'captured',  200.00, '2024-02-04 10:00+00', '2024-02-07 12:00+00', 'TXN-0003'),
  (4, 'card',       'voided',   1000.00, '2024-02-05 10:00+00', NULL,                  'TXN-0004'),
  (5, 'upi',        'captured',  449.98, '2024-02-06 10:00+00', '2024-02-06 10:01+00', 'TXN-0005'),
  (6, 'netbanking', 'pending',  1000.00, '2024-02-07 10:00+00', NULL,                  'TXN-0006');

INSERT INTO shipments (order_id, warehouse_id, status, carrier, tracking_no, created_at, packed_at, dispatched_at, out_for_delivery_at, delivered_at) VALUES
  (1, 1, 'delivered',  'BlueDart',  'TRK0001', '2024-02-01 21:00+00', '2024-02-02 06:00+00', '2024-02-02 12:00+00', '2024-02-04 03:00+00', '2024-02-04 09:00+00'),
  (2, 1, 'in_transit', 'Delhivery', 'TRK0002', '2024-02-03 10:30+00', '2024-02-03 15:00+00', '2024-02-04 08:00+00', NULL, NULL),
  (3, 1, 'delivered',  'BlueDart',  'TRK0003', '2024-02-04 10:30+00', '2024-02-04 14:00+00', '2024-02-05 08:00+00', '2024-02-07 04:00+00', '2024-02-07 12:00+00'),
  (4, 1, 'cancelled',  'BlueDart',  'TRK0004', '2024-02-05 10:15+00', NULL, NULL, NULL, NULL),
  (5, 1, 'packed',     'Delhivery', 'TRK0005', '2024-02-06 10:30+00', '2024-02-06 16:00+00', NULL, NULL, NULL),
  (6, 1, 'preparing',  'Delhivery', 'TRK0006', '2024-02-07 10:05+00', NULL, NULL, NULL, NULL);

INSERT INTO carts (customer_id, created_at, updated_at, checked_out_at) VALUES
  (1, '2024-02-01 19:30+00', '2024-02-01 19:50+00', '2024-02-01 20:00+00'),  -- 1 became order 1
  (3, '2024-02-10 08:00+00', '2024-02-10 08:20+00', NULL);                   -- 2 abandoned

INSERT INTO cart_items (cart_id, product_id, quantity, added_at) VALUES
  (1, 1, 1, '2024-02-01 19:30+00'),
  (1, 2, 2, '2024-02-01 19:50+00'),
  (2, 3, 1, '2024-02-10 08:20+00');

INSERT INTO coupons (code, description, pct_off, amount_off, min_order_amount, valid_from, valid_to) VALUES
  ('WELCOME10', 'Ten percent off',  10,   NULL, 500.00, '2024-01-01 00:00+00', '2024-12-31 00:00+00'),  -- 1
  ('FLAT50',    'Fifty rupees off', NULL, 50.00, 200.00, '2024-01-01 00:00+00', '2024-06-30 00:00+00'); -- 2

-- gross 1500.00 - lines 1350.00 = 150.00; gross 250.00 - line 200.00 = 50.00
INSERT INTO coupon_redemptions (coupon_id, order_id, redeemed_at, discount_amount) VALUES
  (1, 1, '2024-02-01 20:00+00', 150.00),
  (2, 3, '2024-02-04 10:00+00',  50.00);

INSERT INTO reviews (product_id, customer_id, order_item_id, rating, title, body, helpful_votes, created_at) VALUES
  (1, 1, 1, 5, 'Great phone', 'Fast and light.', 3, '2024-02-05 10:00+00');

INSERT INTO returns (order_item_id, quantity, reason, approved, requested_at, resolved_at, refund_amount) VALUES
  (4, 1, 'defective',    true, '2024-02-08 10:00+00', '2024-02-10 10:00+00', 200.00),  -- 1
  (2, 1, 'changed_mind', NULL, '2024-02-06 10:00+00', NULL,                     0);    -- 2 pending

INSERT INTO loyalty_accounts (customer_id, tier, opened_at) VALUES
  (1, 'silver', '2024-01-05 09:00+00'),
  (2, 'bronze', '2024-01-10 12:00+00'),
  (3, 'bronze', '2024-01-15 08:00+00');

INSERT INTO loyalty_ledger (account_id, order_id, points_delta, reason, created_at) VALUES
  (1, 1,    135, 'earn',       '2024-02-01 20:05+00'),  -- 1
  (1, NULL, -100, 'redemption', '2024-02-20 10:00+00'), -- 2
  (1, 3,     20, 'earn',       '2024-02-07 12:00+00'),  -- 3 COD: at delivery
  (2, 5,     45, 'earn',       '2024-02-06 10:05+00');  -- 4

INSERT INTO gift_cards (code, initial_amount, balance, purchaser_customer_id, issued_at, expires_at, active) VALUES
  ('GC-AAAA-0001', 1000.00, 400.00, 2,    '2024-03-01 00:00+00', '2025-03-01 00:00+00', true),
  ('GC-AAAA-0002',  500.00, 500.00, NULL, '2024-03-02 00:00+00', '2025-03-02 00:00+00', true);

INSERT INTO purchase_orders (supplier_id, warehouse_id, status, created_at, expected_at, received_at) VALUES
  (1, 1, 'received', '2024-01-20 00:00+00', '2024-01-27 00:00+00', '2024-01-26 00:00+00'),  -- 1
  (2, 1, 'ordered',  '2024-02-15 00:00+00', '2024-02-25 00:00+00', NULL);                   -- 2

INSERT INTO purchase_order_items (po_id, product_id, quantity, cost_price) VALUES
  (1, 1, 10, 700.00),  -- 1
  (1, 2, 20, 150.00),  -- 2
  (2, 3, 50,  60.00);  -- 3

INSERT INTO supplier_payments (supplier_id, po_id, amount, paid_at, reference) VALUES
  (1, 1, 10000.00, '2024-02-01 00:00+00', 'SP-0001');

INSERT INTO product_attributes (product_id, name, value) VALUES
  (1, 'brand', 'Acme'), (1, 'colour', 'Black'), (3, 'material', 'Cotton');

INSERT INTO product_images (product_id, url, alt_text, position) VALUES
  (1, 'https://img.example.com/p1-1.jpg', 'Phone X, front', 1),
  (1, 'https://img.example.com/p1-2.jpg', 'Phone X, back',  2),
  (3, 'https://img.example.com/p3-1.jpg', 'Cotton tee',     1);

INSERT INTO support_tickets (customer_id, order_id, subject, status, priority, created_at, resolved_at) VALUES
  (1, 1,    'Where is my order?', 'resolved', 'normal', '2024-02-03 09:00+00', '2024-02-04 10:00+00'),  -- 1
  (2, NULL, 'Change my email',    'open',     'low',    '2024-02-10 10:00+00', NULL);                   -- 2

INSERT INTO ticket_messages (ticket_id, author, body, sent_at) VALUES
  (1, 'customer', 'My order has not arrived.',     '2024-02-03 09:00+00'),  -- 1
  (1, 'agent',    'It is out for delivery soon.',  '2024-02-03 11:00+00'),  -- 2
  (1, 'customer', 'Got it, thanks.',               '2024-02-04 09:30+00'),  -- 3
  (2, 'customer', 'Please change my email.',       '2024-02-10 10:00+00');  -- 4

INSERT INTO user_sessions (customer_id, started_at, ended_at, device, ip_address, pages_viewed) VALUES
  (1, '2024-02-01 19:25+00', '2024-02-01 20:10+00', 'desktop', '192.0.2.10',   12),
  (3, '2024-02-10 07:55+00', '2024-02-10 08:25+00', 'android', '198.51.100.7',  5);

INSERT INTO audit_events (event_type, entity, entity_id, actor, payload, occurred_at) VALUES
  ('order_placed', 'order',    1, 'customer:1', '{"channel": "web"}',            '2024-02-01 20:00+00'),
  ('signed_up',    'customer', 3, 'system',     '{}',                            '2024-01-15 08:00+00'),
  ('price_change', 'product',  3, 'admin',      '{"old": 109.99, "new": 99.99}', '2024-01-02 00:00+00');

-- ---------------------------------------------------------------------------
-- Helpers (temporary)
-- ---------------------------------------------------------------------------

-- The rules with violations must be exactly "expected"; returns them.
CREATE FUNCTION pg_temp.expect_fired(expected text[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    fired text[];
BEGIN
    SELECT COALESCE(array_agg(v.rule ORDER BY v.rule COLLATE "C"), '{}')
      INTO fired
      FROM commerce_seed_verify() v
     WHERE v.violations <> 0;
    IF fired IS DISTINCT FROM
       (SELECT COALESCE(array_agg(e ORDER BY e COLLATE "C"), '{}') FROM unnest(expected) e) THEN
        RAISE EXCEPTION 'expected rules % to fire, but these fired: %', expected, fired;
    END IF;
    RETURN array_to_string(fired, ', ');
END
$$;

-- Violations of one rule.
CREATE FUNCTION pg_temp.violations(r text) RETURNS bigint
LANGUAGE sql AS $$
    SELECT v.violations FROM commerce_seed_verify() v WHERE v.rule = r
$$;

CREATE FUNCTION pg_temp.refresh() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW mv_order_financials;
    REFRESH MATERIALIZED VIEW mv_daily_kpis;
END
$$;

-- The bulk path skips what the executor checks.  These helpers write what it
-- could write: each runs dml with one constraint out of the way, then puts
-- the constraint back (a CHECK comes back NOT VALID).
CREATE FUNCTION pg_temp.without_check(tbl regclass, con name, dml text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    def text;
BEGIN
    SELECT pg_get_constraintdef(k.oid) INTO STRICT def
      FROM pg_constraint k WHERE k.conrelid = tbl AND k.conname = con;
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, con);
    EXECUTE dml;
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s NOT VALID', tbl, con, def);
END
$$;

CREATE FUNCTION pg_temp.without_unique(idx regclass, dml text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pg_index SET indisready = false WHERE indexrelid = idx;
    EXECUTE dml;
    UPDATE pg_index SET indisready = true WHERE indexrelid = idx;
END
$$;

CREATE FUNCTION pg_temp.without_not_null(tbl regclass, col name, dml text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pg_attribute SET attnotnull = false WHERE attrelid = tbl AND attname = col;
    EXECUTE dml;
    UPDATE pg_attribute SET attnotnull = true WHERE attrelid = tbl AND attname = col;
END
$$;

CREATE FUNCTION pg_temp.without_typmod(tbl regclass, col name, dml text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    tm integer;
BEGIN
    SELECT atttypmod INTO STRICT tm FROM pg_attribute WHERE attrelid = tbl AND attname = col;
    UPDATE pg_attribute SET atttypmod = -1 WHERE attrelid = tbl AND attname = col;
    EXECUTE dml;
    UPDATE pg_attribute SET atttypmod = tm WHERE attrelid = tbl AND attname = col;
END
$$;

CREATE FUNCTION pg_temp.without_fk(dml text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    SET LOCAL session_replication_role = replica;  -- FK triggers do not fire
    EXECUTE dml;
    SET LOCAL session_replication_role = origin;
END
$$;

-- ---------------------------------------------------------------------------
-- The clean dataset passes every rule
-- ---------------------------------------------------------------------------

-- Materialized views not refreshed yet: their rules report 0 and say why.
SELECT pg_temp.expect_fired('{}');
SELECT rule, violations, description LIKE '%not populated%' AS skipped
  FROM commerce_seed_verify()
 WHERE rule LIKE 'mv\_%'
 ORDER BY rule;

SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{}');
SELECT rule, violations, description LIKE '%not populated%' AS skipped
  FROM commerce_seed_verify()
 WHERE rule LIKE 'mv\_%'
 ORDER BY rule;

-- Rule families and counts (the catalog-driven ones follow the schema).
SELECT family, count(*) AS rules, sum(violations) AS violations
  FROM (SELECT split_part(rule, '.', 1) COLLATE "C" AS family, violations
          FROM commerce_seed_verify()) AS v
 GROUP BY family
 ORDER BY family;

-- The function's output is ordered by rule name, bytewise.
SELECT bool_and(rule COLLATE "C" > prev COLLATE "C") AS ordered_by_rule
  FROM (SELECT rule, lag(rule) OVER (ORDER BY ord) AS prev
          FROM commerce_seed_verify() WITH ORDINALITY AS v(rule, description, violations, ord)) AS s
 WHERE prev IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Fingerprints: the same in any session, different when a row changes
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE fp AS SELECT * FROM commerce_seed_fingerprint();
SELECT * FROM fp ORDER BY table_name COLLATE "C";

SET TimeZone = 'America/Los_Angeles';
SET DateStyle = 'SQL, DMY';
SET IntervalStyle = 'sql_standard';
SET extra_float_digits = 0;
SET bytea_output = 'escape';
DO $$
BEGIN
    IF EXISTS (SELECT * FROM commerce_seed_fingerprint()
               EXCEPT SELECT * FROM fp) THEN
        RAISE EXCEPTION 'fingerprints depend on the session settings';
    END IF;
    -- and the settings are the caller's again afterwards
    IF current_setting('TimeZone') <> 'America/Los_Angeles' THEN
        RAISE EXCEPTION 'fingerprint function leaked its TimeZone';
    END IF;
END
$$;
RESET TimeZone;
RESET DateStyle;
RESET IntervalStyle;
RESET extra_float_digits;
RESET bytea_output;

BEGIN;
UPDATE shipments SET carrier = 'Ekart' WHERE shipment_id = 6;
SELECT f.table_name
  FROM commerce_seed_fingerprint() f
  JOIN fp ON fp.table_name = f.table_name
 WHERE f.fingerprint <> fp.fingerprint OR f.row_count <> fp.row_count;
ROLLBACK;

-- A run longer than one 10,000-row hashing run still gives one stable value.
BEGIN;
INSERT INTO audit_events (event_type, entity, entity_id, actor, payload, occurred_at)
SELECT 'viewed', 'product', 1 + g % 3, 'system', '{}', '2024-02-01 00:00+00'::timestamptz + g * interval '1 second'
  FROM generate_series(1, 25000) AS g;
SELECT row_count, (SELECT fingerprint FROM commerce_seed_fingerprint() WHERE table_name = 'audit_events') = fingerprint AS repeatable
  FROM commerce_seed_fingerprint() WHERE table_name = 'audit_events';
ROLLBACK;

-- ---------------------------------------------------------------------------
-- A hostile search_path changes nothing
-- ---------------------------------------------------------------------------

CREATE SCHEMA hostile;
CREATE TABLE hostile.orders (order_id bigint, placed_at timestamptz);
CREATE FUNCTION hostile.md5(text) RETURNS text LANGUAGE sql AS $$ SELECT 'x'::text $$;
CREATE FUNCTION hostile.count(anyelement) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$;
CREATE TEMP TABLE customers (customer_id bigint);
SET search_path = pg_temp, hostile, public, pg_catalog;
DO $$
BEGIN
    IF EXISTS (SELECT * FROM public.commerce_seed_fingerprint() EXCEPT SELECT * FROM pg_temp.fp) THEN
        RAISE EXCEPTION 'search_path redirected commerce_seed_fingerprint()';
    END IF;
    IF (SELECT pg_catalog.count(*) FROM public.commerce_seed_verify() v WHERE v.violations <> 0) <> 0 THEN
        RAISE EXCEPTION 'search_path changed commerce_seed_verify()';
    END IF;
END
$$;
RESET search_path;
DROP TABLE pg_temp.customers;
DROP SCHEMA hostile CASCADE;

-- ---------------------------------------------------------------------------
-- Break one thing at a time; exactly the listed rules must fire.  The
-- materialized views are refreshed after the break unless the case is about
-- them, so that only the rule under test (and what it implies) fires.
-- ---------------------------------------------------------------------------

-- orders ------------------------------------------------------------------

BEGIN;
UPDATE orders SET order_date = '2024-02-01' WHERE order_id = 1;  -- the UTC day, not the IST one
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.order_date_matches_placed_at}');
ROLLBACK;

BEGIN;
UPDATE customers SET signed_up_at = '2024-02-01 20:30+00' WHERE customer_id = 1;
SELECT pg_temp.expect_fired('{orders.placed_after_signup, addresses.created_after_signup,
    carts.created_after_signup, loyalty_accounts.opened_after_signup, user_sessions.started_after_signup}');
ROLLBACK;

BEGIN;
UPDATE orders SET shipping_address_id = 3 WHERE order_id = 1;
SELECT pg_temp.expect_fired('{orders.shipping_address_of_customer}');
ROLLBACK;

BEGIN;
UPDATE orders SET placed_at = '2024-02-06 09:00+00', order_date = '2024-02-06' WHERE order_id = 6;  -- before order 5
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.order_id_grows_with_placed_at}');
ROLLBACK;

BEGIN;
DELETE FROM order_items WHERE order_id = 6;
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.has_items, payments.amount_matches_lines,
    mv_order_financials.order_total_matches_payment}');
ROLLBACK;

BEGIN;
DELETE FROM payments WHERE order_id = 6;
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.one_payment, mv_order_financials.order_total_matches_payment}');
ROLLBACK;

BEGIN;
DELETE FROM shipments WHERE order_id = 6;
SELECT pg_temp.expect_fired('{orders.one_shipment}');
ROLLBACK;

BEGIN;
UPDATE orders SET status = 'shipped' WHERE order_id = 1;  -- but its shipment was delivered
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.status_delivered, orders.status_shipped,
    reviews.order_delivered, returns.order_delivered}');
ROLLBACK;

BEGIN;
UPDATE payments SET status = 'voided' WHERE order_id = 6;  -- a pending order
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{orders.status_cancelled}');
ROLLBACK;

BEGIN;
UPDATE shipments SET status = 'cancelled' WHERE order_id = 6;
SELECT pg_temp.expect_fired('{orders.status_cancelled}');
ROLLBACK;

BEGIN;
UPDATE shipments SET status = 'packed', dispatched_at = NULL WHERE order_id = 2;  -- order 2 is shipped
SELECT pg_temp.expect_fired('{orders.status_shipped}');
ROLLBACK;

BEGIN;
UPDATE shipments SET status = 'dispatched', dispatched_at = '2024-02-07 08:00+00' WHERE order_id = 5;  -- order 5 is paid
SELECT pg_temp.expect_fired('{orders.status_before_dispatch}');
ROLLBACK;

-- order_items -------------------------------------------------------------

BEGIN;
UPDATE products SET price = 1100.00 WHERE product_id = 1;
SELECT pg_temp.expect_fired('{order_items.unit_price_is_price_at_order}');
SELECT pg_temp.violations('order_items.unit_price_is_price_at_order') AS lines;  -- 3
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('order_items', 'ck_order_items_discount',
    $$UPDATE order_items SET discount = 120 WHERE order_item_id = 8$$);
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{check.ck_order_items_discount, payments.amount_matches_lines,
    mv_order_financials.order_total_matches_payment}');
ROLLBACK;

-- payments ----------------------------------------------------------------

BEGIN;
UPDATE payments SET amount = 1349.99 WHERE order_id = 1;
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{payments.amount_matches_lines, mv_order_financials.order_total_matches_payment}');
ROLLBACK;

BEGIN;
UPDATE payments SET currency = 'USD' WHERE order_id = 1;
SELECT pg_temp.expect_fired('{payments.currency_of_order}');
ROLLBACK;

BEGIN;
UPDATE payments SET status = 'captured', paid_at = '2024-02-07 10:01+00' WHERE order_id = 6;  -- order 6 is pending
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{payments.paid_only_when_order_paid}');
ROLLBACK;

BEGIN;
UPDATE payments SET status = 'pending', paid_at = NULL WHERE order_id = 5;  -- paid by UPI
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{payments.prepaid_paid_at_set, loyalty_ledger.earn_after_payment}');
ROLLBACK;

BEGIN;
UPDATE payments SET paid_at = '2024-02-07 11:00+00' WHERE order_id = 3;  -- COD, delivered at 12:00
SELECT pg_temp.expect_fired('{payments.cod_paid_at_delivery}');
ROLLBACK;

BEGIN;
UPDATE payments SET status = 'pending', paid_at = NULL WHERE order_id = 3;  -- COD, delivered, not captured
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{payments.cod_paid_at_delivery, loyalty_ledger.earn_after_payment}');
ROLLBACK;

BEGIN;
UPDATE orders SET status = 'paid' WHERE order_id = 2;  -- COD never goes through paid
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{payments.cod_order_not_paid_status, orders.status_before_dispatch}');
ROLLBACK;

BEGIN;
UPDATE payments SET created_at = '2024-02-06 09:00+00', paid_at = '2024-02-06 09:30+00' WHERE order_id = 5;
SELECT pg_temp.expect_fired('{payments.created_after_placed, payments.paid_after_placed}');
ROLLBACK;

-- shipments ---------------------------------------------------------------

BEGIN;
UPDATE shipments SET created_at = '2024-02-01 20:01+00' WHERE order_id = 1;  -- paid at 20:02
SELECT pg_temp.expect_fired('{shipments.created_after_payment}');
ROLLBACK;

BEGIN;
UPDATE shipments SET created_at = '2024-02-07 09:00+00' WHERE order_id = 6;
SELECT pg_temp.expect_fired('{shipments.created_after_placed}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('shipments', 'ck_shipments_step_order',
    $$UPDATE shipments SET packed_at = '2024-02-02 13:00+00' WHERE order_id = 1$$);  -- after dispatch
SELECT pg_temp.expect_fired('{shipments.steps_in_order, check.ck_shipments_step_order}');
ROLLBACK;

BEGIN;
UPDATE shipments SET packed_at = NULL WHERE order_id = 2;  -- dispatched without being packed
SELECT pg_temp.expect_fired('{shipments.steps_without_gaps}');
ROLLBACK;

BEGIN;
UPDATE shipments SET status = 'out_for_delivery' WHERE order_id = 2;  -- no out_for_delivery_at
SELECT pg_temp.expect_fired('{shipments.status_matches_steps}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_unique('uq_shipments_tracking_no',
    $$UPDATE shipments SET tracking_no = 'TRK0001' WHERE order_id = 2$$);
SET LOCAL enable_indexscan = off;        -- the index lacks the row, as it
SET LOCAL enable_indexonlyscan = off;    -- would before a rebuild
SET LOCAL enable_bitmapscan = off;
SELECT pg_temp.expect_fired('{unique.uq_shipments_tracking_no}');
ROLLBACK;

-- coupon_redemptions ------------------------------------------------------

BEGIN;
UPDATE coupon_redemptions SET redeemed_at = '2024-02-01 20:01+00' WHERE redemption_id = 1;
SELECT pg_temp.expect_fired('{coupon_redemptions.redeemed_at_placed_at}');
ROLLBACK;

BEGIN;
UPDATE coupons SET valid_from = '2024-02-02 00:00+00' WHERE coupon_id = 1;
SELECT pg_temp.expect_fired('{coupon_redemptions.within_validity}');
ROLLBACK;

BEGIN;
UPDATE coupons SET min_order_amount = 2000.00 WHERE coupon_id = 1;
SELECT pg_temp.expect_fired('{coupon_redemptions.min_order_amount}');
ROLLBACK;

BEGIN;
UPDATE coupon_redemptions SET discount_amount = 149.00 WHERE redemption_id = 1;
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{coupon_redemptions.discount_amount_matches_lines}');
ROLLBACK;

BEGIN;
-- one line of order 1 loses the coupon discount; payment and saving follow
UPDATE order_items SET discount = 0 WHERE order_item_id = 2;
UPDATE payments SET amount = 1400.00 WHERE order_id = 1;
UPDATE coupon_redemptions SET discount_amount = 100.00 WHERE redemption_id = 1;
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{coupon_redemptions.uniform_line_discount, coupon_redemptions.pct_off_on_lines}');
ROLLBACK;

BEGIN;
UPDATE coupons SET pct_off = 15 WHERE coupon_id = 1;
SELECT pg_temp.expect_fired('{coupon_redemptions.pct_off_on_lines}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('coupons', 'ck_coupons_one_kind',
    $$UPDATE coupons SET amount_off = 10 WHERE coupon_id = 1$$);
SELECT pg_temp.expect_fired('{check.ck_coupons_one_kind}');
ROLLBACK;

-- reviews -----------------------------------------------------------------

BEGIN;
UPDATE reviews SET product_id = 2 WHERE review_id = 1;
SELECT pg_temp.expect_fired('{reviews.matches_order_item}');
ROLLBACK;

BEGIN;
UPDATE reviews SET created_at = '2024-02-04 08:00+00' WHERE review_id = 1;  -- delivered at 09:00
SELECT pg_temp.expect_fired('{reviews.created_after_delivery}');
ROLLBACK;

BEGIN;
UPDATE reviews SET order_item_id = 3, product_id = 3, customer_id = 2 WHERE review_id = 1;  -- order 2 is in transit
SELECT pg_temp.expect_fired('{reviews.order_delivered, reviews.created_after_delivery}');
ROLLBACK;

-- returns -----------------------------------------------------------------

BEGIN;
UPDATE returns SET quantity = 3 WHERE return_id = 2;
SELECT pg_temp.expect_fired('{returns.quantity_within_line}');
ROLLBACK;

BEGIN;
UPDATE returns SET requested_at = '2024-02-04 08:00+00' WHERE return_id = 2;
SELECT pg_temp.expect_fired('{returns.requested_after_delivery}');
ROLLBACK;

BEGIN;
UPDATE returns SET refund_amount = 10.00 WHERE return_id = 2;  -- still pending
SELECT pg_temp.expect_fired('{returns.refund_only_when_approved}');
ROLLBACK;

BEGIN;
UPDATE returns SET refund_amount = 200.01 WHERE return_id = 1;
SELECT pg_temp.expect_fired('{returns.refund_within_line_total}');
ROLLBACK;

BEGIN;
UPDATE returns SET order_item_id = 6 WHERE return_id = 2;  -- order 5 is only paid
SELECT pg_temp.expect_fired('{returns.order_delivered, returns.requested_after_delivery}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('returns', 'ck_returns_resolution',
    $$UPDATE returns SET resolved_at = '2024-02-07 10:00+00' WHERE return_id = 2$$);
SELECT pg_temp.expect_fired('{check.ck_returns_resolution}');
ROLLBACK;

-- loyalty -----------------------------------------------------------------

BEGIN;
DELETE FROM loyalty_accounts WHERE account_id = 3;
SELECT pg_temp.expect_fired('{loyalty_accounts.one_per_customer}');
ROLLBACK;

BEGIN;
UPDATE loyalty_ledger SET order_id = 6 WHERE ledger_id = 4;  -- pending order of another customer
SELECT pg_temp.expect_fired('{loyalty_ledger.earn_for_paid_order, loyalty_ledger.earn_order_of_customer,
    loyalty_ledger.earn_after_payment}');
ROLLBACK;

BEGIN;
UPDATE loyalty_ledger SET order_id = 5 WHERE ledger_id = 3;
SELECT pg_temp.expect_fired('{loyalty_ledger.earn_order_of_customer}');
ROLLBACK;

BEGIN;
UPDATE loyalty_ledger SET created_at = '2024-02-01 20:01+00' WHERE ledger_id = 1;  -- paid at 20:02
SELECT pg_temp.expect_fired('{loyalty_ledger.earn_after_payment}');
ROLLBACK;

BEGIN;
UPDATE loyalty_ledger SET created_at = '2024-01-20 10:00+00' WHERE ledger_id = 2;  -- redeemed before earning
SELECT pg_temp.expect_fired('{loyalty_accounts.balance_never_negative}');
ROLLBACK;

BEGIN;
UPDATE loyalty_accounts SET opened_at = '2024-02-10 00:00+00' WHERE account_id = 2;
SELECT pg_temp.expect_fired('{loyalty_ledger.after_account_opened}');
ROLLBACK;

-- gift_cards --------------------------------------------------------------

BEGIN;
UPDATE gift_cards SET issued_at = '2024-01-09 00:00+00' WHERE gift_card_id = 1;
SELECT pg_temp.expect_fired('{gift_cards.issued_after_purchaser_signup}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('gift_cards', 'ck_gift_cards_balance',
    $$UPDATE gift_cards SET balance = 1000.01 WHERE gift_card_id = 1$$);
SELECT pg_temp.expect_fired('{check.ck_gift_cards_balance}');
ROLLBACK;

-- procurement -------------------------------------------------------------

BEGIN;
UPDATE purchase_order_items SET product_id = 3, quantity = 50, cost_price = 60.00 WHERE po_item_id = 2;  -- same total
SELECT pg_temp.expect_fired('{purchase_order_items.product_of_po_supplier}');
ROLLBACK;

BEGIN;
UPDATE purchase_order_items SET cost_price = 155.00 WHERE po_item_id = 2;
SELECT pg_temp.expect_fired('{purchase_order_items.cost_price_is_product_cost, supplier_payments.amount_matches_po}');
ROLLBACK;

BEGIN;
UPDATE supplier_payments SET supplier_id = 2 WHERE supplier_payment_id = 1;
SELECT pg_temp.expect_fired('{supplier_payments.supplier_of_po}');
ROLLBACK;

BEGIN;
UPDATE supplier_payments SET amount = 9999.00 WHERE supplier_payment_id = 1;
SELECT pg_temp.expect_fired('{supplier_payments.amount_matches_po}');
ROLLBACK;

BEGIN;
UPDATE supplier_payments SET paid_at = '2024-01-25 00:00+00' WHERE supplier_payment_id = 1;
SELECT pg_temp.expect_fired('{supplier_payments.paid_after_po_received}');
ROLLBACK;

BEGIN;
INSERT INTO supplier_payments (supplier_id, po_id, amount, paid_at, reference)
VALUES (2, 2, 3000.00, '2024-02-20 00:00+00', 'SP-0002');  -- PO 2 not received
SELECT pg_temp.expect_fired('{supplier_payments.paid_after_po_received}');
ROLLBACK;

BEGIN;
INSERT INTO supplier_payments (supplier_id, po_id, amount, paid_at, reference)
VALUES (1, 1, 10000.00, '2024-02-02 00:00+00', 'SP-0002');  -- PO 1 paid twice
SELECT pg_temp.expect_fired('{supplier_payments.one_per_po}');
ROLLBACK;

BEGIN;
UPDATE supplier_payments SET po_id = NULL WHERE supplier_payment_id = 1;
SELECT pg_temp.expect_fired('{supplier_payments.settles_a_po}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('purchase_orders', 'ck_purchase_orders_received',
    $$UPDATE purchase_orders SET status = 'ordered' WHERE po_id = 1$$);
SELECT pg_temp.expect_fired('{check.ck_purchase_orders_received}');
ROLLBACK;

-- support -----------------------------------------------------------------

BEGIN;
DELETE FROM ticket_messages WHERE ticket_id = 2;
SELECT pg_temp.expect_fired('{support_tickets.has_messages}');
ROLLBACK;

BEGIN;
UPDATE ticket_messages SET author = 'agent' WHERE ticket_id = 2;
SELECT pg_temp.expect_fired('{ticket_messages.customer_writes_first}');
ROLLBACK;

BEGIN;
UPDATE ticket_messages SET author = 'customer' WHERE message_id = 2;
SELECT pg_temp.expect_fired('{ticket_messages.authors_alternate}');
SELECT pg_temp.violations('ticket_messages.authors_alternate') AS repeated;  -- 2
ROLLBACK;

BEGIN;
UPDATE ticket_messages SET sent_at = '2024-02-03 08:00+00' WHERE message_id = 1;
SELECT pg_temp.expect_fired('{ticket_messages.not_before_ticket}');
ROLLBACK;

BEGIN;
UPDATE support_tickets SET order_id = 2 WHERE ticket_id = 1;  -- Vikram's order, placed after the ticket
SELECT pg_temp.expect_fired('{support_tickets.order_of_customer, support_tickets.created_after_order}');
ROLLBACK;

BEGIN;
UPDATE support_tickets SET resolved_at = '2024-02-04 09:00+00' WHERE ticket_id = 1;  -- last message 09:30
SELECT pg_temp.expect_fired('{support_tickets.resolved_after_last_message}');
ROLLBACK;

BEGIN;
UPDATE support_tickets SET created_at = '2024-01-09 00:00+00' WHERE ticket_id = 2;
SELECT pg_temp.expect_fired('{support_tickets.created_after_signup}');
ROLLBACK;

-- user_sessions, audit_events, addresses, carts, inventory ----------------

BEGIN;
UPDATE user_sessions SET started_at = '2024-01-14 08:00+00' WHERE session_id = 2;
SELECT pg_temp.expect_fired('{user_sessions.started_after_signup}');
ROLLBACK;

BEGIN;
UPDATE audit_events SET entity_id = 99 WHERE entity = 'order';
UPDATE audit_events SET entity = 'customer' WHERE entity = 'product';  -- customer 3 exists: fine
SELECT pg_temp.expect_fired('{audit_events.entity_exists}');
ROLLBACK;

BEGIN;
UPDATE addresses SET is_default = false WHERE address_id = 3;
SELECT pg_temp.expect_fired('{addresses.one_default_per_customer}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_unique('uq_addresses_default_per_customer',
    $$UPDATE addresses SET is_default = true WHERE address_id = 4$$);
SET LOCAL enable_indexscan = off;
SET LOCAL enable_indexonlyscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT pg_temp.expect_fired('{addresses.one_default_per_customer, unique.uq_addresses_default_per_customer}');
ROLLBACK;

BEGIN;
DELETE FROM cart_items WHERE cart_id = 2;
SELECT pg_temp.expect_fired('{carts.has_items}');
ROLLBACK;

BEGIN;
UPDATE cart_items SET added_at = '2024-02-10 08:30+00' WHERE cart_id = 2;  -- after the cart's updated_at
SELECT pg_temp.expect_fired('{cart_items.added_within_cart}');
ROLLBACK;

BEGIN;
UPDATE carts SET created_at = '2024-01-14 08:00+00' WHERE cart_id = 2;
SELECT pg_temp.expect_fired('{carts.created_after_signup}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('inventory', 'ck_inventory_quantity',
    $$UPDATE inventory SET quantity = -1 WHERE product_id = 3$$);
SELECT pg_temp.expect_fired('{check.ck_inventory_quantity}');
ROLLBACK;

-- what the bulk path skips: FK, NOT NULL, typmod, CHECK -------------------

BEGIN;
SELECT pg_temp.without_fk($$UPDATE product_images SET product_id = 99 WHERE image_id = 3$$);
SELECT pg_temp.expect_fired('{fk.product_images_product_id_fkey}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_fk($$UPDATE categories SET parent_category_id = 42 WHERE category_id = 3$$);
SELECT pg_temp.expect_fired('{fk.categories_parent_category_id_fkey}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_not_null('customers', 'full_name',
    $$UPDATE customers SET full_name = NULL WHERE customer_id = 3$$);
SELECT pg_temp.expect_fired('{not_null.customers.full_name}');
ROLLBACK;

BEGIN;
-- 99.990 equals 99.99 but is stored with three decimals: it prints differently
SELECT pg_temp.without_typmod('products', 'price',
    $$UPDATE products SET price = 99.990 WHERE product_id = 3$$);
SELECT pg_temp.expect_fired('{typmod.products.price}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_typmod('payments', 'amount',
    $$UPDATE payments SET amount = 12345678901.00 WHERE order_id = 4$$);  -- beyond numeric(12,2)
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{typmod.payments.amount, payments.amount_matches_lines,
    mv_order_financials.order_total_matches_payment}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('products', 'ck_products_weight',
    $$UPDATE products SET weight_grams = 0 WHERE product_id = 2$$);
SELECT pg_temp.expect_fired('{check.ck_products_weight}');
ROLLBACK;

BEGIN;
SELECT pg_temp.without_check('customers', 'ck_customers_email_format',
    $$UPDATE customers SET email = 'not an email' WHERE customer_id = 2$$);
SELECT pg_temp.expect_fired('{check.ck_customers_email_format}');
ROLLBACK;

-- sequences ---------------------------------------------------------------

BEGIN;
SELECT setval('orders_order_id_seq', 3);  -- next value 4: orders 4, 5 and 6 collide
SELECT pg_temp.expect_fired('{sequence.orders.order_id}');
SELECT pg_temp.violations('sequence.orders.order_id') AS colliding;  -- 3
ROLLBACK;
-- (setval is not transactional: put it back)
SELECT setval('orders_order_id_seq', 6);

SELECT setval('ticket_messages_message_id_seq', 4, false);  -- next value 4 is taken
SELECT pg_temp.expect_fired('{sequence.ticket_messages.message_id}');
SELECT setval('ticket_messages_message_id_seq', 4, true);
SELECT pg_temp.expect_fired('{}');

-- materialized views ------------------------------------------------------

BEGIN;
-- consistent data, snapshots not refreshed
UPDATE order_items SET quantity = 2 WHERE order_item_id = 8;
UPDATE payments SET amount = 2000.00 WHERE order_id = 6;
SELECT pg_temp.expect_fired('{mv_order_financials.up_to_date, mv_daily_kpis.up_to_date,
    mv_daily_kpis.revenue_matches_sales_daily}');
SELECT pg_temp.violations('mv_order_financials.up_to_date') AS stale_rows;  -- 2: the old row and the new one
ROLLBACK;

BEGIN;
DELETE FROM coupon_redemptions WHERE redemption_id = 2;  -- only the coupon counts of mv_daily_kpis change
SELECT pg_temp.expect_fired('{mv_daily_kpis.up_to_date}');
ROLLBACK;

BEGIN;
-- a complete new order the snapshots have not seen
INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at, status, channel)
VALUES (2, 2, '2024-02-08', '2024-02-08 10:00+00', 'pending', 'web');
INSERT INTO order_items (order_id, product_id, quantity, unit_price, discount)
VALUES (currval('orders_order_id_seq'), 3, 1, 99.99, 0);
INSERT INTO payments (order_id, method, status, amount, created_at, paid_at, transaction_ref)
VALUES (currval('orders_order_id_seq'), 'card', 'pending', 99.99, '2024-02-08 10:00+00', NULL, 'TXN-0007');
INSERT INTO shipments (order_id, warehouse_id, status, carrier, tracking_no, created_at)
VALUES (currval('orders_order_id_seq'), 1, 'preparing', 'Delhivery', 'TRK0007', '2024-02-08 10:05+00');
SELECT pg_temp.expect_fired('{mv_order_financials.one_row_per_order, mv_order_financials.up_to_date,
    mv_daily_kpis.up_to_date, mv_daily_kpis.revenue_matches_sales_daily}');
SELECT pg_temp.refresh();
SELECT pg_temp.expect_fired('{}');
ROLLBACK;
SELECT setval('orders_order_id_seq', 6);

BEGIN;
-- snapshots emptied again: their rules are skipped, the table rule still fires
REFRESH MATERIALIZED VIEW mv_order_financials WITH NO DATA;
REFRESH MATERIALIZED VIEW mv_daily_kpis WITH NO DATA;
UPDATE payments SET amount = 1349.99 WHERE order_id = 1;
SELECT pg_temp.expect_fired('{payments.amount_matches_lines}');
SELECT count(*) AS skipped_rules
  FROM commerce_seed_verify() WHERE description LIKE '%not populated%';  -- 5
ROLLBACK;

-- ---------------------------------------------------------------------------
-- Both functions also run inside a parallel worker (they are PARALLEL SAFE)
-- ---------------------------------------------------------------------------

-- (no temporary object in these queries, or the planner keeps them in the leader)
SELECT md5(string_agg(table_name || ' ' || row_count || ' ' || fingerprint, ',' ORDER BY table_name COLLATE "C")) AS all_fingerprints
  FROM commerce_seed_fingerprint() \gset
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF) SELECT * FROM commerce_seed_verify();
SELECT count(*) > 0 AS rules, sum(violations) AS violations FROM commerce_seed_verify();
SELECT md5(string_agg(table_name || ' ' || row_count || ' ' || fingerprint, ',' ORDER BY table_name COLLATE "C"))
       = :'all_fingerprints' AS same_fingerprints
  FROM commerce_seed_fingerprint();
RESET force_parallel_mode;

-- Clean again after all the rolled-back breaks.
SELECT pg_temp.expect_fired('{}');

DROP TABLE fp;
