--
-- verify: what commerce_seed_verify() reports beyond the rules of a fresh
-- seed, and what a seed records about itself.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
CREATE EXTENSION commerce_seed;
-- (the session's maintenance_work_mem is the seed's: it is not raised)
SET maintenance_work_mem = '2MB';
SELECT count(*) AS tables FROM commerce_seed(1, 7, date '2024-01-01', date '2024-06-30');
RESET maintenance_work_mem;
SELECT settings ->> 'maintenance_work_mem' AS maintenance_work_mem_used FROM seed_info;

-- seed_info: what the tables hold, and the as-of instant the views use
-- (the day after the window, 00:00 IST)
SELECT scale, seed, start_date, end_date, as_of, extension_version,
       seeded_by = current_user AS by_me, seeded_at = transaction_timestamp() AS in_this_transaction,
       rows = (SELECT sum(row_count) FROM commerce_seed_fingerprint()) AS rows_match
  FROM seed_info;
SELECT pg_catalog.jsonb_object_keys(phase_ms) AS phase FROM seed_info ORDER BY 1;
-- replaced by the next seed, never added to
SELECT count(*) AS tables FROM commerce_seed(1, 42);
SELECT count(*) AS info_rows, max(seed) AS seed, max(end_date) AS end_date FROM seed_info;
-- not part of the data: the fingerprints cover the 29 tables only
SELECT count(*) AS fingerprinted, bool_or(table_name = 'seed_info') AS seed_info_in FROM commerce_seed_fingerprint();

-- Every rule has one of the four documented kinds, each kind has rules, and
-- after a seed none is violated.  (The kinds are listed here, so that one
-- without rules shows as false, and a rule of another kind or of none as a
-- row of its own.)
SELECT coalesce(k.kind, v.kind, '(none)') AS kind, count(v.rule) > 0 AS rules,
       coalesce(sum(v.violations), 0) AS violations
  FROM (VALUES ('business'), ('constraint'), ('dataset'), ('referential')) AS k(kind)
  FULL JOIN commerce_seed_verify() v USING (kind)
 GROUP BY 1 ORDER BY 1;

-- Ordinary application writes end the properties only a generated dataset
-- has (kind 'dataset'), and none of the others: here the shop reprices a
-- product and its supplier raises the cost, as an admin screen would, with
-- no audit event (the generator logs every price change it makes).
BEGIN;
UPDATE products SET price = price - 1, cost_price = cost_price + 1
 WHERE product_id = (SELECT product_id FROM order_items GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1);
SELECT kind, rule, violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY kind, rule;
-- what must hold after any workload still holds
SELECT count(*) AS violated_outside_dataset_kind
  FROM commerce_seed_verify() WHERE kind <> 'dataset' AND violations <> 0;
ROLLBACK;

-- The after-sales facts: each rule fires on a row that breaks it.  A
-- review saying "returned" of a line that was kept, one saying "late" of a
-- parcel that came in time, a return of a spice, a size return of a laptop,
-- a late-delivery return of an order delivered in time.
BEGIN;
UPDATE reviews SET body = 'Poor fit, returned it.'
 WHERE review_id = (SELECT min(rv.review_id) FROM reviews rv
                     WHERE NOT EXISTS (SELECT FROM returns r WHERE r.order_item_id = rv.order_item_id));
UPDATE reviews SET body = 'Delivery was late.'
 WHERE review_id = (SELECT min(rv.review_id) FROM reviews rv
                      JOIN order_items oi USING (order_item_id)
                      JOIN orders o ON o.order_id = oi.order_id
                      JOIN shipments s ON s.order_id = o.order_id
                     WHERE s.delivered_at - o.placed_at < interval '3 days'
                       AND rv.body <> 'Poor fit, returned it.');
UPDATE order_items SET product_id = (SELECT min(p.product_id) FROM products p
                                       JOIN categories c USING (category_id) WHERE c.name = 'Spices')
 WHERE order_item_id = (SELECT min(r.order_item_id) FROM returns r
                         WHERE NOT EXISTS (SELECT FROM reviews rv WHERE rv.order_item_id = r.order_item_id));
UPDATE returns SET reason = 'size_fit'
 WHERE return_id = (SELECT min(r.return_id) FROM returns r
                      JOIN order_items oi USING (order_item_id)
                      JOIN products p USING (product_id)
                      JOIN categories c USING (category_id) WHERE c.name = 'Laptops');
UPDATE returns SET reason = 'late_delivery'
 WHERE return_id = (SELECT min(r.return_id) FROM returns r
                      JOIN order_items oi USING (order_item_id)
                      JOIN orders o ON o.order_id = oi.order_id
                      JOIN shipments s ON s.order_id = o.order_id
                     WHERE s.delivered_at - o.placed_at < interval '3 days');
