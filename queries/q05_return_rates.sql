-- q05 return rates by department and reason
--
-- Question: what share of what we deliver comes back, in which departments,
--           and why?  How many requests do we approve, and what do refunds
--           cost?
-- Reads:    returns (quantity, reason, approved, refund_amount),
--           order_items and orders (units delivered: only a delivered line
--           can be returned), products and v_category_hierarchy (the
--           department is the first element of the category path).
-- Answer:   one row per department, highest return rate first: units
--           delivered, units returned and the return rate in percent of the
--           units delivered; then how the return requests split by reason, in
--           percent of the department's requests (the seven reasons of the
--           return_reason type); the percentage of decided requests that
--           were approved, and the refunds paid in INR.  Beauty, food and
--           diapers are not taken back, so those departments show few or no
--           returns and empty reason columns.
WITH lines AS (
    SELECT split_part(h.path, ' > ', 1) AS department,
           oi.quantity,
           r.quantity AS returned,
           r.reason,
           r.approved,
           r.refund_amount
      FROM order_items oi
      JOIN orders o ON o.order_id = oi.order_id
      JOIN products p ON p.product_id = oi.product_id
      JOIN v_category_hierarchy h ON h.category_id = p.category_id
      LEFT JOIN returns r ON r.order_item_id = oi.order_item_id
     WHERE o.status = 'delivered'
)
SELECT department,
       sum(quantity) AS delivered,
       coalesce(sum(returned), 0) AS returned,
       round(100.0 * coalesce(sum(returned), 0) / sum(quantity), 2) AS return_pct,
       round(100.0 * count(*) FILTER (WHERE reason = 'damaged') / nullif(count(reason), 0), 1) AS damaged,
       round(100.0 * count(*) FILTER (WHERE reason = 'defective') / nullif(count(reason), 0), 1) AS defective,
       round(100.0 * count(*) FILTER (WHERE reason = 'wrong_item') / nullif(count(reason), 0), 1) AS wrong_item,
       round(100.0 * count(*) FILTER (WHERE reason = 'not_as_described') / nullif(count(reason), 0), 1) AS not_as_described,
       round(100.0 * count(*) FILTER (WHERE reason = 'size_fit') / nullif(count(reason), 0), 1) AS size_fit,
       round(100.0 * count(*) FILTER (WHERE reason = 'changed_mind') / nullif(count(reason), 0), 1) AS changed_mind,
       round(100.0 * count(*) FILTER (WHERE reason = 'late_delivery') / nullif(count(reason), 0), 1) AS late_delivery,
       round(100.0 * count(*) FILTER (WHERE approved) / nullif(count(approved), 0), 1) AS approved_pct,
       coalesce(sum(refund_amount), 0) AS refunds
  FROM lines
 GROUP BY department
 ORDER BY return_pct DESC, department COLLATE "C";
