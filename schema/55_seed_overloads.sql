-- schema/55_seed_overloads.sql: the integer-seed overloads of the C entry points.
-- Integer-seed overloads.  In commerce_seed(1, 42) both literals are integers,
-- so with only the bigint-seed function above, a commerce_seed(integer,
-- integer) in any schema on search_path, even one searched after this one,
-- would be an exact match and be called instead.  Each overload below is that
-- exact match for the documented call forms (seed given as an integer
-- literal), in this schema, so it wins over a look-alike in any schema
-- searched after it; the C function reads the seed at either width.  Seed has
-- no default here, so calls that leave it out still resolve to the bigint
-- form alone.  (A schema searched BEFORE this one can still capture any call:
-- keep untrusted schemas off search_path, or qualify the calls; see the
-- README's Security section.)

CREATE FUNCTION @extschema@.commerce_seed(
    scale integer,
    seed integer,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS TABLE (table_name text, rows bigint)
AS 'MODULE_PATHNAME', 'commerce_seed'
LANGUAGE C CALLED ON NULL INPUT VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed(integer, integer, date, date) IS
  'The same as commerce_seed(integer, bigint, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_sizes(
    scale integer,
    seed integer,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS TABLE (table_name text, driver text, planned_rows bigint, exact boolean, est_bytes bigint)
AS 'MODULE_PATHNAME', 'commerce_seed_sizes'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_sizes(integer, integer, date, date) IS
  'The same as commerce_seed_sizes(integer, bigint, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_sizes(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_customers(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.customers
AS 'MODULE_PATHNAME', 'commerce_seed_customers'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_customers(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_customers(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_customers(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_suppliers(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.suppliers
AS 'MODULE_PATHNAME', 'commerce_seed_suppliers'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_suppliers(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_suppliers(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_suppliers(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_categories(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.categories
AS 'MODULE_PATHNAME', 'commerce_seed_categories'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_categories(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_categories(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_categories(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_products(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.products
AS 'MODULE_PATHNAME', 'commerce_seed_products'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_products(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_products(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_products(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_warehouses(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.warehouses
AS 'MODULE_PATHNAME', 'commerce_seed_warehouses'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_warehouses(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_warehouses(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_warehouses(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_addresses(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.addresses
AS 'MODULE_PATHNAME', 'commerce_seed_addresses'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_addresses(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_addresses(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_addresses(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_orders(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.orders
AS 'MODULE_PATHNAME', 'commerce_seed_orders'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_orders(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_orders(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_orders(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_order_items(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.order_items
AS 'MODULE_PATHNAME', 'commerce_seed_order_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_order_items(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_order_items(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_order_items(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_inventory(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.inventory
AS 'MODULE_PATHNAME', 'commerce_seed_inventory'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_inventory(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_inventory(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_inventory(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_payments(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.payments
AS 'MODULE_PATHNAME', 'commerce_seed_payments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_payments(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_payments(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_payments(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_shipments(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.shipments
AS 'MODULE_PATHNAME', 'commerce_seed_shipments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_shipments(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_shipments(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_shipments(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_carts(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.carts
AS 'MODULE_PATHNAME', 'commerce_seed_carts'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_carts(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_carts(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_carts(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_cart_items(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.cart_items
AS 'MODULE_PATHNAME', 'commerce_seed_cart_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_cart_items(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_cart_items(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_cart_items(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_reviews(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.reviews
AS 'MODULE_PATHNAME', 'commerce_seed_reviews'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_reviews(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_reviews(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_reviews(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_returns(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.returns
AS 'MODULE_PATHNAME', 'commerce_seed_returns'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_returns(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_returns(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_returns(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_coupons(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.coupons
AS 'MODULE_PATHNAME', 'commerce_seed_coupons'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_coupons(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_coupons(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_coupons(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_coupon_redemptions(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.coupon_redemptions
AS 'MODULE_PATHNAME', 'commerce_seed_coupon_redemptions'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_coupon_redemptions(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_coupon_redemptions(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_coupon_redemptions(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_loyalty_accounts(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.loyalty_accounts
AS 'MODULE_PATHNAME', 'commerce_seed_loyalty_accounts'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_loyalty_accounts(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_loyalty_accounts(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_loyalty_accounts(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_loyalty_ledger(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.loyalty_ledger
AS 'MODULE_PATHNAME', 'commerce_seed_loyalty_ledger'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_loyalty_ledger(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_loyalty_ledger(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_loyalty_ledger(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_gift_cards(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.gift_cards
AS 'MODULE_PATHNAME', 'commerce_seed_gift_cards'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_gift_cards(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_gift_cards(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_gift_cards(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_purchase_orders(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.purchase_orders
AS 'MODULE_PATHNAME', 'commerce_seed_purchase_orders'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_purchase_orders(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_purchase_orders(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_purchase_orders(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_purchase_order_items(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.purchase_order_items
AS 'MODULE_PATHNAME', 'commerce_seed_purchase_order_items'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_purchase_order_items(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_purchase_order_items(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_purchase_order_items(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_supplier_payments(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.supplier_payments
AS 'MODULE_PATHNAME', 'commerce_seed_supplier_payments'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_supplier_payments(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_supplier_payments(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_supplier_payments(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_product_attributes(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.product_attributes
AS 'MODULE_PATHNAME', 'commerce_seed_product_attributes'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_product_attributes(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_product_attributes(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_product_attributes(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_product_images(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.product_images
AS 'MODULE_PATHNAME', 'commerce_seed_product_images'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_product_images(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_product_images(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_product_images(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_support_tickets(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.support_tickets
AS 'MODULE_PATHNAME', 'commerce_seed_support_tickets'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_support_tickets(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_support_tickets(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_support_tickets(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_ticket_messages(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.ticket_messages
AS 'MODULE_PATHNAME', 'commerce_seed_ticket_messages'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_ticket_messages(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_ticket_messages(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_ticket_messages(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_user_sessions(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.user_sessions
AS 'MODULE_PATHNAME', 'commerce_seed_user_sessions'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_user_sessions(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_user_sessions(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_user_sessions(1, 42), is an exact match for this function.';

CREATE FUNCTION @extschema@.commerce_seed_audit_events(
    scale integer,
    seed integer,
    chunk integer DEFAULT 0,
    chunks integer DEFAULT 1,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS SETOF @extschema@.audit_events
AS 'MODULE_PATHNAME', 'commerce_seed_audit_events'
LANGUAGE C CALLED ON NULL INPUT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commerce_seed_audit_events(integer, integer, integer, integer, date, date) IS
  'The same as commerce_seed_audit_events(integer, bigint, integer, integer, date, date) with the seed given as an integer, so that a call with an integer literal, commerce_seed_audit_events(1, 42), is an exact match for this function.';
