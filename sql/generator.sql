-- generator.sql: commerce_seed() fills every table, every rule holds, and the
-- data looks like a shop (distributions checked against the generator's model).
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

-- Distributions: each prints true when the data follows the generator's
-- model, with bounds a few standard deviations wide at this sample size (the
-- data is deterministic; the bounds say how far a change may move it).
-- best-sellers: a product's popularity rank is P * u^4, so the top 10% of
-- products get 0.1^(1/4) = 56% of the picks
WITH u AS (SELECT product_id, sum(quantity) AS units FROM order_items GROUP BY product_id),
     r AS (SELECT units, ntile(10) OVER (ORDER BY units DESC) AS decile FROM u)
SELECT sum(units) FILTER (WHERE decile = 1)::numeric / sum(units) BETWEEN 0.52 AND 0.60 AS top_decile_share
  FROM r;
-- a loyal core and many one-time buyers
WITH c AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id)
SELECT avg((n >= 2)::int) BETWEEN 0.3 AND 0.9 AS repeat_share,
       avg((n = 1)::int) BETWEEN 0.1 AND 0.6 AS one_time_share,
       max(n) >= 20 AS heavy_buyers
  FROM c;
-- returns: each delivered line is returned with its category's chance
-- (fashion 25-32%, electronics 4-7%, home 6-10%, none for beauty, food and
-- diapers), so the lines returned are close to the sum of those chances (a
-- few requests fall after the window's end)
WITH leaf(name, permille) AS (
       -- the return rate of each product category (src/words.c); 0: not taken back
       VALUES ('Smartphones', 60), ('Phone Cases', 50), ('Power Banks', 50), ('Laptops', 40),
              ('Keyboards & Mice', 50), ('Headphones', 70), ('Bluetooth Speakers', 50),
              ('Men''s Shirts', 300), ('Men''s Kurtas', 280), ('Sarees', 250), ('Kurtis', 320),
              ('Sneakers', 320), ('Sandals', 260), ('Pressure Cookers', 70), ('Non-stick Pans', 80),
              ('Mixer Grinders', 80), ('Water Purifiers', 60), ('Bedsheets', 100),
              ('Skin Care', 0), ('Hair Care', 0), ('Fragrances', 0), ('Fiction', 25),
              ('Exam Preparation', 30), ('Children''s Books', 25), ('Yoga Mats', 60),
              ('Cricket', 70), ('Cycles', 50), ('Tea & Coffee', 0), ('Dry Fruits', 0),
              ('Spices', 0), ('Soft Toys', 50), ('Educational Toys', 50), ('Diapers', 0)),
     line AS (
       -- a late parcel (delivered more than 6 days after the order) is returned
       -- 1.5 times as often
       SELECT lf.permille * CASE WHEN s.delivered_at - o.placed_at > interval '6 days'
                                 THEN 1.5 ELSE 1 END AS permille,
              EXISTS (SELECT FROM returns r WHERE r.order_item_id = oi.order_item_id) AS returned
         FROM order_items oi
         JOIN orders o USING (order_id)
         JOIN shipments s USING (order_id)
         JOIN products p USING (product_id)
         JOIN categories c ON c.category_id = p.category_id
         JOIN leaf lf ON lf.name = c.name
        WHERE o.status = 'delivered')
SELECT count(*) FILTER (WHERE returned) / (sum(permille) / 1000.0) BETWEEN 0.9 AND 1.1 AS returns_as_modelled,
       count(*) = (SELECT count(*) FROM order_items oi JOIN orders o USING (order_id)
                    WHERE o.status = 'delivered') AS every_line_has_a_category
  FROM line;
-- the festive season shows in daily sales: pre-Diwali 2024 against June 2024
SELECT (SELECT avg(revenue) FROM v_sales_daily WHERE sales_date BETWEEN '2024-10-20' AND '2024-10-28') /
       (SELECT avg(revenue) FROM v_sales_daily WHERE sales_date BETWEEN '2024-06-01' AND '2024-06-30')
       > 1.4 AS festive_peak;
-- growth: a trend of 35% a year makes the second year's volume
-- (1 + 0.35 * 1.5) / (1 + 0.35 * 0.5) = 1.30 times the first's
SELECT (SELECT sum(orders) FROM v_sales_daily WHERE sales_date >= '2024-01-01')::numeric /
       (SELECT sum(orders) FROM v_sales_daily WHERE sales_date < '2024-01-01')
       BETWEEN 1.2 AND 1.4 AS growth;
-- lifecycle: an order is delivered (or cancelled) within about nine days, so
-- orders two months old are all settled, and the last days' still moving
-- (pending is a cash-on-delivery order not yet dispatched: none among this
-- seed's last days).  Every label of the enum is listed, so a status that is
-- missing or that should not be there shows.
SELECT l.status, count(o.order_id) > 0 AS present
  FROM unnest(enum_range(NULL::order_status)) AS l(status)
  LEFT JOIN orders o ON o.status = l.status AND o.order_date < '2024-11-01'
 GROUP BY l.status ORDER BY l.status;
SELECT l.status, count(o.order_id) > 0 AS present
  FROM unnest(enum_range(NULL::order_status)) AS l(status)
  LEFT JOIN orders o ON o.status = l.status AND o.order_date >= '2024-12-29'
 GROUP BY l.status ORDER BY l.status;
-- ratings follow the delivery and the return: kept lines delivered in time
-- average 4.37 stars by their weights, kept lines delivered late 2.68
-- (Olist: about 4.3 against 2.6), returned ones at most 4
SELECT delivery, returned, count(*) >= 10 AS enough,
       CASE WHEN returned THEN max(rating) <= 4
            WHEN delivery = 'late' THEN avg(rating) BETWEEN 2.4 AND 3.0
            ELSE avg(rating) BETWEEN 4.2 AND 4.5 END AS stars_as_modelled
  FROM (SELECT CASE WHEN s.delivered_at - o.placed_at > interval '6 days'
                    THEN 'late' ELSE 'in time' END AS delivery,
               EXISTS (SELECT FROM returns r WHERE r.order_item_id = rv.order_item_id) AS returned,
               rv.rating
          FROM reviews rv
          JOIN order_items oi USING (order_item_id)
          JOIN orders o ON o.order_id = oi.order_id
          JOIN shipments s ON s.order_id = o.order_id) AS r
 GROUP BY 1, 2 ORDER BY 1, 2;
-- every payment method is used, each within 2 points of its weight in the
-- generator (UPI 42%, card 26%, COD 17%, wallet 8%, net banking 7%)
WITH w(method, pct) AS (
       VALUES ('card'::payment_method, 26), ('upi', 42), ('netbanking', 7), ('cod', 17), ('wallet', 8))
SELECT l.method, count(p.payment_id) > 0 AS used,
       abs(100.0 * count(p.payment_id) / (SELECT count(*) FROM payments) - w.pct) < 2 AS share_as_weighted
  FROM unnest(enum_range(NULL::payment_method)) AS l(method)
  LEFT JOIN w USING (method)
  LEFT JOIN payments p ON p.method = l.method
 GROUP BY l.method, w.pct ORDER BY count(p.payment_id) DESC, l.method;

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
