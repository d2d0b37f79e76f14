--
-- views: a small hand-written fixture, then every v_* view and both mv_*
-- materialized views, each next to the answer worked out by hand.
--
-- Line total = round(quantity * unit_price * (1 - discount/100), 2), rounded
-- per line (numeric rounds half away from zero); revenue excludes cancelled
-- orders.  Nothing depends on the clock: v_abandoned_carts measures idleness
-- at the dataset's as-of instant, seed_info.as_of (here 2024-02-01 00:00
-- IST), which the fixture sets as a seed would.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
CREATE EXTENSION commerce_seed;

--
-- Fixture
--
INSERT INTO customers (customer_id, full_name, email, signed_up_at) VALUES
  (1, 'Asha Rao',   'asha@example.com',  '2023-12-01 10:00+00'),
  (2, 'Ravi Kumar', 'ravi@example.org',  '2023-12-15 10:00+00'),
  (3, 'Meera Iyer', 'meera@example.net', '2024-01-20 10:00+00');
INSERT INTO addresses (address_id, customer_id, is_default, line1, city, state, pincode, created_at) VALUES
  (1, 1, true, '1 MG Road',     'Mumbai',    'Maharashtra', '400001', '2023-12-01 10:00+00'),
  (2, 2, true, '2 CP',          'New Delhi', 'Delhi',       '110001', '2023-12-15 10:00+00'),
  (3, 3, true, '3 Anna Salai',  'Chennai',   'Tamil Nadu',  '600002', '2024-01-20 10:00+00');
INSERT INTO suppliers (supplier_id, name, rating, contact_email, city, state, created_at) VALUES
  (1, 'Acme Electronics', 4, 'sales@acme.example.com',   'Mumbai', 'Maharashtra', '2023-11-01 00:00+00'),
  (2, 'Kitchen Kraft',    3, 'hello@kraft.example.com',  'Pune',   'Maharashtra', '2023-11-01 00:00+00');
-- three levels deep under Electronics, two under Home
INSERT INTO categories (category_id, parent_category_id, name) VALUES
  (1, NULL, 'Electronics'),
  (2, 1,    'Mobiles'),
  (3, 2,    'Smartphones'),
  (4, NULL, 'Home'),
  (5, 4,    'Kitchen');
INSERT INTO products (product_id, supplier_id, category_id, sku, name, price, cost_price, weight_grams, discontinued, created_at) VALUES
  (1, 1, 3, 'PH-001', 'Phone X',    199.99, 120.00,  180, false, '2023-11-01 00:00+00'),
  (2, 1, 2, 'PH-002', 'Phone Case', 100.00,  40.00,   50, false, '2023-11-01 00:00+00'),
  (3, 2, 5, 'KT-001', 'Kettle',      49.50,  30.25, 1200, false, '2023-11-01 00:00+00'),
  (4, 2, 5, 'KT-002', 'Toaster',     80.00,  55.00, 2000, true,  '2023-11-01 00:00+00');
INSERT INTO warehouses (warehouse_id, name, city, state, pincode, capacity_units) VALUES
  (1, 'Mumbai FC',  'Mumbai',    'Maharashtra', '400001', 1000),
  (2, 'Delhi FC',   'New Delhi', 'Delhi',       '110001',  350),
  (3, 'Chennai FC', 'Chennai',   'Tamil Nadu',  '600001',  500);
-- order_date is the Asia/Kolkata day of placed_at: order 3 was placed at
-- 19:00 UTC on the 10th, which is 00:30 IST on the 11th.  Order 7 has no lines.
INSERT INTO orders (order_id, customer_id, shipping_address_id, order_date, placed_at, status, cancelled_at) VALUES
  (1, 1, 1, '2024-01-10', '2024-01-10 04:30+00', 'delivered', NULL),
  (2, 2, 2, '2024-01-10', '2024-01-10 15:00+00', 'paid',      NULL),
  (3, 1, 1, '2024-01-11', '2024-01-10 19:00+00', 'shipped',   NULL),
  (4, 3, 3, '2024-01-12', '2024-01-12 06:00+00', 'cancelled', '2024-01-12 08:00+00'),
  (5, 2, 2, '2024-02-05', '2024-02-05 05:00+00', 'delivered', NULL),
  (6, 1, 1, '2024-02-20', '2024-02-20 09:00+00', 'pending',   NULL),
  (7, 3, 3, '2024-02-20', '2024-02-20 10:00+00', 'pending',   NULL);
