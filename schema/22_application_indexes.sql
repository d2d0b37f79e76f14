-- schema/22_application_indexes.sql: indexes for what applications do, not
-- only for keys and views.  Also part of the update from 1.0 (see the Makefile).

-- The access paths of an application working on the shop (and of the
-- workload kit, workload/*.pgbench), so that none of its lookups scans a
-- table.  Where a status is rare, the index holds only those rows: the few
-- parcels still moving, the payments not captured, the tickets not resolved
-- and the returns awaiting a decision; the rows an application looks for
-- are then found without storing an entry for every finished one.
CREATE INDEX ix_orders_placed_at ON @extschema@.orders (placed_at);
CREATE INDEX ix_customers_lower_email ON @extschema@.customers (pg_catalog.lower(email));
CREATE INDEX ix_audit_events_occurred_at ON @extschema@.audit_events (occurred_at);
CREATE INDEX ix_shipments_in_progress ON @extschema@.shipments (status, created_at)
    WHERE status IN ('preparing', 'packed', 'dispatched', 'in_transit', 'out_for_delivery');
CREATE INDEX ix_payments_not_captured ON @extschema@.payments (status, created_at)
    WHERE status <> 'captured';
CREATE INDEX ix_support_tickets_unresolved ON @extschema@.support_tickets (status, created_at)
    WHERE status IN ('open', 'pending');
CREATE INDEX ix_returns_awaiting_decision ON @extschema@.returns (requested_at)
    WHERE approved IS NULL;
