--
-- application: the seeded shop used as an application uses it.  Writes
-- that supply only what an application knows (event times and the IST day
-- come from the defaults), the application-level verify mode, the workload
-- helpers (picks with the generator's skew, seeded identifiers) and the
-- indexes of the application access paths.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
CREATE EXTENSION commerce_seed;

-- before any seed, the helpers say why they cannot answer
SELECT commerce_seed_pick_customer(0.5);
SELECT commerce_seed_customer_email(1);

SELECT count(*) AS tables FROM commerce_seed(1, 42);

-- Picks: the same draw gives the same id (kept as the right values), the
-- draw must lie in [0, 1), and a null draw gives null (STRICT)
SELECT commerce_seed_pick_customer(0.5) AS customer, commerce_seed_pick_product(0.5) AS product,
       commerce_seed_pick_customer(0) AS first_customer, commerce_seed_pick_product(0.999999) AS last_product;
SELECT commerce_seed_pick_customer(1);
SELECT commerce_seed_pick_product(-0.1);
SELECT commerce_seed_pick_product('NaN');
SELECT commerce_seed_pick_customer(NULL) IS NULL AS null_draw;

-- The picks follow the generator: over many draws, customers are never
-- blocked or dormant, buyers repeat about as often as in the seeded orders
-- (a loyal core), and discontinued products are never picked
SELECT count(*) FILTER (WHERE c.status <> 'active') AS not_active,
       count(*) FILTER (WHERE n > 1) BETWEEN 0.8 * (SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY 1 HAVING count(*) > 1) r)
                                         AND 1.2 * (SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY 1 HAVING count(*) > 1) r)
           AS repeat_buyers_as_seeded
  FROM (SELECT customer_id, count(*) AS n
          FROM (SELECT commerce_seed_pick_customer(g / 6000.0) AS customer_id
                  FROM generate_series(0, 5999) AS g) AS d
         GROUP BY 1) AS p
  JOIN customers AS c USING (customer_id);
SELECT count(*) FILTER (WHERE p.discontinued) AS discontinued,
       count(DISTINCT p.product_id) > 100 AS spread,
       -- the most picked tenth of the catalogue takes about as large a share
       -- of picks as of the seeded order lines
       round(max(top.share), 1) AS top_tenth_share_of_picks
  FROM (SELECT commerce_seed_pick_product(g / 5000.0) AS product_id FROM generate_series(0, 4999) AS g) AS d
  JOIN products AS p USING (product_id),
       LATERAL (SELECT sum(n) * 100.0 / 5000 AS share
                  FROM (SELECT count(*) AS n
                          FROM (SELECT commerce_seed_pick_product(g / 5000.0) AS product_id
                                  FROM generate_series(0, 4999) AS g) AS x
                         GROUP BY product_id ORDER BY n DESC LIMIT 20) AS t) AS top;
SELECT round(sum(n) * 100.0 / (SELECT count(*) FROM order_items), 1) AS top_tenth_share_of_lines
  FROM (SELECT count(*) AS n FROM order_items GROUP BY product_id ORDER BY n DESC LIMIT 20) AS t;

-- Seeded identifiers: every customer's email, product's SKU and coupon's
-- code, computed from the id alone, is the stored one; ids the seed did not
-- make give null
SELECT count(*) FILTER (WHERE email IS DISTINCT FROM commerce_seed_customer_email(customer_id)) AS emails_differ
  FROM customers;
SELECT count(*) FILTER (WHERE sku IS DISTINCT FROM commerce_seed_product_sku(product_id)) AS skus_differ
  FROM products;
SELECT count(*) FILTER (WHERE code IS DISTINCT FROM commerce_seed_coupon_code(coupon_id)) AS codes_differ
  FROM coupons;
SELECT commerce_seed_customer_email(0) AS none, commerce_seed_product_sku(201) AS beyond,
       commerce_seed_coupon_code(NULL) AS null_id, commerce_seed_customer_email(17) AS email_17;

-- The helpers read seed_info's heap, never through a query that could run
-- what its owner attached to it with the caller's rights: a table they
-- cannot read plainly is refused, and nothing of it runs
CREATE ROLE cs_app_reader;
GRANT SELECT ON seed_info TO cs_app_reader;
BEGIN;
CREATE FUNCTION cs_loud() RETURNS boolean LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'policy ran'; RETURN true; END$$;
ALTER TABLE seed_info ENABLE ROW LEVEL SECURITY;
CREATE POLICY cs_loud ON seed_info USING (cs_loud());
SET client_min_messages = notice;
SET LOCAL ROLE cs_app_reader;
SELECT commerce_seed_pick_customer(0.5);
ROLLBACK;
BEGIN;
ALTER TABLE seed_info ALTER COLUMN seed TYPE text;
SELECT commerce_seed_pick_product(0.5);
ROLLBACK;
BEGIN;
DROP INDEX uq_seed_info_one_row;
INSERT INTO seed_info SELECT * FROM seed_info;
SELECT commerce_seed_coupon_code(1);
ROLLBACK;
BEGIN;
REVOKE SELECT ON seed_info FROM cs_app_reader;
SET LOCAL ROLE cs_app_reader;
SELECT commerce_seed_customer_email(1);
ROLLBACK;
SET client_min_messages = warning;
REVOKE SELECT ON seed_info FROM cs_app_reader;
DROP ROLE cs_app_reader;

