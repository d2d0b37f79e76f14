--
-- constraints: a minimal valid fixture (two rows or so per table), then one
-- failing statement per CHECK constraint, per UNIQUE constraint, per foreign
-- key, for the partial unique index uq_addresses_default_per_customer and for
-- the composite primary key of inventory; NOT NULL where a CHECK alone would
-- let a NULL through; unknown labels for every enum type.
--
-- After each failing statement, ":seen" records the error message in a
-- temporary table; the last queries compare the constraint names found in
-- those messages with the catalog, so a constraint added without a test here
-- (or a test that trips a different constraint than intended) shows up.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
CREATE EXTENSION commerce_seed;

CREATE TEMP TABLE seen (msg text);
\set seen 'INSERT INTO pg_temp.seen VALUES (:''LAST_ERROR_MESSAGE'');'

--
-- The fixture: every row valid, explicit ids, explicit timestamps.
--
INSERT INTO customers (customer_id, full_name, email, status, signed_up_at) VALUES
  (1, 'Asha Rao',   'asha@example.com', 'active',  '2024-01-01 10:00+00'),
  (2, 'Ravi Kumar', 'ravi@example.org', 'blocked', '2024-01-02 10:00+00');
INSERT INTO suppliers (supplier_id, name, rating, contact_email, city, state, created_at) VALUES
  (1, 'Acme Traders', 1, 'sales@acme.example.com', 'Mumbai', 'Maharashtra', '2023-12-01 00:00+00'),
  (2, 'Bharat Goods', 5, 'hello@bharat.example.com', 'Pune', 'Maharashtra', '2023-12-01 00:00+00');
INSERT INTO categories (category_id, parent_category_id, name) VALUES
  (1, NULL, 'Electronics'),
  (2, 1, 'Mobiles');
INSERT INTO products (product_id, supplier_id, category_id, sku, name, price, cost_price, weight_grams, created_at) VALUES
  (1, 1, 2, 'SKU-1', 'Phone', 100.00, 60.00, 180, '2023-12-01 00:00+00'),
  (2, 2, 2, 'SKU-2', 'Case',    0.00,  0.00,   1, '2023-12-01 00:00+00');
INSERT INTO warehouses (warehouse_id, name, city, state, pincode, capacity_units) VALUES
  (1, 'WH Mumbai', 'Mumbai', 'Maharashtra', '400001', 1000),
  (2, 'WH Delhi',  'Delhi',  'Delhi',       '110001', 1);
INSERT INTO addresses (address_id, customer_id, is_default, label, line1, city, state, pincode, created_at) VALUES
  (1, 1, true, 'home', '1 MG Road', 'Mumbai', 'Maharashtra', '400001', '2024-01-01 10:00+00'),
  (2, 2, true, 'work', '2 CP',      'Delhi',  'Delhi',       '110001', '2024-01-02 10:00+00');
INSERT INTO orders (order_id, customer_id, shipping_address_id, order_date, placed_at, status, channel, cancelled_at) VALUES
  (1, 1, 1, '2024-01-10', '2024-01-10 04:30+00', 'delivered', 'web', NULL),
  (2, 2, 2, '2024-01-11', '2024-01-11 04:30+00', 'cancelled', 'ios', '2024-01-11 05:00+00');
INSERT INTO order_items (order_item_id, order_id, product_id, quantity, unit_price, discount) VALUES
  (1, 1, 1, 2, 100.00,   0),
  (2, 1, 2, 1,   0.00, 100),
  (3, 2, 1, 1, 100.00, 12.50);
INSERT INTO payments (payment_id, order_id, method, status, amount, created_at, paid_at, transaction_ref) VALUES
  (1, 1, 'card', 'captured', 200.00, '2024-01-10 04:31+00', '2024-01-10 04:32+00', 'TXN-1'),
  (2, 2, 'upi',  'voided',    87.50, '2024-01-11 04:31+00', NULL,                  'TXN-2');
INSERT INTO shipments (shipment_id, order_id, warehouse_id, status, carrier, tracking_no, created_at,
                       packed_at, dispatched_at, out_for_delivery_at, delivered_at) VALUES
  (1, 1, 1, 'delivered', 'BlueDart',  'TRK-1', '2024-01-10 06:00+00',
   '2024-01-10 08:00+00', '2024-01-10 12:00+00', '2024-01-12 03:00+00', '2024-01-12 09:00+00'),
  (2, 2, 2, 'cancelled', 'Delhivery', 'TRK-2', '2024-01-11 04:40+00', NULL, NULL, NULL, NULL);
