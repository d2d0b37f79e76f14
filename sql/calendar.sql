-- calendar.sql: dates are right over the whole allowed window (1991-2199):
-- before 2000-01-01 (negative day numbers) as after it, across the turn of
-- the millennium, at both ends of the range, over leap days and month ends.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
SET timezone = 'Asia/Kolkata';
SET datestyle = 'ISO, YMD';

-- Orders per ISO weekday and per month of a window, as shares of the window.
CREATE FUNCTION pg_temp.dow_share(s date, e date)
RETURNS TABLE (dow int, share numeric) LANGUAGE sql AS $$
    SELECT extract(isodow FROM order_date)::int,
           count(*) / sum(count(*)) OVER ()
      FROM commerce_seed_orders(1, 42, 0, 1, s, e) GROUP BY 1 $$;
CREATE FUNCTION pg_temp.month_share(s date, e date)
RETURNS TABLE (month int, share numeric) LANGUAGE sql AS $$
    SELECT extract(month FROM order_date)::int,
           count(*) / sum(count(*)) OVER ()
      FROM commerce_seed_orders(1, 42, 0, 1, s, e) GROUP BY 1 $$;

-- The weekly cycle is the same before 2000 as after: 1999 against 2001
-- (neither a leap year; they differ only in which weekdays come 53 times and
-- where the sales fall, a few tenths of a point).  Before day numbers were
-- taken modulo 7 with a floor, 1999 had only Mondays, Tuesdays and a Friday.
SELECT a.dow, round(100 * a.share, 1) AS pct_1999, round(100 * b.share, 1) AS pct_2001,
       abs(a.share - b.share) < 0.01 AS same_shape
  FROM pg_temp.dow_share('1999-01-01', '1999-12-31') a
  FULL JOIN pg_temp.dow_share('2001-01-01', '2001-12-31') b USING (dow)
 ORDER BY dow;
SELECT a.month, round(100 * a.share, 1) AS pct_1999, round(100 * b.share, 1) AS pct_2001,
       abs(a.share - b.share) < 0.005 AS same_shape
  FROM pg_temp.month_share('1999-01-01', '1999-12-31') a
  FULL JOIN pg_temp.month_share('2001-01-01', '2001-12-31') b USING (month)
 ORDER BY month;

-- Exactly: 1999 has the calendar of 2010 (both start on a Friday, neither is
-- a leap year), so the same eight months before any festive build-up give
-- the same orders, 4,018 days apart.
SELECT count(*) AS orders_1999,
       count(*) FILTER (WHERE b.placed_at - a.placed_at = interval '4018 days'
                          AND b.order_date - a.order_date = 4018
                          AND (a.customer_id, a.shipping_address_id, a.status, a.channel)
                              = (b.customer_id, b.shipping_address_id, b.status, b.channel)) AS same_in_2010
  FROM commerce_seed_orders(1, 42, 0, 1, '1999-01-01', '1999-08-31') a
  FULL JOIN commerce_seed_orders(1, 42, 0, 1, '2010-01-01', '2010-08-31') b USING (order_id);

