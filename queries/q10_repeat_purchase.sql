-- q10 repeat-purchase rate
--
-- Question: of the customers who bought from us for the first time in a
--           quarter, how many came back for a second order within 90 days,
--           within 180 days, and by the end of the data, and how long did
--           they take?
-- Reads:    orders (non-cancelled; placed_at, order_date is the Asia/Kolkata
--           day), seed_info (as_of, the end of the data).
-- Answer:   one row per quarter of the first order: new buyers, the
--           percentage of them whose second order was placed within 90 and
--           within 180 days of the first (empty while not every buyer of the
--           quarter has had that long before as_of), the percentage with a
--           second order by the end of the data, the median days from the
--           first to the second order, and the average number of orders per
--           buyer so far.
WITH seq AS (
    SELECT customer_id, order_date,
           placed_at AT TIME ZONE 'Asia/Kolkata' AS placed_local,
           row_number() OVER (PARTITION BY customer_id ORDER BY placed_at, order_id) AS n,
           count(*) OVER (PARTITION BY customer_id) AS orders
      FROM orders
     WHERE status <> 'cancelled'
), buyer AS (
    SELECT f.customer_id,
           date_trunc('quarter', f.order_date::timestamp) AS quarter,
           f.placed_local AS first_at,
           s.placed_local AS second_at,
           f.orders
      FROM seq f
      LEFT JOIN seq s ON s.customer_id = f.customer_id AND s.n = 2
     WHERE f.n = 1
)
SELECT to_char(b.quarter, 'YYYY "Q"Q') AS first_order_quarter,
       count(*) AS new_buyers,
       CASE WHEN max(b.first_at) + interval '90 days' <= (SELECT as_of AT TIME ZONE 'Asia/Kolkata' FROM seed_info)
            THEN round(100.0 * count(*) FILTER (WHERE b.second_at <= b.first_at + interval '90 days') / count(*), 1)
       END AS within_90d_pct,
       CASE WHEN max(b.first_at) + interval '180 days' <= (SELECT as_of AT TIME ZONE 'Asia/Kolkata' FROM seed_info)
            THEN round(100.0 * count(*) FILTER (WHERE b.second_at <= b.first_at + interval '180 days') / count(*), 1)
       END AS within_180d_pct,
       round(100.0 * count(b.second_at) / count(*), 1) AS repeat_pct,
       round(percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM b.second_at - b.first_at) / 86400), 1)
           AS median_days_to_2nd,
       round(avg(b.orders), 2) AS orders_per_buyer
  FROM buyer b
 GROUP BY b.quarter
 ORDER BY b.quarter;