INSERT INTO carts (cart_id, customer_id, created_at, updated_at, checked_out_at) VALUES
  (1, 1, '2024-01-05 10:00+00', '2024-01-05 10:20+00', NULL),
  (2, 2, '2024-01-11 04:00+00', '2024-01-11 04:20+00', '2024-01-11 04:30+00');
INSERT INTO cart_items (cart_item_id, cart_id, product_id, quantity, added_at) VALUES
  (1, 1, 1, 1, '2024-01-05 10:00+00'),
  (2, 2, 1, 1, '2024-01-11 04:10+00');
INSERT INTO coupons (coupon_id, code, description, pct_off, amount_off, min_order_amount, valid_from, valid_to) VALUES
  (1, 'FREE',   'All free',    100.00, NULL, 0,   '2024-01-01 00:00+00', '2024-12-31 00:00+00'),
  (2, 'FLAT50', 'Rs. 50 off',  NULL,  50.00, 500, '2024-01-01 00:00+00', '2024-12-31 00:00+00');
INSERT INTO coupon_redemptions (redemption_id, coupon_id, order_id, redeemed_at, discount_amount) VALUES
  (1, 1, 2, '2024-01-11 04:30+00', 12.50);
INSERT INTO reviews (review_id, product_id, customer_id, order_item_id, rating, title, helpful_votes, created_at) VALUES
  (1, 1, 1, 1, 5, 'Great', 0, '2024-01-13 00:00+00'),
  (2, 2, 1, 2, 1, 'Meh',   7, '2024-01-13 00:00+00');
INSERT INTO returns (return_id, order_item_id, quantity, reason, approved, requested_at, resolved_at, refund_amount) VALUES
  (1, 1, 1, 'damaged',  true, '2024-01-13 00:00+00', '2024-01-14 00:00+00', 100.00),
  (2, 2, 1, 'size_fit', NULL, '2024-01-13 00:00+00', NULL, 0);
INSERT INTO loyalty_accounts (account_id, customer_id, tier, opened_at) VALUES
  (1, 1, 'gold',   '2024-01-01 10:00+00'),
  (2, 2, 'bronze', '2024-01-02 10:00+00');
INSERT INTO loyalty_ledger (ledger_id, account_id, order_id, points_delta, reason, created_at) VALUES
  (1, 1, 1,    20, 'earn',       '2024-01-12 09:00+00'),
  (2, 1, NULL, -5, 'redemption', '2024-01-20 09:00+00');
INSERT INTO gift_cards (gift_card_id, code, initial_amount, balance, purchaser_customer_id, issued_at, expires_at) VALUES
  (1, 'GC-1', 500.00, 500.00, 1,    '2024-01-01 00:00+00', '2025-01-01 00:00+00'),
  (2, 'GC-2', 100.00,   0.00, NULL, '2024-01-01 00:00+00', '2025-01-01 00:00+00');
INSERT INTO purchase_orders (po_id, supplier_id, warehouse_id, status, created_at, expected_at, received_at) VALUES
  (1, 1, 1, 'received', '2023-12-01 00:00+00', '2023-12-05 00:00+00', '2023-12-04 00:00+00'),
  (2, 2, 2, 'ordered',  '2024-01-01 00:00+00', '2024-01-01 00:00+00', NULL);
INSERT INTO purchase_order_items (po_item_id, po_id, product_id, quantity, cost_price) VALUES
  (1, 1, 1, 10, 60.00),
  (2, 2, 2,  5,  0.00);
INSERT INTO supplier_payments (supplier_payment_id, supplier_id, po_id, amount, paid_at, reference) VALUES
  (1, 1, 1,    600.00, '2023-12-10 00:00+00', 'SP-1'),
  (2, 2, NULL,   0.01, '2024-01-02 00:00+00', 'SP-2');
