-- schema/50_functions.sql: the C entry points.
-- Defaults: seed 42 and the window 2023-01-01 .. 2024-12-31, fixed so that the
-- default output never depends on the clock.

CREATE FUNCTION @extschema@.commerce_seed(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS TABLE (table_name text, rows bigint)
AS 'MODULE_PATHNAME', 'commerce_seed'
LANGUAGE C CALLED ON NULL INPUT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed(integer, bigint, date, date) IS
  'Replaces the content of every table with the deterministic dataset for (scale, seed, window): truncates, generates in dependency order, rebuilds indexes, moves sequences on, refreshes the materialized views and analyzes. Returns the rows written per table. Scale 1 is about 1,000 customers and 6,000 orders.';

CREATE FUNCTION @extschema@.commerce_seed_sizes(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS TABLE (table_name text, driver text, planned_rows bigint, exact boolean, est_bytes bigint)
AS 'MODULE_PATHNAME', 'commerce_seed_sizes'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_sizes(integer, bigint, date, date) IS
  'Planned rows per table, counted by the generators without building any row (exact when the driver has at most 500,000 units, otherwise scaled up from 500,000 units spread evenly over it, within 2%), and estimated bytes with indexes.';

CREATE FUNCTION @extschema@.commerce_seed_customers(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.customers
AS 'MODULE_PATHNAME', 'commerce_seed_customers'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_customers(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into customers for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_suppliers(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.suppliers
AS 'MODULE_PATHNAME', 'commerce_seed_suppliers'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_suppliers(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into suppliers for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_categories(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.categories
AS 'MODULE_PATHNAME', 'commerce_seed_categories'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_categories(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into categories for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_products(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.products
AS 'MODULE_PATHNAME', 'commerce_seed_products'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_products(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into products for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_warehouses(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.warehouses
AS 'MODULE_PATHNAME', 'commerce_seed_warehouses'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_warehouses(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into warehouses for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_addresses(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.addresses
AS 'MODULE_PATHNAME', 'commerce_seed_addresses'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_addresses(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into addresses for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_orders(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.orders
AS 'MODULE_PATHNAME', 'commerce_seed_orders'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_orders(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into orders for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_order_items(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.order_items
AS 'MODULE_PATHNAME', 'commerce_seed_order_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_order_items(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into order_items for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_inventory(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.inventory
AS 'MODULE_PATHNAME', 'commerce_seed_inventory'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_inventory(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into inventory for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_payments(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.payments
AS 'MODULE_PATHNAME', 'commerce_seed_payments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_payments(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into payments for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_shipments(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.shipments
AS 'MODULE_PATHNAME', 'commerce_seed_shipments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_shipments(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into shipments for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_carts(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.carts
AS 'MODULE_PATHNAME', 'commerce_seed_carts'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_carts(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into carts for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_cart_items(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.cart_items
AS 'MODULE_PATHNAME', 'commerce_seed_cart_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_cart_items(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into cart_items for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_reviews(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.reviews
AS 'MODULE_PATHNAME', 'commerce_seed_reviews'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_reviews(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into reviews for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_returns(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.returns
AS 'MODULE_PATHNAME', 'commerce_seed_returns'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_returns(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into returns for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_coupons(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.coupons
AS 'MODULE_PATHNAME', 'commerce_seed_coupons'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_coupons(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into coupons for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_coupon_redemptions(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.coupon_redemptions
AS 'MODULE_PATHNAME', 'commerce_seed_coupon_redemptions'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_coupon_redemptions(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into coupon_redemptions for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_loyalty_accounts(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.loyalty_accounts
AS 'MODULE_PATHNAME', 'commerce_seed_loyalty_accounts'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_loyalty_accounts(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into loyalty_accounts for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_loyalty_ledger(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.loyalty_ledger
AS 'MODULE_PATHNAME', 'commerce_seed_loyalty_ledger'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_loyalty_ledger(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into loyalty_ledger for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_gift_cards(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.gift_cards
AS 'MODULE_PATHNAME', 'commerce_seed_gift_cards'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_gift_cards(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into gift_cards for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_purchase_orders(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.purchase_orders
AS 'MODULE_PATHNAME', 'commerce_seed_purchase_orders'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_purchase_orders(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into purchase_orders for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_purchase_order_items(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.purchase_order_items
AS 'MODULE_PATHNAME', 'commerce_seed_purchase_order_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_purchase_order_items(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into purchase_order_items for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_supplier_payments(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.supplier_payments
AS 'MODULE_PATHNAME', 'commerce_seed_supplier_payments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_supplier_payments(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into supplier_payments for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_product_attributes(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.product_attributes
AS 'MODULE_PATHNAME', 'commerce_seed_product_attributes'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_product_attributes(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into product_attributes for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_product_images(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.product_images
AS 'MODULE_PATHNAME', 'commerce_seed_product_images'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_product_images(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into product_images for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_support_tickets(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.support_tickets
AS 'MODULE_PATHNAME', 'commerce_seed_support_tickets'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_support_tickets(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into support_tickets for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_ticket_messages(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.ticket_messages
AS 'MODULE_PATHNAME', 'commerce_seed_ticket_messages'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_ticket_messages(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into ticket_messages for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_user_sessions(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.user_sessions
AS 'MODULE_PATHNAME', 'commerce_seed_user_sessions'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_user_sessions(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into user_sessions for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

CREATE FUNCTION @extschema@.commerce_seed_audit_events(
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.audit_events
AS 'MODULE_PATHNAME', 'commerce_seed_audit_events'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_audit_events(integer, bigint, integer, integer, date, date) IS
  'The rows commerce_seed() writes into audit_events for the same scale, seed and window, without storing them; chunk k of chunks produces one part, and the parts together are the whole table.';

