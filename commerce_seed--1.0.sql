-- commerce_seed--1.0.sql: the install script of version 1.0, as shipped (kept so
-- that VERSION '1.0' stays installable for the update test); do not edit,
-- but for security fixes that leave its objects as they were.
-- Later versions are built from schema/ and reached by update scripts.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION commerce_seed" to load this file. \quit

-- CREATE EXTENSION runs this script with the target schema first on
-- search_path, and whoever can create objects there (in PostgreSQL 15 the
-- database owner owns public) could plant an operator or function that is a
-- better match than the built-in one, say * on (integer, numeric); the views,
-- materialized views and constraints below would bind it, and it would then
-- run with the rights of every role that refreshes, verifies or reads them.
-- Every object this script creates or refers to of its own is written
-- @extschema@.name, so the path needs nothing but pg_catalog: with it, every
-- operator, function and type name binds to the built-in one.  SET LOCAL,
-- not SET: CREATE EXTENSION restores the caller's search_path when the
-- script ends only if the script did not SET it for the session.
-- (Added to 1.0's script in place, as a security fix: the objects are the same.)
SET LOCAL search_path = pg_catalog, pg_temp;
-- schema/01_enums.sql: the enum types behind every status-like column.

CREATE TYPE @extschema@.customer_status AS ENUM ('active', 'inactive', 'blocked');
COMMENT ON TYPE @extschema@.customer_status IS
  'Account state of a customer: active, inactive (dormant, no recent activity) or blocked (fraud or abuse).';

CREATE TYPE @extschema@.order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
COMMENT ON TYPE @extschema@.order_status IS
  'Order lifecycle: pending -> paid -> shipped -> delivered, or cancelled before dispatch. Cash-on-delivery orders go pending -> shipped -> delivered.';

CREATE TYPE @extschema@.payment_method AS ENUM ('card', 'upi', 'netbanking', 'cod', 'wallet');
COMMENT ON TYPE @extschema@.payment_method IS
  'How an order is paid: card, UPI, net banking, cash on delivery (cod) or a prepaid wallet.';

CREATE TYPE @extschema@.payment_status AS ENUM ('pending', 'captured', 'voided');
COMMENT ON TYPE @extschema@.payment_status IS
  'State of a payment: pending (not yet collected), captured (money received, paid_at set) or voided (order cancelled before capture).';

CREATE TYPE @extschema@.shipment_status AS ENUM
  ('preparing', 'packed', 'dispatched', 'in_transit', 'out_for_delivery', 'delivered', 'cancelled');
COMMENT ON TYPE @extschema@.shipment_status IS
  'Parcel journey: preparing -> packed -> dispatched -> in_transit -> out_for_delivery -> delivered; cancelled when the order is cancelled before dispatch.';

CREATE TYPE @extschema@.return_reason AS ENUM
  ('damaged', 'defective', 'wrong_item', 'not_as_described', 'size_fit', 'changed_mind', 'late_delivery');
COMMENT ON TYPE @extschema@.return_reason IS
  'Why a customer sent an item back.';

CREATE TYPE @extschema@.loyalty_tier AS ENUM ('bronze', 'silver', 'gold', 'platinum');
COMMENT ON TYPE @extschema@.loyalty_tier IS
  'Loyalty programme tier of an account.';

CREATE TYPE @extschema@.purchase_order_status AS ENUM ('ordered', 'received', 'cancelled');
COMMENT ON TYPE @extschema@.purchase_order_status IS
  'State of a purchase order sent to a supplier: ordered (in transit to the warehouse), received or cancelled.';

CREATE TYPE @extschema@.ticket_status AS ENUM ('open', 'pending', 'resolved', 'closed');
COMMENT ON TYPE @extschema@.ticket_status IS
  'Support ticket state: open (waiting for an agent), pending (waiting for the customer), resolved, closed.';

CREATE TYPE @extschema@.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
COMMENT ON TYPE @extschema@.ticket_priority IS
  'Support ticket priority.';
-- schema/10_tables.sql: the 29 tables, in the seeding order of the design.
-- Money is numeric(12,2) in INR; every timestamp is timestamptz.  Codes and
-- emails (identifiers, never sorted for people) use the "C" collation, so
-- their unique indexes compare bytes instead of calling the locale.

-- Catalog and customers (masters)

CREATE TABLE @extschema@.customers (
    customer_id       bigserial PRIMARY KEY,
    full_name         text NOT NULL,
    email             text COLLATE pg_catalog."C" NOT NULL,
    phone             text,
    status            @extschema@.customer_status NOT NULL DEFAULT 'active',
    date_of_birth     date,
    marketing_opt_in  boolean NOT NULL DEFAULT false,
    signed_up_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT uq_customers_email UNIQUE (email),
    CONSTRAINT ck_customers_email_format CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[a-z]+$'),
    CONSTRAINT ck_customers_full_name_not_blank CHECK (pg_catalog.btrim(full_name) <> '')
);
COMMENT ON TABLE @extschema@.customers IS
  'Shoppers. One row per account; customer_id grows with signed_up_at. Emails use reserved example domains and phone numbers an unroutable +91 00 prefix, so no generated contact reaches a real person.';

CREATE TABLE @extschema@.suppliers (
    supplier_id    bigserial PRIMARY KEY,
    name           text NOT NULL,
    rating         integer NOT NULL,
    contact_email  text NOT NULL,
    phone          text,
    city           text NOT NULL,
    state          text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT uq_suppliers_name UNIQUE (name),
    CONSTRAINT ck_suppliers_rating CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE @extschema@.suppliers IS
  'Vendors that make or distribute products; rating is the buyer team''s 1-5 score.';

CREATE TABLE @extschema@.categories (
    category_id         bigserial PRIMARY KEY,
    parent_category_id  bigint REFERENCES @extschema@.categories (category_id),
    name                text NOT NULL,
    CONSTRAINT uq_categories_name UNIQUE (name),
    CONSTRAINT ck_categories_not_own_parent CHECK (parent_category_id <> category_id)
);
COMMENT ON TABLE @extschema@.categories IS
  'Product category tree (parent_category_id is NULL for a top-level department). A fixed reference table: the same tree at every scale.';

CREATE TABLE @extschema@.products (
    product_id     bigserial PRIMARY KEY,
    supplier_id    bigint NOT NULL REFERENCES @extschema@.suppliers (supplier_id),
    category_id    bigint NOT NULL REFERENCES @extschema@.categories (category_id),
    sku            text COLLATE pg_catalog."C" NOT NULL,
    name           text NOT NULL,
    description    text,
    price          numeric(12,2) NOT NULL,
    cost_price     numeric(12,2) NOT NULL,
    weight_grams   integer NOT NULL,
    discontinued   boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT ck_products_cost_price CHECK (cost_price >= 0),
    CONSTRAINT ck_products_weight CHECK (weight_grams > 0)
);
COMMENT ON TABLE @extschema@.products IS
  'Catalogue items, each from one supplier in one category; price is the current selling price in INR, cost_price what the shop pays the supplier.';

CREATE TABLE @extschema@.warehouses (
    warehouse_id    bigserial PRIMARY KEY,
    name            text NOT NULL,
    city            text NOT NULL,
    state           text NOT NULL,
    pincode         text NOT NULL,
    capacity_units  integer NOT NULL,
    CONSTRAINT uq_warehouses_name UNIQUE (name),
    CONSTRAINT ck_warehouses_pincode CHECK (pincode ~ '^[1-9][0-9]{5}$'),
    CONSTRAINT ck_warehouses_capacity CHECK (capacity_units > 0)
);
COMMENT ON TABLE @extschema@.warehouses IS
  'Fulfilment centres that hold stock and ship orders.';

CREATE TABLE @extschema@.addresses (
    address_id   bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    is_default   boolean NOT NULL DEFAULT false,
    label        text NOT NULL DEFAULT 'home',
    line1        text NOT NULL,
    line2        text,
    city         text NOT NULL,
    state        text NOT NULL,
    pincode      text NOT NULL,
    country      text NOT NULL DEFAULT 'IN',
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT ck_addresses_pincode CHECK (pincode ~ '^[1-9][0-9]{5}$'),
    CONSTRAINT ck_addresses_label CHECK (label IN ('home', 'work', 'other')),
    CONSTRAINT ck_addresses_country CHECK (country ~ '^[A-Z]{2}$')
);
COMMENT ON TABLE @extschema@.addresses IS
  'Postal addresses of customers; at most one per customer is the default (uq_addresses_default_per_customer).';

-- Sales

CREATE TABLE @extschema@.orders (
    order_id             bigserial PRIMARY KEY,
    customer_id          bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    shipping_address_id  bigint NOT NULL REFERENCES @extschema@.addresses (address_id),
    order_date           date NOT NULL,
    placed_at            timestamptz NOT NULL,
    status               @extschema@.order_status NOT NULL DEFAULT 'pending',
    channel              text NOT NULL DEFAULT 'web',
    currency             text NOT NULL DEFAULT 'INR',
    cancelled_at         timestamptz,
    CONSTRAINT ck_orders_channel CHECK (channel IN ('web', 'android', 'ios')),
    CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_orders_cancelled_at CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CONSTRAINT ck_orders_cancelled_after_placed CHECK (cancelled_at >= placed_at)
);
COMMENT ON TABLE @extschema@.orders IS
  'Order headers. order_date is the calendar day (Asia/Kolkata) of placed_at; order_id grows with placed_at; status is the state at the end of the data window.';

CREATE TABLE @extschema@.order_items (
    order_item_id  bigserial PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES @extschema@.orders (order_id),
    product_id     bigint NOT NULL REFERENCES @extschema@.products (product_id),
    quantity       integer NOT NULL,
    unit_price     numeric(12,2) NOT NULL,
    discount       numeric(5,2) NOT NULL DEFAULT 0,
    CONSTRAINT uq_order_items_order_product UNIQUE (order_id, product_id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_items_unit_price CHECK (unit_price >= 0),
    CONSTRAINT ck_order_items_discount CHECK (discount BETWEEN 0 AND 100)
);
COMMENT ON TABLE @extschema@.order_items IS
  'Order lines. discount is a percentage (0-100) and already includes any coupon; line total = round(quantity * unit_price * (1 - discount/100), 2).';

CREATE TABLE @extschema@.payments (
    payment_id       bigserial PRIMARY KEY,
    order_id         bigint NOT NULL REFERENCES @extschema@.orders (order_id),
    method           @extschema@.payment_method NOT NULL,
    status           @extschema@.payment_status NOT NULL DEFAULT 'pending',
    amount           numeric(12,2) NOT NULL,
    currency         text NOT NULL DEFAULT 'INR',
    created_at       timestamptz NOT NULL,
    paid_at          timestamptz,
    transaction_ref  text COLLATE pg_catalog."C" NOT NULL,
    CONSTRAINT uq_payments_order UNIQUE (order_id),
    CONSTRAINT uq_payments_transaction_ref UNIQUE (transaction_ref),
    CONSTRAINT ck_payments_amount CHECK (amount >= 0),
    CONSTRAINT ck_payments_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_payments_paid_at CHECK ((status = 'captured') = (paid_at IS NOT NULL)),
    CONSTRAINT ck_payments_paid_after_created CHECK (paid_at >= created_at)
);
COMMENT ON TABLE @extschema@.payments IS
  'Exactly one payment per order; amount is the sum of the order''s line totals. paid_at is set once the money is captured (for cash on delivery, at delivery).';

CREATE TABLE @extschema@.shipments (
    shipment_id           bigserial PRIMARY KEY,
    order_id              bigint NOT NULL REFERENCES @extschema@.orders (order_id),
    warehouse_id          bigint NOT NULL REFERENCES @extschema@.warehouses (warehouse_id),
    status                @extschema@.shipment_status NOT NULL DEFAULT 'preparing',
    carrier               text NOT NULL,
    tracking_no           text COLLATE pg_catalog."C" NOT NULL,
    created_at            timestamptz NOT NULL,
    packed_at             timestamptz,
    dispatched_at         timestamptz,
    out_for_delivery_at   timestamptz,
    delivered_at          timestamptz,
    CONSTRAINT uq_shipments_order UNIQUE (order_id),
    CONSTRAINT uq_shipments_tracking_no UNIQUE (tracking_no),
    -- each step that is set is no earlier than the latest earlier step that is
    -- set (a NULL step is skipped, not a free pass for the steps after it)
    CONSTRAINT ck_shipments_step_order CHECK (
        packed_at >= created_at
        AND dispatched_at >= COALESCE(packed_at, created_at)
        AND out_for_delivery_at >= COALESCE(dispatched_at, packed_at, created_at)
        AND delivered_at >= COALESCE(out_for_delivery_at, dispatched_at, packed_at, created_at)),
    CONSTRAINT ck_shipments_delivered CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
COMMENT ON TABLE @extschema@.shipments IS
  'Exactly one shipment per order, sent from one warehouse; each step timestamp is set once the parcel reached it, in order.';

-- Basket and marketing

CREATE TABLE @extschema@.carts (
    cart_id         bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    checked_out_at  timestamptz,
    CONSTRAINT ck_carts_updated_after_created CHECK (updated_at >= created_at),
    CONSTRAINT ck_carts_checked_out_after_updated CHECK (checked_out_at >= updated_at)
);
COMMENT ON TABLE @extschema@.carts IS
  'Shopping-cart snapshots. A cart that was never checked out and has been idle for a day is abandoned (v_abandoned_carts).';

CREATE TABLE @extschema@.cart_items (
    cart_item_id  bigserial PRIMARY KEY,
    cart_id       bigint NOT NULL REFERENCES @extschema@.carts (cart_id),
    product_id    bigint NOT NULL REFERENCES @extschema@.products (product_id),
    quantity      integer NOT NULL,
    added_at      timestamptz NOT NULL,
    CONSTRAINT uq_cart_items_cart_product UNIQUE (cart_id, product_id),
    CONSTRAINT ck_cart_items_quantity CHECK (quantity > 0)
);
COMMENT ON TABLE @extschema@.cart_items IS
  'Contents of a cart: one row per product.';

CREATE TABLE @extschema@.coupons (
    coupon_id         bigserial PRIMARY KEY,
    code              text COLLATE pg_catalog."C" NOT NULL,
    description       text NOT NULL,
    pct_off           numeric(5,2),
    amount_off        numeric(12,2),
    min_order_amount  numeric(12,2) NOT NULL DEFAULT 0,
    valid_from        timestamptz NOT NULL,
    valid_to          timestamptz NOT NULL,
    CONSTRAINT uq_coupons_code UNIQUE (code),
    CONSTRAINT ck_coupons_one_kind CHECK (pg_catalog.num_nonnulls(pct_off, amount_off) = 1),
    CONSTRAINT ck_coupons_pct_off CHECK (pct_off > 0 AND pct_off <= 100),
    CONSTRAINT ck_coupons_amount_off CHECK (amount_off > 0),
    CONSTRAINT ck_coupons_min_order_amount CHECK (min_order_amount >= 0),
    CONSTRAINT ck_coupons_validity CHECK (valid_to > valid_from)
);
COMMENT ON TABLE @extschema@.coupons IS
  'Discount codes: exactly one of pct_off (percentage) or amount_off (flat INR), valid between valid_from and valid_to.';

CREATE TABLE @extschema@.coupon_redemptions (
    redemption_id    bigserial PRIMARY KEY,
    coupon_id        bigint NOT NULL REFERENCES @extschema@.coupons (coupon_id),
    order_id         bigint NOT NULL REFERENCES @extschema@.orders (order_id),
    redeemed_at      timestamptz NOT NULL,
    discount_amount  numeric(12,2) NOT NULL,
    CONSTRAINT uq_coupon_redemptions_order UNIQUE (order_id),
    CONSTRAINT ck_coupon_redemptions_discount CHECK (discount_amount >= 0)
);
COMMENT ON TABLE @extschema@.coupon_redemptions IS
  'A coupon applied to an order (at most one per order). The saving is spread over the order''s lines as their discount; discount_amount is the gross minus the line totals.';

-- Engagement and quality

CREATE TABLE @extschema@.reviews (
    review_id      bigserial PRIMARY KEY,
    product_id     bigint NOT NULL REFERENCES @extschema@.products (product_id),
    customer_id    bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    order_item_id  bigint NOT NULL REFERENCES @extschema@.order_items (order_item_id),
    rating         integer NOT NULL,
    title          text NOT NULL,
    body           text,
    helpful_votes  integer NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    CONSTRAINT uq_reviews_order_item UNIQUE (order_item_id),
    CONSTRAINT ck_reviews_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_reviews_helpful_votes CHECK (helpful_votes >= 0)
);
COMMENT ON TABLE @extschema@.reviews IS
  'Product ratings (1-5) written by the customer who bought and received the item (order_item_id), after delivery.';

CREATE TABLE @extschema@.returns (
    return_id      bigserial PRIMARY KEY,
    order_item_id  bigint NOT NULL REFERENCES @extschema@.order_items (order_item_id),
    quantity       integer NOT NULL,
    reason         @extschema@.return_reason NOT NULL,
    approved       boolean,
    requested_at   timestamptz NOT NULL,
    resolved_at    timestamptz,
    refund_amount  numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT uq_returns_order_item UNIQUE (order_item_id),
    CONSTRAINT ck_returns_quantity CHECK (quantity > 0),
    CONSTRAINT ck_returns_refund_amount CHECK (refund_amount >= 0),
    CONSTRAINT ck_returns_resolution CHECK ((approved IS NULL) = (resolved_at IS NULL)),
    CONSTRAINT ck_returns_resolved_after_requested CHECK (resolved_at >= requested_at)
);
COMMENT ON TABLE @extschema@.returns IS
  'Return requests for delivered order lines; approved is NULL while the request is pending, refund_amount is non-zero only when approved.';

-- Loyalty and gift cards

CREATE TABLE @extschema@.loyalty_accounts (
    account_id   bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    tier         @extschema@.loyalty_tier NOT NULL DEFAULT 'bronze',
    opened_at    timestamptz NOT NULL,
    CONSTRAINT uq_loyalty_accounts_customer UNIQUE (customer_id)
);
COMMENT ON TABLE @extschema@.loyalty_accounts IS
  'Exactly one loyalty account per customer; the balance is the sum of its ledger (v_loyalty_balances).';

CREATE TABLE @extschema@.loyalty_ledger (
    ledger_id     bigserial PRIMARY KEY,
    account_id    bigint NOT NULL REFERENCES @extschema@.loyalty_accounts (account_id),
    order_id      bigint REFERENCES @extschema@.orders (order_id),
    points_delta  integer NOT NULL,
    reason        text NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT ck_loyalty_ledger_reason CHECK (reason IN ('earn', 'redemption')),
    CONSTRAINT ck_loyalty_ledger_sign CHECK (
        (reason = 'earn' AND points_delta > 0) OR (reason = 'redemption' AND points_delta < 0))
);
COMMENT ON TABLE @extschema@.loyalty_ledger IS
  'Points movements: positive earn entries for paid orders, negative redemptions that never take a balance below zero.';

CREATE TABLE @extschema@.gift_cards (
    gift_card_id           bigserial PRIMARY KEY,
    code                   text COLLATE pg_catalog."C" NOT NULL,
    initial_amount         numeric(12,2) NOT NULL,
    balance                numeric(12,2) NOT NULL,
    currency               text NOT NULL DEFAULT 'INR',
    purchaser_customer_id  bigint REFERENCES @extschema@.customers (customer_id),
    issued_at              timestamptz NOT NULL,
    expires_at             timestamptz NOT NULL,
    active                 boolean NOT NULL DEFAULT true,
    CONSTRAINT uq_gift_cards_code UNIQUE (code),
    CONSTRAINT ck_gift_cards_initial_amount CHECK (initial_amount > 0),
    CONSTRAINT ck_gift_cards_balance CHECK (balance >= 0 AND balance <= initial_amount),
    CONSTRAINT ck_gift_cards_expiry CHECK (expires_at > issued_at)
);
COMMENT ON TABLE @extschema@.gift_cards IS
  'Gift cards with unique codes, a remaining balance and an active flag (not wired into orders).';

-- Procurement

CREATE TABLE @extschema@.purchase_orders (
    po_id         bigserial PRIMARY KEY,
    supplier_id   bigint NOT NULL REFERENCES @extschema@.suppliers (supplier_id),
    warehouse_id  bigint NOT NULL REFERENCES @extschema@.warehouses (warehouse_id),
    status        @extschema@.purchase_order_status NOT NULL DEFAULT 'ordered',
    created_at    timestamptz NOT NULL,
    expected_at   timestamptz NOT NULL,
    received_at   timestamptz,
    CONSTRAINT ck_purchase_orders_expected CHECK (expected_at >= created_at),
    CONSTRAINT ck_purchase_orders_received CHECK ((status = 'received') = (received_at IS NOT NULL)),
    CONSTRAINT ck_purchase_orders_received_after_created CHECK (received_at >= created_at)
);
COMMENT ON TABLE @extschema@.purchase_orders IS
  'Restocking orders sent to a supplier for delivery to one warehouse.';

CREATE TABLE @extschema@.purchase_order_items (
    po_item_id  bigserial PRIMARY KEY,
    po_id       bigint NOT NULL REFERENCES @extschema@.purchase_orders (po_id),
    product_id  bigint NOT NULL REFERENCES @extschema@.products (product_id),
    quantity    integer NOT NULL,
    cost_price  numeric(12,2) NOT NULL,
    CONSTRAINT uq_purchase_order_items_po_product UNIQUE (po_id, product_id),
    CONSTRAINT ck_purchase_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_purchase_order_items_cost_price CHECK (cost_price >= 0)
);
COMMENT ON TABLE @extschema@.purchase_order_items IS
  'Lines of a purchase order: only products of that order''s supplier, at the supplier''s cost price.';

CREATE TABLE @extschema@.supplier_payments (
    supplier_payment_id  bigserial PRIMARY KEY,
    supplier_id          bigint NOT NULL REFERENCES @extschema@.suppliers (supplier_id),
    po_id                bigint REFERENCES @extschema@.purchase_orders (po_id),
    amount               numeric(12,2) NOT NULL,
    paid_at              timestamptz NOT NULL,
    reference            text COLLATE pg_catalog."C" NOT NULL,
    CONSTRAINT uq_supplier_payments_reference UNIQUE (reference),
    CONSTRAINT ck_supplier_payments_amount CHECK (amount > 0)
);
COMMENT ON TABLE @extschema@.supplier_payments IS
  'Money paid out to suppliers, each settling one received purchase order after it arrived.';

-- Support and telemetry

CREATE TABLE @extschema@.support_tickets (
    ticket_id    bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    order_id     bigint REFERENCES @extschema@.orders (order_id),
    subject      text NOT NULL,
    status       @extschema@.ticket_status NOT NULL DEFAULT 'open',
    priority     @extschema@.ticket_priority NOT NULL DEFAULT 'normal',
    created_at   timestamptz NOT NULL,
    resolved_at  timestamptz,
    CONSTRAINT ck_support_tickets_resolved CHECK (
        (status IN ('resolved', 'closed')) = (resolved_at IS NOT NULL)),
    CONSTRAINT ck_support_tickets_resolved_after_created CHECK (resolved_at >= created_at)
);
COMMENT ON TABLE @extschema@.support_tickets IS
  'Customer-service cases, usually about an order.';

CREATE TABLE @extschema@.ticket_messages (
    message_id  bigserial PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES @extschema@.support_tickets (ticket_id),
    author      text NOT NULL,
    body        text NOT NULL,
    sent_at     timestamptz NOT NULL,
    CONSTRAINT ck_ticket_messages_author CHECK (author IN ('customer', 'agent'))
);
COMMENT ON TABLE @extschema@.ticket_messages IS
  'The thread of a ticket: the customer writes first, then customer and agent alternate.';

CREATE TABLE @extschema@.user_sessions (
    session_id    bigserial PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL,
    device        text NOT NULL,
    ip_address    inet NOT NULL,
    pages_viewed  integer NOT NULL,
    CONSTRAINT ck_user_sessions_ended_after_started CHECK (ended_at >= started_at),
    CONSTRAINT ck_user_sessions_device CHECK (device IN ('desktop', 'mobile_web', 'android', 'ios')),
    CONSTRAINT ck_user_sessions_pages_viewed CHECK (pages_viewed > 0)
);
COMMENT ON TABLE @extschema@.user_sessions IS
  'Logged-in browsing sessions. IP addresses come from the documentation ranges (RFC 5737).';

CREATE TABLE @extschema@.audit_events (
    event_id     bigserial PRIMARY KEY,
    event_type   text NOT NULL,
    entity       text NOT NULL,
    entity_id    bigint NOT NULL,
    actor        text NOT NULL,
    payload      jsonb NOT NULL DEFAULT '{}',
    occurred_at  timestamptz NOT NULL,
    CONSTRAINT ck_audit_events_entity CHECK (entity IN ('customer', 'order', 'product')),
    CONSTRAINT ck_audit_events_payload_object CHECK (pg_catalog.jsonb_typeof(payload) = 'object')
);
COMMENT ON TABLE @extschema@.audit_events IS
  'Generic event log: entity and entity_id name the customer, order or product the event is about; payload holds the details.';

-- Catalog details (seeded after procurement, per the design)

CREATE TABLE @extschema@.product_attributes (
    attribute_id  bigserial PRIMARY KEY,
    product_id    bigint NOT NULL REFERENCES @extschema@.products (product_id),
    name          text NOT NULL,
    value         text NOT NULL,
    CONSTRAINT uq_product_attributes_product_name UNIQUE (product_id, name)
);
COMMENT ON TABLE @extschema@.product_attributes IS
  'Name/value specifications of a product (brand, colour, material, warranty ...), one row per attribute.';

CREATE TABLE @extschema@.product_images (
    image_id    bigserial PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES @extschema@.products (product_id),
    url         text NOT NULL,
    alt_text    text NOT NULL,
    position    integer NOT NULL,
    CONSTRAINT uq_product_images_product_position UNIQUE (product_id, position),
    CONSTRAINT ck_product_images_position CHECK (position >= 1),
    CONSTRAINT ck_product_images_url CHECK (url ~ '^https://')
);
COMMENT ON TABLE @extschema@.product_images IS
  'Gallery images of a product in display order (position 1 is the main image); URLs point at a reserved example domain.';

CREATE TABLE @extschema@.inventory (
    warehouse_id   bigint NOT NULL REFERENCES @extschema@.warehouses (warehouse_id),
    product_id     bigint NOT NULL REFERENCES @extschema@.products (product_id),
    quantity       integer NOT NULL,
    reorder_level  integer NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT inventory_pkey PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_inventory_reorder_level CHECK (reorder_level >= 0)
);
COMMENT ON TABLE @extschema@.inventory IS
  'Stock on hand of a product in a warehouse (composite key).';
-- schema/20_indexes.sql: an index for every foreign-key column that no primary
-- or unique key already leads with, the one-default-address rule, and the
-- indexes the views filter on.

CREATE UNIQUE INDEX uq_addresses_default_per_customer
    ON @extschema@.addresses (customer_id) WHERE is_default;
COMMENT ON INDEX @extschema@.uq_addresses_default_per_customer IS
  'At most one default address per customer.';

CREATE INDEX ix_categories_parent_category_id ON @extschema@.categories (parent_category_id);
CREATE INDEX ix_products_supplier_id ON @extschema@.products (supplier_id);
CREATE INDEX ix_products_category_id ON @extschema@.products (category_id);
CREATE INDEX ix_addresses_customer_id ON @extschema@.addresses (customer_id);
CREATE INDEX ix_orders_customer_id ON @extschema@.orders (customer_id);
CREATE INDEX ix_orders_shipping_address_id ON @extschema@.orders (shipping_address_id);
CREATE INDEX ix_orders_order_date ON @extschema@.orders (order_date);
CREATE INDEX ix_order_items_product_id ON @extschema@.order_items (product_id);
CREATE INDEX ix_shipments_warehouse_id ON @extschema@.shipments (warehouse_id);
CREATE INDEX ix_carts_customer_id ON @extschema@.carts (customer_id);
CREATE INDEX ix_cart_items_product_id ON @extschema@.cart_items (product_id);
CREATE INDEX ix_coupon_redemptions_coupon_id ON @extschema@.coupon_redemptions (coupon_id);
CREATE INDEX ix_reviews_product_id ON @extschema@.reviews (product_id);
CREATE INDEX ix_reviews_customer_id ON @extschema@.reviews (customer_id);
CREATE INDEX ix_loyalty_ledger_account_id ON @extschema@.loyalty_ledger (account_id);
CREATE INDEX ix_loyalty_ledger_order_id ON @extschema@.loyalty_ledger (order_id);
CREATE INDEX ix_gift_cards_purchaser_customer_id ON @extschema@.gift_cards (purchaser_customer_id);
CREATE INDEX ix_purchase_orders_supplier_id ON @extschema@.purchase_orders (supplier_id);
CREATE INDEX ix_purchase_orders_warehouse_id ON @extschema@.purchase_orders (warehouse_id);
CREATE INDEX ix_purchase_order_items_product_id ON @extschema@.purchase_order_items (product_id);
CREATE INDEX ix_supplier_payments_supplier_id ON @extschema@.supplier_payments (supplier_id);
CREATE INDEX ix_supplier_payments_po_id ON @extschema@.supplier_payments (po_id);
CREATE INDEX ix_support_tickets_customer_id ON @extschema@.support_tickets (customer_id);
CREATE INDEX ix_support_tickets_order_id ON @extschema@.support_tickets (order_id);
CREATE INDEX ix_ticket_messages_ticket_id ON @extschema@.ticket_messages (ticket_id);
CREATE INDEX ix_user_sessions_customer_id ON @extschema@.user_sessions (customer_id);
-- entity_id first: equality lookups use both columns either way, and the
-- build sorts integers before it ever compares the entity text
CREATE INDEX ix_audit_events_entity ON @extschema@.audit_events (entity_id, entity);
CREATE INDEX ix_inventory_product_id ON @extschema@.inventory (product_id);
-- schema/30_views.sql: the read models of the design's section 4.
-- Revenue figures leave cancelled orders out; a line total is always
-- round(quantity * unit_price * (1 - discount/100), 2), the figure the payment adds up.

CREATE VIEW @extschema@.v_order_items_detailed AS
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

CREATE VIEW @extschema@.v_orders_with_payment_shipment AS
SELECT o.order_id,
       o.order_date,
       o.placed_at,
       o.status,
       o.customer_id,
       c.full_name,
       c.email,
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
  JOIN @extschema@.customers c ON c.customer_id = o.customer_id
  LEFT JOIN @extschema@.payments pay ON pay.order_id = o.order_id
  LEFT JOIN @extschema@.shipments s ON s.order_id = o.order_id;
COMMENT ON VIEW @extschema@.v_orders_with_payment_shipment IS
  'One row per order: header, customer, payment and shipment side by side.';

CREATE VIEW @extschema@.v_sales_daily AS
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
  'Per order_date: orders, distinct customers, units and revenue (sum of line totals), cancelled orders excluded.';

CREATE VIEW @extschema@.v_top_customers_month AS
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
  'Monthly spend per customer with its rank in the month (1 = biggest spender); filter rank_in_month <= 10 for a leaderboard.';

CREATE VIEW @extschema@.v_customer_ltv AS
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
  'Lifetime value per customer: non-cancelled orders, their total and average; customers without orders show 0.';

CREATE VIEW @extschema@.v_supplier_performance AS
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

CREATE VIEW @extschema@.v_returns_rate AS
WITH sold AS (
    SELECT oi.product_id, pg_catalog.sum(oi.quantity) AS items_sold
      FROM @extschema@.order_items oi
      JOIN @extschema@.orders o ON o.order_id = oi.order_id
     WHERE o.status <> 'cancelled'
     GROUP BY oi.product_id
), returned AS (
    SELECT oi.product_id, pg_catalog.sum(r.quantity) AS items_returned
      FROM @extschema@.returns r
      JOIN @extschema@.order_items oi ON oi.order_item_id = r.order_item_id
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

CREATE VIEW @extschema@.v_review_summary AS
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

CREATE VIEW @extschema@.v_warehouse_utilization AS
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

CREATE VIEW @extschema@.v_coupon_redemptions AS
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

CREATE VIEW @extschema@.v_abandoned_carts AS
SELECT ca.cart_id,
       ca.customer_id,
       c.full_name,
       c.email,
       ca.created_at,
       ca.updated_at AS last_activity_at,
       pg_catalog.count(ci.cart_item_id) AS item_count,
       pg_catalog.sum(ci.quantity) AS units,
       pg_catalog.sum(ci.quantity * p.price) AS cart_value
  FROM @extschema@.carts ca
  JOIN @extschema@.customers c ON c.customer_id = ca.customer_id
  JOIN @extschema@.cart_items ci ON ci.cart_id = ca.cart_id
  JOIN @extschema@.products p ON p.product_id = ci.product_id
 WHERE ca.checked_out_at IS NULL
   AND ca.updated_at < pg_catalog.now() - interval '24 hours'
 GROUP BY ca.cart_id, ca.customer_id, c.full_name, c.email, ca.created_at, ca.updated_at;
COMMENT ON VIEW @extschema@.v_abandoned_carts IS
  'Carts with items that were never checked out and have been idle for more than 24 hours, valued at current prices.';

CREATE VIEW @extschema@.v_products_inventory AS
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

CREATE VIEW @extschema@.v_category_hierarchy AS
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

CREATE VIEW @extschema@.v_loyalty_balances AS
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
COMMENT ON MATERIALIZED VIEW @extschema@.mv_order_financials IS
  'Snapshot, one row per order: items, units, gross amount, order_total (sum of line totals), latest status and the payment beside it.';

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
COMMENT ON MATERIALIZED VIEW @extschema@.mv_daily_kpis IS
  'Snapshot, one row per day: v_sales_daily plus the number of coupon redemptions and the discount they granted that day (Asia/Kolkata calendar).';
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
  'Planned rows per table (exact where a table has one row per driver unit, otherwise extrapolated from a sample of at most 2,000 units) and estimated bytes with indexes, without generating the data.';

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
-- schema/60_verify.sql: commerce_seed_verify(), every integrity and consistency
-- rule of the dataset as a violation count, and commerce_seed_fingerprint(), a
-- per-table checksum that does not depend on the session's settings.
--
-- The generator writes rows without going through the executor, so PostgreSQL
-- checks none of the declared NOT NULL, CHECK, FOREIGN KEY or typmod rules as
-- the rows arrive (uniqueness is checked when the indexes are rebuilt).
-- commerce_seed_verify() therefore re-checks every declared constraint, found
-- in the catalogs, besides the rules of the design that no constraint states.
--
-- Both functions are plpgsql, read only, and pin search_path so that nothing a
-- caller puts on it can redirect a name; the SQL they build is assembled with
-- format() from catalog names (%I) and catalog deparsing (pg_get_expr, run
-- under that search_path, so it qualifies everything outside pg_catalog).

CREATE FUNCTION @extschema@.commerce_seed_verify()
RETURNS TABLE (rule text, description text, violations bigint)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- JIT would spend about a minute compiling the ~60 sub-plans of the rule
-- query below (and again in each parallel worker) to speed up nothing but
-- scans and hash joins
SET jit = off
AS $function$
#variable_conflict use_column
DECLARE
    ext_oid      oid;
    ext_tables   oid[];
    -- rules computed one at a time (catalog-driven and materialized views)
    d_rule       text[] := '{}';
    d_desc       text[] := '{}';
    d_n          bigint[] := '{}';
    t_rule       text[];
    t_desc       text[];
    t_pred       text[];
    t_n          bigint[];
    rel          record;
    con          record;
    n            bigint;
    q            text;
    keys         text;
    filter       text;
    match_cond   text;
    child_cols   text;
    parent_cols  text;
    next_value   numeric;
    mv_populated boolean;
    mv_def       text;
BEGIN
    -- The extension's tables: members of the extension this function
    -- belongs to, found through pg_depend, never by name pattern.
    SELECT d.refobjid
      INTO ext_oid
      FROM pg_catalog.pg_depend d
     WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.objid = '@extschema@.commerce_seed_verify()'::pg_catalog.regprocedure
       AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.deptype = 'e';
    SELECT pg_catalog.array_agg(c.oid ORDER BY c.relname)
      INTO ext_tables
      FROM pg_catalog.pg_depend d
      JOIN pg_catalog.pg_class c ON c.oid = d.objid
     WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.refobjid = ext_oid
       AND d.deptype = 'e'
       AND c.relkind = 'r';

    /*
     * CHECK, NOT NULL and numeric typmod: one scan per table, one
     * count(*) FILTER per rule.  A CHECK passes when its expression is NULL,
     * hence IS FALSE.  num_nulls() tests the value itself, as the executor's
     * NOT NULL check does (IS NULL would look inside a composite value).
     */
    FOR rel IN
        SELECT c.oid, c.relname
          FROM pg_catalog.unnest(ext_tables) AS t(oid)
          JOIN pg_catalog.pg_class c ON c.oid = t.oid
         ORDER BY c.relname
    LOOP
        SELECT pg_catalog.array_agg(x.rule ORDER BY x.rule COLLATE pg_catalog."C"),
               pg_catalog.array_agg(x.description ORDER BY x.rule COLLATE pg_catalog."C"),
               pg_catalog.array_agg(x.pred ORDER BY x.rule COLLATE pg_catalog."C")
          INTO t_rule, t_desc, t_pred
          FROM (SELECT 'check.' || k.conname AS rule,
                       pg_catalog.format('rows of %s violating %s',
                                         rel.relname,
                                         pg_catalog.pg_get_constraintdef(k.oid)) AS description,
                       pg_catalog.format('(%s) IS FALSE',
                                         pg_catalog.pg_get_expr(k.conbin, k.conrelid)) AS pred
                  FROM pg_catalog.pg_constraint k
                 WHERE k.conrelid = rel.oid
                   AND k.contype = 'c'
                UNION ALL
                SELECT pg_catalog.format('not_null.%s.%s', rel.relname, a.attname),
                       pg_catalog.format('rows of %s with %s NULL', rel.relname, a.attname),
                       pg_catalog.format('pg_catalog.num_nulls(%I) <> 0', a.attname)
                  FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = rel.oid
                   AND a.attnum > 0
                   AND NOT a.attisdropped
                   AND a.attnotnull
                UNION ALL
                -- numeric(p,s): the stored display scale must be s and the
                -- value below 10^(p-s); otherwise the row prints differently
                -- from what an INSERT would have stored, or overflows.
                SELECT pg_catalog.format('typmod.%s.%s', rel.relname, a.attname),
                       pg_catalog.format('rows of %s whose %s is not a valid %s (display scale or magnitude)',
                                         rel.relname, a.attname,
                                         pg_catalog.format_type(a.atttypid, a.atttypmod)),
                       pg_catalog.format('pg_catalog.scale(%1$I) <> %2$s OR pg_catalog.abs(%1$I) >= 1e%3$s',
                                         a.attname, tm.scale, tm.prec - tm.scale)
                  FROM pg_catalog.pg_attribute a
                 CROSS JOIN LATERAL
                       (SELECT ((a.atttypmod - 4) >> 16) & 65535 AS prec,
                               (((a.atttypmod - 4) & 2047) # 1024) - 1024 AS scale) AS tm
                 WHERE a.attrelid = rel.oid
                   AND a.attnum > 0
                   AND NOT a.attisdropped
                   AND a.atttypid = 'pg_catalog.numeric'::pg_catalog.regtype
                   AND a.atttypmod >= 4
                   AND tm.scale >= 0) AS x;

        IF t_rule IS NOT NULL THEN
            SELECT pg_catalog.format('SELECT ARRAY[%s]::pg_catalog.int8[] FROM %s',
                                     pg_catalog.string_agg(
                                         pg_catalog.format('pg_catalog.count(*) FILTER (WHERE %s)', p.pred),
                                         ', ' ORDER BY p.i),
                                     rel.oid::pg_catalog.regclass)
              INTO q
              FROM pg_catalog.unnest(t_pred) WITH ORDINALITY AS p(pred, i);
            EXECUTE q INTO t_n;
            d_rule := d_rule || t_rule;
            d_desc := d_desc || t_desc;
            d_n := d_n || t_n;
        END IF;
    END LOOP;

    /*
     * FOREIGN KEY: rows whose key has no parent row.  MATCH SIMPLE skips a
     * row when any key column is NULL; MATCH FULL also rejects a partly NULL
     * key.
     */
    FOR con IN
        SELECT k.oid, k.conname, k.conrelid, k.confrelid, k.conkey, k.confkey,
               k.confmatchtype, cr.relname AS child, pr.relname AS parent
          FROM pg_catalog.pg_constraint k
          JOIN pg_catalog.pg_class cr ON cr.oid = k.conrelid
          JOIN pg_catalog.pg_class pr ON pr.oid = k.confrelid
         WHERE k.contype = 'f'
           AND k.conrelid = ANY (ext_tables)
         ORDER BY k.conname
    LOOP
        SELECT pg_catalog.string_agg(pg_catalog.format('c.%I IS NOT NULL', ca.attname), ' AND ' ORDER BY u.i),
               pg_catalog.string_agg(pg_catalog.format('p.%I = c.%I', pa.attname, ca.attname), ' AND ' ORDER BY u.i),
               pg_catalog.string_agg(pg_catalog.quote_ident(ca.attname), ', ' ORDER BY u.i),
               pg_catalog.string_agg(pg_catalog.quote_ident(pa.attname), ', ' ORDER BY u.i),
               pg_catalog.string_agg(pg_catalog.format('c.%I', ca.attname), ', ' ORDER BY u.i)
          INTO filter, match_cond, child_cols, parent_cols, keys
          FROM ROWS FROM (pg_catalog.unnest(con.conkey), pg_catalog.unnest(con.confkey))
               WITH ORDINALITY AS u(ck, pk, i)
          JOIN pg_catalog.pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = u.ck
          JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = u.pk;

        q := pg_catalog.format(
            'SELECT pg_catalog.count(*) FROM %s c'
            ' WHERE (%s AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s))',
            con.conrelid::pg_catalog.regclass, filter,
            con.confrelid::pg_catalog.regclass, match_cond);
        IF con.confmatchtype = 'f' THEN
            q := q || pg_catalog.format(
                ' OR pg_catalog.num_nulls(%1$s) NOT IN (0, %2$s)',
                keys, pg_catalog.cardinality(con.conkey));
        END IF;
        EXECUTE q INTO n;

        d_rule := d_rule || ('fk.' || con.conname);
        d_desc := d_desc || pg_catalog.format(
            'rows of %s whose (%s) has no matching %s (%s)',
            con.child, child_cols, con.parent, parent_cols);
        d_n := d_n || n;
    END LOOP;

    /*
     * UNIQUE (primary keys, unique constraints, unique indexes, partial ones
     * with their predicate): the rows beyond the first of each key.  Rows
     * with a NULL key column never collide unless the index says NULLS NOT
     * DISTINCT (read through to_jsonb so that the function also works before
     * PostgreSQL 15, which lacks the column).
     */
    FOR con IN
        SELECT i.indexrelid, i.indrelid, i.indnkeyatts, i.indpred,
               COALESCE((pg_catalog.to_jsonb(i.*) ->> 'indnullsnotdistinct')::boolean, false)
                   AS nulls_not_distinct,
               ic.relname AS index_name, tc.relname AS table_name
          FROM pg_catalog.pg_index i
          JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
         WHERE i.indisunique
           AND i.indrelid = ANY (ext_tables)
         ORDER BY ic.relname
    LOOP
        SELECT pg_catalog.string_agg('(' || pg_catalog.pg_get_indexdef(con.indexrelid, k, false) || ')',
                                     ', ' ORDER BY k),
               pg_catalog.string_agg('(' || pg_catalog.pg_get_indexdef(con.indexrelid, k, false) || ') IS NOT NULL',
                                     ' AND ' ORDER BY k),
               pg_catalog.string_agg(pg_catalog.pg_get_indexdef(con.indexrelid, k, false), ', ' ORDER BY k)
          INTO keys, filter, child_cols
          FROM pg_catalog.generate_series(1, con.indnkeyatts::integer) AS k;
        IF con.nulls_not_distinct THEN
            filter := 'true';
        END IF;
        IF con.indpred IS NOT NULL THEN
            filter := filter || pg_catalog.format(' AND (%s)',
                                                  pg_catalog.pg_get_expr(con.indpred, con.indrelid));
        END IF;

        EXECUTE pg_catalog.format(
            'SELECT COALESCE(pg_catalog.sum(d.n - 1), 0)::pg_catalog.int8'
            '  FROM (SELECT pg_catalog.count(*) AS n FROM %s'
            '         WHERE %s GROUP BY %s HAVING pg_catalog.count(*) > 1) AS d',
            con.indrelid::pg_catalog.regclass, filter, keys)
          INTO n;

        d_rule := d_rule || ('unique.' || con.index_name);
        d_desc := d_desc || pg_catalog.format(
            'rows of %s beyond the first with the same (%s)%s',
            con.table_name, child_cols,
            CASE WHEN con.indpred IS NULL THEN ''
                 ELSE ' where ' || pg_catalog.pg_get_expr(con.indpred, con.indrelid) END);
        d_n := d_n || n;
    END LOOP;

    /*
     * Sequences behind serial and identity columns: the next value the
     * sequence hands out must be beyond every stored key, or the first
     * INSERT after a seed fails on the primary key.
     */
    FOR con IN
        SELECT d.refobjid AS table_oid, t.relname AS table_name, a.attname,
               d.objid AS seq_oid, s.seqincrement
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
          JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
          JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.deptype IN ('a', 'i')
           AND d.refobjid = ANY (ext_tables)
         ORDER BY t.relname, a.attname
    LOOP
        EXECUTE pg_catalog.format(
            'SELECT CASE WHEN s.is_called THEN s.last_value::pg_catalog.numeric + %s'
            ' ELSE s.last_value END FROM %s s',
            con.seqincrement, con.seq_oid::pg_catalog.regclass)
          INTO next_value;
        next_value := GREATEST(LEAST(next_value, 9223372036854775807), -9223372036854775808);
        EXECUTE pg_catalog.format(
            'SELECT pg_catalog.count(*) FROM %s t WHERE t.%I %s $1',
            con.table_oid::pg_catalog.regclass, con.attname,
            CASE WHEN con.seqincrement > 0 THEN '>=' ELSE '<=' END)
          INTO n
          USING next_value::pg_catalog.int8;

        d_rule := d_rule || pg_catalog.format('sequence.%s.%s', con.table_name, con.attname);
        d_desc := d_desc || pg_catalog.format(
            'rows of %s whose %s is not below the next value of sequence %s',
            con.table_name, con.attname, con.seq_oid::pg_catalog.regclass);
        d_n := d_n || n;
    END LOOP;

    /*
     * Materialized views.  Reading one that was never refreshed raises an
     * error, so each rule first looks at relispopulated and reports 0, saying
     * so in its description, when there is nothing to read.  up_to_date
     * compares the snapshot with its own defining query (both directions,
     * with duplicates): a stale snapshot fails it.
     */
    FOR rel IN
        SELECT c.oid, c.relname, c.relispopulated
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class c ON c.oid = d.objid
         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
           AND d.refobjid = ext_oid
           AND d.deptype = 'e'
           AND c.relkind = 'm'
         ORDER BY c.relname
    LOOP
        n := 0;
        IF rel.relispopulated THEN
            mv_def := pg_catalog.rtrim(pg_catalog.pg_get_viewdef(rel.oid), E'; \n');
            EXECUTE pg_catalog.format(
                'WITH fresh AS MATERIALIZED (%2$s)'
                ' SELECT pg_catalog.count(*)'
                '   FROM ((SELECT * FROM %1$s EXCEPT ALL SELECT * FROM fresh)'
                '         UNION ALL'
                '         (SELECT * FROM fresh EXCEPT ALL SELECT * FROM %1$s)) AS d',
                rel.oid::pg_catalog.regclass, mv_def)
              INTO n;
        END IF;
        d_rule := d_rule || (rel.relname || '.up_to_date');
        d_desc := d_desc || (pg_catalog.format(
            'rows of %s missing from, or not in, the result of its defining query', rel.relname)
            || CASE WHEN rel.relispopulated THEN ''
                    ELSE ' (not checked: the materialized view is not populated)' END);
        d_n := d_n || n;
    END LOOP;

    SELECT c.relispopulated INTO mv_populated
      FROM pg_catalog.pg_class c
     WHERE c.oid = '@extschema@.mv_order_financials'::pg_catalog.regclass;
    IF mv_populated THEN
        SELECT pg_catalog.count(*) INTO n
          FROM (SELECT m.order_id, pg_catalog.count(*) AS copies
                  FROM @extschema@.mv_order_financials m
                 GROUP BY m.order_id) AS m
          FULL JOIN @extschema@.orders o ON o.order_id = m.order_id
         WHERE m.order_id IS NULL OR o.order_id IS NULL OR m.copies <> 1;
    ELSE
        n := 0;
    END IF;
    d_rule := d_rule || 'mv_order_financials.one_row_per_order'::text;
    d_desc := d_desc || ('orders without exactly one mv_order_financials row, and rows for no order'
        || CASE WHEN mv_populated THEN ''
                ELSE ' (not checked: the materialized view is not populated)' END);
    d_n := d_n || n;

    IF mv_populated THEN
        SELECT pg_catalog.count(*) INTO n
          FROM @extschema@.mv_order_financials m
         WHERE m.order_total IS DISTINCT FROM m.paid_amount;
    ELSE
        n := 0;
    END IF;
    d_rule := d_rule || 'mv_order_financials.order_total_matches_payment'::text;
    d_desc := d_desc || ('mv_order_financials rows whose order_total is not the payment amount'
        || CASE WHEN mv_populated THEN ''
                ELSE ' (not checked: the materialized view is not populated)' END);
    d_n := d_n || n;

    SELECT c.relispopulated INTO mv_populated
      FROM pg_catalog.pg_class c
     WHERE c.oid = '@extschema@.mv_daily_kpis'::pg_catalog.regclass;
    IF mv_populated THEN
        SELECT pg_catalog.count(*) INTO n
          FROM @extschema@.mv_daily_kpis m
          FULL JOIN @extschema@.v_sales_daily v ON v.sales_date = m.sales_date
         WHERE m.sales_date IS NULL
            OR m.revenue IS DISTINCT FROM COALESCE(v.revenue, 0);
    ELSE
        n := 0;
    END IF;
    d_rule := d_rule || 'mv_daily_kpis.revenue_matches_sales_daily'::text;
    d_desc := d_desc || ('days whose mv_daily_kpis revenue differs from v_sales_daily (or is missing)'
        || CASE WHEN mv_populated THEN ''
                ELSE ' (not checked: the materialized view is not populated)' END);
    d_n := d_n || n;

    /*
     * The rules of the design that no constraint states.  Each counts the
     * offending rows of the table named first in the rule; a row missing on
     * the other side of a join is left to the rule that owns it (orphans to
     * fk.*, a missing payment to orders.one_payment ...).
     * Line total = round(quantity * unit_price * (1 - discount / 100), 2),
     * as in the views.
     */
    RETURN QUERY
    SELECT u.rule, u.description, u.violations
      FROM (
    SELECT x.rule, x.description, x.violations
      FROM (VALUES
        -- addresses
        ('addresses.one_default_per_customer',
         'customers without exactly one default address',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.customers c
            LEFT JOIN (SELECT a.customer_id, pg_catalog.count(*) AS n
                         FROM @extschema@.addresses a
                        WHERE a.is_default
                        GROUP BY a.customer_id) AS a ON a.customer_id = c.customer_id
           WHERE COALESCE(a.n, 0) <> 1)),
        ('addresses.created_after_signup',
         'addresses created before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.addresses a
            JOIN @extschema@.customers c ON c.customer_id = a.customer_id
           WHERE a.created_at < c.signed_up_at)),

        -- orders
        ('orders.order_date_matches_placed_at',
         'orders whose order_date is not the Asia/Kolkata calendar day of placed_at',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
           WHERE o.order_date <> (o.placed_at AT TIME ZONE 'Asia/Kolkata')::date)),
        ('orders.placed_after_signup',
         'orders placed before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            JOIN @extschema@.customers c ON c.customer_id = o.customer_id
           WHERE o.placed_at < c.signed_up_at)),
        ('orders.shipping_address_of_customer',
         'orders shipped to an address of another customer',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            JOIN @extschema@.addresses a ON a.address_id = o.shipping_address_id
           WHERE a.customer_id <> o.customer_id)),
        ('orders.order_id_grows_with_placed_at',
         'orders placed before the order with the next lower order_id',
         (SELECT pg_catalog.count(*)
            FROM (SELECT o.placed_at < pg_catalog.lag(o.placed_at) OVER (ORDER BY o.order_id) AS backwards
                    FROM @extschema@.orders o) AS s
           WHERE s.backwards)),
        ('orders.has_items',
         'orders without any order_items row',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
           WHERE NOT EXISTS (SELECT 1 FROM @extschema@.order_items oi
                              WHERE oi.order_id = o.order_id))),
        ('orders.one_payment',
         'orders without exactly one payment',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            LEFT JOIN (SELECT p.order_id, pg_catalog.count(*) AS n
                         FROM @extschema@.payments p
                        GROUP BY p.order_id) AS p ON p.order_id = o.order_id
           WHERE COALESCE(p.n, 0) <> 1)),
        ('orders.one_shipment',
         'orders without exactly one shipment',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            LEFT JOIN (SELECT s.order_id, pg_catalog.count(*) AS n
                         FROM @extschema@.shipments s
                        GROUP BY s.order_id) AS s ON s.order_id = o.order_id
           WHERE COALESCE(s.n, 0) <> 1)),
        ('orders.status_delivered',
         'orders where status delivered disagrees with the shipment''s delivered_at being set',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            LEFT JOIN @extschema@.shipments s ON s.order_id = o.order_id
           WHERE (o.status = 'delivered') IS DISTINCT FROM (s.delivered_at IS NOT NULL))),
        ('orders.status_cancelled',
         'orders where status cancelled disagrees with any of: cancelled_at set, shipment cancelled, payment voided',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            LEFT JOIN @extschema@.shipments s ON s.order_id = o.order_id
            LEFT JOIN @extschema@.payments p ON p.order_id = o.order_id
           WHERE (o.status = 'cancelled') IS DISTINCT FROM (o.cancelled_at IS NOT NULL)
              OR (o.status = 'cancelled') IS DISTINCT FROM COALESCE(s.status = 'cancelled', false)
              OR (o.status = 'cancelled') IS DISTINCT FROM COALESCE(p.status = 'voided', false))),
        ('orders.status_shipped',
         'shipped orders whose shipment is not dispatched, or already delivered',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            LEFT JOIN @extschema@.shipments s ON s.order_id = o.order_id
           WHERE o.status = 'shipped'
             AND (s.dispatched_at IS NULL OR s.delivered_at IS NOT NULL))),
        ('orders.status_before_dispatch',
         'pending, paid or cancelled orders whose shipment has been dispatched',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.orders o
            JOIN @extschema@.shipments s ON s.order_id = o.order_id
           WHERE o.status IN ('pending', 'paid', 'cancelled')
             AND s.dispatched_at IS NOT NULL)),

        -- order_items
        ('order_items.unit_price_is_price_at_order',
         'order lines whose unit_price is not the product''s price when the order was placed (the old price before a product.price_changed event, the current one after)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.order_items oi
            JOIN @extschema@.orders o ON o.order_id = oi.order_id
            JOIN @extschema@.products p ON p.product_id = oi.product_id
            LEFT JOIN LATERAL (
                SELECT ae.occurred_at, ae.payload
                  FROM @extschema@.audit_events ae
                 WHERE ae.entity = 'product' AND ae.entity_id = oi.product_id
                   AND ae.event_type = 'product.price_changed'
                   AND ae.occurred_at > o.placed_at
                 ORDER BY ae.occurred_at
                 LIMIT 1) nxt ON true
           WHERE oi.unit_price IS DISTINCT FROM
                 COALESCE((nxt.payload OPERATOR(pg_catalog.->>) 'old_price')::numeric, p.price))),

        -- payments
        ('payments.amount_matches_lines',
         'payments whose amount is not the sum of the order''s line totals',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            LEFT JOIN (SELECT oi.order_id,
                              pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS total
                         FROM @extschema@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = p.order_id
           WHERE p.amount <> COALESCE(l.total, 0))),
        ('payments.currency_of_order',
         'payments in another currency than their order',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.currency <> o.currency)),
        ('payments.paid_only_when_order_paid',
         'payments with paid_at set whose order is not paid, shipped or delivered',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.paid_at IS NOT NULL
             AND o.status NOT IN ('paid', 'shipped', 'delivered'))),
        ('payments.prepaid_paid_at_set',
         'non-COD payments of paid, shipped or delivered orders without paid_at',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.method <> 'cod'
             AND o.status IN ('paid', 'shipped', 'delivered')
             AND p.paid_at IS NULL)),
        ('payments.cod_paid_at_delivery',
         'COD payments not captured exactly when the order is delivered, at the shipment''s delivered_at',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
            LEFT JOIN @extschema@.shipments s ON s.order_id = p.order_id
           WHERE p.method = 'cod'
             AND ((p.paid_at IS NOT NULL) IS DISTINCT FROM (o.status = 'delivered')
                  OR p.paid_at IS DISTINCT FROM s.delivered_at))),
        ('payments.cod_order_not_paid_status',
         'COD orders in status paid (cash on delivery goes pending -> shipped -> delivered)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.method = 'cod'
             AND o.status = 'paid')),
        ('payments.created_after_placed',
         'payments created before their order was placed',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.created_at < o.placed_at)),
        ('payments.paid_after_placed',
         'payments captured before their order was placed',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.payments p
            JOIN @extschema@.orders o ON o.order_id = p.order_id
           WHERE p.paid_at < o.placed_at)),

        -- shipments
        ('shipments.created_after_placed',
         'shipments created before their order was placed',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.shipments s
            JOIN @extschema@.orders o ON o.order_id = s.order_id
           WHERE s.created_at < o.placed_at)),
        ('shipments.created_after_payment',
         'shipments of prepaid (non-COD) captured orders created before the payment was captured',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.shipments s
            JOIN @extschema@.payments p ON p.order_id = s.order_id
           WHERE p.method <> 'cod'
             AND s.created_at < p.paid_at)),
        ('shipments.steps_in_order',
         'shipments whose set step timestamps (created, packed, dispatched, out for delivery, delivered) go backwards',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.shipments s
           WHERE s.created_at > s.packed_at
              OR s.created_at > s.dispatched_at
              OR s.created_at > s.out_for_delivery_at
              OR s.created_at > s.delivered_at
              OR s.packed_at > s.dispatched_at
              OR s.packed_at > s.out_for_delivery_at
              OR s.packed_at > s.delivered_at
              OR s.dispatched_at > s.out_for_delivery_at
              OR s.dispatched_at > s.delivered_at
              OR s.out_for_delivery_at > s.delivered_at)),
        ('shipments.steps_without_gaps',
         'shipments with a step timestamp set while an earlier step''s is not',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.shipments s
           WHERE (s.packed_at IS NULL AND pg_catalog.num_nonnulls(s.dispatched_at, s.out_for_delivery_at, s.delivered_at) > 0)
              OR (s.dispatched_at IS NULL AND pg_catalog.num_nonnulls(s.out_for_delivery_at, s.delivered_at) > 0)
              OR (s.out_for_delivery_at IS NULL AND s.delivered_at IS NOT NULL))),
        ('shipments.status_matches_steps',
         'shipments whose status is not the last step reached (cancelled ones never dispatched)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.shipments s
           WHERE (CASE s.status
                    WHEN 'preparing' THEN pg_catalog.num_nonnulls(s.packed_at, s.dispatched_at, s.out_for_delivery_at, s.delivered_at) = 0
                    WHEN 'packed' THEN s.packed_at IS NOT NULL
                                   AND pg_catalog.num_nonnulls(s.dispatched_at, s.out_for_delivery_at, s.delivered_at) = 0
                    WHEN 'dispatched' THEN s.dispatched_at IS NOT NULL
                                       AND pg_catalog.num_nonnulls(s.out_for_delivery_at, s.delivered_at) = 0
                    WHEN 'in_transit' THEN s.dispatched_at IS NOT NULL
                                       AND pg_catalog.num_nonnulls(s.out_for_delivery_at, s.delivered_at) = 0
                    WHEN 'out_for_delivery' THEN s.out_for_delivery_at IS NOT NULL AND s.delivered_at IS NULL
                    WHEN 'delivered' THEN s.delivered_at IS NOT NULL
                    WHEN 'cancelled' THEN pg_catalog.num_nonnulls(s.dispatched_at, s.out_for_delivery_at, s.delivered_at) = 0
                  END) IS NOT TRUE)),

        -- carts
        ('carts.has_items',
         'carts without any cart_items row',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.carts ca
           WHERE NOT EXISTS (SELECT 1 FROM @extschema@.cart_items ci
                              WHERE ci.cart_id = ca.cart_id))),
        ('carts.created_after_signup',
         'carts created before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.carts ca
            JOIN @extschema@.customers c ON c.customer_id = ca.customer_id
           WHERE ca.created_at < c.signed_up_at)),
        ('cart_items.added_within_cart',
         'cart items added before their cart was created or after it was last updated',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.cart_items ci
            JOIN @extschema@.carts ca ON ca.cart_id = ci.cart_id
           WHERE ci.added_at < ca.created_at
              OR ci.added_at > ca.updated_at)),

        -- coupon_redemptions
        ('coupon_redemptions.redeemed_at_placed_at',
         'redemptions whose redeemed_at is not the order''s placed_at',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
            JOIN @extschema@.orders o ON o.order_id = cr.order_id
           WHERE cr.redeemed_at <> o.placed_at)),
        ('coupon_redemptions.within_validity',
         'redemptions outside the coupon''s valid_from .. valid_to',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
            JOIN @extschema@.coupons cp ON cp.coupon_id = cr.coupon_id
           WHERE cr.redeemed_at < cp.valid_from
              OR cr.redeemed_at > cp.valid_to)),
        ('coupon_redemptions.min_order_amount',
         'redemptions on orders whose gross (sum of quantity * unit_price) is below the coupon''s min_order_amount',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
            JOIN @extschema@.coupons cp ON cp.coupon_id = cr.coupon_id
            LEFT JOIN (SELECT oi.order_id, pg_catalog.sum(oi.quantity * oi.unit_price) AS gross
                         FROM @extschema@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = cr.order_id
           WHERE COALESCE(l.gross, 0) < cp.min_order_amount)),
        ('coupon_redemptions.discount_amount_matches_lines',
         'redemptions whose discount_amount is not the order''s gross minus its line totals',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
            LEFT JOIN (SELECT oi.order_id,
                              pg_catalog.sum(oi.quantity * oi.unit_price)
                              - pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS saving
                         FROM @extschema@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = cr.order_id
           WHERE cr.discount_amount <> COALESCE(l.saving, 0))),
        ('coupon_redemptions.uniform_line_discount',
         'redemptions whose order''s lines do not all carry the same discount',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
           WHERE (SELECT pg_catalog.count(DISTINCT oi.discount)
                    FROM @extschema@.order_items oi
                   WHERE oi.order_id = cr.order_id) > 1)),
        ('coupon_redemptions.pct_off_on_lines',
         'redemptions of a pct_off coupon with an order line whose discount is not pct_off',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.coupon_redemptions cr
            JOIN @extschema@.coupons cp ON cp.coupon_id = cr.coupon_id
           WHERE cp.pct_off IS NOT NULL
             AND EXISTS (SELECT 1 FROM @extschema@.order_items oi
                          WHERE oi.order_id = cr.order_id
                            AND oi.discount <> cp.pct_off))),

        -- reviews
        ('reviews.matches_order_item',
         'reviews whose product or customer is not the reviewed order line''s product or its order''s customer',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.reviews r
            JOIN @extschema@.order_items oi ON oi.order_item_id = r.order_item_id
            JOIN @extschema@.orders o ON o.order_id = oi.order_id
           WHERE oi.product_id <> r.product_id
              OR o.customer_id <> r.customer_id)),
        ('reviews.order_delivered',
         'reviews of a line of an order that is not delivered',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.reviews r
            JOIN @extschema@.order_items oi ON oi.order_item_id = r.order_item_id
            JOIN @extschema@.orders o ON o.order_id = oi.order_id
           WHERE o.status <> 'delivered')),
        ('reviews.created_after_delivery',
         'reviews not created after the shipment''s delivered_at (or with no delivery)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.reviews r
            JOIN @extschema@.order_items oi ON oi.order_item_id = r.order_item_id
            LEFT JOIN @extschema@.shipments s ON s.order_id = oi.order_id
           WHERE (r.created_at > s.delivered_at) IS NOT TRUE)),

        -- returns
        ('returns.order_delivered',
         'returns of a line of an order that is not delivered',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.returns rt
            JOIN @extschema@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @extschema@.orders o ON o.order_id = oi.order_id
           WHERE o.status <> 'delivered')),
        ('returns.requested_after_delivery',
         'returns not requested after the shipment''s delivered_at (or with no delivery)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.returns rt
            JOIN @extschema@.order_items oi ON oi.order_item_id = rt.order_item_id
            LEFT JOIN @extschema@.shipments s ON s.order_id = oi.order_id
           WHERE (rt.requested_at > s.delivered_at) IS NOT TRUE)),
        ('returns.quantity_within_line',
         'returns of more units than the order line has',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.returns rt
            JOIN @extschema@.order_items oi ON oi.order_item_id = rt.order_item_id
           WHERE rt.quantity > oi.quantity)),
        ('returns.refund_only_when_approved',
         'returns with a non-zero refund_amount that are not approved',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.returns rt
           WHERE rt.refund_amount <> 0
             AND rt.approved IS NOT TRUE)),
        ('returns.refund_within_line_total',
         'returns refunding more than the order line''s total',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.returns rt
            JOIN @extschema@.order_items oi ON oi.order_item_id = rt.order_item_id
           WHERE rt.refund_amount > pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2))),

        -- loyalty
        ('loyalty_accounts.one_per_customer',
         'customers without exactly one loyalty account',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.customers c
            LEFT JOIN (SELECT la.customer_id, pg_catalog.count(*) AS n
                         FROM @extschema@.loyalty_accounts la
                        GROUP BY la.customer_id) AS la ON la.customer_id = c.customer_id
           WHERE COALESCE(la.n, 0) <> 1)),
        ('loyalty_accounts.opened_after_signup',
         'loyalty accounts opened before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.loyalty_accounts la
            JOIN @extschema@.customers c ON c.customer_id = la.customer_id
           WHERE la.opened_at < c.signed_up_at)),
        ('loyalty_accounts.balance_never_negative',
         'loyalty accounts whose running balance, by (created_at, ledger_id), goes below zero',
         (SELECT pg_catalog.count(DISTINCT b.account_id)
            FROM (SELECT l.account_id,
                         pg_catalog.sum(l.points_delta)
                             OVER (PARTITION BY l.account_id ORDER BY l.created_at, l.ledger_id) AS balance
                    FROM @extschema@.loyalty_ledger l) AS b
           WHERE b.balance < 0)),
        ('loyalty_ledger.after_account_opened',
         'ledger entries created before their account was opened',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.loyalty_ledger l
            JOIN @extschema@.loyalty_accounts la ON la.account_id = l.account_id
           WHERE l.created_at < la.opened_at)),
        ('loyalty_ledger.earn_for_paid_order',
         'earn entries without an order, or whose order is not paid, shipped or delivered',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.loyalty_ledger l
            LEFT JOIN @extschema@.orders o ON o.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND (o.status IN ('paid', 'shipped', 'delivered')) IS NOT TRUE)),
        ('loyalty_ledger.earn_order_of_customer',
         'earn entries whose order belongs to another customer than the account''s',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.loyalty_ledger l
            JOIN @extschema@.loyalty_accounts la ON la.account_id = l.account_id
            JOIN @extschema@.orders o ON o.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND o.customer_id <> la.customer_id)),
        ('loyalty_ledger.earn_after_payment',
         'earn entries not created at or after the order''s payment was captured (paid_at)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.loyalty_ledger l
            JOIN @extschema@.payments p ON p.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND (l.created_at >= p.paid_at) IS NOT TRUE)),

        -- gift_cards
        ('gift_cards.issued_after_purchaser_signup',
         'gift cards issued before their purchaser signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.gift_cards g
            JOIN @extschema@.customers c ON c.customer_id = g.purchaser_customer_id
           WHERE g.issued_at < c.signed_up_at)),

        -- procurement
        ('purchase_order_items.product_of_po_supplier',
         'purchase order lines for a product of another supplier than the purchase order''s',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.purchase_order_items poi
            JOIN @extschema@.purchase_orders po ON po.po_id = poi.po_id
            JOIN @extschema@.products p ON p.product_id = poi.product_id
           WHERE p.supplier_id <> po.supplier_id)),
        ('purchase_order_items.cost_price_is_product_cost',
         'purchase order lines whose cost_price is not the product''s cost_price',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.purchase_order_items poi
            JOIN @extschema@.products p ON p.product_id = poi.product_id
           WHERE poi.cost_price <> p.cost_price)),
        ('supplier_payments.settles_a_po',
         'supplier payments without a purchase order',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.supplier_payments sp
           WHERE sp.po_id IS NULL)),
        ('supplier_payments.one_per_po',
         'supplier payments beyond the first for the same purchase order',
         (SELECT COALESCE(pg_catalog.sum(d.n - 1), 0)::bigint
            FROM (SELECT pg_catalog.count(*) AS n
                    FROM @extschema@.supplier_payments sp
                   WHERE sp.po_id IS NOT NULL
                   GROUP BY sp.po_id) AS d)),
        ('supplier_payments.supplier_of_po',
         'supplier payments to another supplier than the purchase order''s',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.supplier_payments sp
            JOIN @extschema@.purchase_orders po ON po.po_id = sp.po_id
           WHERE sp.supplier_id <> po.supplier_id)),
        ('supplier_payments.amount_matches_po',
         'supplier payments whose amount is not the purchase order''s sum of quantity * cost_price',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.supplier_payments sp
            LEFT JOIN (SELECT poi.po_id, pg_catalog.sum(poi.quantity * poi.cost_price) AS total
                         FROM @extschema@.purchase_order_items poi
                        GROUP BY poi.po_id) AS l ON l.po_id = sp.po_id
           WHERE sp.po_id IS NOT NULL
             AND sp.amount <> COALESCE(l.total, 0))),
        ('supplier_payments.paid_after_po_received',
         'supplier payments for a purchase order not received, or paid before it was received',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.supplier_payments sp
            JOIN @extschema@.purchase_orders po ON po.po_id = sp.po_id
           WHERE (sp.paid_at >= po.received_at) IS NOT TRUE)),

        -- support
        ('support_tickets.has_messages',
         'tickets without any message',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.support_tickets t
           WHERE NOT EXISTS (SELECT 1 FROM @extschema@.ticket_messages m
                              WHERE m.ticket_id = t.ticket_id))),
        ('support_tickets.created_after_signup',
         'tickets opened before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.support_tickets t
            JOIN @extschema@.customers c ON c.customer_id = t.customer_id
           WHERE t.created_at < c.signed_up_at)),
        ('support_tickets.order_of_customer',
         'tickets about an order of another customer',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.support_tickets t
            JOIN @extschema@.orders o ON o.order_id = t.order_id
           WHERE o.customer_id <> t.customer_id)),
        ('support_tickets.created_after_order',
         'tickets about an order opened before the order was placed',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.support_tickets t
            JOIN @extschema@.orders o ON o.order_id = t.order_id
           WHERE t.created_at < o.placed_at)),
        ('support_tickets.resolved_after_last_message',
         'tickets resolved before their last message was sent',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.support_tickets t
            JOIN (SELECT m.ticket_id, pg_catalog.max(m.sent_at) AS last_sent_at
                    FROM @extschema@.ticket_messages m
                   GROUP BY m.ticket_id) AS m ON m.ticket_id = t.ticket_id
           WHERE t.resolved_at < m.last_sent_at)),
        ('ticket_messages.not_before_ticket',
         'messages sent before their ticket was opened',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.ticket_messages m
            JOIN @extschema@.support_tickets t ON t.ticket_id = m.ticket_id
           WHERE m.sent_at < t.created_at)),
        ('ticket_messages.customer_writes_first',
         'tickets whose first message, by (sent_at, message_id), is not from the customer',
         (SELECT pg_catalog.count(*)
            FROM (SELECT DISTINCT ON (m.ticket_id) m.author
                    FROM @extschema@.ticket_messages m
                   ORDER BY m.ticket_id, m.sent_at, m.message_id) AS f
           WHERE f.author <> 'customer')),
        ('ticket_messages.authors_alternate',
         'messages by the same author as the previous message of the ticket, by (sent_at, message_id)',
         (SELECT pg_catalog.count(*)
            FROM (SELECT m.author = pg_catalog.lag(m.author)
                             OVER (PARTITION BY m.ticket_id ORDER BY m.sent_at, m.message_id) AS repeated
                    FROM @extschema@.ticket_messages m) AS s
           WHERE s.repeated)),

        -- user_sessions
        ('user_sessions.started_after_signup',
         'sessions started before their customer signed up',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.user_sessions us
            JOIN @extschema@.customers c ON c.customer_id = us.customer_id
           WHERE us.started_at < c.signed_up_at)),

        -- audit_events
        ('audit_events.entity_exists',
         'events whose entity_id is not a row of the table named by entity (customer, order, product)',
         (SELECT pg_catalog.count(*)
            FROM @extschema@.audit_events ev
           WHERE NOT CASE ev.entity
                       WHEN 'customer' THEN EXISTS (SELECT 1 FROM @extschema@.customers c
                                                     WHERE c.customer_id = ev.entity_id)
                       WHEN 'order' THEN EXISTS (SELECT 1 FROM @extschema@.orders o
                                                  WHERE o.order_id = ev.entity_id)
                       WHEN 'product' THEN EXISTS (SELECT 1 FROM @extschema@.products p
                                                    WHERE p.product_id = ev.entity_id)
                       ELSE false
                     END))
      ) AS x(rule, description, violations)
    UNION ALL
    SELECT d.rule, d.description, d.violations
      FROM ROWS FROM (pg_catalog.unnest(d_rule), pg_catalog.unnest(d_desc), pg_catalog.unnest(d_n))
                   AS d(rule, description, violations)
           ) AS u
     ORDER BY u.rule COLLATE pg_catalog."C";