INSERT INTO support_tickets (ticket_id, customer_id, order_id, subject, status, priority, created_at, resolved_at) VALUES
  (1, 1, 1,    'Where is my order?', 'open',     'normal', '2024-01-11 00:00+00', NULL),
  (2, 2, NULL, 'Account blocked',    'resolved', 'urgent', '2024-01-03 00:00+00', '2024-01-03 00:00+00');
INSERT INTO ticket_messages (message_id, ticket_id, author, body, sent_at) VALUES
  (1, 1, 'customer', 'Hello?',     '2024-01-11 00:00+00'),
  (2, 1, 'agent',    'On its way', '2024-01-11 01:00+00');
INSERT INTO user_sessions (session_id, customer_id, started_at, ended_at, device, ip_address, pages_viewed) VALUES
  (1, 1, '2024-01-10 04:00+00', '2024-01-10 04:30+00', 'desktop', '192.0.2.1',    1),
  (2, 2, '2024-01-11 04:00+00', '2024-01-11 04:00+00', 'ios',     '198.51.100.7', 3);
INSERT INTO audit_events (event_id, event_type, entity, entity_id, actor, payload, occurred_at) VALUES
  (1, 'order_placed', 'order',    1, 'customer', '{"total": 200}', '2024-01-10 04:30+00'),
  (2, 'signup',       'customer', 2, 'system',   DEFAULT,          '2024-01-02 10:00+00');
INSERT INTO product_attributes (attribute_id, product_id, name, value) VALUES
  (1, 1, 'brand',  'Acme'),
  (2, 1, 'colour', 'black');
INSERT INTO product_images (image_id, product_id, url, alt_text, position) VALUES
  (1, 1, 'https://img.example.com/1.jpg', 'front', 1),
  (2, 1, 'https://img.example.com/2.jpg', 'back',  2);
INSERT INTO inventory (warehouse_id, product_id, quantity, reorder_level, updated_at) VALUES
  (1, 1, 10, 5, '2024-01-01 00:00+00'),
  (1, 2,  0, 0, '2024-01-01 00:00+00'),
  (2, 1,  1, 0, '2024-01-01 00:00+00');

INSERT INTO seed_info (scale, seed, start_date, end_date, as_of, extension_version,
                       seeded_at, seeded_by, rows, phase_ms, settings) VALUES
  (1, 42, '2024-01-01', '2024-01-31', '2024-01-31 18:30+00', '1.1',
   '2024-02-01 09:00+00', 'fixture', 0, '{}', '{}');

-- Every table got its rows (29 tables and seed_info, all non-empty).
SELECT count(*) AS tables, min(n) AS fewest_rows
  FROM (SELECT (xpath('/row/n/text()',
                      query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass),
                                   false, true, '')))[1]::text::int AS n
          FROM pg_class c
          JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
         WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
           AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
           AND c.relkind = 'r') AS t;

--
-- Ids: the fixture used explicit ids, so the sequences still start at 1 and a
-- default-id insert collides with the fixture (customers_pkey) ...
--
INSERT INTO customers (full_name, email, signed_up_at)
VALUES ('Kiran Das', 'kiran@example.com', '2024-01-03 10:00+00');
:seen
-- ... until every sequence of the extension is moved past its column's maximum.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT d.objid::regclass AS seq, d.refobjid::regclass AS tbl, a.attname
          FROM pg_depend d
          JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
           AND d.deptype = 'a'
           AND d.objid IN (SELECT objid FROM pg_depend
                            WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
                              AND refobjid = (SELECT oid FROM pg_extension
                                               WHERE extname = 'commerce_seed'))
    LOOP
        EXECUTE format('SELECT pg_catalog.setval(%L, COALESCE((SELECT max(%I) FROM %s), 0) + 1, false)',
                       r.seq, r.attname, r.tbl);
    END LOOP;
END
$$;
-- Now default ids are fresh: customer 3, order 3, order item 4.
INSERT INTO customers (full_name, email, signed_up_at)
VALUES ('Kiran Das', 'kiran@example.com', '2024-01-03 10:00+00')
RETURNING customer_id, full_name, status, marketing_opt_in;
INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at)
VALUES (3, 1, '2024-01-12', '2024-01-12 04:30+00')
RETURNING order_id, status, channel, currency;
INSERT INTO order_items (order_id, product_id, quantity, unit_price)
VALUES (3, 1, 1, 100.00)
RETURNING order_item_id, discount;
DELETE FROM order_items WHERE order_item_id = 4;
DELETE FROM orders WHERE order_id = 3;
DELETE FROM customers WHERE customer_id = 3;

