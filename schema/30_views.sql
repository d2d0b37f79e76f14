-- schema/30_views.sql: the read models of the design's section 4.
-- CREATE OR REPLACE, so that the update from 1.0 runs this same file (see
-- the Makefile) and updated views are defined exactly as fresh ones.
-- Revenue figures leave cancelled orders out; a line total is always
-- round(quantity * unit_price * (1 - discount/100), 2), the figure the payment adds up.

CREATE OR REPLACE VIEW @extschema@.v_order_items_detailed AS
SELECT oi.order_item_id,
       oi.order_id,
       o.order_date,
       o.customer_id,
       o.status AS order_status,
       oi.product_id,
       p.sku,
       p.name AS product_name,
       oi.quantity,
       oi.unit_price,
       oi.discount,
       oi.quantity * oi.unit_price AS gross_amount,
       pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2) AS line_total
  FROM @extschema@.order_items oi
  JOIN @extschema@.orders o ON o.order_id = oi.order_id
  JOIN @extschema@.products p ON p.product_id = oi.product_id;
COMMENT ON VIEW @extschema@.v_order_items_detailed IS
  'Every order line with its product and the arithmetic: gross_amount = quantity * unit_price, line_total = round(gross_amount * (1 - discount/100), 2).';

CREATE OR REPLACE VIEW @extschema@.v_orders_with_payment_shipment AS
-- the order with its payment and parcel first, the customer joined to that:
-- the same rows and plan on one server, and on a Citus cluster (orders,
-- payments and shipments distributed by order_id, customers by customer_id)
-- the outer joins stay on each shard, which Citus requires
SELECT op.order_id,
       op.order_date,
       op.placed_at,
       op.status,
       op.customer_id,
       c.full_name,
       c.email,
       op.payment_id,
       op.payment_method,
       op.payment_status,
       op.amount,
       op.paid_at,
       op.shipment_id,
       op.warehouse_id,
       op.shipment_status,
       op.carrier,
       op.tracking_no,
       op.dispatched_at,
       op.delivered_at
  FROM (SELECT o.order_id,
               o.order_date,
               o.placed_at,
               o.status,
               o.customer_id,
               pay.payment_id,
               pay.method AS payment_method,
               pay.status AS payment_status,
               pay.amount,
               pay.paid_at,
               s.shipment_id,
               s.warehouse_id,
               s.status AS shipment_status,
               s.carrier,
               s.tracking_no,
               s.dispatched_at,
               s.delivered_at
          FROM @extschema@.orders o
          LEFT JOIN @extschema@.payments pay ON pay.order_id = o.order_id
          LEFT JOIN @extschema@.shipments s ON s.order_id = o.order_id) AS op
  JOIN @extschema@.customers c ON c.customer_id = op.customer_id;
COMMENT ON VIEW @extschema@.v_orders_with_payment_shipment IS
  'One row per order: header, customer, payment and shipment side by side.';

CREATE OR REPLACE VIEW @extschema@.v_sales_daily AS
SELECT o.order_date AS sales_date,
       pg_catalog.count(DISTINCT o.order_id) AS orders,
       pg_catalog.count(DISTINCT o.customer_id) AS customers,
       pg_catalog.sum(oi.quantity) AS units,
       pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS revenue
  FROM @extschema@.orders o
  JOIN @extschema@.order_items oi ON oi.order_id = o.order_id
 WHERE o.status <> 'cancelled'
 GROUP BY o.order_date;
COMMENT ON VIEW @extschema@.v_sales_daily IS
  'Per order_date: orders, distinct customers, units and revenue (sum of line totals), cancelled orders excluded. A date range aggregates only its days; a full read or a top-N aggregates every order line, so dashboards should read the mv_daily_kpis snapshot (its rows with orders > 0 are these figures as of its last refresh).';

