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
    -- the day in India of the default placed_at: both default to the
    -- transaction's start, so an insert that gives neither is consistent
    order_date           date NOT NULL DEFAULT (pg_catalog.timezone('Asia/Kolkata', pg_catalog.now()))::pg_catalog.date,
    placed_at            timestamptz NOT NULL DEFAULT pg_catalog.now(),
    status               @extschema@.order_status NOT NULL DEFAULT 'pending',
    channel              text NOT NULL DEFAULT 'web',
    currency             text NOT NULL DEFAULT 'INR',
    cancelled_at         timestamptz,
    CONSTRAINT ck_orders_channel CHECK (channel IN ('web', 'android', 'ios')),
    CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_orders_cancelled_at CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CONSTRAINT ck_orders_cancelled_after_placed CHECK (cancelled_at >= placed_at),
    CONSTRAINT ck_orders_order_date_ist CHECK (order_date = (pg_catalog.timezone('Asia/Kolkata', placed_at))::pg_catalog.date)
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
    created_at       timestamptz NOT NULL DEFAULT pg_catalog.now(),
    paid_at          timestamptz,
    transaction_ref  text COLLATE pg_catalog."C" NOT NULL,
    gift_card_id     bigint,
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
    created_at            timestamptz NOT NULL DEFAULT pg_catalog.now(),
    packed_at             timestamptz,
    dispatched_at         timestamptz,
    out_for_delivery_at   timestamptz,
    delivered_at          timestamptz,
    promised_at           timestamptz,
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
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    checked_out_at  timestamptz,
    order_id        bigint REFERENCES @extschema@.orders (order_id),
    CONSTRAINT ck_carts_updated_after_created CHECK (updated_at >= created_at),
    CONSTRAINT ck_carts_checked_out_after_updated CHECK (checked_out_at >= updated_at),
    CONSTRAINT ck_carts_order_checked_out CHECK (order_id IS NULL OR checked_out_at IS NOT NULL),
    CONSTRAINT uq_carts_order UNIQUE (order_id)
);
COMMENT ON TABLE @extschema@.carts IS
  'Shopping-cart snapshots. A cart that was never checked out and has been idle for a day is abandoned (v_abandoned_carts).';

CREATE TABLE @extschema@.cart_items (
    cart_item_id  bigserial PRIMARY KEY,
    cart_id       bigint NOT NULL REFERENCES @extschema@.carts (cart_id),
    product_id    bigint NOT NULL REFERENCES @extschema@.products (product_id),
    quantity      integer NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    redeemed_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    created_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    requested_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    opened_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    issued_at              timestamptz NOT NULL DEFAULT pg_catalog.now(),
    expires_at             timestamptz NOT NULL,
    active                 boolean NOT NULL DEFAULT true,
    CONSTRAINT uq_gift_cards_code UNIQUE (code),
    CONSTRAINT ck_gift_cards_initial_amount CHECK (initial_amount > 0),
    CONSTRAINT ck_gift_cards_balance CHECK (balance >= 0 AND balance <= initial_amount),
    CONSTRAINT ck_gift_cards_expiry CHECK (expires_at > issued_at)
);
COMMENT ON TABLE @extschema@.gift_cards IS
  'Gift cards with unique codes, a remaining balance and an active flag; balance = initial_amount less the captured payments made with the card (payments.gift_card_id).';

-- payments come before gift cards in this file; the card a payment spends
ALTER TABLE @extschema@.payments
    ADD CONSTRAINT payments_gift_card_id_fkey FOREIGN KEY (gift_card_id)
    REFERENCES @extschema@.gift_cards (gift_card_id);

-- Procurement

CREATE TABLE @extschema@.purchase_orders (
    po_id         bigserial PRIMARY KEY,
    supplier_id   bigint NOT NULL REFERENCES @extschema@.suppliers (supplier_id),
    warehouse_id  bigint NOT NULL REFERENCES @extschema@.warehouses (warehouse_id),
    status        @extschema@.purchase_order_status NOT NULL DEFAULT 'ordered',
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    paid_at              timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    sent_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT ck_ticket_messages_author CHECK (author IN ('customer', 'agent'))
);
COMMENT ON TABLE @extschema@.ticket_messages IS
  'The thread of a ticket: the customer writes first, then customer and agent alternate.';

CREATE TABLE @extschema@.user_sessions (
    session_id    bigserial PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES @extschema@.customers (customer_id),
    started_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    occurred_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
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
    updated_at     timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT inventory_pkey PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_inventory_reorder_level CHECK (reorder_level >= 0)
);
COMMENT ON TABLE @extschema@.inventory IS
  'Stock on hand of a product in a warehouse (composite key).';