--
-- customers
--
UPDATE customers SET email = 'asha.example.com' WHERE customer_id = 1;
:seen
UPDATE customers SET email = 'asha@example.COM' WHERE customer_id = 1;
:seen
UPDATE customers SET full_name = '   ' WHERE customer_id = 1;
:seen
UPDATE customers SET email = 'ravi@example.org' WHERE customer_id = 1;
:seen
-- NOT NULL: a NULL email would pass ck_customers_email_format.
UPDATE customers SET email = NULL WHERE customer_id = 1;
:seen
UPDATE customers SET status = 'deleted' WHERE customer_id = 1;
:seen

--
-- suppliers
--
UPDATE suppliers SET rating = 6 WHERE supplier_id = 1;
:seen
UPDATE suppliers SET name = 'Bharat Goods' WHERE supplier_id = 1;
:seen

--
-- categories
--
UPDATE categories SET parent_category_id = 2 WHERE category_id = 2;
:seen
UPDATE categories SET name = 'Electronics' WHERE category_id = 2;
:seen
UPDATE categories SET parent_category_id = 99 WHERE category_id = 2;
:seen

--
-- products
--
UPDATE products SET price = -0.01 WHERE product_id = 1;
:seen
UPDATE products SET cost_price = -0.01 WHERE product_id = 1;
:seen
UPDATE products SET weight_grams = 0 WHERE product_id = 1;
:seen
UPDATE products SET sku = 'SKU-2' WHERE product_id = 1;
:seen
UPDATE products SET supplier_id = 99 WHERE product_id = 1;
:seen
UPDATE products SET category_id = 99 WHERE product_id = 1;
:seen
-- NOT NULL: a NULL price would pass ck_products_price.
UPDATE products SET price = NULL WHERE product_id = 1;
:seen

--
-- warehouses
--
UPDATE warehouses SET pincode = '012345' WHERE warehouse_id = 1;
:seen
UPDATE warehouses SET capacity_units = 0 WHERE warehouse_id = 1;
:seen
UPDATE warehouses SET name = 'WH Delhi' WHERE warehouse_id = 1;
:seen

--
-- addresses
--
UPDATE addresses SET pincode = '40001' WHERE address_id = 1;
:seen
UPDATE addresses SET label = 'office' WHERE address_id = 1;
:seen
UPDATE addresses SET country = 'India' WHERE address_id = 1;
:seen
UPDATE addresses SET customer_id = 99 WHERE address_id = 1;
:seen
-- uq_addresses_default_per_customer: customer 1 already has a default address
-- (1); a second, non-default address is fine ...
INSERT INTO addresses (address_id, customer_id, is_default, label, line1, city, state, pincode, created_at)
VALUES (3, 1, false, 'work', '3 Link Road', 'Mumbai', 'Maharashtra', '400002', '2024-01-04 00:00+00');
-- ... so is a third ...
INSERT INTO addresses (address_id, customer_id, is_default, label, line1, city, state, pincode, created_at)
VALUES (4, 1, false, 'other', '4 Hill Road', 'Mumbai', 'Maharashtra', '400050', '2024-01-04 00:00+00');
-- ... but a second default is rejected, inserted or updated.
INSERT INTO addresses (address_id, customer_id, is_default, label, line1, city, state, pincode, created_at)
VALUES (5, 1, true, 'other', '5 Sea Face', 'Mumbai', 'Maharashtra', '400006', '2024-01-04 00:00+00');
:seen
UPDATE addresses SET is_default = true WHERE address_id = 3;
:seen
-- Moving the default is fine when the old one is cleared first.
UPDATE addresses SET is_default = false WHERE address_id = 1;
UPDATE addresses SET is_default = true WHERE address_id = 3;
SELECT address_id, customer_id, is_default FROM addresses ORDER BY address_id;
UPDATE addresses SET is_default = false WHERE address_id = 3;
UPDATE addresses SET is_default = true WHERE address_id = 1;
DELETE FROM addresses WHERE address_id IN (3, 4);

