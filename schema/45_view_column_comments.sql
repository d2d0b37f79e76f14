-- schema/45_view_column_comments.sql: what every column of the views and
-- materialized views means.  After 30_views.sql and 40_matviews.sql, which
-- create them; part of the update from 1.0 too (the Makefile adds it after
-- 30_views.sql; the materialized views are 1.0's, with the same columns).
-- Money is INR; aggregates of it are plain numeric.  Revenue figures leave
-- cancelled orders out; a line total is round(quantity * unit_price * (1 -
-- discount/100), 2).

-- v_order_items_detailed

COMMENT ON COLUMN @extschema@.v_order_items_detailed.order_item_id IS
  'The order line (order_items.order_item_id).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.order_id IS
  'The order (orders.order_id).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.order_date IS
  'The order''s Asia/Kolkata calendar day (orders.order_date).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.customer_id IS
  'The buyer (orders.customer_id).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.order_status IS
  'The order''s status (orders.status); lines of cancelled orders are included.';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.product_id IS
  'The product (products.product_id).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.sku IS
  'The product''s SKU (products.sku).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.product_name IS
  'The product''s name (products.name).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.quantity IS
  'Units bought (order_items.quantity).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.unit_price IS
  'Price per unit when the order was placed, INR (order_items.unit_price).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.discount IS
  'Percentage off the line, 0 to 100 (order_items.discount).';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.gross_amount IS
  'The line before its discount, INR: quantity * unit_price.';
COMMENT ON COLUMN @extschema@.v_order_items_detailed.line_total IS
  'What the line costs the buyer, INR: round(gross_amount * (1 - discount/100), 2). An order''s line totals add up to its payment amount.';

-- v_orders_with_payment_shipment

COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.order_id IS
  'The order (orders.order_id).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.order_date IS
  'The order''s Asia/Kolkata calendar day (orders.order_date).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.placed_at IS
  'When the order was placed (orders.placed_at).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.status IS
  'The order''s status (orders.status).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.customer_id IS
  'The buyer (orders.customer_id).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.full_name IS
  'The buyer''s name (customers.full_name).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.email IS
  'The buyer''s email address (customers.email).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.payment_id IS
  'The order''s payment (payments.payment_id); this and the other payment columns are NULL for an order without a payment (none in generated data).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.payment_method IS
  'How the order is paid (payments.method).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.payment_status IS
  'State of the payment (payments.status): pending, captured or voided.';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.amount IS
  'Amount due for the order, INR (payments.amount), whatever the payment''s status.';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.paid_at IS
  'When the money was captured (payments.paid_at); NULL unless payment_status is captured.';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.shipment_id IS
  'The order''s shipment (shipments.shipment_id); this and the other shipment columns are NULL for an order without a shipment (none in generated data).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.warehouse_id IS
  'The warehouse the parcel leaves from (shipments.warehouse_id).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.shipment_status IS
  'The last step the parcel reached (shipments.status).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.carrier IS
  'The courier company (shipments.carrier).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.tracking_no IS
  'The carrier''s tracking number (shipments.tracking_no).';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.dispatched_at IS
  'When the carrier collected the parcel (shipments.dispatched_at); NULL while not dispatched.';
COMMENT ON COLUMN @extschema@.v_orders_with_payment_shipment.delivered_at IS
  'When the parcel was delivered (shipments.delivered_at); NULL while not delivered.';

-- v_sales_daily

COMMENT ON COLUMN @extschema@.v_sales_daily.sales_date IS
  'The Asia/Kolkata calendar day (orders.order_date); a day without a non-cancelled order has no row.';
COMMENT ON COLUMN @extschema@.v_sales_daily.orders IS
  'Orders placed that day and not cancelled, whatever their other status.';
COMMENT ON COLUMN @extschema@.v_sales_daily.customers IS
  'Distinct customers who placed those orders.';
COMMENT ON COLUMN @extschema@.v_sales_daily.units IS
  'Units on the lines of those orders (sum of quantity).';
COMMENT ON COLUMN @extschema@.v_sales_daily.revenue IS
  'Sum of the line totals of those orders, INR, whether their payment is captured yet or not.';

-- v_top_customers_month

COMMENT ON COLUMN @extschema@.v_top_customers_month.month IS
  'First day of the calendar month of the orders'' order_date (Asia/Kolkata).';
COMMENT ON COLUMN @extschema@.v_top_customers_month.customer_id IS
  'The customer (customers.customer_id); only customers with a non-cancelled order in the month appear.';
COMMENT ON COLUMN @extschema@.v_top_customers_month.full_name IS
  'The customer''s name (customers.full_name).';
COMMENT ON COLUMN @extschema@.v_top_customers_month.orders IS
  'The customer''s non-cancelled orders in the month.';
COMMENT ON COLUMN @extschema@.v_top_customers_month.spend IS
  'Sum of the line totals of those orders, INR.';
COMMENT ON COLUMN @extschema@.v_top_customers_month.rank_in_month IS
  'Rank by spend within the month, 1 for the biggest spender; equal spends share a rank and the ranks after them are skipped (rank()).';

-- v_customer_ltv

COMMENT ON COLUMN @extschema@.v_customer_ltv.customer_id IS
  'The customer (customers.customer_id); every customer has a row.';
COMMENT ON COLUMN @extschema@.v_customer_ltv.full_name IS
  'The customer''s name (customers.full_name).';
COMMENT ON COLUMN @extschema@.v_customer_ltv.signed_up_at IS
  'When the account was created (customers.signed_up_at).';
COMMENT ON COLUMN @extschema@.v_customer_ltv.order_count IS
  'The customer''s orders that are not cancelled; 0 for none.';
COMMENT ON COLUMN @extschema@.v_customer_ltv.first_order_date IS
  'order_date of the first of those orders; NULL for a customer without one.';
COMMENT ON COLUMN @extschema@.v_customer_ltv.last_order_date IS
  'order_date of the latest of those orders; NULL for a customer without one.';
COMMENT ON COLUMN @extschema@.v_customer_ltv.lifetime_value IS
  'Sum of the line totals of those orders, INR; 0 for none.';
COMMENT ON COLUMN @extschema@.v_customer_ltv.avg_order_value IS
  'Average order total, INR, rounded to 2 decimals: lifetime_value / order_count; 0 for none.';

-- v_supplier_performance

COMMENT ON COLUMN @extschema@.v_supplier_performance.supplier_id IS
  'The supplier (suppliers.supplier_id); every supplier has a row.';
COMMENT ON COLUMN @extschema@.v_supplier_performance.name IS
  'The supplier''s name (suppliers.name).';
COMMENT ON COLUMN @extschema@.v_supplier_performance.rating IS
  'The buying team''s 1-5 score of the supplier (suppliers.rating).';
COMMENT ON COLUMN @extschema@.v_supplier_performance.po_count IS
  'Purchase orders to the supplier that are not cancelled (ordered or received).';
COMMENT ON COLUMN @extschema@.v_supplier_performance.po_received IS
  'Of those, the ones received.';
COMMENT ON COLUMN @extschema@.v_supplier_performance.units_ordered IS
  'Units on the lines of those purchase orders.';
COMMENT ON COLUMN @extschema@.v_supplier_performance.spend IS
  'Value of those purchase orders at cost, INR: sum of quantity * cost_price, received or still on order.';
COMMENT ON COLUMN @extschema@.v_supplier_performance.paid_amount IS
  'Paid to the supplier so far, INR (sum of supplier_payments.amount); less than spend by the purchase orders not yet received or not yet paid.';

-- v_returns_rate

COMMENT ON COLUMN @extschema@.v_returns_rate.product_id IS
  'The product (products.product_id); only products sold in a non-cancelled order appear.';
COMMENT ON COLUMN @extschema@.v_returns_rate.sku IS
  'The product''s SKU (products.sku).';
COMMENT ON COLUMN @extschema@.v_returns_rate.product_name IS
  'The product''s name (products.name).';
COMMENT ON COLUMN @extschema@.v_returns_rate.items_sold IS
  'Units sold in non-cancelled orders, delivered or not (sum of order_items.quantity).';
COMMENT ON COLUMN @extschema@.v_returns_rate.items_returned IS
  'Units asked to be returned (sum of returns.quantity), pending and rejected requests included; 0 for none.';
COMMENT ON COLUMN @extschema@.v_returns_rate.return_rate_pct IS
  'items_returned as a percentage of items_sold, rounded to 2 decimals.';

-- v_review_summary

COMMENT ON COLUMN @extschema@.v_review_summary.product_id IS
  'The product (products.product_id); only products with at least one review appear.';
COMMENT ON COLUMN @extschema@.v_review_summary.sku IS
  'The product''s SKU (products.sku).';
COMMENT ON COLUMN @extschema@.v_review_summary.product_name IS
  'The product''s name (products.name).';
COMMENT ON COLUMN @extschema@.v_review_summary.review_count IS
  'Reviews of the product.';
COMMENT ON COLUMN @extschema@.v_review_summary.avg_rating IS
  'Mean of their ratings, 1 to 5 stars, rounded to 2 decimals.';
COMMENT ON COLUMN @extschema@.v_review_summary.positive_reviews IS
  'Reviews with 4 or 5 stars.';
COMMENT ON COLUMN @extschema@.v_review_summary.negative_reviews IS
  'Reviews with 1 or 2 stars.';

-- v_warehouse_utilization

COMMENT ON COLUMN @extschema@.v_warehouse_utilization.warehouse_id IS
  'The warehouse (warehouses.warehouse_id); every warehouse has a row.';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.name IS
  'The warehouse''s name (warehouses.name).';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.city IS
  'The warehouse''s city (warehouses.city).';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.capacity_units IS
  'Units of stock the warehouse can hold (warehouses.capacity_units).';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.sku_count IS
  'Products with an inventory row at the warehouse, out-of-stock ones included.';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.units_on_hand IS
  'Units in stock there (sum of inventory.quantity); 0 for none.';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.utilization_pct IS
  'units_on_hand as a percentage of capacity_units, rounded to 2 decimals.';
COMMENT ON COLUMN @extschema@.v_warehouse_utilization.skus_to_reorder IS
  'Products whose quantity there is at or below their reorder level, out-of-stock ones included.';

-- v_coupon_redemptions

COMMENT ON COLUMN @extschema@.v_coupon_redemptions.coupon_id IS
  'The coupon (coupons.coupon_id); every coupon has a row, used or not.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.code IS
  'The coupon''s code (coupons.code).';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.pct_off IS
  'Percentage off (coupons.pct_off); NULL for a flat-amount coupon.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.amount_off IS
  'Flat amount off, INR (coupons.amount_off); NULL for a percentage coupon.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.redemptions IS
  'Times the coupon was used, on orders cancelled later too; 0 for none.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.total_discount IS
  'Sum of the savings granted (coupon_redemptions.discount_amount), INR; 0 for none.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.first_redeemed_at IS
  'First use; NULL for a coupon never used.';
COMMENT ON COLUMN @extschema@.v_coupon_redemptions.last_redeemed_at IS
  'Latest use; NULL for a coupon never used.';

-- v_abandoned_carts

COMMENT ON COLUMN @extschema@.v_abandoned_carts.cart_id IS
  'The cart (carts.cart_id).';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.customer_id IS
  'The shopper (carts.customer_id).';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.full_name IS
  'The shopper''s name (customers.full_name).';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.email IS
  'The shopper''s email address (customers.email), for a reminder.';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.created_at IS
  'When the first item was put in the cart (carts.created_at).';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.last_activity_at IS
  'When the last item was put in the cart (carts.updated_at): more than 24 hours before seed_info.as_of.';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.item_count IS
  'Distinct products in the cart.';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.units IS
  'Units in the cart (sum of cart_items.quantity).';
COMMENT ON COLUMN @extschema@.v_abandoned_carts.cart_value IS
  'What the cart would cost now, INR: sum of quantity * products.price at the current prices, before any discount.';

-- v_products_inventory

COMMENT ON COLUMN @extschema@.v_products_inventory.warehouse_id IS
  'The warehouse (inventory.warehouse_id).';
COMMENT ON COLUMN @extschema@.v_products_inventory.warehouse_name IS
  'The warehouse''s name (warehouses.name).';
COMMENT ON COLUMN @extschema@.v_products_inventory.product_id IS
  'The product (inventory.product_id).';
COMMENT ON COLUMN @extschema@.v_products_inventory.sku IS
  'The product''s SKU (products.sku).';
COMMENT ON COLUMN @extschema@.v_products_inventory.product_name IS
  'The product''s name (products.name).';
COMMENT ON COLUMN @extschema@.v_products_inventory.discontinued IS
  'Whether the product has been withdrawn from sale (products.discontinued).';
COMMENT ON COLUMN @extschema@.v_products_inventory.quantity IS
  'Units on hand in the warehouse (inventory.quantity); 0 when out of stock.';
COMMENT ON COLUMN @extschema@.v_products_inventory.reorder_level IS
  'Stock level at or below which the product should be restocked (inventory.reorder_level).';
COMMENT ON COLUMN @extschema@.v_products_inventory.needs_reorder IS
  'Whether quantity is at or below reorder_level, out of stock included.';
COMMENT ON COLUMN @extschema@.v_products_inventory.stock_value IS
  'Value of the stock at cost, INR: quantity * products.cost_price.';

-- v_category_hierarchy

COMMENT ON COLUMN @extschema@.v_category_hierarchy.category_id IS
  'The category (categories.category_id).';
COMMENT ON COLUMN @extschema@.v_category_hierarchy.parent_category_id IS
  'The parent category (categories.parent_category_id); NULL for a top-level department.';
COMMENT ON COLUMN @extschema@.v_category_hierarchy.name IS
  'The category''s name (categories.name).';
COMMENT ON COLUMN @extschema@.v_category_hierarchy.depth IS
  'Level in the tree: 1 for a top-level department, 2 for its subcategories, and so on.';
COMMENT ON COLUMN @extschema@.v_category_hierarchy.path IS
  'The names from the department down to this category, joined by " > " (e.g. "Electronics > Mobiles & Accessories > Smartphones").';
COMMENT ON COLUMN @extschema@.v_category_hierarchy.id_path IS
  'The category_id values from the department down to this category, in that order; the last element is category_id.';

-- v_loyalty_balances

COMMENT ON COLUMN @extschema@.v_loyalty_balances.account_id IS
  'The loyalty account (loyalty_accounts.account_id); every account has a row.';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.customer_id IS
  'The member (loyalty_accounts.customer_id).';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.tier IS
  'Programme tier (loyalty_accounts.tier).';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.points_earned IS
  'Points earned: sum of the positive ledger entries; 0 for none.';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.points_redeemed IS
  'Points spent, as a positive number: minus the sum of the negative ledger entries; 0 for none.';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.balance IS
  'Points available: points_earned - points_redeemed (sum of all ledger entries); never negative in generated data.';
COMMENT ON COLUMN @extschema@.v_loyalty_balances.last_activity_at IS
  'When the latest ledger entry was booked; NULL for an account without entries.';

-- mv_order_financials

COMMENT ON COLUMN @extschema@.mv_order_financials.order_id IS
  'The order (orders.order_id); one row per order as of the last refresh.';
COMMENT ON COLUMN @extschema@.mv_order_financials.customer_id IS
  'The buyer (orders.customer_id).';
COMMENT ON COLUMN @extschema@.mv_order_financials.order_date IS
  'The order''s Asia/Kolkata calendar day (orders.order_date).';
COMMENT ON COLUMN @extschema@.mv_order_financials.latest_status IS
  'The order''s status (orders.status) at the last refresh.';
COMMENT ON COLUMN @extschema@.mv_order_financials.item_count IS
  'Order lines; 0 for an order without lines (none in generated data).';
COMMENT ON COLUMN @extschema@.mv_order_financials.units IS
  'Units on the lines (sum of quantity); 0 for none.';
COMMENT ON COLUMN @extschema@.mv_order_financials.gross_amount IS
  'Sum of quantity * unit_price over the lines, before discounts, INR.';
COMMENT ON COLUMN @extschema@.mv_order_financials.order_total IS
  'Sum of the line totals, INR: what the order costs; equal to paid_amount in generated data.';
COMMENT ON COLUMN @extschema@.mv_order_financials.paid_amount IS
  'The payment''s amount (payments.amount), INR, whatever its status: also for a pending or voided payment (see payment_status); NULL for an order without a payment.';
COMMENT ON COLUMN @extschema@.mv_order_financials.payment_status IS
  'State of the payment (payments.status): pending, captured or voided.';

-- mv_daily_kpis

COMMENT ON COLUMN @extschema@.mv_daily_kpis.sales_date IS
  'An Asia/Kolkata calendar day with a non-cancelled order or a coupon redemption, as of the last refresh.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.orders IS
  'Orders placed that day and not cancelled (v_sales_daily.orders); 0 for none.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.customers IS
  'Distinct customers who placed them (v_sales_daily.customers); 0 for none.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.units IS
  'Units on their lines (v_sales_daily.units); 0 for none.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.revenue IS
  'Sum of their line totals, INR (v_sales_daily.revenue); 0 for none.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.coupon_redemptions IS
  'Coupons redeemed that day (by the Asia/Kolkata day of redeemed_at), on orders cancelled later too; 0 for none.';
COMMENT ON COLUMN @extschema@.mv_daily_kpis.coupon_discount IS
  'Savings those redemptions granted (sum of discount_amount), INR; 0 for none.';

-- the snapshots themselves: when they are current and how to bring them up
-- to date (here rather than in 40_matviews.sql, so that the update from 1.0
-- sets them too)
COMMENT ON MATERIALIZED VIEW @extschema@.mv_order_financials IS
  'Snapshot, one row per order: items, units, gross amount, order_total (sum of line totals), latest status and the payment beside it. As of the last refresh: commerce_seed() refreshes it; after changing orders, order_items or payments run REFRESH MATERIALIZED VIEW CONCURRENTLY.';
COMMENT ON MATERIALIZED VIEW @extschema@.mv_daily_kpis IS
  'Snapshot, one row per day: v_sales_daily plus the number of coupon redemptions and the discount they granted that day (Asia/Kolkata calendar); a day with redemptions but no sales has orders = 0. As of the last refresh: commerce_seed() refreshes it; after changing orders, order_items or coupon_redemptions run REFRESH MATERIALIZED VIEW CONCURRENTLY.';