-- An order placed the way an application places it: it names the customer,
-- the address, the products, quantities, prices and the payment method;
-- the database supplies the ids, every event time and the order's IST day.
BEGIN;
SET LOCAL timezone = 'America/Los_Angeles';   -- the client's zone does not matter
WITH o AS (
    INSERT INTO orders (customer_id, shipping_address_id, channel)
    SELECT a.customer_id, a.address_id, 'android'
      FROM addresses AS a
     WHERE a.customer_id = 17 AND a.is_default
    RETURNING order_id, placed_at, order_date
), l AS (
    INSERT INTO order_items (order_id, product_id, quantity, unit_price)
    SELECT o.order_id, p.product_id, 2, p.price
      FROM o, products AS p
     WHERE p.product_id IN (3, 5)
    RETURNING order_id, round(quantity * unit_price * (1 - discount / 100), 2) AS line_total
), p AS (
    INSERT INTO payments (order_id, method, status, amount, paid_at, transaction_ref)
    SELECT o.order_id, 'upi', 'captured', (SELECT sum(line_total) FROM l), now(), 'TXN-APP-' || o.order_id
      FROM o
    RETURNING order_id
), s AS (
    INSERT INTO shipments (order_id, warehouse_id, carrier, tracking_no, promised_at)
    SELECT o.order_id, 1, 'Bharat Express', 'IN-APP-' || o.order_id, now() + interval '3 days'
      FROM o
    RETURNING order_id
)
SELECT o.order_id > 6000 AS id_after_seeded,
       o.placed_at = now() AS placed_now,
       o.order_date = (now() AT TIME ZONE 'Asia/Kolkata')::date AS ist_day,
       (SELECT count(*) FROM l) AS lines
  FROM o;
UPDATE orders SET status = 'paid' WHERE order_id = currval(pg_get_serial_sequence('orders', 'order_id'));
SELECT pay.created_at = now() AS payment_now, shp.created_at = now() AS shipment_now,
       shp.status AS parcel, ord.status AS order_status
  FROM orders AS ord
  JOIN payments AS pay ON pay.order_id = ord.order_id
  JOIN shipments AS shp ON shp.order_id = ord.order_id
 WHERE ord.order_id = currval(pg_get_serial_sequence('orders', 'order_id'));
COMMIT;
-- and nothing any application must keep true is broken by it
SELECT kind, count(*) AS rules, sum(violations) AS violations
  FROM commerce_seed_verify('application')
 GROUP BY kind ORDER BY kind;

-- An order whose day is not the IST day of its placed_at is refused
INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at)
SELECT customer_id, address_id, date '2025-03-01', timestamptz '2025-03-01 20:00+00'
  FROM addresses WHERE customer_id = 17 AND is_default;
-- the same instant with its IST day (the next day) is accepted; rolled back
BEGIN;
INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at)
SELECT customer_id, address_id, date '2025-03-02', timestamptz '2025-03-01 20:00+00'
  FROM addresses WHERE customer_id = 17 AND is_default
RETURNING order_date;
ROLLBACK;

-- The modes: 'application' leaves out the dataset rules, 'all' is the
-- whole of commerce_seed_verify(); anything else is refused
SELECT (SELECT count(*) FROM commerce_seed_verify('all')) = (SELECT count(*) FROM commerce_seed_verify()) AS all_is_all,
       (SELECT count(*) FROM commerce_seed_verify('application'))
         = (SELECT count(*) FROM commerce_seed_verify() WHERE kind <> 'dataset') AS application_is_not_dataset,
       (SELECT count(*) FROM commerce_seed_verify('application') WHERE kind = 'dataset') AS dataset_rules;
SELECT * FROM commerce_seed_verify('dataset');
SELECT * FROM commerce_seed_verify(NULL);
-- the application's order is no seeded order: the dataset rules see it
SELECT rule, violations FROM commerce_seed_verify('all') WHERE violations <> 0 ORDER BY rule;

-- The application access paths are served by indexes (sequential scans
-- off, so that the small scale-1 tables do not hide a missing index)
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT customer_id FROM customers WHERE lower(email) = lower('Srikanth.Raju17@Example.com');
EXPLAIN (COSTS OFF) SELECT order_id FROM orders WHERE placed_at >= timestamptz '2024-12-31' ORDER BY placed_at LIMIT 10;
EXPLAIN (COSTS OFF) SELECT event_id FROM audit_events ORDER BY occurred_at DESC LIMIT 20;
EXPLAIN (COSTS OFF) SELECT shipment_id FROM shipments
 WHERE status IN ('preparing', 'packed', 'dispatched', 'in_transit') ORDER BY created_at LIMIT 1;
EXPLAIN (COSTS OFF) SELECT shipment_id FROM shipments WHERE status = 'out_for_delivery' ORDER BY out_for_delivery_at LIMIT 1;
EXPLAIN (COSTS OFF) SELECT payment_id FROM payments WHERE status = 'pending' ORDER BY created_at LIMIT 1;
EXPLAIN (COSTS OFF) SELECT ticket_id FROM support_tickets WHERE status = 'open' ORDER BY created_at LIMIT 1;
EXPLAIN (COSTS OFF) SELECT return_id FROM returns WHERE approved IS NULL ORDER BY requested_at LIMIT 1;
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT customer_id FROM customers WHERE lower(email) = lower('Srikanth.Raju17@Example.com');

DROP EXTENSION commerce_seed;