--
-- orders
--
UPDATE orders SET channel = 'phone' WHERE order_id = 1;
:seen
UPDATE orders SET currency = 'inr' WHERE order_id = 1;
:seen
-- cancelled <=> cancelled_at set, both ways round
UPDATE orders SET status = 'cancelled' WHERE order_id = 1;
:seen
UPDATE orders SET cancelled_at = '2024-01-10 05:00+00' WHERE order_id = 1;
:seen
UPDATE orders SET cancelled_at = placed_at - interval '1 minute' WHERE order_id = 2;
:seen
UPDATE orders SET customer_id = 99 WHERE order_id = 1;
:seen
UPDATE orders SET shipping_address_id = 99 WHERE order_id = 1;
:seen
UPDATE orders SET status = 'refunded' WHERE order_id = 1;
:seen
UPDATE orders SET placed_at = NULL WHERE order_id = 1;
:seen

--
-- order_items (the fixture already holds the boundaries: discount 0 and 100,
-- unit_price 0)
--
UPDATE order_items SET quantity = 0 WHERE order_item_id = 1;
:seen
UPDATE order_items SET unit_price = -0.01 WHERE order_item_id = 1;
:seen
UPDATE order_items SET discount = 100.01 WHERE order_item_id = 1;
:seen
INSERT INTO order_items (order_item_id, order_id, product_id, quantity, unit_price)
VALUES (10, 1, 1, 1, 100.00);
:seen
UPDATE order_items SET order_id = 99 WHERE order_item_id = 1;
:seen
UPDATE order_items SET product_id = 99 WHERE order_item_id = 1;
:seen
-- NOT NULL: a NULL discount would pass ck_order_items_discount.
UPDATE order_items SET discount = NULL WHERE order_item_id = 1;
:seen

--
-- payments
--
UPDATE payments SET amount = -0.01 WHERE payment_id = 1;
:seen
UPDATE payments SET currency = 'US' WHERE payment_id = 1;
:seen
-- captured <=> paid_at set, both ways round
UPDATE payments SET paid_at = NULL WHERE payment_id = 1;
:seen
UPDATE payments SET paid_at = '2024-01-11 04:32+00' WHERE payment_id = 2;
:seen
UPDATE payments SET paid_at = created_at - interval '1 second' WHERE payment_id = 1;
:seen
INSERT INTO payments (payment_id, order_id, method, amount, created_at, transaction_ref)
VALUES (10, 1, 'cod', 200.00, '2024-01-10 04:31+00', 'TXN-10');
:seen
UPDATE payments SET transaction_ref = 'TXN-2' WHERE payment_id = 1;
:seen
UPDATE payments SET order_id = 99 WHERE payment_id = 1;
:seen
UPDATE payments SET method = 'cash' WHERE payment_id = 1;
:seen
UPDATE payments SET status = 'refunded' WHERE payment_id = 1;
:seen

--
-- shipments
--
UPDATE shipments SET dispatched_at = packed_at - interval '1 hour' WHERE shipment_id = 1;
:seen
-- a step may be missing, but a later step still may not precede an earlier one:
-- shipment 2 was never packed, and cannot be dispatched before it was created
UPDATE shipments SET dispatched_at = created_at - interval '1 hour' WHERE shipment_id = 2;
:seen
-- delivered <=> delivered_at set, both ways round
UPDATE shipments SET status = 'in_transit' WHERE shipment_id = 1;
:seen
UPDATE shipments SET delivered_at = '2024-01-12 00:00+00' WHERE shipment_id = 2;
:seen
INSERT INTO shipments (shipment_id, order_id, warehouse_id, carrier, tracking_no, created_at)
VALUES (10, 1, 1, 'BlueDart', 'TRK-10', '2024-01-10 06:00+00');
:seen
UPDATE shipments SET tracking_no = 'TRK-2' WHERE shipment_id = 1;
:seen
UPDATE shipments SET order_id = 99 WHERE shipment_id = 1;
:seen
UPDATE shipments SET warehouse_id = 99 WHERE shipment_id = 1;
:seen
UPDATE shipments SET status = 'lost' WHERE shipment_id = 1;
:seen