END
$function$;

COMMENT ON FUNCTION @extschema@.commerce_seed_verify() IS
  'Checks the whole dataset and returns one row per rule, ordered by rule name, with the number of offending rows (0 = OK). Rules named <table>.<rule> are the design''s invariants; fk.*, check.*, not_null.*, unique.* and typmod.* re-check every declared constraint (the bulk loader bypasses the executor); sequence.* checks that each serial''s next value lies beyond the stored keys; <matview>.* check the snapshots, reporting 0 and saying so when they are not populated.';

CREATE FUNCTION @extschema@.commerce_seed_fingerprint()
RETURNS TABLE (table_name text, row_count bigint, fingerprint text)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- every setting a row's text form depends on, fixed here
SET TimeZone = 'UTC'
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 1
SET bytea_output = 'hex'
SET jit = off
AS $function$
#variable_conflict use_column
DECLARE
    rel      record;
    order_by text;
BEGIN
    -- the tables of the extension this function belongs to
    FOR rel IN
        SELECT c.oid, c.relname
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class c ON c.oid = d.objid
         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
           AND d.refobjid = (SELECT f.refobjid
                               FROM pg_catalog.pg_depend f
                              WHERE f.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                                AND f.objid = '@extschema@.commerce_seed_fingerprint()'::pg_catalog.regprocedure
                                AND f.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                                AND f.deptype = 'e')
           AND d.deptype = 'e'
           AND c.relkind = 'r'
         ORDER BY c.relname COLLATE pg_catalog."C"
    LOOP
        -- primary key order; text keys compare bytewise so that the order
        -- does not depend on the database's collation
        SELECT pg_catalog.string_agg(
                   pg_catalog.format('t.%I', a.attname)
                   || CASE WHEN a.attcollation <> 0 THEN ' COLLATE pg_catalog."C"' ELSE '' END,
                   ', ' ORDER BY u.i)
          INTO order_by
          FROM pg_catalog.pg_constraint k
         CROSS JOIN LATERAL pg_catalog.unnest(k.conkey) WITH ORDINALITY AS u(attnum, i)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
         WHERE k.conrelid = rel.oid
           AND k.contype = 'p';
        -- a table without a primary key (there is none today) sorts by row text
        order_by := COALESCE(order_by, '(t.*)::text COLLATE pg_catalog."C"');

        table_name := rel.relname;
        /*
         * md5 of the newline-joined md5s of consecutive runs of 10,000 rows,
         * each the md5 of the run's row texts joined by newlines; rows in
         * primary key order.  Hashing in runs keeps every string small, where
         * one string_agg over a whole table stops at 1 GB.
         */
        EXECUTE pg_catalog.format(
            'SELECT COALESCE(pg_catalog.sum(r.n), 0)::pg_catalog.int8,'
            '       pg_catalog.md5(COALESCE(pg_catalog.string_agg(r.h, E''\n'' ORDER BY r.run), ''''))'
            '  FROM (SELECT (s.rn - 1) / 10000 AS run, pg_catalog.count(*) AS n,'
            '               pg_catalog.md5(pg_catalog.string_agg(s.line, E''\n'' ORDER BY s.rn)) AS h'
            '          FROM (SELECT pg_catalog.row_number() OVER (ORDER BY %s) AS rn,'
            '                       (t.*)::text AS line'
            '                  FROM %s t) AS s'
            '         GROUP BY 1) AS r',
            order_by, rel.oid::pg_catalog.regclass)
          INTO row_count, fingerprint;
        RETURN NEXT;
    END LOOP;
END
$function$;

COMMENT ON FUNCTION @extschema@.commerce_seed_fingerprint() IS
  'One row per table of the extension, by name: its row count and an md5 fingerprint of its content: the rows'' text (t::text) in primary key order, joined by newlines and hashed in runs of 10,000 rows, then the runs'' md5s joined by newlines and hashed (so a table of fewer than 10,000 rows gives md5(md5(string_agg(t::text, E''\n'' ORDER BY <primary key>)))). The function fixes TimeZone, DateStyle, IntervalStyle, extra_float_digits and bytea_output itself, so the same data gives the same fingerprints in any session; an empty table gives md5('''').';
-- schema/70_config_dump.sql: mark every table and every serial sequence of the
-- extension as configuration, so that pg_dump dumps their content (and the
-- sequences' positions) instead of leaving it out as part of the extension.
-- A restore creates the extension first, empty, and then loads the data; the
-- materialized views are not dumped with data (pg_dump never dumps a
-- member's matview content), so after a restore they are unpopulated until
-- the next REFRESH MATERIALIZED VIEW or commerce_seed().
--
-- An empty filter: each table is dumped whole.  t/005_dump.pl checks that
-- every table and sequence of the extension is listed here.

SELECT pg_catalog.pg_extension_config_dump('@extschema@.customers', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.suppliers', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.categories', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.products', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.warehouses', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.addresses', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.orders', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.order_items', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.payments', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.shipments', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.carts', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cart_items', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.coupons', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.coupon_redemptions', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reviews', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.returns', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.loyalty_accounts', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.loyalty_ledger', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gift_cards', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.purchase_orders', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.purchase_order_items', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.supplier_payments', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.support_tickets', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ticket_messages', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.user_sessions', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.audit_events', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.product_attributes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.product_images', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.inventory', '');

SELECT pg_catalog.pg_extension_config_dump('@extschema@.customers_customer_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.suppliers_supplier_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.categories_category_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.products_product_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.warehouses_warehouse_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.addresses_address_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.orders_order_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.order_items_order_item_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.payments_payment_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.shipments_shipment_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.carts_cart_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cart_items_cart_item_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.coupons_coupon_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.coupon_redemptions_redemption_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reviews_review_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.returns_return_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.loyalty_accounts_account_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.loyalty_ledger_ledger_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gift_cards_gift_card_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.purchase_orders_po_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.purchase_order_items_po_item_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.supplier_payments_supplier_payment_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.support_tickets_ticket_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.ticket_messages_message_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.user_sessions_session_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.audit_events_event_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.product_attributes_attribute_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.product_images_image_id_seq', '');