--                                                      gross     * (1 - d/100)   exact       line total
INSERT INTO order_items (order_item_id, order_id, product_id, quantity, unit_price, discount) VALUES
  ( 1, 1, 1, 3, 199.99, 15.00),  -- 599.97  * 0.85   = 509.9745   -> 509.97
  ( 2, 1, 2, 2, 100.00, 12.50),  -- 200.00  * 0.875  = 175.00     -> 175.00
  ( 3, 2, 3, 1,  49.50, 10.00),  --  49.50  * 0.90   =  44.55     ->  44.55
  ( 4, 2, 1, 1, 199.99, 10.00),  -- 199.99  * 0.90   = 179.991    -> 179.99
  ( 5, 3, 3, 1,  49.50, 12.50),  --  49.50  * 0.875  =  43.3125   ->  43.31
  ( 6, 3, 4, 2,  80.00,  0.00),  -- 160.00  * 1      = 160.00     -> 160.00
  ( 7, 4, 1, 1, 199.99, 12.50),  -- 199.99  * 0.875  = 174.99125  -> 174.99  (cancelled order)
  ( 8, 4, 2, 1, 100.00, 12.50),  -- 100.00  * 0.875  =  87.50     ->  87.50  (cancelled order)
  ( 9, 5, 2, 3,  99.90,  5.00),  -- 299.70  * 0.95   = 284.715    -> 284.72  (half rounds up)
  (10, 5, 4, 1,  80.10,  5.00),  --  80.10  * 0.95   =  76.095    ->  76.10  (half rounds up)
  (11, 6, 3, 2,  49.50,  0.00);  --  99.00  * 1      =  99.00     ->  99.00
-- Order totals (sum of line totals) and gross:
--   o1 509.97 + 175.00 = 684.97   gross 799.97   units 5
--   o2  44.55 + 179.99 = 224.54   gross 249.49   units 2
--   o3  43.31 + 160.00 = 203.31   gross 209.50   units 3
--   o4 174.99 +  87.50 = 262.49   gross 299.99   units 2  (cancelled)
--   o5 284.72 +  76.10 = 360.82   gross 379.80   units 4  (rounding the sum of
--                                  the exact lines, 360.81, would be wrong)
--   o6  99.00                     gross  99.00   units 2
--   o7 no lines
INSERT INTO payments (payment_id, order_id, method, status, amount, created_at, paid_at, transaction_ref) VALUES
  (1, 1, 'card',       'captured', 684.97, '2024-01-10 04:31+00', '2024-01-10 04:32+00', 'TXN-0001'),
  (2, 2, 'upi',        'captured', 224.54, '2024-01-10 15:01+00', '2024-01-10 15:02+00', 'TXN-0002'),
  (3, 3, 'netbanking', 'captured', 203.31, '2024-01-10 19:01+00', '2024-01-10 19:02+00', 'TXN-0003'),
  (4, 4, 'wallet',     'voided',   262.49, '2024-01-12 06:01+00', NULL,                  'TXN-0004'),
  (5, 5, 'card',       'captured', 360.82, '2024-02-05 05:01+00', '2024-02-05 05:02+00', 'TXN-0005'),
  (6, 6, 'cod',        'pending',   99.00, '2024-02-20 09:01+00', NULL,                  'TXN-0006');
INSERT INTO shipments (shipment_id, order_id, warehouse_id, status, carrier, tracking_no, created_at,
                       packed_at, dispatched_at, out_for_delivery_at, delivered_at) VALUES
  (1, 1, 1, 'delivered',  'BlueDart',  'AWB-0001', '2024-01-10 06:00+00',
   '2024-01-10 08:00+00', '2024-01-10 12:00+00', '2024-01-12 03:00+00', '2024-01-12 09:00+00'),
  (2, 2, 2, 'packed',     'Delhivery', 'AWB-0002', '2024-01-11 05:00+00',
   '2024-01-11 07:00+00', NULL, NULL, NULL),
  (3, 3, 1, 'in_transit', 'BlueDart',  'AWB-0003', '2024-01-11 04:00+00',
   '2024-01-11 06:00+00', '2024-01-11 09:00+00', NULL, NULL),
  (4, 4, 1, 'cancelled',  'Ekart',     'AWB-0004', '2024-01-12 06:30+00', NULL, NULL, NULL, NULL),
  (5, 5, 2, 'delivered',  'Delhivery', 'AWB-0005', '2024-02-05 07:00+00',
   '2024-02-05 09:00+00', '2024-02-05 12:00+00', '2024-02-07 03:00+00', '2024-02-07 08:00+00'),
  (6, 6, 3, 'preparing',  'Ekart',     'AWB-0006', '2024-02-20 10:00+00', NULL, NULL, NULL, NULL);