SELECT rule, violations, kind FROM commerce_seed_verify()
 WHERE rule ~ '^(returns|reviews)\.' AND violations <> 0 ORDER BY rule;
ROLLBACK;

-- An unpopulated materialized view (as after pg_restore) is a violation,
-- not something to skip: reading it fails.
BEGIN;
REFRESH MATERIALIZED VIEW mv_daily_kpis WITH NO DATA;
SELECT rule, violations, kind FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule;
ROLLBACK;

-- A brand sells in one department: give a book the brand of a laptop.
BEGIN;
UPDATE product_attributes SET value = (SELECT a.value FROM product_attributes a
                                         JOIN products p USING (product_id)
                                         JOIN categories c USING (category_id)
                                        WHERE a.name = 'brand' AND c.name = 'Laptops'
                                        ORDER BY a.attribute_id LIMIT 1)
 WHERE attribute_id = (SELECT min(a.attribute_id) FROM product_attributes a
                         JOIN products p USING (product_id)
                         JOIN categories c USING (category_id)
                        WHERE a.name = 'brand' AND c.name = 'Fiction');
SELECT rule, violations, kind FROM commerce_seed_verify()
 WHERE rule ~ '^products\.' AND violations <> 0 ORDER BY rule;
ROLLBACK;

-- Places: each rule fires on a row that breaks it.  One address moved to
-- another city keeping its PIN code, and one whose locality got another
-- PIN (a PIN of the same city, so only the locality rule sees it).
BEGIN;
UPDATE addresses SET city = 'Kolkata', state = 'West Bengal'
 WHERE address_id = (SELECT min(address_id) FROM addresses WHERE city = 'Mumbai');
UPDATE addresses a SET pincode = (SELECT max(b.pincode) FROM addresses b
                                   WHERE b.city = a.city AND b.pincode <> a.pincode)
 WHERE address_id = (SELECT min(address_id) FROM addresses
                      WHERE city = 'Chennai' AND line2 IS NOT NULL);
-- (how many addresses share the PIN or locality depends on the data)
SELECT rule, violations > 0 AS fires, kind FROM commerce_seed_verify()
 WHERE rule ~ '^addresses\.' ORDER BY rule;
ROLLBACK;

-- The support facts: each rule fires on a row that breaks it.  A "where is
-- my order" written after the parcel came, a UPI "money debited" subject on
-- a cash-on-delivery order, an agent writing at 22:30 IST, a refund amount
-- no return refunded, "delivered" said while the parcel was in transit.
BEGIN;
UPDATE support_tickets SET subject = 'Where is my order?'
 WHERE ticket_id = (SELECT min(ticket_id) FROM support_tickets WHERE subject = 'Delivery was very late');
UPDATE support_tickets SET subject = 'Money debited via UPI but order not confirmed'
 WHERE ticket_id = (SELECT min(t.ticket_id) FROM support_tickets t
                      JOIN payments p USING (order_id) WHERE p.method = 'cod');
UPDATE ticket_messages SET sent_at = date_trunc('day', sent_at + interval '5 hours 30 minutes') + interval '17 hours'
 WHERE message_id = (SELECT min(m.message_id) FROM ticket_messages m
                       JOIN support_tickets t USING (ticket_id)
                      WHERE t.status = 'pending' AND m.author = 'agent'
                        AND m.message_id = (SELECT max(l.message_id) FROM ticket_messages l
                                             WHERE l.ticket_id = m.ticket_id));
UPDATE ticket_messages SET body = replace(body, 'refund of Rs. ', 'refund of Rs. 1')
 WHERE message_id = (SELECT min(message_id) FROM ticket_messages
                      WHERE author = 'agent' AND body ~ 'refund of Rs\.');
UPDATE ticket_messages SET body = 'Your order was delivered on 1 Jan.'
 WHERE message_id = (SELECT min(message_id) FROM ticket_messages
                      WHERE author = 'agent' AND body ~ 'in transit');
SELECT rule, violations, kind FROM commerce_seed_verify()
 WHERE rule ~ '^(support_tickets|ticket_messages)\.' AND violations <> 0 ORDER BY rule;
ROLLBACK;

-- The funnel, the parcel's journey and the payment limits: each rule fires on
-- a row that breaks it (a break can trip other rules too; only these are
-- shown).  A checkout cart that lost its order, a checkout cart whose item
-- quantity differs from the order line, an order moved to a channel none of
-- its buyer's sessions then was on, a parcel delivered at 11:30 pm, a parcel
-- without a promise, a refused parcel of a UPI order, a COD payment over
-- INR 30,000, a UPI payment over INR 1 lakh, a refusal 20 hours after the
-- parcel went out, a refused parcel that never went out for delivery.
BEGIN;
UPDATE carts SET order_id = NULL
 WHERE cart_id = (SELECT min(cart_id) FROM carts WHERE order_id IS NOT NULL);
