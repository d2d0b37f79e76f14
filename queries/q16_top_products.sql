-- q16 best sellers of the last 90 days
--
-- Question: which products earned the most in the last 90 days, and how do
--           they fare on returns, ratings and stock?
-- Reads:    v_order_items_detailed (line_total of non-cancelled orders placed
--           on the 90 days up to seed_info.end_date), v_returns_rate (units
--           sold and returned over the whole data), v_review_summary
--           (average rating over the whole data), inventory (units on hand
--           in all warehouses), v_category_hierarchy.
-- Answer:   the 10 products with the highest revenue in the last 90 days
--           (then by product id): SKU, product, department, units and
--           revenue in INR in those 90 days, return rate in percent and
--           average rating over the whole data (empty without a review),
--           and units on hand now.
WITH recent AS (
    SELECT d.product_id, sum(d.quantity) AS units, sum(d.line_total) AS revenue
      FROM v_order_items_detailed d
     WHERE d.order_status <> 'cancelled'
       AND d.order_date > (SELECT end_date - 90 FROM seed_info)
       AND d.order_date <= (SELECT end_date FROM seed_info)
     GROUP BY d.product_id
), top AS (
    SELECT * FROM recent ORDER BY revenue DESC, product_id LIMIT 10
)
SELECT p.sku,
       p.name AS product_name,
       split_part(h.path, ' > ', 1) AS department,
       t.units AS units_90d,
       t.revenue AS revenue_90d,
       rr.return_rate_pct,
       rs.avg_rating,
       (SELECT coalesce(sum(i.quantity), 0) FROM inventory i WHERE i.product_id = p.product_id) AS on_hand
  FROM top t
  JOIN products p ON p.product_id = t.product_id
  JOIN v_category_hierarchy h ON h.category_id = p.category_id
  LEFT JOIN v_returns_rate rr ON rr.product_id = t.product_id
  LEFT JOIN v_review_summary rs ON rs.product_id = t.product_id
 ORDER BY t.revenue DESC, t.product_id;
