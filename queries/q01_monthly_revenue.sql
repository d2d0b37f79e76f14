-- q01 monthly revenue
--
-- Question: how much did the shop sell each month, and how is it growing?
-- Reads:    v_sales_daily (non-cancelled orders; revenue is the sum of line
--           totals round(quantity * unit_price * (1 - discount/100), 2);
--           order_date is the Asia/Kolkata calendar day).
-- Answer:   one row per calendar month of the data: orders, units, revenue
--           in INR, average order value, and growth of revenue in percent
--           against the month before (mom_pct) and the same month a year
--           before (yoy_pct; empty where that month is not in the data).
-- The month before and the year before are found by date, not by row
-- position, so a month without sales (after a workload has written far
-- past the window, say) is compared with nothing rather than a wrong month.
WITH m AS (
    SELECT date_trunc('month', sales_date::timestamp) AS month,
           sum(orders) AS orders,
           sum(units) AS units,
           sum(revenue) AS revenue
      FROM v_sales_daily
     GROUP BY 1
)
SELECT to_char(m.month, 'YYYY-MM') AS month,
       m.orders,
       m.units,
       m.revenue,
       round(m.revenue / m.orders, 2) AS avg_order_value,
       round(100.0 * (m.revenue - p.revenue) / p.revenue, 1) AS mom_pct,
       round(100.0 * (m.revenue - y.revenue) / y.revenue, 1) AS yoy_pct
  FROM m
  LEFT JOIN m AS p ON p.month = m.month - interval '1 month'
  LEFT JOIN m AS y ON y.month = m.month - interval '12 months'
 ORDER BY m.month;