--
-- carts, cart_items
--
UPDATE carts SET updated_at = created_at - interval '1 minute' WHERE cart_id = 1;
:seen
UPDATE carts SET checked_out_at = updated_at - interval '1 minute' WHERE cart_id = 2;
:seen
UPDATE carts SET customer_id = 99 WHERE cart_id = 1;
:seen
UPDATE cart_items SET quantity = 0 WHERE cart_item_id = 1;
:seen
INSERT INTO cart_items (cart_item_id, cart_id, product_id, quantity, added_at)
VALUES (10, 1, 1, 2, '2024-01-05 10:05+00');
:seen
UPDATE cart_items SET cart_id = 99 WHERE cart_item_id = 1;
:seen
UPDATE cart_items SET product_id = 99 WHERE cart_item_id = 1;
:seen

--
-- coupons, coupon_redemptions
--
-- exactly one of pct_off and amount_off: not both, not neither
UPDATE coupons SET amount_off = 10.00 WHERE coupon_id = 1;
:seen
UPDATE coupons SET pct_off = NULL WHERE coupon_id = 1;
:seen
UPDATE coupons SET pct_off = 0 WHERE coupon_id = 1;
:seen
UPDATE coupons SET pct_off = 100.01 WHERE coupon_id = 1;
:seen
UPDATE coupons SET amount_off = 0 WHERE coupon_id = 2;
:seen
UPDATE coupons SET min_order_amount = -1 WHERE coupon_id = 2;
:seen
UPDATE coupons SET valid_to = valid_from WHERE coupon_id = 1;
:seen
UPDATE coupons SET code = 'FLAT50' WHERE coupon_id = 1;
:seen
UPDATE coupon_redemptions SET discount_amount = -0.01 WHERE redemption_id = 1;
:seen
INSERT INTO coupon_redemptions (redemption_id, coupon_id, order_id, redeemed_at, discount_amount)
VALUES (10, 2, 2, '2024-01-11 04:30+00', 50.00);
:seen
UPDATE coupon_redemptions SET coupon_id = 99 WHERE redemption_id = 1;
:seen
UPDATE coupon_redemptions SET order_id = 99 WHERE redemption_id = 1;
:seen
-- the referenced side: a redeemed coupon cannot be deleted
DELETE FROM coupons WHERE coupon_id = 1;
:seen

--
-- reviews
--
UPDATE reviews SET rating = 0 WHERE review_id = 1;
:seen
UPDATE reviews SET helpful_votes = -1 WHERE review_id = 1;
:seen
UPDATE reviews SET order_item_id = 2 WHERE review_id = 1;
:seen
UPDATE reviews SET product_id = 99 WHERE review_id = 1;
:seen
UPDATE reviews SET customer_id = 99 WHERE review_id = 1;
:seen
UPDATE reviews SET order_item_id = 99 WHERE review_id = 1;
:seen

--
-- returns
--
UPDATE returns SET quantity = 0 WHERE return_id = 1;
:seen
UPDATE returns SET refund_amount = -0.01 WHERE return_id = 1;
:seen
-- approved decided <=> resolved_at set, both ways round
UPDATE returns SET resolved_at = NULL WHERE return_id = 1;
:seen
UPDATE returns SET approved = false WHERE return_id = 2;
:seen
UPDATE returns SET resolved_at = requested_at - interval '1 day' WHERE return_id = 1;
:seen
UPDATE returns SET order_item_id = 2 WHERE return_id = 1;
:seen
UPDATE returns SET order_item_id = 99 WHERE return_id = 1;
:seen
UPDATE returns SET reason = 'bored' WHERE return_id = 1;
:seen

--
-- loyalty_accounts, loyalty_ledger
--
UPDATE loyalty_accounts SET customer_id = 2 WHERE account_id = 1;
:seen
UPDATE loyalty_accounts SET customer_id = 99 WHERE account_id = 1;
:seen
UPDATE loyalty_accounts SET tier = 'diamond' WHERE account_id = 1;
:seen
-- (an unknown reason also breaks ck_loyalty_ledger_sign; CHECKs run in name
-- order, so ck_loyalty_ledger_reason reports it)
UPDATE loyalty_ledger SET reason = 'bonus' WHERE ledger_id = 1;
:seen
UPDATE loyalty_ledger SET points_delta = -20 WHERE ledger_id = 1;
:seen
UPDATE loyalty_ledger SET points_delta = 5 WHERE ledger_id = 2;
:seen
UPDATE loyalty_ledger SET account_id = 99 WHERE ledger_id = 1;
:seen
UPDATE loyalty_ledger SET order_id = 99 WHERE ledger_id = 1;
:seen

