-- bench/plain_seed.sql: the plain-SQL way to seed the big sales tables, for
-- comparison with commerce_seed().  INSERT ... SELECT over generate_series with
-- random(), one statement per table, into the indexed tables with their
-- foreign keys and CHECKs in force, as a hand-written seed script does it.
--
--   psql -v customers=N -v orders=N -v products=N -f bench/plain_seed.sql
--
-- It fills customers, addresses, orders, order_items and payments (the row
-- counts of commerce_seed at the same scale: 1,000 customers and 6,000 orders
-- per scale, about 1.4 addresses per customer and 2 lines per order) and
-- expects products to be there already.  Run it after
-- TRUNCATE customers RESTART IDENTITY CASCADE: ids then start from 1.
-- The data is valid (every constraint holds) but not realistic: no calendar,
-- no skew, no lifecycle, and not reproducible (random()).

SET search_path = public;

INSERT INTO customers (full_name, email, phone, status, date_of_birth, marketing_opt_in, signed_up_at)
SELECT (ARRAY['Aarav', 'Vivaan', 'Aditya', 'Diya', 'Ananya', 'Isha', 'Rohan', 'Kavya'])[1 + floor(random() * 8)::int]
       || ' ' || (ARRAY['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Singh', 'Das'])[1 + floor(random() * 8)::int],
       'user' || g || '@example.com',
       '+91 00' || lpad(floor(random() * 100000000)::bigint::text, 8, '0'),
       (CASE WHEN random() < 0.9 THEN 'active' WHEN random() < 0.7 THEN 'inactive' ELSE 'blocked' END)::customer_status,
       date '1960-01-01' + floor(random() * 15000)::int,
       random() < 0.4,
       timestamptz '2022-01-01 00:00+05:30' + random() * interval '1000 days'
  FROM generate_series(1, :customers) AS g;

-- one default address per customer, a second one for four customers in ten
INSERT INTO addresses (customer_id, is_default, label, line1, line2, city, state, pincode, country, created_at)
SELECT c.customer_id,
       n = 1,
       (ARRAY['home', 'work', 'other'])[1 + floor(random() * 3)::int],
       (1 + floor(random() * 500))::int || ', '
       || (ARRAY['MG Road', 'Park Street', 'Linking Road', 'Brigade Road', 'Anna Salai'])[1 + floor(random() * 5)::int],
       CASE WHEN random() < 0.3 THEN 'Flat ' || (1 + floor(random() * 40))::int END,
       (ARRAY['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Kolkata', 'Pune'])[1 + floor(random() * 6)::int],
       (ARRAY['Maharashtra', 'Delhi', 'Karnataka', 'Tamil Nadu', 'West Bengal'])[1 + floor(random() * 5)::int],
       (100000 + floor(random() * 899999))::int::text,
       'IN',
       c.signed_up_at + random() * interval '30 days'
  FROM customers c
 CROSS JOIN LATERAL generate_series(1, CASE WHEN random() < 0.4 AND c.customer_id > 0 THEN 2 ELSE 1 END) AS n;

INSERT INTO orders (customer_id, shipping_address_id, order_date, placed_at, status, channel, currency, cancelled_at)
SELECT o.customer_id,
       a.address_id,
       (o.placed_at AT TIME ZONE 'Asia/Kolkata')::date,
       o.placed_at,
       o.status::order_status,
       (ARRAY['web', 'android', 'ios'])[1 + floor(random() * 3)::int],
       'INR',
       CASE WHEN o.status = 'cancelled' THEN o.placed_at + interval '2 hours' END
  FROM (SELECT 1 + floor(random() * :customers)::bigint AS customer_id,
               timestamptz '2023-01-01 00:00+05:30' + random() * interval '730 days' AS placed_at,
               (ARRAY['pending', 'paid', 'shipped', 'delivered', 'delivered', 'delivered', 'delivered', 'cancelled'])
                   [1 + floor(random() * 8)::int] AS status
          FROM generate_series(1, :orders)) AS o
  JOIN addresses a ON a.customer_id = o.customer_id AND a.is_default;

-- one to three lines an order, distinct products, at the product's price
INSERT INTO order_items (order_id, product_id, quantity, unit_price, discount)
SELECT o.order_id,
       p.product_id,
       1 + floor(random() * 3)::int,
       p.price,
       CASE WHEN random() < 0.3 THEN round((random() * 20)::numeric, 2) ELSE 0 END
  FROM (SELECT order_id, floor(random() * :products)::int AS base, 1 + floor(random() * 3)::int AS lines
          FROM orders) AS o
 CROSS JOIN LATERAL generate_series(0, o.lines - 1) AS l
  JOIN products p ON p.product_id = 1 + (o.base + l) % :products;

-- one payment an order, for the sum of its line totals
INSERT INTO payments (order_id, method, status, amount, currency, created_at, paid_at, transaction_ref)
SELECT p.order_id,
       p.method::payment_method,
       p.status::payment_status,
       p.total,
       'INR',
       p.placed_at,
       CASE WHEN p.status = 'captured' THEN p.placed_at + interval '5 minutes' END,
       'TXN' || p.order_id || '-' || substr(md5(random()::text), 1, 12)
  FROM (SELECT o.order_id, o.placed_at, t.total,
               CASE o.status WHEN 'cancelled' THEN 'voided' WHEN 'pending' THEN 'pending' ELSE 'captured' END AS status,
               (ARRAY['card', 'upi', 'netbanking', 'cod', 'wallet'])[1 + floor(random() * 5)::int] AS method
          FROM orders o
          JOIN (SELECT order_id, sum(round(quantity * unit_price * (1 - discount / 100), 2)) AS total
                  FROM order_items GROUP BY order_id) AS t USING (order_id)) AS p;
