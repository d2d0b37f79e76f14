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
CREATE INDEX ix_payments_gift_card_id ON @extschema@.payments (gift_card_id);
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