INSERT INTO coupons (coupon_id, code, description, pct_off, amount_off, min_order_amount, valid_from, valid_to) VALUES
  (1, 'WELCOME10', '10% off the first order',  10.00,   NULL,   0.00, '2024-01-01 00:00+00', '2024-12-31 00:00+00'),
  (2, 'SAVE12',    '12.5% off kitchen and mobiles', 12.50, NULL, 0.00, '2024-01-01 00:00+00', '2024-12-31 00:00+00'),
  (3, 'FLAT100',   'Rs. 100 off over Rs. 999', NULL,  100.00, 999.00, '2024-01-01 00:00+00', '2024-12-31 00:00+00');
-- discount_amount = gross - order total; redeemed_at in IST: 20:30 on the
-- 10th, 00:30 on the 11th, 11:30 on the 12th (the cancelled order)
INSERT INTO coupon_redemptions (redemption_id, coupon_id, order_id, redeemed_at, discount_amount) VALUES
  (1, 1, 2, '2024-01-10 15:00+00', 24.95),   -- 249.49 - 224.54
  (2, 2, 3, '2024-01-10 19:00+00',  6.19),   -- 209.50 - 203.31
  (3, 2, 4, '2024-01-12 06:00+00', 37.50);   -- 299.99 - 262.49
INSERT INTO seed_info (scale, seed, start_date, end_date, as_of, extension_version,
                       seeded_at, seeded_by, rows, phase_ms, settings) VALUES
  (1, 42, '2024-01-01', '2024-01-31', '2024-01-31 18:30+00', '1.1',
   '2024-02-01 09:00+00', 'fixture', 0, '{}', '{}');
-- cart 1: abandoned long ago; cart 2: checked out; cart 3: active at the
-- as-of instant; cart 4: abandoned but empty; cart 5: idle for 23 hours only
INSERT INTO carts (cart_id, customer_id, created_at, updated_at, checked_out_at) VALUES
  (1, 1, '2024-01-05 10:00+00', '2024-01-05 10:20+00', NULL),
  (2, 2, '2024-01-10 14:00+00', '2024-01-10 14:50+00', '2024-01-10 15:00+00'),
  (3, 3, '2024-01-31 17:30+00', '2024-01-31 18:30+00', NULL),
  (4, 2, '2023-12-20 10:00+00', '2023-12-20 10:00+00', NULL),
  (5, 1, '2024-01-29 18:30+00', '2024-01-30 19:30+00', NULL);
INSERT INTO cart_items (cart_item_id, cart_id, product_id, quantity, added_at) VALUES
  (1, 1, 1, 1, '2024-01-05 10:00+00'),
  (2, 1, 3, 2, '2024-01-05 10:20+00'),
  (3, 2, 3, 1, '2024-01-10 14:00+00'),
  (4, 2, 1, 1, '2024-01-10 14:50+00'),
  (5, 3, 2, 1, '2024-01-31 18:30+00'),
  (6, 5, 4, 1, '2024-01-29 18:30+00');
-- (reviews are not tied to delivery by the schema; these only feed the arithmetic)
INSERT INTO reviews (review_id, product_id, customer_id, order_item_id, rating, title, created_at) VALUES
  (1, 1, 1,  1, 5, 'Superb',          '2024-01-13 00:00+00'),
  (2, 1, 2,  4, 1, 'Stopped working', '2024-01-20 00:00+00'),
  (3, 3, 2,  3, 4, 'Good kettle',     '2024-01-20 00:00+00'),
  (4, 3, 1,  5, 5, 'Fast boil',       '2024-01-20 00:00+00'),
  (5, 3, 1, 11, 2, 'Leaks',           '2024-02-25 00:00+00');
INSERT INTO returns (return_id, order_item_id, quantity, reason, approved, requested_at, resolved_at, refund_amount) VALUES
  (1,  1, 1, 'damaged',      true,  '2024-01-13 00:00+00', '2024-01-15 00:00+00', 169.99),
  (2, 10, 1, 'size_fit',     NULL,  '2024-02-08 00:00+00', NULL,                    0),
  (3,  2, 2, 'changed_mind', false, '2024-01-13 00:00+00', '2024-01-14 00:00+00',   0);