CREATE OR REPLACE VIEW @extschema@.v_top_customers_month AS
WITH monthly AS (
    SELECT pg_catalog.date_trunc('month', o.order_date)::date AS month,
           o.customer_id,
           pg_catalog.count(DISTINCT o.order_id) AS orders,
           pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS spend
      FROM @extschema@.orders o
      JOIN @extschema@.order_items oi ON oi.order_id = o.order_id
     WHERE o.status <> 'cancelled'
     GROUP BY 1, 2
)
SELECT m.month,
       m.customer_id,
       c.full_name,
       m.orders,
       m.spend,
       pg_catalog.rank() OVER (PARTITION BY m.month ORDER BY m.spend DESC) AS rank_in_month
  FROM monthly m
  JOIN @extschema@.customers c ON c.customer_id = m.customer_id;
COMMENT ON VIEW @extschema@.v_top_customers_month IS
  'Monthly spend per customer with its rank in the month (1 = biggest spender); filter rank_in_month <= 10 for a leaderboard. A month filter aggregates only that month; any other filter, even one customer, ranks every month first. The same figures as of the last refresh: mv_order_financials WHERE latest_status <> ''cancelled'' AND item_count > 0, grouped by month and customer.';

CREATE OR REPLACE VIEW @extschema@.v_customer_ltv AS
WITH per_order AS (
    SELECT o.order_id,
           o.customer_id,
           o.order_date,
           pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS order_total
      FROM @extschema@.orders o
      JOIN @extschema@.order_items oi ON oi.order_id = o.order_id
     WHERE o.status <> 'cancelled'
     GROUP BY o.order_id, o.customer_id, o.order_date
)
SELECT c.customer_id,
       c.full_name,
       c.signed_up_at,
       pg_catalog.count(po.order_id) AS order_count,
       pg_catalog.min(po.order_date) AS first_order_date,
       pg_catalog.max(po.order_date) AS last_order_date,
       COALESCE(pg_catalog.sum(po.order_total), 0) AS lifetime_value,
       COALESCE(pg_catalog.round(pg_catalog.avg(po.order_total), 2), 0) AS avg_order_value
  FROM @extschema@.customers c
  LEFT JOIN per_order po ON po.customer_id = c.customer_id
 GROUP BY c.customer_id, c.full_name, c.signed_up_at;
COMMENT ON VIEW @extschema@.v_customer_ltv IS
  'Lifetime value per customer: non-cancelled orders, their total and average; customers without orders show 0. One customer is read through the indexes; a top-N aggregates every order line, so a repeated leaderboard should aggregate mv_order_financials WHERE latest_status <> ''cancelled'' AND item_count > 0 by customer (the same figures as of its last refresh).';

CREATE OR REPLACE VIEW @extschema@.v_supplier_performance AS
WITH po AS (
    SELECT po.supplier_id,
           pg_catalog.count(DISTINCT po.po_id) AS po_count,
           pg_catalog.count(DISTINCT po.po_id) FILTER (WHERE po.status = 'received') AS po_received,
           COALESCE(pg_catalog.sum(poi.quantity), 0) AS units_ordered,
           COALESCE(pg_catalog.sum(poi.quantity * poi.cost_price), 0) AS spend
      FROM @extschema@.purchase_orders po
      LEFT JOIN @extschema@.purchase_order_items poi ON poi.po_id = po.po_id
     WHERE po.status <> 'cancelled'
     GROUP BY po.supplier_id
), paid AS (
    SELECT supplier_id, pg_catalog.sum(amount) AS paid_amount
      FROM @extschema@.supplier_payments
     GROUP BY supplier_id
)
SELECT s.supplier_id,
       s.name,
       s.rating,
       COALESCE(po.po_count, 0) AS po_count,
       COALESCE(po.po_received, 0) AS po_received,
       COALESCE(po.units_ordered, 0) AS units_ordered,
       COALESCE(po.spend, 0) AS spend,
       COALESCE(paid.paid_amount, 0) AS paid_amount
  FROM @extschema@.suppliers s
  LEFT JOIN po ON po.supplier_id = s.supplier_id
  LEFT JOIN paid ON paid.supplier_id = s.supplier_id;
COMMENT ON VIEW @extschema@.v_supplier_performance IS
  'Vendor scorecard: purchase orders (cancelled ones excluded), how many were received, units and spend at cost, and what has been paid.';

