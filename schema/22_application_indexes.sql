-- schema/22_application_indexes.sql: indexes for what applications do, not
-- only for keys and views.  Also part of the update from 1.0 (see the Makefile).

-- The access paths of an application working on the shop (and of the
-- workload kit, workload/*.pgbench), so that none of its lookups scans a
-- table.  Where a status is rare, the index holds only those rows: the few
-- parcels still moving, the payments not captured, the tickets not resolved
-- and the returns awaiting a decision; the rows an application looks for
-- are then found without storing an entry for every finished one.
CREATE INDEX ix_orders_placed_at ON @extschema@.orders (placed_at);
-- sign-in matches an email whatever its case, so no two accounts may differ
-- in case alone (the seed's emails are lower case)
CREATE UNIQUE INDEX uq_customers_lower_email ON @extschema@.customers (pg_catalog.lower(email));
CREATE INDEX ix_audit_events_occurred_at ON @extschema@.audit_events (occurred_at);
-- parcels still with the shop or the carrier, oldest first; and those out
-- for delivery, longest out first (the two queues of the scans and drops)
CREATE INDEX ix_shipments_in_progress ON @extschema@.shipments (created_at, shipment_id)
    WHERE status IN ('preparing', 'packed', 'dispatched', 'in_transit');
CREATE INDEX ix_shipments_out_for_delivery ON @extschema@.shipments (out_for_delivery_at, shipment_id)
    WHERE status = 'out_for_delivery';
CREATE INDEX ix_payments_not_captured ON @extschema@.payments (status, created_at)
    WHERE status <> 'captured';
CREATE INDEX ix_support_tickets_unresolved ON @extschema@.support_tickets (status, created_at)
    WHERE status IN ('open', 'pending');
CREATE INDEX ix_returns_awaiting_decision ON @extschema@.returns (requested_at)
    WHERE approved IS NULL;
