-- q08 basket affinity
--
-- Question: which categories are bought together in one order more often
--           than chance would have it (candidates for bundles and "frequently
--           bought together")?
-- Reads:    order_items and orders (non-cancelled orders), products and
--           v_category_hierarchy (a product's category is the second level
--           of its category path, e.g. "Electronics > Audio").
-- Answer:   the 15 pairs of categories with the highest lift among the
--           pairs found together in at least 0.1% of the orders (at least 2
--           orders): orders holding both, the support (percentage of all
--           orders that hold both), the confidence both ways (percentage of
--           the orders with A that also hold B, and of those with B that
--           also hold A), and the lift (how many times more often the pair
--           occurs than if the two were bought independently; 1 is chance).
WITH basket AS (
    SELECT DISTINCT oi.order_id,
           split_part(h.path, ' > ', 1) || ' > ' || split_part(h.path, ' > ', 2) AS category
      FROM order_items oi
      JOIN orders o ON o.order_id = oi.order_id
      JOIN products p ON p.product_id = oi.product_id
      JOIN v_category_hierarchy h ON h.category_id = p.category_id
     WHERE o.status <> 'cancelled'
), n AS (
    SELECT count(DISTINCT order_id) AS orders FROM basket
), single AS (
    SELECT category, count(*) AS orders FROM basket GROUP BY category
), pair AS (
    SELECT a.category AS category_a, b.category AS category_b, count(*) AS orders
      FROM basket a
      JOIN basket b ON b.order_id = a.order_id AND b.category COLLATE "C" > a.category COLLATE "C"
     GROUP BY 1, 2
)
SELECT pair.category_a,
       pair.category_b,
       pair.orders AS together,
       round(100.0 * pair.orders / n.orders, 2) AS support_pct,
       round(100.0 * pair.orders / sa.orders, 1) AS conf_a_to_b_pct,
       round(100.0 * pair.orders / sb.orders, 1) AS conf_b_to_a_pct,
       round(1.0 * pair.orders * n.orders / (sa.orders * sb.orders), 2) AS lift
  FROM pair
 CROSS JOIN n
  JOIN single sa ON sa.category = pair.category_a
  JOIN single sb ON sb.category = pair.category_b
 WHERE pair.orders >= greatest(2, 0.001 * n.orders)
 ORDER BY lift DESC, together DESC, pair.category_a COLLATE "C", pair.category_b COLLATE "C"
 LIMIT 15;