INSERT INTO loyalty_accounts (account_id, customer_id, tier, opened_at) VALUES
  (1, 1, 'gold',   '2023-12-01 10:00+00'),
  (2, 2, 'silver', '2023-12-15 10:00+00'),
  (3, 3, 'bronze', '2024-01-20 10:00+00');
INSERT INTO loyalty_ledger (ledger_id, account_id, order_id, points_delta, reason, created_at) VALUES
  (1, 1, 1,     68, 'earn',       '2024-01-10 04:32+00'),
  (2, 1, 3,     20, 'earn',       '2024-01-10 19:02+00'),
  (3, 1, NULL, -50, 'redemption', '2024-02-01 12:00+00'),
  (4, 2, 2,     22, 'earn',       '2024-01-10 15:02+00'),
  (5, 2, 5,     36, 'earn',       '2024-02-05 05:02+00');
INSERT INTO inventory (warehouse_id, product_id, quantity, reorder_level, updated_at) VALUES
  (1, 1, 40, 10, '2024-02-01 00:00+00'),
  (1, 2, 95, 20, '2024-02-01 00:00+00'),
  (1, 3,  5,  5, '2024-02-01 00:00+00'),
  (2, 1, 12, 15, '2024-02-01 00:00+00'),
  (2, 4,  0,  0, '2024-02-01 00:00+00');
-- PO 3 is cancelled, PO 4 has no lines yet
INSERT INTO purchase_orders (po_id, supplier_id, warehouse_id, status, created_at, expected_at, received_at) VALUES
  (1, 1, 1, 'received',  '2023-12-01 00:00+00', '2023-12-05 00:00+00', '2023-12-04 00:00+00'),
  (2, 1, 2, 'ordered',   '2024-02-01 00:00+00', '2024-02-10 00:00+00', NULL),
  (3, 2, 1, 'cancelled', '2024-01-05 00:00+00', '2024-01-15 00:00+00', NULL),
  (4, 1, 3, 'ordered',   '2024-02-15 00:00+00', '2024-02-25 00:00+00', NULL);
INSERT INTO purchase_order_items (po_item_id, po_id, product_id, quantity, cost_price) VALUES
  (1, 1, 1,  50, 120.00),   -- 6000.00
  (2, 1, 2, 100,  40.00),   -- 4000.00
  (3, 2, 1,  20, 118.50),   -- 2370.00
  (4, 3, 3,  30,  30.25);   --  907.50 (cancelled PO)
INSERT INTO supplier_payments (supplier_payment_id, supplier_id, po_id, amount, paid_at, reference) VALUES
  (1, 1, 1, 6000.00, '2023-12-10 00:00+00', 'SP-0001'),
  (2, 1, 1, 4000.00, '2023-12-20 00:00+00', 'SP-0002');

-- Self-check of the fixture: each payment equals the sum of its order's line
-- totals as v_order_items_detailed computes them (no rows).
SELECT pay.order_id, pay.amount, sum(d.line_total) AS lines
  FROM payments pay
  JOIN v_order_items_detailed d ON d.order_id = pay.order_id
 GROUP BY pay.order_id, pay.amount
HAVING pay.amount <> sum(d.line_total)
 ORDER BY 1;

--
-- The views
--

-- v_category_hierarchy: depth and breadcrumb from the root
--   1 Electronics                          depth 1  {1}
--   2 Electronics > Mobiles                depth 2  {1,2}
--   3 Electronics > Mobiles > Smartphones  depth 3  {1,2,3}
--   4 Home                                 depth 1  {4}
--   5 Home > Kitchen                       depth 2  {4,5}
SELECT * FROM v_category_hierarchy ORDER BY path;

-- v_order_items_detailed: one row per line, gross and line total as in the
-- fixture's comments (509.97, 175.00, 44.55, 179.99, 43.31, 160.00, 174.99,
-- 87.50, 284.72, 76.10, 99.00), cancelled lines included
SELECT * FROM v_order_items_detailed ORDER BY order_item_id;

-- v_orders_with_payment_shipment: one row per order, all 7; order 7 has
-- neither payment nor shipment (NULLs)
SELECT * FROM v_orders_with_payment_shipment ORDER BY order_id;

