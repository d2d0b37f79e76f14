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
