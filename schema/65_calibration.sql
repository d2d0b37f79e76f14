-- schema/65_calibration.sql: the seeded shop against published figures of
-- real online retail (see the README's dataset card for the sources).

CREATE FUNCTION @extschema@.commerce_seed_calibration()
RETURNS TABLE (figure text, value numeric, low numeric, high numeric, reference text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN QUERY
    WITH per_buyer AS (
        SELECT o.customer_id, pg_catalog.count(*) AS n, pg_catalog.sum(p.amount) AS spend
          FROM @extschema@.orders o JOIN @extschema@.payments p ON p.order_id = o.order_id
         GROUP BY o.customer_id),
    lines AS (
        SELECT oi.order_id, pg_catalog.count(*) AS n FROM @extschema@.order_items oi GROUP BY oi.order_id),
    dept AS (
        SELECT c.category_id,
               COALESCE(gp.name, pa.name, c.name) AS department, c.name AS category
          FROM @extschema@.categories c
          LEFT JOIN @extschema@.categories pa ON pa.category_id = c.parent_category_id
          LEFT JOIN @extschema@.categories gp ON gp.category_id = pa.parent_category_id),
    line_returns AS (
        SELECT d.department, d.category, oi.quantity,
               COALESCE((SELECT pg_catalog.sum(rt.quantity) FROM @extschema@.returns rt
                          WHERE rt.order_item_id = oi.order_item_id), 0) AS returned
          FROM @extschema@.order_items oi
          JOIN @extschema@.orders o ON o.order_id = oi.order_id
          JOIN @extschema@.products pr ON pr.product_id = oi.product_id
          JOIN dept d ON d.category_id = pr.category_id
         WHERE o.status = 'delivered'),
    delivered AS (
        SELECT s.*, o.placed_at, a.city
          FROM @extschema@.shipments s
          JOIN @extschema@.orders o ON o.order_id = s.order_id
          JOIN @extschema@.addresses a ON a.address_id = o.shipping_address_id
         WHERE s.delivered_at IS NOT NULL),
    pay AS (
        SELECT p.method, p.amount,
               a.city IN ('Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'Pune', 'Ahmedabad') AS metro
          FROM @extschema@.payments p
          JOIN @extschema@.orders o ON o.order_id = p.order_id
          JOIN @extschema@.addresses a ON a.address_id = o.shipping_address_id),
    rated AS (
        SELECT rv.rating, s.delivered_at > s.promised_at AS late
          FROM @extschema@.reviews rv
          JOIN @extschema@.order_items oi ON oi.order_item_id = rv.order_item_id
          JOIN @extschema@.shipments s ON s.order_id = oi.order_id),
    months AS (
        SELECT pg_catalog.date_trunc('month', o.order_date) AS m, pg_catalog.count(*) AS n
          FROM @extschema@.orders o GROUP BY 1)
    SELECT x.figure, pg_catalog.round(x.value::numeric, 2), x.low::numeric, x.high::numeric, x.reference
      FROM (VALUES
        ('buyers with 2 or more orders, %',
         (SELECT 100.0 * pg_catalog.avg((b.n >= 2)::int) FROM per_buyer b), 10.0, 32.0,
         '3% (Olist) to 32% within a year; about 15%'),
        ('spend of the top 1% of buyers, times the average buyer',
         (SELECT pg_catalog.avg(t.spend) / (SELECT pg_catalog.avg(b.spend) FROM per_buyer b)
            FROM (SELECT b.spend FROM per_buyer b ORDER BY b.spend DESC
                   LIMIT GREATEST((SELECT pg_catalog.count(*) FROM per_buyer) / 100, 1)) t), 8.0, 30.0,
         'about 18x'),
        ('items (lines) per order',
         (SELECT pg_catalog.avg(l.n) FROM lines l), 1.05, 1.5, 'Olist 1.13, about 90% single-item'),
        ('average order value, INR',
         (SELECT pg_catalog.avg(p.amount) FROM @extschema@.payments p), 1900, 4400,
         'Flipkart 2,352, Amazon 1,913 (2017); festive 3,281 to 4,346'),
        ('cash on delivery, % of orders',
         (SELECT 100.0 * pg_catalog.avg((p.method = 'cod')::int) FROM pay p), 15.0, 30.0, '20-25% of transactions'),
        ('UPI, % of orders',
         (SELECT 100.0 * pg_catalog.avg((p.method = 'upi')::int) FROM pay p), 40.0, 70.0, 'UPI first, 60-70% at D2C brands'),
        ('cash on delivery outside metros vs in metros, ratio',
         (SELECT pg_catalog.avg((p.method = 'cod')::int) FILTER (WHERE NOT p.metro)
                 / pg_catalog.avg((p.method = 'cod')::int) FILTER (WHERE p.metro) FROM pay p), 1.3, 3.5,
         'far commoner in smaller towns (52% of tier-3 orders)'),
        ('largest cash-on-delivery order, INR',
         (SELECT COALESCE(pg_catalog.max(p.amount), 0) FROM pay p WHERE p.method = 'cod'), 0, 30000,
         'not offered above INR 30,000'),
        ('cards on orders over INR 30,000 vs under INR 1,000, ratio of shares',
         (SELECT pg_catalog.avg((p.method = 'card')::int) FILTER (WHERE p.amount >= 30000)
                 / pg_catalog.avg((p.method = 'card')::int) FILTER (WHERE p.amount < 1000) FROM pay p), 2.0, 10.0,
         'prepaid dominates big baskets'),
        ('refused parcels (returned to origin) that were COD, %',
         (SELECT 100.0 * pg_catalog.avg((p.method = 'cod')::int)
            FROM @extschema@.shipments s JOIN @extschema@.payments p ON p.order_id = s.order_id
           WHERE s.status = 'returned_to_origin'), 85.0, 100.0, 'about 89%'),
        ('days from order to delivery, mean',
         (SELECT pg_catalog.avg(pg_catalog.date_part('epoch', d.delivered_at - d.placed_at) / 86400) FROM delivered d),
         2.0, 5.0, 'festive 2025: 2.83 days'),
        ('deliveries after the promised date, %',
         (SELECT 100.0 * pg_catalog.avg((d.delivered_at > d.promised_at)::int) FROM delivered d), 5.0, 15.0,
         'Olist 8%, up to 24% in remote states'),
        ('days to deliver in Guwahati and Patna vs Mumbai, ratio',
         (SELECT pg_catalog.avg(pg_catalog.date_part('epoch', d.delivered_at - d.placed_at)) FILTER (WHERE d.city IN ('Guwahati', 'Patna'))
                 / pg_catalog.avg(pg_catalog.date_part('epoch', d.delivered_at - d.placed_at)) FILTER (WHERE d.city = 'Mumbai')
            FROM delivered d), 1.15, 2.5, 'up to 24% late in remote states (Olist)'),
        ('deliveries between 9 pm and 7 am, %',
         (SELECT 100.0 * pg_catalog.avg((pg_catalog.date_part('hour', d.delivered_at AT TIME ZONE 'Asia/Kolkata') NOT BETWEEN 7 AND 20)::int)
            FROM delivered d), 0, 0.5, 'couriers deliver in the day'),
        ('stars of reviews of on-time deliveries, mean',
         (SELECT pg_catalog.avg(r.rating) FILTER (WHERE NOT r.late) FROM rated r), 3.8, 4.5, 'Olist on time 4.3'),
        ('stars of reviews of late deliveries, mean',
         (SELECT pg_catalog.avg(r.rating) FILTER (WHERE r.late) FROM rated r), 2.0, 3.2, 'Olist late about 2.6'),
        ('five-star reviews, %',
         (SELECT 100.0 * pg_catalog.avg((r.rating = 5)::int) FROM rated r), 40.0, 65.0, 'Olist 57.8% (J-shaped)'),
        ('units returned, fashion, %',
         (SELECT 100.0 * pg_catalog.sum(l.returned) / pg_catalog.sum(l.quantity) FROM line_returns l
           WHERE l.department = 'Fashion'), 25.0, 40.0, 'fashion 25-40%'),
        ('units returned, electronics, %',
         (SELECT 100.0 * pg_catalog.sum(l.returned) / pg_catalog.sum(l.quantity) FROM line_returns l
           WHERE l.department = 'Electronics'), 3.0, 9.0, 'electronics 4-7%'),
        ('units returned, beauty, food and diapers, %',
         (SELECT 100.0 * pg_catalog.sum(l.returned) / NULLIF(pg_catalog.sum(l.quantity), 0) FROM line_returns l
           WHERE l.department IN ('Beauty & Personal Care', 'Grocery & Gourmet') OR l.category = 'Diapers'), 0, 0,
         'non-returnable on Indian marketplaces'),
        ('visits that end in an order, %',
         (SELECT 100.0 * (SELECT pg_catalog.count(*) FROM @extschema@.orders)
                 / pg_catalog.count(*) FROM @extschema@.user_sessions), 2.0, 4.0, '2-3%'),
        ('carts abandoned, %',
         (SELECT 100.0 * pg_catalog.avg((ca.order_id IS NULL)::int) FROM @extschema@.carts ca), 60.0, 80.0, 'about 70%'),
        ('pages per visit, mean',
         (SELECT pg_catalog.avg(us.pages_viewed) FROM @extschema@.user_sessions us), 4.0, 8.0, '5.6 pages per visit'),
        ('visits starting between 1 and 6 am, %',
         (SELECT 100.0 * pg_catalog.avg((pg_catalog.date_part('hour', us.started_at AT TIME ZONE 'Asia/Kolkata') BETWEEN 1 AND 5)::int)
            FROM @extschema@.user_sessions us), 0, 8.0, 'people sleep'),
        ('orders placed from 8 to 11 pm, %',
         (SELECT 100.0 * pg_catalog.avg((pg_catalog.date_part('hour', o.placed_at AT TIME ZONE 'Asia/Kolkata') BETWEEN 20 AND 22)::int)
            FROM @extschema@.orders o), 15.0, 32.0, '23% of online sales'),
        ('busiest month vs the median month, ratio',
         (SELECT pg_catalog.max(mo.n) / pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY mo.n) FROM months mo),
         1.5, 3.0, 'the festive month about 2x a normal month'),
        ('best-selling product, % of units',
         (SELECT 100.0 * pg_catalog.max(u.q) / pg_catalog.sum(u.q)
            FROM (SELECT pg_catalog.sum(oi.quantity) AS q FROM @extschema@.order_items oi GROUP BY oi.product_id) u),
         0, 3.0, 'a few percent at most'),
        ('orders with a coupon, %',
         (SELECT 100.0 * (SELECT pg_catalog.count(*) FROM @extschema@.coupon_redemptions)
                 / pg_catalog.count(*) FROM @extschema@.orders), 3.0, 12.0, 'Olist vouchers 5.6% of payments'),
        ('price changes that are markdowns, %',
         (SELECT 100.0 * pg_catalog.avg(((ae.payload OPERATOR(pg_catalog.->>) 'new_price')::numeric
                                          < (ae.payload OPERATOR(pg_catalog.->>) 'old_price')::numeric)::int)
            FROM @extschema@.audit_events ae WHERE ae.event_type = 'product.price_changed'), 65.0, 95.0,
         'mostly markdowns'),
        ('support tickets per 100 orders',
         (SELECT 100.0 * (SELECT pg_catalog.count(*) FROM @extschema@.support_tickets)
                 / pg_catalog.count(*) FROM @extschema@.orders), 4.0, 9.0, '6.7 per 100 orders'),
        ('"where is my order" tickets, % of tickets',
         (SELECT 100.0 * pg_catalog.avg((t.subject IN ('Where is my order?', 'Tracking not updating'))::int)
            FROM @extschema@.support_tickets t), 16.0, 50.0, '16% to 30-50% of tickets'),
        ('first reply of an agent, median hours',
         (SELECT pg_catalog.percentile_cont(0.5) WITHIN GROUP (
                     ORDER BY pg_catalog.date_part('epoch', f.first_reply - t.created_at) / 3600)
            FROM @extschema@.support_tickets t
            JOIN (SELECT m.ticket_id, pg_catalog.min(m.sent_at) AS first_reply
                    FROM @extschema@.ticket_messages m WHERE m.author = 'agent'
                   GROUP BY m.ticket_id) f ON f.ticket_id = t.ticket_id), 1.0, 4.0, 'median first response 2 h'),
        ('ticket resolution, median hours',
         (SELECT pg_catalog.percentile_cont(0.5) WITHIN GROUP (
                     ORDER BY pg_catalog.date_part('epoch', t.resolved_at - t.created_at) / 3600)
            FROM @extschema@.support_tickets t WHERE t.resolved_at IS NOT NULL), 4.0, 16.0,
         'median resolution 8.3 h'),
        ('agent messages outside 9 am-9 pm, %',
         (SELECT 100.0 * pg_catalog.avg((pg_catalog.date_part('hour', m.sent_at AT TIME ZONE 'Asia/Kolkata') NOT BETWEEN 9 AND 20)::int)
            FROM @extschema@.ticket_messages m WHERE m.author = 'agent'), 0, 0.5, 'support hours'),
        ('loyalty points redeemed, % of points earned',
         (SELECT -100.0 * pg_catalog.sum(l.points_delta) FILTER (WHERE l.reason = 'redemption')
                 / pg_catalog.sum(l.points_delta) FILTER (WHERE l.reason = 'earn')
            FROM @extschema@.loyalty_ledger l), 60.0, 85.0, '70-80% (20-30% breakage)')
      ) AS x(figure, value, low, high, reference);
END
$fn$;
COMMENT ON FUNCTION @extschema@.commerce_seed_calibration() IS
  'The seeded shop against published figures of real online retail: each figure, its value in the current data, the range a believable shop falls in, and the reference (sources in the README). Reads the tables as the caller; meaningful from scale 10.';