--
-- seed_info: one row, a window, phases as an object
--
UPDATE seed_info SET end_date = start_date - 1;
:seen
UPDATE seed_info SET phase_ms = '[]';
:seen
INSERT INTO seed_info SELECT * FROM seed_info;
:seen

--
-- gift_cards (the fixture holds balance 0 and balance = initial_amount)
--
UPDATE gift_cards SET initial_amount = 0, balance = 0 WHERE gift_card_id = 2;
:seen
UPDATE gift_cards SET balance = 500.01 WHERE gift_card_id = 1;
:seen
UPDATE gift_cards SET balance = -0.01 WHERE gift_card_id = 1;
:seen
UPDATE gift_cards SET expires_at = issued_at WHERE gift_card_id = 1;
:seen
UPDATE gift_cards SET code = 'GC-2' WHERE gift_card_id = 1;
:seen
UPDATE gift_cards SET purchaser_customer_id = 99 WHERE gift_card_id = 1;
:seen

--
-- purchase_orders, purchase_order_items, supplier_payments
--
UPDATE purchase_orders SET expected_at = created_at - interval '1 day' WHERE po_id = 1;
:seen
-- received <=> received_at set, both ways round
UPDATE purchase_orders SET status = 'received' WHERE po_id = 2;
:seen
UPDATE purchase_orders SET status = 'cancelled' WHERE po_id = 1;
:seen
UPDATE purchase_orders SET received_at = created_at - interval '1 day' WHERE po_id = 1;
:seen
UPDATE purchase_orders SET supplier_id = 99 WHERE po_id = 1;
:seen
UPDATE purchase_orders SET warehouse_id = 99 WHERE po_id = 1;
:seen
UPDATE purchase_orders SET status = 'lost' WHERE po_id = 1;
:seen
UPDATE purchase_order_items SET quantity = 0 WHERE po_item_id = 1;
:seen
UPDATE purchase_order_items SET cost_price = -0.01 WHERE po_item_id = 1;
:seen
INSERT INTO purchase_order_items (po_item_id, po_id, product_id, quantity, cost_price)
VALUES (10, 1, 1, 5, 60.00);
:seen
UPDATE purchase_order_items SET po_id = 99 WHERE po_item_id = 1;
:seen
UPDATE purchase_order_items SET product_id = 99 WHERE po_item_id = 1;
:seen
UPDATE supplier_payments SET amount = 0 WHERE supplier_payment_id = 1;
:seen
UPDATE supplier_payments SET reference = 'SP-2' WHERE supplier_payment_id = 1;
:seen
UPDATE supplier_payments SET supplier_id = 99 WHERE supplier_payment_id = 1;
:seen
UPDATE supplier_payments SET po_id = 99 WHERE supplier_payment_id = 1;
:seen

--
-- support_tickets, ticket_messages, user_sessions, audit_events
--
-- resolved/closed <=> resolved_at set, both ways round
UPDATE support_tickets SET status = 'closed' WHERE ticket_id = 1;
:seen
UPDATE support_tickets SET status = 'pending' WHERE ticket_id = 2;
:seen
UPDATE support_tickets SET resolved_at = created_at - interval '1 second' WHERE ticket_id = 2;
:seen
UPDATE support_tickets SET customer_id = 99 WHERE ticket_id = 1;
:seen
UPDATE support_tickets SET order_id = 99 WHERE ticket_id = 1;
:seen
UPDATE support_tickets SET status = 'reopened' WHERE ticket_id = 1;
:seen
UPDATE support_tickets SET priority = 'critical' WHERE ticket_id = 1;
:seen
UPDATE ticket_messages SET author = 'bot' WHERE message_id = 1;
:seen
UPDATE ticket_messages SET ticket_id = 99 WHERE message_id = 1;
:seen
UPDATE user_sessions SET ended_at = started_at - interval '1 second' WHERE session_id = 1;
:seen
UPDATE user_sessions SET device = 'tablet' WHERE session_id = 1;
:seen
UPDATE user_sessions SET pages_viewed = 0 WHERE session_id = 1;
:seen
UPDATE user_sessions SET customer_id = 99 WHERE session_id = 1;
:seen
UPDATE audit_events SET entity = 'coupon' WHERE event_id = 1;
:seen
UPDATE audit_events SET payload = '[1, 2]' WHERE event_id = 1;
:seen
-- NOT NULL: a NULL payload would pass ck_audit_events_payload_object.
UPDATE audit_events SET payload = NULL WHERE event_id = 1;
:seen

