-- The realism model at scale 10 against published figures of real online
-- retail (commerce_seed_calibration(), sources in the README's dataset
-- card): every figure inside the range a believable shop falls in, and the
-- causal rules of verify all zero.  The values themselves are in the
-- README's calibration table, not here, so the test states what must hold.
CREATE EXTENSION commerce_seed;
SET client_min_messages = warning;
SELECT count(*) AS tables FROM commerce_seed(10, 42);
SELECT figure, low, high, value BETWEEN low AND high AS within_range
  FROM commerce_seed_calibration();
SELECT rule, violations FROM commerce_seed_verify() WHERE violations <> 0;

-- Every enum label (every order, payment, parcel, return, ticket and
-- purchase-order state) appears even in the smallest shop, for every seed
-- tried: the states at the as-of instant come from journeys each day of the
-- calendar has, not from luck.
CREATE TEMP TABLE missing (seed int, label text);
DO $$
DECLARE
    s int;
BEGIN
    FOREACH s IN ARRAY ARRAY[1, 2, 3, 4, 5, 6, 7, 42] LOOP
        PERFORM commerce_seed(1, s);
        INSERT INTO missing
        SELECT s, t.typname || '.' || e.enumlabel
          FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         WHERE t.typnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'commerce_seed')
           AND NOT EXISTS (
               SELECT 1 FROM (
                   SELECT 'customer_status', status::text FROM customers UNION
                   SELECT 'order_status', status::text FROM orders UNION
                   SELECT 'payment_method', method::text FROM payments UNION
                   SELECT 'payment_status', status::text FROM payments UNION
                   SELECT 'shipment_status', status::text FROM shipments UNION
                   SELECT 'return_reason', reason::text FROM returns UNION
                   SELECT 'loyalty_tier', tier::text FROM loyalty_accounts UNION
                   SELECT 'purchase_order_status', status::text FROM purchase_orders UNION
                   SELECT 'ticket_status', status::text FROM support_tickets UNION
                   SELECT 'ticket_priority', priority::text FROM support_tickets) x(typ, label)
                WHERE x.typ = t.typname AND x.label = e.enumlabel);
    END LOOP;
END
$$;
SELECT label, array_agg(seed ORDER BY seed) AS seeds FROM missing GROUP BY label ORDER BY label;
DROP EXTENSION commerce_seed;
