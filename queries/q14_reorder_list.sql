-- q14 stock to reorder now
--
-- Question: which products, in which warehouse, are at or below their
--           reorder level while they still sell, and is a purchase order
--           already on its way?
-- Reads:    v_products_inventory (quantity on hand, reorder_level,
--           needs_reorder, discontinued), warehouses (city), shipments and
--           order_items (units of non-cancelled orders shipped from the
--           warehouse), purchase_orders and purchase_order_items (orders
--           still in status 'ordered': stock in transit), seed_info
--           (end_date: "the last 90 days" are the 90 order days up to it).
-- Answer:   the 15 stocked products (not discontinued) at or below their
--           reorder level with the highest demand from that warehouse over
--           the last 90 days (then by warehouse and product id): warehouse
--           city, SKU, product, units on hand, reorder level, units ordered
--           from that warehouse in the last 90 days, days of cover at that
--           pace (empty without demand), and units on open purchase orders
--           to that warehouse.
WITH demand AS (
    SELECT s.warehouse_id, oi.product_id, sum(oi.quantity) AS units_90d
      FROM shipments s
      JOIN orders o ON o.order_id = s.order_id
      JOIN order_items oi ON oi.order_id = s.order_id
     WHERE o.status <> 'cancelled'
       AND o.order_date > (SELECT end_date - 90 FROM seed_info)
     GROUP BY s.warehouse_id, oi.product_id
), inbound AS (
    SELECT po.warehouse_id, i.product_id, sum(i.quantity) AS units
      FROM purchase_orders po
      JOIN purchase_order_items i ON i.po_id = po.po_id
     WHERE po.status = 'ordered'
     GROUP BY po.warehouse_id, i.product_id
)
SELECT w.city AS warehouse,
       v.sku,
       v.product_name,
       v.quantity AS on_hand,
       v.reorder_level,
       coalesce(d.units_90d, 0) AS sold_90d,
       round(v.quantity / (d.units_90d / 90.0), 1) AS days_of_cover,
       coalesce(ib.units, 0) AS inbound
  FROM v_products_inventory v
  JOIN warehouses w ON w.warehouse_id = v.warehouse_id
  LEFT JOIN demand d ON d.warehouse_id = v.warehouse_id AND d.product_id = v.product_id
  LEFT JOIN inbound ib ON ib.warehouse_id = v.warehouse_id AND ib.product_id = v.product_id
 WHERE v.needs_reorder AND NOT v.discontinued
 ORDER BY sold_90d DESC, v.warehouse_id, v.product_id
 LIMIT 15;
