-- q02 revenue and margin by department
--
-- Question: which departments bring the money in, how fast is each growing,
--           how much do we give away in discounts and what margin is left?
-- Reads:    v_order_items_detailed (non-cancelled orders; line_total is the
--           revenue of a line, gross_amount before discounts), products
--           (cost_price: what the shop pays the supplier), v_category_hierarchy
--           (the department is the first element of the category path).
-- Answer:   one row per department, biggest revenue of the last year first:
--           revenue in INR of the last 12 months of the data (up to
--           seed_info.end_date) and
--           of the 12 months before those (with the default window, calendar
--           2024 and 2023), growth in percent, the department's share of the
--           last year's revenue, discounts as a percentage of the gross
--           (list-price) amount, and the gross margin (revenue less units at
--           the product's current cost price) as a percentage of revenue,
--           both over the two years.
WITH lines AS (
    SELECT split_part(h.path, ' > ', 1) AS department,
           CASE WHEN d.order_date >= (SELECT end_date + 1 - interval '12 months' FROM seed_info) THEN 'last'
                ELSE 'prior' END AS period,
           d.gross_amount,
           d.line_total,
           d.quantity * p.cost_price AS cost
      FROM v_order_items_detailed d
      JOIN products p ON p.product_id = d.product_id
      JOIN v_category_hierarchy h ON h.category_id = p.category_id
     WHERE d.order_status <> 'cancelled'
       AND d.order_date >= (SELECT end_date + 1 - interval '24 months' FROM seed_info)
)
SELECT department,
       sum(line_total) FILTER (WHERE period = 'prior') AS revenue_prior_12m,
       sum(line_total) FILTER (WHERE period = 'last') AS revenue_last_12m,
       round(100.0 * (sum(line_total) FILTER (WHERE period = 'last') - sum(line_total) FILTER (WHERE period = 'prior'))
             / sum(line_total) FILTER (WHERE period = 'prior'), 1) AS growth_pct,
       round(100.0 * sum(line_total) FILTER (WHERE period = 'last')
             / sum(sum(line_total) FILTER (WHERE period = 'last')) OVER (), 1) AS share_pct,
       round(100.0 * (sum(gross_amount) - sum(line_total)) / sum(gross_amount), 1) AS discount_pct,
       round(100.0 * (sum(line_total) - sum(cost)) / sum(line_total), 1) AS margin_pct
  FROM lines
 GROUP BY department
 ORDER BY revenue_last_12m DESC, department COLLATE "C";
