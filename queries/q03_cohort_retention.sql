-- q03 cohort retention by sign-up month
--
-- Question: of the customers who signed up in a month, how many buy in that
--           month, and how many are still buying one, two, three, six and
--           twelve months later?
-- Reads:    customers (signed_up_at), orders (non-cancelled; order_date is the
--           Asia/Kolkata day), seed_info (the data window).
-- Answer:   one row per sign-up month inside the data window (Asia/Kolkata
--           calendar): the customers who signed up then, and the percentage
--           of them with at least one order placed in the sign-up month
--           (m0) and in the calendar month 1, 2, 3, 6 and 12 months after
--           it; empty where that month is past the end of the data.
WITH cohort AS (
    SELECT c.customer_id,
           extract(year FROM c.signed_up_at AT TIME ZONE 'Asia/Kolkata')::int * 12
             + extract(month FROM c.signed_up_at AT TIME ZONE 'Asia/Kolkata')::int - 1 AS cohort_month
      FROM customers c
     WHERE c.signed_up_at >= (SELECT start_date::timestamp AT TIME ZONE 'Asia/Kolkata' FROM seed_info)
       AND c.signed_up_at < (SELECT as_of FROM seed_info)
), activity AS (
    SELECT DISTINCT o.customer_id,
           extract(year FROM o.order_date)::int * 12 + extract(month FROM o.order_date)::int - 1 AS order_month
      FROM orders o
     WHERE o.status <> 'cancelled'
), offsets AS (
    SELECT ch.cohort_month, ch.customer_id, a.order_month - ch.cohort_month AS k
      FROM cohort ch
      JOIN activity a ON a.customer_id = ch.customer_id AND a.order_month >= ch.cohort_month
)
SELECT to_char(make_date(s.cohort_month / 12, s.cohort_month % 12 + 1, 1), 'YYYY-MM') AS signup_month,
       s.customers,
       round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 0) / s.customers, 1) AS m0_pct,
       CASE WHEN s.cohort_month + 1 <= s.last_month
            THEN round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 1) / s.customers, 1) END AS m1_pct,
       CASE WHEN s.cohort_month + 2 <= s.last_month
            THEN round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 2) / s.customers, 1) END AS m2_pct,
       CASE WHEN s.cohort_month + 3 <= s.last_month
            THEN round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 3) / s.customers, 1) END AS m3_pct,
       CASE WHEN s.cohort_month + 6 <= s.last_month
            THEN round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 6) / s.customers, 1) END AS m6_pct,
       CASE WHEN s.cohort_month + 12 <= s.last_month
            THEN round(100.0 * count(DISTINCT o.customer_id) FILTER (WHERE o.k = 12) / s.customers, 1) END AS m12_pct
  FROM (SELECT cohort_month, count(*) AS customers,
               (SELECT extract(year FROM end_date)::int * 12 + extract(month FROM end_date)::int - 1
                  FROM seed_info) AS last_month
          FROM cohort
         GROUP BY cohort_month) AS s
  LEFT JOIN offsets o ON o.cohort_month = s.cohort_month
 GROUP BY s.cohort_month, s.customers, s.last_month
 ORDER BY s.cohort_month;
