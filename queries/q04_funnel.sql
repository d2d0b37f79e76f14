-- q04 conversion funnel
--
-- Question: how many visits turn into a cart, a checkout, an order that is
--           kept and a delivered parcel, quarter by quarter?
-- Reads:    user_sessions (logged-in visits), carts (created; checked_out_at
--           set when the cart became an order), orders (status at the end of
--           the data), all counted by their Asia/Kolkata calendar quarter.
-- Answer:   one row per quarter of the data window: visits, carts created,
--           carts checked out, orders placed, orders not cancelled and
--           orders delivered; then the rates: carts per 100 visits,
--           percentage of carts checked out, percentage of visits that end
--           in an order (the conversion rate) and percentage of orders
--           cancelled.  Orders of the window's last days are still on their
--           way, so the last quarter delivers a little less.
WITH b AS (
    -- the instants the quarters of the window start at (Asia/Kolkata); a
    -- binary search in them (width_bucket) is much cheaper per visit than
    -- date_trunc of the local time
    SELECT array_agg(d AT TIME ZONE 'Asia/Kolkata' ORDER BY d) AS starts
      FROM seed_info,
           generate_series(date_trunc('quarter', start_date::timestamp), end_date::timestamp,
                           interval '3 months') AS d
), s AS (
    SELECT width_bucket(started_at, (SELECT starts FROM b)) AS i,
           count(*) AS visits
      FROM user_sessions
     WHERE started_at >= (SELECT start_date::timestamp AT TIME ZONE 'Asia/Kolkata' FROM seed_info)
       AND started_at < (SELECT as_of FROM seed_info)
     GROUP BY 1
), c AS (
    SELECT width_bucket(created_at, (SELECT starts FROM b)) AS i,
           count(*) AS carts,
           count(checked_out_at) AS checked_out
      FROM carts
     WHERE created_at >= (SELECT start_date::timestamp AT TIME ZONE 'Asia/Kolkata' FROM seed_info)
       AND created_at < (SELECT as_of FROM seed_info)
     GROUP BY 1
), o AS (
    SELECT date_trunc('quarter', order_date::timestamp) AS quarter,
           count(*) AS orders,
           count(*) FILTER (WHERE status <> 'cancelled') AS kept,
           count(*) FILTER (WHERE status = 'delivered') AS delivered
      FROM orders
     GROUP BY 1
)
SELECT to_char(o.quarter, 'YYYY "Q"Q') AS quarter, s.visits, c.carts, c.checked_out, o.orders, o.kept, o.delivered,
       round(100.0 * c.carts / s.visits, 1) AS carts_per_100_visits,
       round(100.0 * c.checked_out / c.carts, 1) AS checkout_pct,
       round(100.0 * o.orders / s.visits, 2) AS conversion_pct,
       round(100.0 * (o.orders - o.kept) / o.orders, 1) AS cancelled_pct
  FROM s
  JOIN c USING (i)
  JOIN o ON o.quarter = (SELECT starts FROM b)[s.i] AT TIME ZONE 'Asia/Kolkata'
 ORDER BY s.i;