-- Whole seeds at the ends of the allowed range, across 2000-01-01, from a
-- 29 February and over 2100 (no leap year): every rule holds (the stated
-- bounds among them: age at sign-up, lifecycle timings, coupon terms ...)
-- and every weekday gets its share (within a point of 2001's).
CREATE TEMP TABLE windows (s date, e date, seed bigint);
INSERT INTO windows VALUES
    ('1991-01-01', '1992-12-31', 7),
    ('1999-03-01', '2000-02-29', 8),
    ('2024-02-29', '2025-02-28', 11),
    ('2099-03-01', '2100-12-31', 12),
    ('2198-01-01', '2199-12-31', 9);
CREATE TEMP TABLE results (s date, e date, orders bigint, broken_rules bigint, dow_off bigint);
DO $$
DECLARE
    w record;
BEGIN
    FOR w IN SELECT * FROM windows ORDER BY s LOOP
        PERFORM commerce_seed(1, w.seed, w.s, w.e);
        INSERT INTO results
        SELECT w.s, w.e, (SELECT count(*) FROM orders),
               (SELECT count(*) FROM commerce_seed_verify() WHERE violations <> 0),
               (SELECT count(*)
                  FROM (SELECT extract(isodow FROM order_date)::int AS dow,
                               count(*) / sum(count(*)) OVER () AS share
                          FROM orders GROUP BY 1) a
                  FULL JOIN pg_temp.dow_share('2001-01-01', '2001-12-31') b USING (dow)
                 WHERE abs(a.share - b.share) < 0.01 IS NOT TRUE);
    END LOOP;
END $$;
SELECT * FROM results ORDER BY s;

-- customers.age_at_signup counts as age() does: born on 29 February 2104,
-- a customer is 17 on 28 February 2122 and 18 on 1 March.
BEGIN;
UPDATE customers SET signed_up_at = '2122-02-28 12:00+05:30', date_of_birth = '2104-02-29' WHERE customer_id = 1;
UPDATE customers SET signed_up_at = '2122-03-01 12:00+05:30', date_of_birth = '2104-02-29' WHERE customer_id = 2;
SELECT rule, violations FROM commerce_seed_verify() WHERE rule = 'customers.age_at_signup';
ROLLBACK;

-- Leap days and month ends.  A date of birth makes a customer 18 to 70 on
-- the sign-up day in India, counted as age() counts (someone born on 29
-- February turns a year older on 1 March in a common year).  One-day windows
-- at scale 10,000 put about 45,000 sign-ups on their last day; the last 40,000
-- customers (chunk 249 of 250) all sign up on it: on leap days (2120-02-29
-- is 20 years after 2100-02-28, 2100 being no leap year), around them in a
-- common year and on month ends.  Before birth dates were clamped to real
-- days, a sign-up on 29 February could be born on 1 March 18 years before,
-- and be 17.
SELECT d AS signup_day, count(*) AS customers,
       count(*) FILTER (WHERE (c.signed_up_at AT TIME ZONE 'Asia/Kolkata')::date <> d) AS other_day,
       count(c.date_of_birth) AS with_birth_date,
       count(*) FILTER (WHERE to_char(c.date_of_birth, 'MM-DD') = '02-29') AS born_29_feb,
       count(*) FILTER (WHERE extract(year FROM age(d, c.date_of_birth)) NOT BETWEEN 18 AND 70) AS age_outside_18_70
  FROM unnest('{2024-02-29, 2120-02-29, 2023-02-28, 2023-03-01, 2100-02-28, 2100-03-01, 2024-04-30, 2023-12-31}'::date[]) AS d,
       LATERAL commerce_seed_customers(10000, 42, 249, 250, d, d) AS c
 GROUP BY d ORDER BY d;

-- "Customers start signing up a year before the window": a calendar year,
-- also when it holds a 29 February (2024 for windows from 2024-03-01 to
-- 2025-02-28); the first sign-up of scale 100 comes within minutes.
SELECT s AS window_start, (s - interval '1 year')::date AS a_year_before,
       min(c.signed_up_at AT TIME ZONE 'Asia/Kolkata')::date AS first_signup_day
  FROM unnest('{2023-01-01, 2024-02-29, 2024-03-01, 2025-01-01, 2025-02-28, 2101-03-01}'::date[]) AS s,
       LATERAL commerce_seed_customers(100, 42, 0, 1000, s, s + 30) AS c
 GROUP BY s ORDER BY s;

-- Suppliers were onboarded a year or more before the window (so that their
-- products, listed a month later at the earliest, predate it); scale 10,000
-- has 100,000 suppliers.
SELECT s AS window_start, count(*) AS suppliers,
       count(*) FILTER (WHERE (p.created_at AT TIME ZONE 'Asia/Kolkata')::date > s - interval '1 year') AS within_a_year
  FROM unnest('{2023-01-01, 2024-03-01, 2025-01-01}'::date[]) AS s,
       LATERAL commerce_seed_suppliers(10000, 42, 0, 1, s, s) AS p
 GROUP BY s ORDER BY s;

DROP EXTENSION commerce_seed;
