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
SELECT to_char(month, 'YYYY-MM') AS month,
       orders,
       units,
       revenue,
       round(revenue / orders, 2) AS avg_order_value,
       round(100.0 * (revenue - lag(revenue) OVER w) / lag(revenue) OVER w, 1) AS mom_pct,
       round(100.0 * (revenue - lag(revenue, 12) OVER w) / lag(revenue, 12) OVER w, 1) AS yoy_pct
  FROM (SELECT date_trunc('month', sales_date::timestamp) AS month,
               sum(orders) AS orders,
               sum(units) AS units,
               sum(revenue) AS revenue
          FROM v_sales_daily
         GROUP BY 1) AS m
WINDOW w AS (ORDER BY month)
 ORDER BY m.month;