-- v_sales_daily: non-cancelled orders with lines, by order_date
--   2024-01-10  o1,o2  2 orders  2 customers  units 5+2 = 7  684.97 + 224.54 = 909.51
--   2024-01-11  o3     1         1            units 3        203.31
--   2024-02-05  o5     1         1            units 4        360.82
--   2024-02-20  o6     1         1            units 2         99.00
--   (2024-01-12 holds only the cancelled o4; o7 has no lines)
SELECT * FROM v_sales_daily ORDER BY sales_date;

-- v_top_customers_month
--   2024-01  Asha (o1,o3) 684.97 + 203.31 = 888.28  rank 1;  Ravi (o2) 224.54  rank 2
--   2024-02  Ravi (o5) 360.82  rank 1;  Asha (o6) 99.00  rank 2
--   Meera: only the cancelled o4 and the empty o7, so absent
SELECT * FROM v_top_customers_month ORDER BY month, rank_in_month, customer_id;

-- v_customer_ltv
--   Asha  o1,o3,o6  3 orders  2024-01-10..2024-02-20  684.97+203.31+99.00 = 987.28  avg 329.0933 -> 329.09
--   Ravi  o2,o5     2 orders  2024-01-10..2024-02-05  224.54+360.82 = 585.36        avg 292.68
--   Meera none      0         NULL..NULL              0                             0
SELECT * FROM v_customer_ltv ORDER BY customer_id;

-- v_supplier_performance (cancelled PO 3 left out; PO 4 counted, without lines)
--   Acme   POs 1,2,4 -> 3, received 1, units 50+100+20 = 170,
--          spend 6000.00+4000.00+2370.00 = 12370.00, paid 6000.00+4000.00 = 10000.00
--   Kraft  only the cancelled PO 3 -> 0, 0, 0, 0, 0
SELECT * FROM v_supplier_performance ORDER BY supplier_id;

-- v_returns_rate: units sold on non-cancelled orders, units in return requests
--   p1  sold 3 (o1) + 1 (o2) = 4   returned 1   100*1/4 = 25.00
--   p2  sold 2 (o1) + 3 (o5) = 5   returned 2   100*2/5 = 40.00  (the rejected request counts)
--   p3  sold 1 + 1 + 2      = 4   returned 0   0.00
--   p4  sold 2 (o3) + 1 (o5) = 3   returned 1   100*1/3 = 33.333 -> 33.33  (pending request)
SELECT * FROM v_returns_rate ORDER BY product_id;

-- v_review_summary: reviewed products only
--   p1  ratings 5,1    count 2  avg 3.00                 4-5 stars 1  1-2 stars 1
--   p3  ratings 4,5,2  count 3  avg 11/3 = 3.667 -> 3.67  4-5 stars 2  1-2 stars 1
SELECT * FROM v_review_summary ORDER BY product_id;

-- v_warehouse_utilization
--   Mumbai   3 products  40+95+5 = 140 units  100*140/1000 = 14.00          at/below reorder: p3 (5<=5) -> 1
--   Delhi    2 products  12+0 = 12 units      100*12/350 = 3.4285 -> 3.43   p1 (12<=15), p4 (0<=0) -> 2
--   Chennai  nothing: 0, 0, 0.00, 0
SELECT * FROM v_warehouse_utilization ORDER BY warehouse_id;

-- v_products_inventory: stock value at cost
--   (1,p1) 40*120.00 = 4800.00  no       (1,p2) 95*40.00 = 3800.00  no
--   (1,p3)  5*30.25  =  151.25  yes      (2,p1) 12*120.00 = 1440.00 yes
--   (2,p4)  0*55.00  =    0.00  yes (discontinued)
SELECT * FROM v_products_inventory ORDER BY warehouse_id, product_id;

-- v_coupon_redemptions
--   WELCOME10  1 use   24.95                  first = last = 2024-01-10 15:00 UTC
--   SAVE12     2 uses  6.19 + 37.50 = 43.69    2024-01-10 19:00 .. 2024-01-12 06:00 UTC
--   FLAT100    0 uses  0                      NULL .. NULL
SELECT * FROM v_coupon_redemptions ORDER BY coupon_id;

-- v_abandoned_carts: only cart 1 (2 lines, 1+2 = 3 units, at current prices
-- 199.99 + 2*49.50 = 298.99).  Cart 2 was checked out, carts 3 and 5 were
-- active within the 24 hours before the as-of instant, cart 4 is empty.
SELECT * FROM v_abandoned_carts ORDER BY cart_id;
-- (Measured from the clock, carts 3 and 5 would be abandoned too: their last
-- activity is in January 2024.)  Without a dataset there is no as-of
-- instant, and no abandoned cart.
CREATE TEMP TABLE saved_seed_info AS SELECT * FROM seed_info;
DELETE FROM seed_info;
SELECT count(*) AS abandoned_without_dataset FROM v_abandoned_carts;
INSERT INTO seed_info SELECT * FROM saved_seed_info;
DROP TABLE saved_seed_info;