UPDATE cart_items SET quantity = quantity + 1
 WHERE cart_item_id = (SELECT max(ci.cart_item_id) FROM cart_items ci
                         JOIN carts ca USING (cart_id) WHERE ca.order_id IS NOT NULL);
UPDATE orders o SET channel = CASE o.channel WHEN 'ios' THEN 'android' ELSE 'ios' END
 WHERE order_id = (SELECT max(o2.order_id) FROM orders o2
                    WHERE NOT EXISTS (SELECT 1 FROM user_sessions us
                                       WHERE us.customer_id = o2.customer_id
                                         AND us.device IN ('android', 'ios')));
UPDATE shipments s
   SET delivered_at = date_trunc('day', delivered_at AT TIME ZONE 'Asia/Kolkata')
                      AT TIME ZONE 'Asia/Kolkata' + interval '23 hours 30 minutes'
 WHERE shipment_id = (SELECT min(s2.shipment_id) FROM shipments s2 JOIN payments p USING (order_id)
                       WHERE s2.delivered_at IS NOT NULL AND p.method <> 'cod');
UPDATE shipments SET promised_at = NULL WHERE shipment_id = (SELECT max(shipment_id) FROM shipments);
UPDATE payments SET method = 'upi'
 WHERE order_id = (SELECT min(order_id) FROM shipments WHERE status = 'returned_to_origin');
UPDATE payments SET amount = 35000
 WHERE payment_id = (SELECT max(payment_id) FROM payments WHERE method = 'cod');
UPDATE payments SET amount = 150000
 WHERE payment_id = (SELECT max(payment_id) FROM payments WHERE method = 'upi');
UPDATE orders o SET cancelled_at = s.out_for_delivery_at + interval '20 hours'
  FROM shipments s
 WHERE s.order_id = o.order_id
   AND o.order_id = (SELECT max(order_id) FROM shipments WHERE status = 'returned_to_origin');
UPDATE shipments SET out_for_delivery_at = NULL
 WHERE shipment_id = (SELECT shipment_id FROM shipments WHERE status = 'returned_to_origin'
                       ORDER BY shipment_id DESC OFFSET 1 LIMIT 1);
SELECT rule, violations > 0 AS fires, kind FROM commerce_seed_verify()
 WHERE rule IN ('carts.checked_out_into_order', 'orders.has_checkout_cart',
                'carts.items_are_order_lines', 'orders.placed_in_session',
                'shipments.working_hours', 'shipments.promised_before_placed',
                'shipments.returned_to_origin_only_cod', 'payments.cod_within_limit',
                'payments.upi_within_limit', 'orders.cancelled_within_30_hours',
                'shipments.status_matches_steps')
 ORDER BY rule;
ROLLBACK;

-- Gift cards: a balance that is not what its payment left, a card named on
-- a card payment, a card payment made before its card was issued.
BEGIN;
UPDATE gift_cards SET balance = balance - 1
 WHERE gift_card_id = (SELECT min(gift_card_id) FROM gift_cards WHERE balance > 1);
UPDATE payments SET gift_card_id = (SELECT min(gift_card_id) FROM gift_cards)
 WHERE payment_id = (SELECT min(payment_id) FROM payments WHERE method = 'card');
UPDATE gift_cards g SET issued_at = issued_at + interval '400 days', expires_at = expires_at + interval '400 days'
 WHERE gift_card_id = (SELECT min(gift_card_id) FROM payments WHERE method = 'gift_card');
SELECT rule, violations > 0 AS fires, kind FROM commerce_seed_verify()
 WHERE rule IN ('gift_cards.balance_is_unspent_amount', 'payments.gift_card_method',
                'payments.gift_card_valid')
 ORDER BY rule;
ROLLBACK;

-- A review saying the item was returned, dated before the return was asked
-- for.
BEGIN;
UPDATE reviews rv SET created_at = rt.requested_at - interval '1 hour'
  FROM returns rt
 WHERE rt.order_item_id = rv.order_item_id
   AND rv.review_id = (SELECT min(r2.review_id) FROM reviews r2 JOIN returns r3 USING (order_item_id)
                        WHERE r2.body ~ 'returned');
SELECT rule, violations > 0 AS fires, kind FROM commerce_seed_verify()
 WHERE rule = 'reviews.returned_after_the_request';
ROLLBACK;

DROP EXTENSION commerce_seed;