--
-- product_attributes, product_images
--
UPDATE product_attributes SET name = 'brand' WHERE attribute_id = 2;
:seen
UPDATE product_attributes SET product_id = 99 WHERE attribute_id = 1;
:seen
UPDATE product_images SET position = 0 WHERE image_id = 1;
:seen
UPDATE product_images SET url = 'http://img.example.com/1.jpg' WHERE image_id = 1;
:seen
UPDATE product_images SET position = 2 WHERE image_id = 1;
:seen
UPDATE product_images SET product_id = 99 WHERE image_id = 1;
:seen

--
-- inventory (composite primary key)
--
UPDATE inventory SET quantity = -1 WHERE warehouse_id = 1 AND product_id = 1;
:seen
UPDATE inventory SET reorder_level = -1 WHERE warehouse_id = 1 AND product_id = 1;
:seen
-- (2, 2) is new, (1, 1) is taken
INSERT INTO inventory (warehouse_id, product_id, quantity, updated_at)
VALUES (2, 2, 3, '2024-01-02 00:00+00');
INSERT INTO inventory (warehouse_id, product_id, quantity, updated_at)
VALUES (1, 1, 3, '2024-01-02 00:00+00');
:seen
UPDATE inventory SET warehouse_id = 99 WHERE warehouse_id = 1 AND product_id = 1;
:seen
UPDATE inventory SET product_id = 99 WHERE warehouse_id = 1 AND product_id = 1;
:seen

--
-- Nothing above changed the fixture: the failing statements left it as it was.
--
SELECT customer_id, full_name, email, status FROM customers ORDER BY customer_id;
SELECT order_item_id, order_id, product_id, quantity, unit_price, discount FROM order_items ORDER BY order_item_id;
SELECT warehouse_id, product_id, quantity, reorder_level FROM inventory ORDER BY 1, 2;

--
-- Coverage: the constraints named in the recorded error messages, against the
-- CHECK, UNIQUE and FOREIGN KEY constraints (and unique indexes that back no
-- constraint) of the extension's tables.
--
CREATE TEMP VIEW ext_key AS
SELECT con.contype::text AS kind, con.conname::text AS name
  FROM pg_constraint con
  JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = con.conrelid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND con.contype <> 'n'   -- 18 and later: NOT NULL as constraints
UNION ALL
SELECT 'unique index', ic.relname::text
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = i.indrelid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND i.indisunique
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
   AND ic.relkind = 'i'
   AND (SELECT relkind FROM pg_class WHERE oid = i.indrelid) = 'r';

CREATE TEMP VIEW exercised AS
SELECT DISTINCT substring(msg FROM 'constraint "([^"]+)"') AS name
  FROM seen
 WHERE msg ~ 'constraint "';

-- Constraints that no failing statement above exercised (must be empty; the
-- primary keys are left out: only inventory_pkey and customers_pkey are
-- exercised above).
SELECT kind, name FROM ext_key WHERE kind <> 'p'
EXCEPT
SELECT k.kind, k.name FROM ext_key k JOIN exercised e USING (name)
ORDER BY 1, 2;

-- Errors naming something that is not a constraint of the extension (must be empty).
SELECT name FROM exercised
EXCEPT
SELECT name FROM ext_key
ORDER BY 1;

-- How many of each kind were exercised.
SELECT k.kind, count(*) AS total, count(e.name) AS exercised
  FROM ext_key k
  LEFT JOIN exercised e USING (name)
 GROUP BY k.kind
 ORDER BY k.kind;

-- Clean up.
DROP VIEW exercised;
DROP VIEW ext_key;
DROP TABLE seen;
DROP EXTENSION commerce_seed;