CREATE OR REPLACE VIEW @extschema@.v_returns_rate AS
WITH sold AS (
    SELECT oi.product_id, pg_catalog.sum(oi.quantity) AS items_sold
      FROM @extschema@.order_items oi
      JOIN @extschema@.orders o ON o.order_id = oi.order_id
     WHERE o.status <> 'cancelled'
     GROUP BY oi.product_id
), returned AS (
    -- returns read in a subquery of their own: one server plans it as a
    -- join, and a Citus cluster (returns distributed by order_item_id, order
    -- lines by order_id) sends the few returns to the lines' shards
    SELECT oi.product_id, pg_catalog.sum(r.quantity) AS items_returned
      FROM @extschema@.order_items oi
      JOIN (SELECT rt.order_item_id, rt.quantity FROM @extschema@.returns rt) AS r
        ON r.order_item_id = oi.order_item_id
     GROUP BY oi.product_id
)
SELECT p.product_id,
       p.sku,
       p.name AS product_name,
       sold.items_sold,
       COALESCE(returned.items_returned, 0) AS items_returned,
       pg_catalog.round(100.0 * COALESCE(returned.items_returned, 0) / sold.items_sold, 2) AS return_rate_pct
  FROM sold
  JOIN @extschema@.products p ON p.product_id = sold.product_id
  LEFT JOIN returned ON returned.product_id = sold.product_id;
COMMENT ON VIEW @extschema@.v_returns_rate IS
  'Per product that sold: units sold (non-cancelled orders), units returned and the return rate in percent.';

CREATE OR REPLACE VIEW @extschema@.v_review_summary AS
SELECT p.product_id,
       p.sku,
       p.name AS product_name,
       pg_catalog.count(r.review_id) AS review_count,
       pg_catalog.round(pg_catalog.avg(r.rating), 2) AS avg_rating,
       pg_catalog.count(r.review_id) FILTER (WHERE r.rating >= 4) AS positive_reviews,
       pg_catalog.count(r.review_id) FILTER (WHERE r.rating <= 2) AS negative_reviews
  FROM @extschema@.products p
  JOIN @extschema@.reviews r ON r.product_id = p.product_id
 GROUP BY p.product_id, p.sku, p.name;
COMMENT ON VIEW @extschema@.v_review_summary IS
  'Per reviewed product: review_count, avg_rating (2 decimals), 4-5 star and 1-2 star counts.';

CREATE OR REPLACE VIEW @extschema@.v_warehouse_utilization AS
SELECT w.warehouse_id,
       w.name,
       w.city,
       w.capacity_units,
       pg_catalog.count(i.product_id) AS sku_count,
       COALESCE(pg_catalog.sum(i.quantity), 0) AS units_on_hand,
       pg_catalog.round(100.0 * COALESCE(pg_catalog.sum(i.quantity), 0) / w.capacity_units, 2) AS utilization_pct,
       pg_catalog.count(i.product_id) FILTER (WHERE i.quantity <= i.reorder_level) AS skus_to_reorder
  FROM @extschema@.warehouses w
  LEFT JOIN @extschema@.inventory i ON i.warehouse_id = w.warehouse_id
 GROUP BY w.warehouse_id, w.name, w.city, w.capacity_units;
COMMENT ON VIEW @extschema@.v_warehouse_utilization IS
  'Per warehouse: products stocked, units on hand, percentage of capacity used and products at or below their reorder level.';

CREATE OR REPLACE VIEW @extschema@.v_coupon_redemptions AS
SELECT cp.coupon_id,
       cp.code,
       cp.pct_off,
       cp.amount_off,
       pg_catalog.count(cr.redemption_id) AS redemptions,
       COALESCE(pg_catalog.sum(cr.discount_amount), 0) AS total_discount,
       pg_catalog.min(cr.redeemed_at) AS first_redeemed_at,
       pg_catalog.max(cr.redeemed_at) AS last_redeemed_at
  FROM @extschema@.coupons cp
  LEFT JOIN @extschema@.coupon_redemptions cr ON cr.coupon_id = cp.coupon_id
 GROUP BY cp.coupon_id, cp.code, cp.pct_off, cp.amount_off;
COMMENT ON VIEW @extschema@.v_coupon_redemptions IS
  'Usage per coupon: number of redemptions, total discount granted, first and last use.';

