-- generator.sql: commerce_seed() fills every table, every rule holds, and the
-- data looks like a shop (distribution checks with wide bounds).
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
SET timezone = 'Asia/Kolkata';
SET datestyle = 'ISO, YMD';

SELECT * FROM commerce_seed(1);

-- every integrity and consistency rule holds
SELECT count(*) > 400 AS many_rules, count(*) FILTER (WHERE violations <> 0) AS broken
  FROM commerce_seed_verify();
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0;

-- both snapshots are populated
SELECT relname, relispopulated FROM pg_class
 WHERE relname IN ('mv_order_financials', 'mv_daily_kpis') ORDER BY relname;
SELECT (SELECT count(*) FROM mv_order_financials) = (SELECT count(*) FROM orders) AS one_row_per_order,
       (SELECT count(*) FROM mv_daily_kpis) >= 700 AS a_row_per_day;

-- an application insert works right after a seed
INSERT INTO customers (full_name, email) VALUES ('New Customer', 'new.customer@example.com')
RETURNING customer_id;
DELETE FROM customers WHERE customer_id = 1001;

-- a few rows per table, for a reviewer's eyes
SELECT * FROM customers ORDER BY customer_id LIMIT 3;
SELECT * FROM addresses ORDER BY address_id LIMIT 3;
SELECT * FROM suppliers ORDER BY supplier_id LIMIT 3;
SELECT * FROM products ORDER BY product_id LIMIT 3;
SELECT * FROM inventory ORDER BY warehouse_id, product_id LIMIT 3;
SELECT * FROM product_attributes ORDER BY attribute_id LIMIT 4;
SELECT * FROM product_images ORDER BY image_id LIMIT 2;
SELECT * FROM orders ORDER BY order_id DESC LIMIT 3;
SELECT * FROM order_items ORDER BY order_item_id LIMIT 4;
SELECT * FROM payments ORDER BY payment_id LIMIT 3;
SELECT * FROM shipments ORDER BY shipment_id LIMIT 3;
SELECT * FROM carts ORDER BY cart_id LIMIT 3;
SELECT * FROM cart_items ORDER BY cart_item_id LIMIT 3;
SELECT * FROM coupons ORDER BY coupon_id LIMIT 3;
SELECT * FROM coupon_redemptions ORDER BY redemption_id LIMIT 3;
SELECT * FROM reviews ORDER BY review_id LIMIT 3;
SELECT * FROM returns ORDER BY return_id LIMIT 3;
SELECT * FROM loyalty_accounts ORDER BY account_id LIMIT 2;
SELECT * FROM loyalty_ledger ORDER BY ledger_id LIMIT 3;
SELECT * FROM gift_cards ORDER BY gift_card_id LIMIT 2;
SELECT * FROM purchase_orders ORDER BY po_id LIMIT 2;
SELECT * FROM purchase_order_items ORDER BY po_item_id LIMIT 3;
SELECT * FROM supplier_payments ORDER BY supplier_payment_id LIMIT 2;
SELECT * FROM support_tickets ORDER BY ticket_id LIMIT 2;
SELECT * FROM ticket_messages ORDER BY message_id LIMIT 4;
SELECT * FROM user_sessions ORDER BY session_id LIMIT 2;
SELECT * FROM audit_events ORDER BY event_id LIMIT 3;
SELECT * FROM v_category_hierarchy WHERE depth = 3 ORDER BY path LIMIT 3;

-- Distributions, with wide bounds: each prints true when the data looks real.
-- best-sellers: the top 10% of products sell a large share of the units
WITH u AS (SELECT product_id, sum(quantity) AS units FROM order_items GROUP BY product_id),
     r AS (SELECT units, ntile(10) OVER (ORDER BY units DESC) AS decile FROM u)
SELECT sum(units) FILTER (WHERE decile = 1)::numeric / sum(units) BETWEEN 0.35 AND 0.85 AS top_decile_share
  FROM r;
-- a loyal core and many one-time buyers
WITH c AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id)
SELECT avg((n >= 2)::int) BETWEEN 0.3 AND 0.9 AS repeat_share,
       avg((n = 1)::int) BETWEEN 0.1 AND 0.6 AS one_time_share,
       max(n) >= 20 AS heavy_buyers
  FROM c;
-- returns: a few percent of delivered units
SELECT (SELECT sum(quantity) FROM returns)::numeric /
       (SELECT sum(oi.quantity) FROM order_items oi JOIN orders o USING (order_id) WHERE o.status = 'delivered')
       BETWEEN 0.01 AND 0.12 AS return_rate;
-- the festive season shows in daily sales: pre-Diwali 2024 against June 2024
SELECT (SELECT avg(revenue) FROM v_sales_daily WHERE sales_date BETWEEN '2024-10-20' AND '2024-10-28') /
       (SELECT avg(revenue) FROM v_sales_daily WHERE sales_date BETWEEN '2024-06-01' AND '2024-06-30')
       > 1.4 AS festive_peak;
-- growth: 2024 sells more than 2023
SELECT (SELECT sum(orders) FROM v_sales_daily WHERE sales_date >= '2024-01-01') >
       1.15 * (SELECT sum(orders) FROM v_sales_daily WHERE sales_date < '2024-01-01') AS growth;
-- lifecycle: old orders are settled, recent ones still moving
SELECT status, count(*) > 0 AS present
  FROM orders WHERE order_date < '2024-11-01' GROUP BY status ORDER BY status;
SELECT status, count(*) > 0 AS present
  FROM orders WHERE order_date >= '2024-12-29' GROUP BY status ORDER BY status;
-- ratings skew positive
SELECT avg(rating) BETWEEN 3.6 AND 4.5 AS positive_ratings FROM reviews;
-- every payment method is used, UPI most
SELECT method, count(*) > 0 AS used FROM payments GROUP BY method ORDER BY count(*) DESC LIMIT 1;

-- Every family of rules fires on a deliberately broken row.
BEGIN;
UPDATE payments SET amount = amount + 0.01 WHERE payment_id = 1;
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;
BEGIN;
UPDATE ticket_messages SET author = 'agent' WHERE message_id = (SELECT min(message_id) FROM ticket_messages);
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;
BEGIN;
UPDATE loyalty_ledger SET points_delta = -100000 WHERE ledger_id = (SELECT min(ledger_id) FROM loyalty_ledger WHERE reason = 'redemption');
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;
BEGIN;
UPDATE reviews SET created_at = created_at - interval '60 days' WHERE review_id = 1;
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;
BEGIN;
UPDATE order_items SET unit_price = unit_price + 1 WHERE order_item_id = 1;
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;
BEGIN;
SET LOCAL session_replication_role = replica;   -- what the bulk path skips: FK triggers
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (999999, 1, 1, 10);
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;

-- another scale and seed: still every rule holds
SELECT sum(rows) AS total_rows FROM commerce_seed(2, 7);
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0;
-- a moved window
SELECT sum(rows) AS total_rows FROM commerce_seed(1, 3, '2020-03-01', '2020-08-31');
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0;
SELECT min(order_date), max(order_date) FROM orders;

DROP EXTENSION commerce_seed;
