-- commerce_seed--1.0--1.1.sql: update an installed 1.0 to 1.1.  Built by the
-- Makefile from schema/update/1.0--1.1.sql followed by the schema/ files whose
-- objects 1.1 adds or redefines, so that an updated install has exactly the
-- definitions of a fresh one (sql/upgrade.sql compares the two); edit those
-- files, not this one.  Seeded data is kept.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION commerce_seed UPDATE TO '1.1'" to load this file. \quit

-- names bind to built-ins only (see schema/00_header.sql)
SET LOCAL search_path = pg_catalog, pg_temp;

-- verify and fingerprint became C functions that run their PL/pgSQL rules as
-- the owner of the tables (src/verify.c); 60_verify.sql creates all four
DROP FUNCTION @extschema@.commerce_seed_verify();
DROP FUNCTION @extschema@.commerce_seed_fingerprint();


-- commerce_seed_sizes() counts exactly up to 500,000 driver units
COMMENT ON FUNCTION @extschema@.commerce_seed_sizes(integer, bigint, date, date) IS
  'Planned rows per table, counted by the generators without building any row (exact when the driver has at most 500,000 units, otherwise scaled up from 500,000 units spread evenly over it, within 2%), and estimated bytes with indexes.';

-- the realism model (issue 9): a refused cash-on-delivery parcel goes back
-- to origin; a parcel has a promised date; a checked-out cart names its order
ALTER TYPE @extschema@.shipment_status ADD VALUE 'returned_to_origin';
COMMENT ON TYPE @extschema@.shipment_status IS
  'Parcel journey: preparing -> packed -> dispatched -> in_transit -> out_for_delivery -> delivered; cancelled when the order is cancelled before dispatch; returned_to_origin when a cash-on-delivery parcel is refused at the door (its order is then cancelled).';
COMMENT ON TYPE @extschema@.order_status IS
  'Order lifecycle: pending -> paid -> shipped -> delivered, or cancelled before dispatch. Cash-on-delivery orders go pending -> shipped -> delivered, or shipped -> cancelled when the parcel is refused at the door.';
ALTER TABLE @extschema@.shipments ADD COLUMN promised_at timestamptz;
ALTER TABLE @extschema@.carts
    ADD COLUMN order_id bigint REFERENCES @extschema@.orders (order_id),
    ADD CONSTRAINT ck_carts_order_checked_out CHECK (order_id IS NULL OR checked_out_at IS NOT NULL),
    ADD CONSTRAINT uq_carts_order UNIQUE (order_id);

-- a gift card is spent through the payment it makes
ALTER TYPE @extschema@.payment_method ADD VALUE 'gift_card';
COMMENT ON TYPE @extschema@.payment_method IS
  'How an order is paid: card, UPI, net banking, cash on delivery (cod), a prepaid wallet, or a gift card (payments.gift_card_id).';
ALTER TABLE @extschema@.payments
    ADD COLUMN gift_card_id bigint,
    ADD CONSTRAINT payments_gift_card_id_fkey FOREIGN KEY (gift_card_id)
    REFERENCES @extschema@.gift_cards (gift_card_id);
CREATE INDEX ix_payments_gift_card_id ON @extschema@.payments (gift_card_id);
COMMENT ON TABLE @extschema@.gift_cards IS
  'Gift cards with unique codes, a remaining balance and an active flag; balance = initial_amount less the captured payments made with the card (payments.gift_card_id).';

-- an application writes without supplying event times (issue 13): they
-- default to the transaction's start, and an order's day is its IST day
ALTER TABLE @extschema@.orders
    ALTER COLUMN order_date SET DEFAULT (pg_catalog.timezone('Asia/Kolkata', pg_catalog.now()))::pg_catalog.date,
    ALTER COLUMN placed_at SET DEFAULT pg_catalog.now(),
    ADD CONSTRAINT ck_orders_order_date_ist CHECK (order_date = (pg_catalog.timezone('Asia/Kolkata', placed_at))::pg_catalog.date);
ALTER TABLE @extschema@.payments ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.shipments ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.carts
    ALTER COLUMN created_at SET DEFAULT pg_catalog.now(),
    ALTER COLUMN updated_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.cart_items ALTER COLUMN added_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.coupon_redemptions ALTER COLUMN redeemed_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.reviews ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.returns ALTER COLUMN requested_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.loyalty_accounts ALTER COLUMN opened_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.loyalty_ledger ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.gift_cards ALTER COLUMN issued_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.purchase_orders ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.supplier_payments ALTER COLUMN paid_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.support_tickets ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.ticket_messages ALTER COLUMN sent_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.user_sessions ALTER COLUMN started_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.audit_events ALTER COLUMN occurred_at SET DEFAULT pg_catalog.now();
ALTER TABLE @extschema@.inventory ALTER COLUMN updated_at SET DEFAULT pg_catalog.now();