CREATE OR REPLACE VIEW @extschema@.v_abandoned_carts AS
-- carts valued first, the customer joined to that (as in
-- v_orders_with_payment_shipment: a cart and its lines are on one shard of a
-- Citus cluster, the customer maybe on another)
SELECT ab.cart_id,
       ab.customer_id,
       c.full_name,
       c.email,
       ab.created_at,
       ab.last_activity_at,
       ab.item_count,
       ab.units,
       ab.cart_value
  FROM (SELECT ca.cart_id,
               ca.customer_id,
               ca.created_at,
               ca.updated_at AS last_activity_at,
               pg_catalog.count(ci.cart_item_id) AS item_count,
               pg_catalog.sum(ci.quantity) AS units,
               pg_catalog.sum(ci.quantity * p.price) AS cart_value
          FROM @extschema@.carts ca
          JOIN @extschema@.cart_items ci ON ci.cart_id = ca.cart_id
          JOIN @extschema@.products p ON p.product_id = ci.product_id
         WHERE ca.checked_out_at IS NULL
           AND ca.updated_at < (SELECT si.as_of FROM @extschema@.seed_info si) - interval '24 hours'
         GROUP BY ca.cart_id, ca.customer_id, ca.created_at, ca.updated_at) AS ab
  JOIN @extschema@.customers c ON c.customer_id = ab.customer_id;
COMMENT ON VIEW @extschema@.v_abandoned_carts IS
  'Carts with items that were never checked out and had been idle for more than 24 hours at the dataset''s as-of instant (seed_info.as_of, not the clock, so the rows do not change with time), valued at current prices; empty before the first seed.';

CREATE OR REPLACE VIEW @extschema@.v_products_inventory AS
SELECT i.warehouse_id,
       w.name AS warehouse_name,
       i.product_id,
       p.sku,
       p.name AS product_name,
       p.discontinued,
       i.quantity,
       i.reorder_level,
       i.quantity <= i.reorder_level AS needs_reorder,
       i.quantity * p.cost_price AS stock_value
  FROM @extschema@.inventory i
  JOIN @extschema@.products p ON p.product_id = i.product_id
  JOIN @extschema@.warehouses w ON w.warehouse_id = i.warehouse_id;
COMMENT ON VIEW @extschema@.v_products_inventory IS
  'Stock per warehouse and product, with whether it needs reordering and its value at cost.';

CREATE OR REPLACE VIEW @extschema@.v_category_hierarchy AS
WITH RECURSIVE tree AS (
    SELECT category_id, parent_category_id, name, 1 AS depth,
           name AS path, ARRAY[category_id] AS id_path
      FROM @extschema@.categories
     WHERE parent_category_id IS NULL
    UNION ALL
    SELECT c.category_id, c.parent_category_id, c.name, t.depth + 1,
           t.path || ' > ' || c.name, t.id_path || c.category_id
      FROM @extschema@.categories c
      JOIN tree t ON c.parent_category_id = t.category_id
     WHERE c.category_id <> ALL (t.id_path)
)
SELECT category_id, parent_category_id, name, depth, path, id_path
  FROM tree;
COMMENT ON VIEW @extschema@.v_category_hierarchy IS
  'The category tree flattened: depth (1 for a top-level department) and the breadcrumb path from the root, e.g. Electronics > Mobiles > Smartphones.';

CREATE OR REPLACE VIEW @extschema@.v_loyalty_balances AS
SELECT la.account_id,
       la.customer_id,
       la.tier,
       COALESCE(pg_catalog.sum(l.points_delta) FILTER (WHERE l.points_delta > 0), 0) AS points_earned,
       COALESCE(-pg_catalog.sum(l.points_delta) FILTER (WHERE l.points_delta < 0), 0) AS points_redeemed,
       COALESCE(pg_catalog.sum(l.points_delta), 0) AS balance,
       pg_catalog.max(l.created_at) AS last_activity_at
  FROM @extschema@.loyalty_accounts la
  LEFT JOIN @extschema@.loyalty_ledger l ON l.account_id = la.account_id
 GROUP BY la.account_id, la.customer_id, la.tier;
COMMENT ON VIEW @extschema@.v_loyalty_balances IS
  'Current points balance per loyalty account (sum of its ledger), with points earned and redeemed.';