-- v_loyalty_balances
--   account 1 (Asha, gold)    earned 68+20 = 88  redeemed 50  balance 38  last 2024-02-01 12:00
--   account 2 (Ravi, silver)  earned 22+36 = 58  redeemed 0   balance 58  last 2024-02-05 05:02
--   account 3 (Meera, bronze) 0, 0, 0, NULL
SELECT * FROM v_loyalty_balances ORDER BY account_id;

--
-- The materialized views: created WITH NO DATA, so unreadable until the first
-- refresh, and CONCURRENTLY needs a populated view.
--
SELECT * FROM mv_order_financials;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_order_financials;
REFRESH MATERIALIZED VIEW mv_order_financials;
REFRESH MATERIALIZED VIEW mv_daily_kpis;

-- mv_order_financials: every order, cancelled ones too
--   o  cust  date        status     items units  gross   total   paid    payment
--   1  1     2024-01-10  delivered  2     5      799.97  684.97  684.97  captured
--   2  2     2024-01-10  paid       2     2      249.49  224.54  224.54  captured
--   3  1     2024-01-11  shipped    2     3      209.50  203.31  203.31  captured
--   4  3     2024-01-12  cancelled  2     2      299.99  262.49  262.49  voided
--   5  2     2024-02-05  delivered  2     4      379.80  360.82  360.82  captured
--   6  1     2024-02-20  pending    1     2       99.00   99.00   99.00  pending
--   7  3     2024-02-20  pending    0     0        0       0      NULL    NULL
SELECT * FROM mv_order_financials ORDER BY order_id;

-- mv_daily_kpis: v_sales_daily joined with coupon redemptions per IST day
--   2024-01-10  2 2 7 909.51   1 24.95  (redeemed 15:00 UTC = 20:30 IST)
--   2024-01-11  1 1 3 203.31   1  6.19  (redeemed 19:00 UTC on the 10th = 00:30 IST on the 11th)
--   2024-01-12  0 0 0 0        1 37.50  (only the cancelled order's coupon)
--   2024-02-05  1 1 4 360.82   0 0
--   2024-02-20  1 1 2 99.00    0 0
SELECT * FROM mv_daily_kpis ORDER BY sales_date;

-- Change the data: order 6 is cancelled, order 7 gets a line and a payment:
--   o7  1 x 100.00 at 12.50% = 87.50
UPDATE orders SET status = 'cancelled', cancelled_at = '2024-02-20 11:00+00' WHERE order_id = 6;
UPDATE payments SET status = 'voided' WHERE order_id = 6;
UPDATE shipments SET status = 'cancelled' WHERE order_id = 6;
INSERT INTO order_items (order_item_id, order_id, product_id, quantity, unit_price, discount)
VALUES (12, 7, 2, 1, 100.00, 12.50);
INSERT INTO payments (payment_id, order_id, method, status, amount, created_at, transaction_ref)
VALUES (7, 7, 'upi', 'pending', 87.50, '2024-02-20 10:01+00', 'TXN-0007');

-- The snapshot is stale until refreshed: still the old rows for orders 6 and 7.
SELECT * FROM mv_order_financials WHERE order_id IN (6, 7) ORDER BY order_id;

-- REFRESH ... CONCURRENTLY works (thanks to the unique indexes):
--   o6  cancelled, 1 item, 2 units, 99.00, 99.00, paid 99.00, voided
--   o7  pending,   1 item, 1 unit, 100.00, 87.50, paid 87.50, pending
--   2024-02-20: o6 drops out, o7 comes in: 1 order, 1 customer, 1 unit, 87.50
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_order_financials;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_daily_kpis;
SELECT * FROM mv_order_financials WHERE order_id IN (6, 7) ORDER BY order_id;
SELECT * FROM mv_daily_kpis ORDER BY sales_date;
SELECT relname, relispopulated FROM pg_class
 WHERE relname IN ('mv_order_financials', 'mv_daily_kpis') ORDER BY relname;

-- Clean up.
DROP EXTENSION commerce_seed;
