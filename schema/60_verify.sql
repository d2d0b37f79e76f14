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
-- The rules are PL/pgSQL (commerce_seed_verify_rules() and
-- commerce_seed_fingerprint_tables()), read only, and pin search_path so that
-- nothing a caller puts on it can redirect a name; the SQL they build is
-- assembled with format() from catalog names (%I) and catalog deparsing
-- (pg_get_expr, run under that search_path, so it qualifies everything
-- outside pg_catalog).  That SQL includes expressions the tables' owner
-- controls (CHECK constraints, index expressions and predicates), so the
-- public functions, in C (src/verify.c), check the caller's SELECT rights and
-- then run the rules as the owner, as a security-restricted operation, the
-- way ANALYZE and REFRESH MATERIALIZED VIEW evaluate such expressions.

-- The guard of the two rule functions below: an error unless the current
-- user owns every table, view and materialized view of the extension.
CREATE FUNCTION @extschema@.commerce_seed_require_dataset_owner(rules text, caller text)
RETURNS void
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
    IF EXISTS (SELECT 1
                 FROM pg_catalog.pg_depend d
                 JOIN pg_catalog.pg_class c ON c.oid = d.objid
                WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                  AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e
                                     WHERE e.extname = 'commerce_seed')
                  AND d.deptype = 'e'
                  AND c.relkind IN ('r', 'v', 'm')
                  AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r
                                      WHERE r.rolname = CURRENT_USER)) THEN
        RAISE EXCEPTION 'only the owner of all the extension''s tables and views may run %()', rules
              USING ERRCODE = 'insufficient_privilege',
                    HINT = pg_catalog.format('Call %s(), which runs it as that role.', caller);
    END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_require_dataset_owner(text, text) IS
  'Raises insufficient_privilege unless the current user owns every table, view and materialized view of the extension: the guard of commerce_seed_verify_rules() and commerce_seed_fingerprint_tables(), which run the owner''s expressions.';

-- The relations that belong to this extension (pg_depend, never by name:
-- other extensions, Citus for one, put views in the same schema).
CREATE FUNCTION @extschema@.commerce_seed_extension_members()
RETURNS TABLE (objid oid)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT d.objid
      FROM pg_catalog.pg_depend d
     WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.deptype = 'e'
       AND d.refobjid = (SELECT f.refobjid
                           FROM pg_catalog.pg_depend f
                          WHERE f.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                            AND f.objid = '@extschema@.seed_info'::pg_catalog.regclass
                            AND f.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                            AND f.deptype = 'e')
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_extension_members() IS
  'The pg_class OIDs of the relations that belong to this extension (its tables, sequences, views, materialized views and indexes are found through these).';

-- The extension's schema name, for building the copy's DDL.
CREATE FUNCTION @extschema@.commerce_seed_extension_schema()
RETURNS name
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT n.nspname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = '@extschema@.seed_info'::pg_catalog.regclass
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_extension_schema() IS
  'The schema the extension''s tables are in (where CREATE EXTENSION put them).';

-- The shop's table target.name, which must exist.
CREATE FUNCTION @extschema@.commerce_seed_schema_table(target name, table_name text)
RETURNS pg_catalog.regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    rel pg_catalog.regclass := pg_catalog.to_regclass(pg_catalog.format('%I.%I', target, table_name));
BEGIN
    IF rel IS NULL THEN
        RAISE EXCEPTION 'relation "%.%" does not exist', target, table_name
              USING ERRCODE = 'undefined_table',
                    HINT = pg_catalog.format('Create the shop''s tables with commerce_seed_create_schema(%L).', target);
    END IF;
    RETURN rel;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_schema_table(name, text) IS
  'The table table_name of the shop copy in schema target, or undefined_table with a hint to create it.';

/*
 * The rules of the design that no constraint states, as data: each is the
 * query that counts the offending rows of the table named first in the
 * rule, with @shop@ where the schema of the shop's tables goes, so that the
 * same rules check the extension's own tables (commerce_seed_verify()) or a
 * copy of the shop in another schema (commerce_seed_verify_schema()).  A
 * row missing on the other side of a join is left to the rule that owns it
 * (orphans to fk.*, a missing payment to orders.one_payment ...).  Line
 * total = round(quantity * unit_price * (1 - discount / 100), 2), as in the
 * views.
 */
CREATE FUNCTION @extschema@.commerce_seed_business_rules()
RETURNS TABLE (rule text, description text, query text)
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT r.rule, r.description, r.query
      FROM (VALUES
        -- customers: the bounds stated in the README (Distributions)
        ('customers.age_at_signup',
         'customers whose age on the sign-up day (Asia/Kolkata), in whole years as age() counts them, is not 18 to 70',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.customers c
           WHERE pg_catalog.date_part('year',
                     pg_catalog.age((c.signed_up_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.date::pg_catalog.timestamp,
                                    c.date_of_birth::pg_catalog.timestamp))
                 NOT BETWEEN 18 AND 70$rule$),
        ('customers.first_session_at_signup',
         'customers without a session starting at their sign-up (the first session is the sign-up)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.customers c
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.user_sessions us
                              WHERE us.customer_id = c.customer_id
                                AND us.started_at = c.signed_up_at)$rule$),
        -- addresses
        ('addresses.one_default_per_customer',
         'customers without exactly one default address',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.customers c
            LEFT JOIN (SELECT a.customer_id, pg_catalog.count(*) AS n
                         FROM @shop@.addresses a
                        WHERE a.is_default
                        GROUP BY a.customer_id) AS a ON a.customer_id = c.customer_id
           WHERE COALESCE(a.n, 0) <> 1$rule$),
        ('addresses.created_after_signup',
         'addresses created before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.addresses a
            JOIN @shop@.customers c ON c.customer_id = a.customer_id
           WHERE a.created_at < c.signed_up_at$rule$),
        -- orders
        ('orders.order_date_matches_placed_at',
         'orders whose order_date is not the Asia/Kolkata calendar day of placed_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
           WHERE o.order_date <> (o.placed_at AT TIME ZONE 'Asia/Kolkata')::date$rule$),
        ('orders.placed_after_signup',
         'orders placed before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            JOIN @shop@.customers c ON c.customer_id = o.customer_id
           WHERE o.placed_at < c.signed_up_at$rule$),
        ('orders.shipping_address_of_customer',
         'orders shipped to an address of another customer',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            JOIN @shop@.addresses a ON a.address_id = o.shipping_address_id
           WHERE a.customer_id <> o.customer_id$rule$),
        ('orders.order_id_grows_with_placed_at',
         'orders placed before the order with the next lower order_id',
         $rule$SELECT pg_catalog.count(*)
            FROM (SELECT o.placed_at < pg_catalog.lag(o.placed_at) OVER (ORDER BY o.order_id) AS backwards
                    FROM @shop@.orders o) AS s
           WHERE s.backwards$rule$),
        ('orders.has_items',
         'orders without any order_items row',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.order_items oi
                              WHERE oi.order_id = o.order_id)$rule$),
        ('orders.one_payment',
         'orders without exactly one payment',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            LEFT JOIN (SELECT p.order_id, pg_catalog.count(*) AS n
                         FROM @shop@.payments p
                        GROUP BY p.order_id) AS p ON p.order_id = o.order_id
           WHERE COALESCE(p.n, 0) <> 1$rule$),
        -- a prepaid order whose payment is still pending (a UPI collect
        -- request not yet approved) gets its shipment when the money is in
        ('orders.one_shipment',
         'orders without exactly one shipment (none only while a prepaid order''s payment is pending)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            LEFT JOIN (SELECT s.order_id, pg_catalog.count(*) AS n
                         FROM @shop@.shipments s
                        GROUP BY s.order_id) AS s ON s.order_id = o.order_id
           WHERE COALESCE(s.n, 0) <> 1
             AND NOT (COALESCE(s.n, 0) = 0
                      AND o.status = 'pending'
                      AND EXISTS (SELECT 1 FROM @shop@.payments p
                                   WHERE p.order_id = o.order_id
                                     AND p.method <> 'cod' AND p.status = 'pending'))$rule$),
        ('orders.status_delivered',
         'orders where status delivered disagrees with the shipment''s delivered_at being set',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            LEFT JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE (o.status = 'delivered') IS DISTINCT FROM (s.delivered_at IS NOT NULL)$rule$),
        ('orders.status_cancelled',
         'orders where status cancelled disagrees with any of: cancelled_at set, shipment cancelled or returned to origin, payment voided',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            LEFT JOIN @shop@.shipments s ON s.order_id = o.order_id
            LEFT JOIN @shop@.payments p ON p.order_id = o.order_id
           WHERE (o.status = 'cancelled') IS DISTINCT FROM (o.cancelled_at IS NOT NULL)
              OR (o.status = 'cancelled') IS DISTINCT FROM COALESCE(s.status IN ('cancelled', 'returned_to_origin'), false)
              OR (o.status = 'cancelled') IS DISTINCT FROM COALESCE(p.status = 'voided', false)$rule$),
        ('orders.status_shipped',
         'shipped orders whose shipment is not dispatched, or already delivered',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            LEFT JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE o.status = 'shipped'
             AND (s.dispatched_at IS NULL OR s.delivered_at IS NOT NULL)$rule$),
        ('orders.status_before_dispatch',
         'pending, paid or cancelled orders whose shipment has been dispatched (other than a parcel refused at the door and returned to origin)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE o.status IN ('pending', 'paid', 'cancelled')
             AND s.dispatched_at IS NOT NULL
             AND s.status <> 'returned_to_origin'$rule$),
        ('orders.cancelled_within_30_hours',
         'cancelled orders neither cancelled 10 minutes to 30 hours after they were placed nor refused at the door (cancelled when out for delivery, within 14 hours of it)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
            JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE o.cancelled_at IS NOT NULL
             AND CASE WHEN s.status = 'returned_to_origin'
                      THEN o.cancelled_at - s.out_for_delivery_at NOT BETWEEN interval '15 minutes' AND interval '14 hours'
                      ELSE o.cancelled_at - o.placed_at NOT BETWEEN interval '10 minutes' AND interval '30 hours'
                 END$rule$),
        -- order_items
        ('order_items.unit_price_is_price_at_order',
         'order lines whose unit_price is not the product''s price when the order was placed (the old price before a product.price_changed event, the current one after)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.order_items oi
            JOIN @shop@.orders o ON o.order_id = oi.order_id
            JOIN @shop@.products p ON p.product_id = oi.product_id
            LEFT JOIN LATERAL (
                SELECT ae.occurred_at, ae.payload
                  FROM @shop@.audit_events ae
                 WHERE ae.entity = 'product' AND ae.entity_id = oi.product_id
                   AND ae.event_type = 'product.price_changed'
                   AND ae.occurred_at > o.placed_at
                 ORDER BY ae.occurred_at
                 LIMIT 1) nxt ON true
           WHERE oi.unit_price IS DISTINCT FROM
                 COALESCE((nxt.payload OPERATOR(pg_catalog.->>) 'old_price')::numeric, p.price)$rule$),
        -- payments
        ('payments.amount_matches_lines',
         'payments whose amount is not the sum of the order''s line totals',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            LEFT JOIN (SELECT oi.order_id,
                              pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS total
                         FROM @shop@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = p.order_id
           WHERE p.amount <> COALESCE(l.total, 0)$rule$),
        ('payments.currency_of_order',
         'payments in another currency than their order',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.currency <> o.currency$rule$),
        ('payments.paid_only_when_order_paid',
         'payments with paid_at set whose order is not paid, shipped or delivered',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.paid_at IS NOT NULL
             AND o.status NOT IN ('paid', 'shipped', 'delivered')$rule$),
        ('payments.prepaid_paid_at_set',
         'non-COD payments of paid, shipped or delivered orders without paid_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.method <> 'cod'
             AND o.status IN ('paid', 'shipped', 'delivered')
             AND p.paid_at IS NULL$rule$),
        ('payments.cod_paid_at_delivery',
         'COD payments not captured exactly when the order is delivered, at the shipment''s delivered_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
            LEFT JOIN @shop@.shipments s ON s.order_id = p.order_id
           WHERE p.method = 'cod'
             AND ((p.paid_at IS NOT NULL) IS DISTINCT FROM (o.status = 'delivered')
                  OR p.paid_at IS DISTINCT FROM s.delivered_at)$rule$),
        ('payments.cod_order_not_paid_status',
         'COD orders in status paid (cash on delivery goes pending -> shipped -> delivered)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.method = 'cod'
             AND o.status = 'paid'$rule$),
        ('payments.cod_within_limit',
         'cash-on-delivery payments above INR 30,000 (pay on delivery is not offered above it)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
           WHERE p.method = 'cod' AND p.amount > 30000$rule$),
        ('payments.upi_within_limit',
         'UPI payments above INR 1 lakh (the per-transaction limit for shopping)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
           WHERE p.method = 'upi' AND p.amount > 100000$rule$),
        ('payments.created_after_placed',
         'payments created before their order was placed',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.created_at < o.placed_at$rule$),
        ('payments.paid_after_placed',
         'payments captured before their order was placed',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.paid_at < o.placed_at$rule$),
        ('payments.prepaid_paid_within_minutes',
         'captured non-COD payments not captured 30 seconds to 20 minutes (6 hours 20 minutes with a retry) after the order was placed',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.orders o ON o.order_id = p.order_id
           WHERE p.method <> 'cod'
             AND p.paid_at - o.placed_at NOT BETWEEN interval '30 seconds' AND interval '6 hours 20 minutes'$rule$),
        -- shipments
        ('shipments.created_after_placed',
         'shipments created before their order was placed',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
            JOIN @shop@.orders o ON o.order_id = s.order_id
           WHERE s.created_at < o.placed_at$rule$),
        ('shipments.created_after_payment',
         'shipments of prepaid (non-COD) captured orders created before the payment was captured',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
            JOIN @shop@.payments p ON p.order_id = s.order_id
           WHERE p.method <> 'cod'
             AND s.created_at < p.paid_at$rule$),
        ('shipments.steps_in_order',
         'shipments whose set step timestamps (created, packed, dispatched, out for delivery, delivered) go backwards',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
           WHERE s.created_at > s.packed_at
              OR s.created_at > s.dispatched_at
              OR s.created_at > s.out_for_delivery_at
              OR s.created_at > s.delivered_at
              OR s.packed_at > s.dispatched_at
              OR s.packed_at > s.out_for_delivery_at
              OR s.packed_at > s.delivered_at
              OR s.dispatched_at > s.out_for_delivery_at
              OR s.dispatched_at > s.delivered_at
              OR s.out_for_delivery_at > s.delivered_at$rule$),
        ('shipments.steps_without_gaps',
         'shipments with a step timestamp set while an earlier step''s is not',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
           WHERE (s.packed_at IS NULL AND pg_catalog.num_nonnulls(s.dispatched_at, s.out_for_delivery_at, s.delivered_at) > 0)
              OR (s.dispatched_at IS NULL AND pg_catalog.num_nonnulls(s.out_for_delivery_at, s.delivered_at) > 0)
              OR (s.out_for_delivery_at IS NULL AND s.delivered_at IS NOT NULL)$rule$),
        ('shipments.status_matches_steps',
         'shipments whose status is not the last step reached (cancelled ones never dispatched; returned to origin ones out for delivery, never delivered)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
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
                    WHEN 'returned_to_origin' THEN s.out_for_delivery_at IS NOT NULL AND s.delivered_at IS NULL
                  END) IS NOT TRUE$rule$),
        ('shipments.step_timings',
         'shipments packed other than 1 hour to 4 days after creation, dispatched other than 1 hour to 2 days after packing, out for delivery other than 12 hours to 20 days after dispatch, or delivered other than 15 minutes to 4 days after that',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
           WHERE s.packed_at - s.created_at NOT BETWEEN interval '1 hour' AND interval '4 days'
              OR s.dispatched_at - s.packed_at NOT BETWEEN interval '1 hour' AND interval '2 days'
              OR s.out_for_delivery_at - s.dispatched_at NOT BETWEEN interval '12 hours' AND interval '20 days'
              OR s.delivered_at - s.out_for_delivery_at NOT BETWEEN interval '15 minutes' AND interval '4 days'$rule$),
        ('shipments.working_hours',
         'parcels packed outside 8 am-10 pm, collected outside 3-7 pm, out for delivery outside 7-10:30 am or delivered outside 10 am-8:30 pm (India time)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
           WHERE (s.packed_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.time NOT BETWEEN '08:00' AND '22:00'
              OR (s.dispatched_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.time NOT BETWEEN '15:00' AND '19:00'
              OR (s.out_for_delivery_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.time NOT BETWEEN '07:00' AND '10:30'
              OR (s.delivered_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.time NOT BETWEEN '10:00' AND '20:30'$rule$),
        ('shipments.promised_before_placed',
         'shipments promised for delivery before their order was placed, or without a promise',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
            JOIN @shop@.orders o ON o.order_id = s.order_id
           WHERE s.promised_at <= o.placed_at OR s.promised_at IS NULL$rule$),
        ('shipments.returned_to_origin_only_cod',
         'parcels returned to origin (refused at the door) whose order was not cash on delivery',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.shipments s
            JOIN @shop@.payments p ON p.order_id = s.order_id
           WHERE s.status = 'returned_to_origin' AND p.method <> 'cod'$rule$),
        -- carts
        ('carts.has_items',
         'carts without any cart_items row',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.carts ca
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.cart_items ci
                              WHERE ci.cart_id = ca.cart_id)$rule$),
        ('carts.created_after_signup',
         'carts created before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.carts ca
            JOIN @shop@.customers c ON c.customer_id = ca.customer_id
           WHERE ca.created_at < c.signed_up_at$rule$),
        ('cart_items.added_within_cart',
         'cart items added before their cart was created or after it was last updated',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.cart_items ci
            JOIN @shop@.carts ca ON ca.cart_id = ci.cart_id
           WHERE ci.added_at < ca.created_at
              OR ci.added_at > ca.updated_at$rule$),
        ('carts.checked_out_into_order',
         'carts checked out without an order, or whose order is another customer''s or was not placed within an hour after the checkout',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.carts ca
            LEFT JOIN @shop@.orders o ON o.order_id = ca.order_id
           WHERE (ca.checked_out_at IS NOT NULL AND ca.order_id IS NULL)
              OR o.customer_id <> ca.customer_id
              OR o.placed_at - ca.checked_out_at NOT BETWEEN interval '0' AND interval '1 hour'$rule$),
        ('orders.has_checkout_cart',
         'orders that no cart was checked out into',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.carts ca WHERE ca.order_id = o.order_id)$rule$),
        ('carts.items_are_order_lines',
         'checked-out carts whose items (product and quantity) are not exactly the lines of their order',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.carts ca
           WHERE ca.order_id IS NOT NULL
             AND EXISTS ((SELECT ci.product_id, ci.quantity FROM @shop@.cart_items ci
                           WHERE ci.cart_id = ca.cart_id
                          EXCEPT
                          SELECT oi.product_id, oi.quantity FROM @shop@.order_items oi
                           WHERE oi.order_id = ca.order_id)
                         UNION ALL
                         (SELECT oi.product_id, oi.quantity FROM @shop@.order_items oi
                           WHERE oi.order_id = ca.order_id
                          EXCEPT
                          SELECT ci.product_id, ci.quantity FROM @shop@.cart_items ci
                           WHERE ci.cart_id = ca.cart_id))$rule$),
        ('orders.placed_in_session',
         'orders placed outside every session of their customer on a device of the order''s channel (web: desktop or mobile web)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.orders o
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.user_sessions us
                              WHERE us.customer_id = o.customer_id
                                AND o.placed_at BETWEEN us.started_at AND us.ended_at
                                AND CASE o.channel WHEN 'web' THEN us.device IN ('desktop', 'mobile_web')
                                                   ELSE us.device = o.channel END)$rule$),
        -- coupons
        ('coupons.valid_7_to_60_days',
         'coupons not valid for a whole number of days from 7 to 60',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupons cp
           WHERE pg_catalog.date_part('epoch', cp.valid_to - cp.valid_from) / 86400
                 NOT IN (SELECT pg_catalog.generate_series(7, 60))$rule$),
        ('coupons.flat_min_order_twice_amount',
         'flat-amount coupons whose min_order_amount is below twice their amount_off',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupons cp
           WHERE cp.min_order_amount < 2 * cp.amount_off$rule$),
        -- coupon_redemptions
        ('coupon_redemptions.redeemed_at_placed_at',
         'redemptions whose redeemed_at is not the order''s placed_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
            JOIN @shop@.orders o ON o.order_id = cr.order_id
           WHERE cr.redeemed_at <> o.placed_at$rule$),
        ('coupon_redemptions.within_validity',
         'redemptions outside the coupon''s valid_from .. valid_to',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
            JOIN @shop@.coupons cp ON cp.coupon_id = cr.coupon_id
           WHERE cr.redeemed_at < cp.valid_from
              OR cr.redeemed_at > cp.valid_to$rule$),
        ('coupon_redemptions.min_order_amount',
         'redemptions on orders whose gross (sum of quantity * unit_price) is below the coupon''s min_order_amount',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
            JOIN @shop@.coupons cp ON cp.coupon_id = cr.coupon_id
            LEFT JOIN (SELECT oi.order_id, pg_catalog.sum(oi.quantity * oi.unit_price) AS gross
                         FROM @shop@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = cr.order_id
           WHERE COALESCE(l.gross, 0) < cp.min_order_amount$rule$),
        ('coupon_redemptions.discount_amount_matches_lines',
         'redemptions whose discount_amount is not the order''s gross minus its line totals',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
            LEFT JOIN (SELECT oi.order_id,
                              pg_catalog.sum(oi.quantity * oi.unit_price)
                              - pg_catalog.sum(pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)) AS saving
                         FROM @shop@.order_items oi
                        GROUP BY oi.order_id) AS l ON l.order_id = cr.order_id
           WHERE cr.discount_amount <> COALESCE(l.saving, 0)$rule$),
        ('coupon_redemptions.uniform_line_discount',
         'redemptions whose order''s lines do not all carry the same discount',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
           WHERE (SELECT pg_catalog.count(DISTINCT oi.discount)
                    FROM @shop@.order_items oi
                   WHERE oi.order_id = cr.order_id) > 1$rule$),
        ('coupon_redemptions.pct_off_on_lines',
         'redemptions of a pct_off coupon with an order line whose discount is not pct_off',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.coupon_redemptions cr
            JOIN @shop@.coupons cp ON cp.coupon_id = cr.coupon_id
           WHERE cp.pct_off IS NOT NULL
             AND EXISTS (SELECT 1 FROM @shop@.order_items oi
                          WHERE oi.order_id = cr.order_id
                            AND oi.discount <> cp.pct_off)$rule$),
        -- reviews
        ('reviews.matches_order_item',
         'reviews whose product or customer is not the reviewed order line''s product or its order''s customer',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews r
            JOIN @shop@.order_items oi ON oi.order_item_id = r.order_item_id
            JOIN @shop@.orders o ON o.order_id = oi.order_id
           WHERE oi.product_id <> r.product_id
              OR o.customer_id <> r.customer_id$rule$),
        ('reviews.order_delivered',
         'reviews of a line of an order that is not delivered',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews r
            JOIN @shop@.order_items oi ON oi.order_item_id = r.order_item_id
            JOIN @shop@.orders o ON o.order_id = oi.order_id
           WHERE o.status <> 'delivered'$rule$),
        ('reviews.created_after_delivery',
         'reviews not created after the shipment''s delivered_at (or with no delivery)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews r
            JOIN @shop@.order_items oi ON oi.order_item_id = r.order_item_id
            LEFT JOIN @shop@.shipments s ON s.order_id = oi.order_id
           WHERE (r.created_at > s.delivered_at) IS NOT TRUE$rule$),
        ('reviews.created_within_25_days',
         'reviews not created 6 hours to 25 days after the shipment''s delivered_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews rv
            JOIN @shop@.order_items oi ON oi.order_item_id = rv.order_item_id
            JOIN @shop@.shipments s ON s.order_id = oi.order_id
           WHERE rv.created_at - s.delivered_at NOT BETWEEN interval '6 hours' AND interval '25 days'$rule$),
        -- returns
        ('reviews.returned_only_with_a_return',
         'reviews whose text says the item was returned or sent back, of a line with no return',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews rv
           WHERE rv.body ~* '\mreturn(ed)?\M|\msent it back\M'
             AND NOT EXISTS (SELECT 1 FROM @shop@.returns rt
                              WHERE rt.order_item_id = rv.order_item_id)$rule$),
        ('reviews.returned_after_the_request',
         'reviews saying the item was returned, sent back or had to be returned, written before the return was asked for or about a return the shop rejected',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews rv
           WHERE rv.body ~* '\mreturned\M|\msent it back\M|\mhad to return\M'
             AND NOT EXISTS (SELECT 1 FROM @shop@.returns rt
                              WHERE rt.order_item_id = rv.order_item_id
                                AND rt.requested_at <= rv.created_at
                                AND rt.approved IS NOT FALSE)$rule$),
        ('reviews.late_only_when_late',
         'reviews whose text says the delivery was late, of an order delivered by the promised date',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.reviews rv
            JOIN @shop@.order_items oi ON oi.order_item_id = rv.order_item_id
            JOIN @shop@.orders o ON o.order_id = oi.order_id
            JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE rv.body ~* '\mlate\M'
             AND (s.delivered_at > s.promised_at) IS NOT TRUE$rule$),
        ('returns.order_delivered',
         'returns of a line of an order that is not delivered',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @shop@.orders o ON o.order_id = oi.order_id
           WHERE o.status <> 'delivered'$rule$),
        ('returns.category_takes_returns',
         'returns of products whose category is not taken back (beauty, food, diapers)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @shop@.products p ON p.product_id = oi.product_id
            JOIN @shop@.categories c ON c.category_id = p.category_id
           WHERE c.name IN ('Skin Care', 'Hair Care', 'Fragrances', 'Tea & Coffee',
                            'Dry Fruits', 'Spices', 'Diapers')$rule$),
        ('returns.size_fit_only_when_sized',
         'returns for size or fit of products not bought in a size (shirts, kurtas, kurtis and footwear are; a saree is free size)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @shop@.products p ON p.product_id = oi.product_id
            JOIN @shop@.categories c ON c.category_id = p.category_id
           WHERE rt.reason = 'size_fit'
             AND c.name NOT IN ('Men''s Shirts', 'Men''s Kurtas', 'Kurtis',
                                'Sneakers', 'Sandals')$rule$),
        ('returns.late_delivery_only_when_late',
         'returns for late delivery of orders delivered by the promised date',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @shop@.orders o ON o.order_id = oi.order_id
            JOIN @shop@.shipments s ON s.order_id = o.order_id
           WHERE rt.reason = 'late_delivery'
             AND (s.delivered_at > s.promised_at) IS NOT TRUE$rule$),
        ('returns.requested_after_delivery',
         'returns not requested after the shipment''s delivered_at (or with no delivery)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            LEFT JOIN @shop@.shipments s ON s.order_id = oi.order_id
           WHERE (rt.requested_at > s.delivered_at) IS NOT TRUE$rule$),
        ('returns.quantity_within_line',
         'returns of more units than the order line has',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
           WHERE rt.quantity > oi.quantity$rule$),
        ('returns.refund_only_when_approved',
         'returns with a non-zero refund_amount that are not approved',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
           WHERE rt.refund_amount <> 0
             AND rt.approved IS NOT TRUE$rule$),
        ('returns.refund_within_line_total',
         'returns refunding more than the order line''s total',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
           WHERE rt.refund_amount > pg_catalog.round(oi.quantity * oi.unit_price * (1 - oi.discount / 100), 2)$rule$),
        ('returns.requested_within_10_days',
         'returns not requested 1 to 10 days after the shipment''s delivered_at',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
            JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
            JOIN @shop@.shipments s ON s.order_id = oi.order_id
           WHERE rt.requested_at - s.delivered_at NOT BETWEEN interval '1 day' AND interval '10 days'$rule$),
        ('returns.resolved_within_6_days',
         'returns resolved other than 1 to 6 days after they were requested',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.returns rt
           WHERE rt.resolved_at - rt.requested_at NOT BETWEEN interval '1 day' AND interval '6 days'$rule$),
        -- loyalty
        ('loyalty_accounts.one_per_customer',
         'customers without exactly one loyalty account',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.customers c
            LEFT JOIN (SELECT la.customer_id, pg_catalog.count(*) AS n
                         FROM @shop@.loyalty_accounts la
                        GROUP BY la.customer_id) AS la ON la.customer_id = c.customer_id
           WHERE COALESCE(la.n, 0) <> 1$rule$),
        ('loyalty_accounts.opened_after_signup',
         'loyalty accounts opened before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_accounts la
            JOIN @shop@.customers c ON c.customer_id = la.customer_id
           WHERE la.opened_at < c.signed_up_at$rule$),
        ('loyalty_accounts.balance_never_negative',
         'loyalty accounts whose running balance, by (created_at, ledger_id), goes below zero',
         $rule$SELECT pg_catalog.count(DISTINCT b.account_id)
            FROM (SELECT l.account_id,
                         pg_catalog.sum(l.points_delta)
                             OVER (PARTITION BY l.account_id ORDER BY l.created_at, l.ledger_id) AS balance
                    FROM @shop@.loyalty_ledger l) AS b
           WHERE b.balance < 0$rule$),
        ('loyalty_ledger.after_account_opened',
         'ledger entries created before their account was opened',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            JOIN @shop@.loyalty_accounts la ON la.account_id = l.account_id
           WHERE l.created_at < la.opened_at$rule$),
        ('loyalty_ledger.earn_for_paid_order',
         'earn entries without an order, or whose order is not paid, shipped or delivered',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            LEFT JOIN @shop@.orders o ON o.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND (o.status IN ('paid', 'shipped', 'delivered')) IS NOT TRUE$rule$),
        ('loyalty_ledger.earn_order_of_customer',
         'earn entries whose order belongs to another customer than the account''s',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            JOIN @shop@.loyalty_accounts la ON la.account_id = l.account_id
            JOIN @shop@.orders o ON o.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND o.customer_id <> la.customer_id$rule$),
        ('loyalty_ledger.earn_after_payment',
         'earn entries not created at or after the order''s payment was captured (paid_at)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            JOIN @shop@.payments p ON p.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND (l.created_at >= p.paid_at) IS NOT TRUE$rule$),
        ('loyalty_ledger.earn_one_point_per_100',
         'earn entries whose points are not one per 100 INR of the order''s payment (at least one)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            JOIN @shop@.payments p ON p.order_id = l.order_id
           WHERE l.reason = 'earn'
             AND l.points_delta <> GREATEST(pg_catalog.floor(p.amount / 100), 1)$rule$),
        ('loyalty_ledger.redeemed_within_90_days',
         'redemptions not created 3 to 90 days after the order''s payment was captured',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.loyalty_ledger l
            JOIN @shop@.payments p ON p.order_id = l.order_id
           WHERE l.reason = 'redemption'
             AND l.created_at - p.paid_at NOT BETWEEN interval '3 days' AND interval '90 days'$rule$),
        -- gift_cards
        ('gift_cards.issued_after_purchaser_signup',
         'gift cards issued before their purchaser signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.gift_cards g
            JOIN @shop@.customers c ON c.customer_id = g.purchaser_customer_id
           WHERE g.issued_at < c.signed_up_at$rule$),
        ('gift_cards.balance_is_unspent_amount',
         'gift cards whose balance is not initial_amount less the captured payments made with them',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.gift_cards g
            LEFT JOIN (SELECT p.gift_card_id, pg_catalog.sum(p.amount) AS spent
                         FROM @shop@.payments p
                        WHERE p.gift_card_id IS NOT NULL AND p.status = 'captured'
                        GROUP BY p.gift_card_id) s ON s.gift_card_id = g.gift_card_id
           WHERE g.balance <> g.initial_amount - COALESCE(s.spent, 0)$rule$),
        ('payments.gift_card_method',
         'payments that name a gift card without being paid by gift card, or the other way round',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
           WHERE (p.gift_card_id IS NOT NULL) IS DISTINCT FROM (p.method = 'gift_card')$rule$),
        ('payments.gift_card_valid',
         'gift-card payments made before the card was issued or after it expired',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.payments p
            JOIN @shop@.gift_cards g ON g.gift_card_id = p.gift_card_id
           WHERE p.created_at < g.issued_at OR p.created_at >= g.expires_at$rule$),
        -- procurement
        ('purchase_order_items.product_of_po_supplier',
         'purchase order lines for a product of another supplier than the purchase order''s',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.purchase_order_items poi
            JOIN @shop@.purchase_orders po ON po.po_id = poi.po_id
            JOIN @shop@.products p ON p.product_id = poi.product_id
           WHERE p.supplier_id <> po.supplier_id$rule$),
        ('purchase_order_items.cost_price_is_product_cost',
         'purchase order lines whose cost_price is not the product''s cost_price',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.purchase_order_items poi
            JOIN @shop@.products p ON p.product_id = poi.product_id
           WHERE poi.cost_price <> p.cost_price$rule$),
        ('supplier_payments.settles_a_po',
         'supplier payments without a purchase order',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.supplier_payments sp
           WHERE sp.po_id IS NULL$rule$),
        ('supplier_payments.one_per_po',
         'supplier payments beyond the first for the same purchase order',
         $rule$SELECT COALESCE(pg_catalog.sum(d.n - 1), 0)::bigint
            FROM (SELECT pg_catalog.count(*) AS n
                    FROM @shop@.supplier_payments sp
                   WHERE sp.po_id IS NOT NULL
                   GROUP BY sp.po_id) AS d$rule$),
        ('supplier_payments.supplier_of_po',
         'supplier payments to another supplier than the purchase order''s',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.supplier_payments sp
            JOIN @shop@.purchase_orders po ON po.po_id = sp.po_id
           WHERE sp.supplier_id <> po.supplier_id$rule$),
        ('supplier_payments.amount_matches_po',
         'supplier payments whose amount is not the purchase order''s sum of quantity * cost_price',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.supplier_payments sp
            LEFT JOIN (SELECT poi.po_id, pg_catalog.sum(poi.quantity * poi.cost_price) AS total
                         FROM @shop@.purchase_order_items poi
                        GROUP BY poi.po_id) AS l ON l.po_id = sp.po_id
           WHERE sp.po_id IS NOT NULL
             AND sp.amount <> COALESCE(l.total, 0)$rule$),
        ('supplier_payments.paid_after_po_received',
         'supplier payments for a purchase order not received, or paid before it was received',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.supplier_payments sp
            JOIN @shop@.purchase_orders po ON po.po_id = sp.po_id
           WHERE (sp.paid_at >= po.received_at) IS NOT TRUE$rule$),
        ('purchase_orders.due_within_14_days',
         'purchase orders due other than 0 to 14 days (Asia/Kolkata calendar days) after they were raised',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.purchase_orders po
           WHERE (po.expected_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.date
                 - (po.created_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.date NOT BETWEEN 0 AND 14$rule$),
        ('purchase_orders.received_within_2_days_of_due',
         'purchase orders received more than two days before or after they were due',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.purchase_orders po
           WHERE po.received_at - po.expected_at NOT BETWEEN interval '-2 days' AND interval '2 days'$rule$),
        ('supplier_payments.paid_7_to_45_days_after_receipt',
         'supplier payments not made 7 to 45 days (Asia/Kolkata calendar days) after their purchase order was received',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.supplier_payments sp
            JOIN @shop@.purchase_orders po ON po.po_id = sp.po_id
           WHERE (sp.paid_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.date
                 - (po.received_at AT TIME ZONE 'Asia/Kolkata')::pg_catalog.date NOT BETWEEN 7 AND 45$rule$),
        -- support
        ('support_tickets.has_messages',
         'tickets without any message',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.ticket_messages m
                              WHERE m.ticket_id = t.ticket_id)$rule$),
        ('support_tickets.created_after_signup',
         'tickets opened before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            JOIN @shop@.customers c ON c.customer_id = t.customer_id
           WHERE t.created_at < c.signed_up_at$rule$),
        ('support_tickets.order_of_customer',
         'tickets about an order of another customer',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            JOIN @shop@.orders o ON o.order_id = t.order_id
           WHERE o.customer_id <> t.customer_id$rule$),
        ('support_tickets.created_after_order',
         'tickets about an order opened before the order was placed',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            JOIN @shop@.orders o ON o.order_id = t.order_id
           WHERE t.created_at < o.placed_at$rule$),
        ('support_tickets.resolved_after_last_message',
         'tickets resolved before their last message was sent',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            JOIN (SELECT m.ticket_id, pg_catalog.max(m.sent_at) AS last_sent_at
                    FROM @shop@.ticket_messages m
                   GROUP BY m.ticket_id) AS m ON m.ticket_id = t.ticket_id
           WHERE t.resolved_at < m.last_sent_at$rule$),
        ('ticket_messages.not_before_ticket',
         'messages sent before their ticket was opened',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.ticket_messages m
            JOIN @shop@.support_tickets t ON t.ticket_id = m.ticket_id
           WHERE m.sent_at < t.created_at$rule$),
        ('ticket_messages.customer_writes_first',
         'tickets whose first message, by (sent_at, message_id), is not from the customer',
         $rule$SELECT pg_catalog.count(*)
            FROM (SELECT DISTINCT ON (m.ticket_id) m.author
                    FROM @shop@.ticket_messages m
                   ORDER BY m.ticket_id, m.sent_at, m.message_id) AS f
           WHERE f.author <> 'customer'$rule$),
        ('ticket_messages.authors_alternate',
         'messages by the same author as the previous message of the ticket, by (sent_at, message_id)',
         $rule$SELECT pg_catalog.count(*)
            FROM (SELECT m.author = pg_catalog.lag(m.author)
                             OVER (PARTITION BY m.ticket_id ORDER BY m.sent_at, m.message_id) AS repeated
                    FROM @shop@.ticket_messages m) AS s
           WHERE s.repeated$rule$),
        -- user_sessions
        ('user_sessions.started_after_signup',
         'sessions started before their customer signed up',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.user_sessions us
            JOIN @shop@.customers c ON c.customer_id = us.customer_id
           WHERE us.started_at < c.signed_up_at$rule$),
        -- audit_events
        ('audit_events.entity_exists',
         'events whose entity_id is not a row of the table named by entity (customer, order, product)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.audit_events ev
           WHERE NOT CASE ev.entity
                       WHEN 'customer' THEN EXISTS (SELECT 1 FROM @shop@.customers c
                                                     WHERE c.customer_id = ev.entity_id)
                       WHEN 'order' THEN EXISTS (SELECT 1 FROM @shop@.orders o
                                                  WHERE o.order_id = ev.entity_id)
                       WHEN 'product' THEN EXISTS (SELECT 1 FROM @shop@.products p
                                                    WHERE p.product_id = ev.entity_id)
                       ELSE false
                     END$rule$),
        -- catalogue: a brand makes products of one department (the tree is at most three deep)
        ('products.brand_one_department',
         'brands (product_attributes named brand) with products in more than one department',
         $rule$SELECT pg_catalog.count(*)
            FROM (SELECT a.value
                    FROM @shop@.product_attributes a
                    JOIN @shop@.products p ON p.product_id = a.product_id
                    JOIN @shop@.categories c ON c.category_id = p.category_id
                    LEFT JOIN @shop@.categories pa ON pa.category_id = c.parent_category_id
                    LEFT JOIN @shop@.categories gp ON gp.category_id = pa.parent_category_id
                   WHERE a.name = 'brand'
                   GROUP BY a.value
                  HAVING pg_catalog.count(DISTINCT COALESCE(gp.category_id, pa.category_id, c.category_id)) > 1) b$rule$),
        -- addresses: a PIN code belongs to one city, a locality of a city has
        -- one PIN (grouped, not a self-join: a PIN has thousands of addresses)
        ('addresses.pincode_one_city',
         'addresses whose PIN code is also used with another city',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.addresses a
            JOIN (SELECT m.pincode
                    FROM @shop@.addresses m
                   GROUP BY m.pincode
                  HAVING pg_catalog.min(m.city) <> pg_catalog.max(m.city)) AS shared
              ON shared.pincode = a.pincode$rule$),
        ('addresses.locality_one_pincode',
         'addresses whose locality (line2) appears in the same city with another PIN code',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.addresses a
            JOIN (SELECT m.city, m.line2
                    FROM @shop@.addresses m
                   WHERE m.line2 IS NOT NULL
                   GROUP BY m.city, m.line2
                  HAVING pg_catalog.min(m.pincode) <> pg_catalog.max(m.pincode)) AS split
              ON split.city = a.city AND split.line2 = a.line2$rule$),
        -- support: a ticket follows the event its subject names, and the
        -- thread says only what the rows show (the subjects and texts of
        -- src/words_aftersales.c)
        ('support_tickets.created_after_event',
         'tickets not created after the event their subject names (and, asking about a fact to come, before it): a question before ordering has no order; "where is my order" after dispatch and before delivery; a late delivery after a delivery past its promised date; a return''s status after the request and before its resolution; a refund after an approved return; a rejection after a return not approved; a cancellation after it; a payment not confirmed after the order and before payment; an address change before dispatch',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            LEFT JOIN @shop@.orders o ON o.order_id = t.order_id
            LEFT JOIN @shop@.payments p ON p.order_id = t.order_id
            LEFT JOIN @shop@.shipments s ON s.order_id = t.order_id
           WHERE (CASE
                    WHEN t.subject IN ('Is cash on delivery available?', 'Delivery time to my city',
                                       'Question before ordering')
                      THEN t.order_id IS NULL
                    WHEN t.subject IN ('Where is my order?', 'Tracking not updating')
                      THEN t.created_at > s.dispatched_at
                       AND (s.delivered_at IS NULL OR t.created_at < s.delivered_at)
                    WHEN t.subject IN ('Delivery was very late', 'Complaint about delivery delay')
                      THEN t.created_at > s.delivered_at
                       AND s.delivered_at > s.promised_at
                    WHEN t.subject IN ('Status of my return', 'Return request: no update')
                      THEN EXISTS (SELECT 1 FROM @shop@.returns rt
                                     JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
                                    WHERE oi.order_id = t.order_id
                                      AND rt.requested_at < t.created_at
                                      AND (rt.resolved_at IS NULL OR rt.resolved_at > t.created_at))
                    WHEN t.subject IN ('Refund not received', 'Where is my refund?')
                      THEN EXISTS (SELECT 1 FROM @shop@.returns rt
                                     JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
                                    WHERE oi.order_id = t.order_id
                                      AND rt.approved AND rt.resolved_at < t.created_at)
                    WHEN t.subject IN ('Why was my return rejected?', 'Return not approved')
                      THEN EXISTS (SELECT 1 FROM @shop@.returns rt
                                     JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
                                    WHERE oi.order_id = t.order_id
                                      AND NOT rt.approved AND rt.resolved_at < t.created_at)
                    WHEN t.subject IN ('Payment for my cancelled order', 'Cancelled order: will my payment come back?',
                                       'Confirm cancellation of my order', 'Is my order cancelled?')
                      THEN o.cancelled_at < t.created_at
                    WHEN t.subject IN ('UPI payment pending', 'Money debited via UPI but order not confirmed',
                                       'Card charged but order pending', 'Card payment not confirmed',
                                       'Net banking payment not confirmed', 'Amount deducted in net banking, order pending',
                                       'Wallet payment pending', 'Wallet balance deducted but order pending')
                      THEN t.created_at > o.placed_at AND o.cancelled_at IS NULL
                       AND (p.paid_at IS NULL OR t.created_at < p.paid_at)
                    WHEN t.subject IN ('Change delivery address', 'Wrong address on my order')
                      THEN t.created_at > o.placed_at
                       AND (s.dispatched_at IS NULL OR t.created_at < s.dispatched_at)
                    ELSE true
                  END) IS NOT TRUE$rule$),
        ('support_tickets.subject_fits_payment',
         'tickets whose subject names another payment method than the order''s, or says money was debited, deducted or charged for a cash-on-delivery order or a voided payment',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.support_tickets t
            LEFT JOIN @shop@.payments p ON p.order_id = t.order_id
           WHERE (t.subject ~* '\mUPI\M' AND p.method IS DISTINCT FROM 'upi')
              OR (t.subject ~* '\mcard\M' AND p.method IS DISTINCT FROM 'card')
              OR (t.subject ~* 'net ?banking' AND p.method IS DISTINCT FROM 'netbanking')
              OR (t.subject ~* '\mwallet\M' AND p.method IS DISTINCT FROM 'wallet')
              OR (t.subject ~* '\m(debited|deducted|charged)\M'
                  AND (p.method = 'cod' OR p.status = 'voided') IS NOT FALSE)$rule$),
        ('ticket_messages.agent_in_support_hours',
         'agent messages sent outside support hours, 09:00 to 21:00 IST (UTC+05:30)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.ticket_messages m
           WHERE m.author = 'agent'
             AND ((m.sent_at AT TIME ZONE 'UTC') + interval '5 hours 30 minutes')::time
                 NOT BETWEEN time '09:00' AND time '20:59:59.999999'$rule$),
        ('ticket_messages.refund_matches_return',
         'agent messages stating a refund of an amount that no approved return of the ticket''s order refunded',
         $rule$SELECT pg_catalog.count(*)
            FROM (SELECT t.order_id,
                         pg_catalog.replace(pg_catalog.substring(m.body, 'refund of Rs\. ([0-9,]+\.[0-9]{2})'),
                                            ',', '')::numeric AS amount
                    FROM @shop@.ticket_messages m
                    JOIN @shop@.support_tickets t ON t.ticket_id = m.ticket_id
                   WHERE m.author = 'agent'
                     AND m.body ~ 'refund of Rs\.') AS x
           WHERE NOT EXISTS (SELECT 1 FROM @shop@.returns rt
                               JOIN @shop@.order_items oi ON oi.order_item_id = rt.order_item_id
                              WHERE oi.order_id = x.order_id
                                AND rt.approved
                                AND rt.refund_amount = x.amount)$rule$),
        ('ticket_messages.delivered_only_after_delivery',
         'agent messages saying the order was delivered, sent before its shipment was delivered (or with none)',
         $rule$SELECT pg_catalog.count(*)
            FROM @shop@.ticket_messages m
            JOIN @shop@.support_tickets t ON t.ticket_id = m.ticket_id
            LEFT JOIN @shop@.shipments s ON s.order_id = t.order_id
           WHERE m.author = 'agent'
             AND m.body ~ '(was delivered on|delivered order)'
             AND (s.delivered_at <= m.sent_at) IS NOT TRUE$rule$)
      ) AS r(rule, description, query)
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_business_rules() IS
  'The design''s rules that no constraint states, one row each: its name, what it counts, and the counting query with @shop@ standing for the schema of the shop''s tables. commerce_seed_verify() and commerce_seed_verify_schema() run them.';

/*
 * A count, or, when tolerant, NULL and the error's message when the query
 * cannot run (on a Citus cluster, a join it cannot plan), so that every rule
 * still gets its row.
 */
CREATE FUNCTION @extschema@.commerce_seed_verify_count(q text, tolerant boolean, OUT n bigint, OUT err text)
LANGUAGE plpgsql
VOLATILE
PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
    IF NOT tolerant THEN
        EXECUTE q INTO n;
        RETURN;
    END IF;
    BEGIN
        EXECUTE q INTO n;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS err = MESSAGE_TEXT;
        n := NULL;
    END;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_verify_count(text, boolean) IS
  'Runs the counting query q of a verify rule; with tolerant, an error gives n NULL and err its message instead of ending the check.';

/*
 * A rule's query made to read copies of its tables gathered on this node:
 * each table of the shop it names is copied once per transaction into a
 * temporary table (pg_temp.commerce_seed_copy_<table>) with the indexes of
 * the extension's table of that name (none unique: uniqueness is a rule of
 * its own) and analyzed, so that the query is planned as on one server.
 * On a Citus cluster the copy is read from every shard and the query then
 * runs on this node alone, so any rule can be counted.
 */
CREATE FUNCTION @extschema@.commerce_seed_rule_on_copies(query text, shop name)
RETURNS text
LANGUAGE plpgsql
VOLATILE
PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    t     record;
    i     record;
    copy  text;
    src   pg_catalog.regclass;
    def   text;
BEGIN
    FOR t IN
        SELECT DISTINCT m[1] AS name
          FROM pg_catalog.regexp_matches(query, '@shop@\.([a-z_]+)', 'g') AS m
    LOOP
        copy := 'commerce_seed_copy_' || t.name;
        IF pg_catalog.to_regclass('pg_temp.' || pg_catalog.quote_ident(copy)) IS NOT NULL THEN
            CONTINUE;
        END IF;
        EXECUTE pg_catalog.format('CREATE TEMPORARY TABLE %I AS SELECT * FROM %s', copy,
                                  @extschema@.commerce_seed_schema_table(shop, t.name));
        src := @extschema@.commerce_seed_schema_table(@extschema@.commerce_seed_extension_schema(), t.name);
        FOR i IN
            SELECT x.indexrelid, c.relname
              FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid
             WHERE x.indrelid = src
        LOOP
            def := pg_catalog.replace(pg_catalog.pg_get_indexdef(i.indexrelid), 'CREATE UNIQUE INDEX ', 'CREATE INDEX ');
            def := pg_catalog.replace(def, 'INDEX ' || pg_catalog.quote_ident(i.relname) || ' ON ' || src::text || ' USING ',
                                      'INDEX ON pg_temp.' || pg_catalog.quote_ident(copy) || ' USING ');
            EXECUTE def;
        END LOOP;
        EXECUTE pg_catalog.format('ANALYZE pg_temp.%I', copy);
    END LOOP;
    RETURN pg_catalog.regexp_replace(query, '@shop@\.([a-z_]+)', 'pg_temp.commerce_seed_copy_\1', 'g');
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_rule_on_copies(text, name) IS
  'The counting query of a verify rule (commerce_seed_business_rules()) made to read copies of its tables gathered on this node: each table of the shop in schema shop it names is copied once per transaction into a temporary table, indexed as the extension''s table and analyzed. commerce_seed_verify_schema() runs it when a Citus cluster cannot plan the rule''s own query, and drops the copies at its end.';

CREATE FUNCTION @extschema@.commerce_seed_verify_rules_in(shop name, tolerant boolean)
RETURNS TABLE (rule text, description text, violations bigint, kind text)
LANGUAGE plpgsql
VOLATILE
PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
-- JIT would spend about a minute compiling the ~60 sub-plans of the rule
-- query below (and again in each parallel worker) to speed up nothing but
-- scans and hash joins
SET jit = off
AS $function$
#variable_conflict use_column
DECLARE
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
    mv_rel       pg_catalog.regclass;
    seq_rel      pg_catalog.regclass;
    res          record;
    shop_q       text := pg_catalog.quote_ident(shop);
    b_rule       text[];
    b_n          bigint[];
    note         text;
BEGIN
    -- Only as the owner of every table and view of the extension: the rules
    -- are made of their definitions, and a role that does not own them would
    -- evaluate expressions the owner controls (CHECK constraints, index
    -- expressions) with its own rights.  commerce_seed_verify() calls this
    -- after switching to that role (src/verify.c); commerce_seed_verify_schema()
    -- requires its caller to be that role, and to own the copy.
    PERFORM @extschema@.commerce_seed_require_dataset_owner('commerce_seed_verify_rules', 'commerce_seed_verify');
    -- The extension's tables: its members, found through pg_depend, never
    -- by name pattern.
    SELECT pg_catalog.array_agg(c.oid ORDER BY c.relname)
      INTO ext_tables
      FROM pg_catalog.pg_class c
     WHERE c.oid IN (SELECT m.objid FROM @extschema@.commerce_seed_extension_members() m)
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
                                     @extschema@.commerce_seed_schema_table(shop, rel.relname))
              INTO q
              FROM pg_catalog.unnest(t_pred) WITH ORDINALITY AS p(pred, i);
            IF tolerant THEN
                BEGIN
                    EXECUTE q INTO t_n;
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS q = MESSAGE_TEXT;
                    t_n := pg_catalog.array_fill(NULL::pg_catalog.int8, ARRAY[pg_catalog.cardinality(t_rule)]);
                    SELECT pg_catalog.array_agg(x.d || ' (could not run: ' || q || ')' ORDER BY x.i)
                      INTO t_desc
                      FROM pg_catalog.unnest(t_desc) WITH ORDINALITY AS x(d, i);
                END;
            ELSE
                EXECUTE q INTO t_n;
            END IF;
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
            @extschema@.commerce_seed_schema_table(shop, con.child), filter,
            @extschema@.commerce_seed_schema_table(shop, con.parent), match_cond);
        IF con.confmatchtype = 'f' THEN
            q := q || pg_catalog.format(
                ' OR pg_catalog.num_nulls(%1$s) NOT IN (0, %2$s)',
                keys, pg_catalog.cardinality(con.conkey));
        END IF;
        res := @extschema@.commerce_seed_verify_count(q, tolerant);
        /*
         * A cluster that cannot plan the anti-join (the copy distributes the
         * two tables by different keys) can plan an inner one, repartitioned:
         * the rows with a key, less those with a parent (one each, as the
         * parent's key is unique: unique.* rules check that).
         */
        IF tolerant AND res.err IS NOT NULL AND con.confmatchtype <> 'f' THEN
            res := @extschema@.commerce_seed_verify_count(pg_catalog.format(
                'SELECT (SELECT pg_catalog.count(*) FROM %1$s c WHERE %3$s)'
                '     - (SELECT pg_catalog.count(*) FROM %1$s c JOIN %2$s p ON %4$s)',
                @extschema@.commerce_seed_schema_table(shop, con.child),
                @extschema@.commerce_seed_schema_table(shop, con.parent), filter, match_cond), true);
        END IF;

        d_rule := d_rule || ('fk.' || con.conname);
        d_desc := d_desc || (pg_catalog.format(
            'rows of %s whose (%s) has no matching %s (%s)',
            con.child, child_cols, con.parent, parent_cols)
            || COALESCE(' (could not run: ' || res.err || ')', ''));
        d_n := d_n || res.n;
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
        -- the keys are selected under names and grouped by those, since
        -- GROUP BY would take a constant key, ((true)) say, for a position
        SELECT pg_catalog.string_agg('(' || pg_catalog.pg_get_indexdef(con.indexrelid, k, false) || ') AS k' || k,
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

        res := @extschema@.commerce_seed_verify_count(pg_catalog.format(
            'SELECT COALESCE(pg_catalog.sum(d.n - 1), 0)::pg_catalog.int8'
            '  FROM (SELECT pg_catalog.count(*) AS n'
            '          FROM (SELECT %3$s FROM %1$s WHERE %2$s) AS t'
            '         GROUP BY %4$s HAVING pg_catalog.count(*) > 1) AS d',
            @extschema@.commerce_seed_schema_table(shop, con.table_name), filter, keys,
            (SELECT pg_catalog.string_agg('k' || k, ', ' ORDER BY k)
               FROM pg_catalog.generate_series(1, con.indnkeyatts::integer) AS k)), tolerant);

        d_rule := d_rule || ('unique.' || con.index_name);
        d_desc := d_desc || (pg_catalog.format(
            'rows of %s beyond the first with the same (%s)%s',
            con.table_name, child_cols,
            CASE WHEN con.indpred IS NULL THEN ''
                 ELSE ' where ' || pg_catalog.pg_get_expr(con.indpred, con.indrelid) END)
            || COALESCE(' (could not run: ' || res.err || ')', ''));
        d_n := d_n || res.n;
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
        -- the shop's own sequence of that column (the extension's, or the copy's)
        seq_rel := pg_catalog.pg_get_serial_sequence(
                       @extschema@.commerce_seed_schema_table(shop, con.table_name)::text,
                       con.attname)::pg_catalog.regclass;
        n := NULL;
        IF seq_rel IS NOT NULL THEN
            EXECUTE pg_catalog.format(
                'SELECT CASE WHEN s.is_called THEN s.last_value::pg_catalog.numeric + %s'
                ' ELSE s.last_value END FROM %s s',
                con.seqincrement, seq_rel)
              INTO next_value;
            next_value := GREATEST(LEAST(next_value, 9223372036854775807), -9223372036854775808);
            res := @extschema@.commerce_seed_verify_count(pg_catalog.format(
                'SELECT pg_catalog.count(*) FROM %s t WHERE t.%I %s %s',
                @extschema@.commerce_seed_schema_table(shop, con.table_name), con.attname,
                CASE WHEN con.seqincrement > 0 THEN '>=' ELSE '<=' END,
                next_value::pg_catalog.int8), tolerant);
        ELSE
            SELECT NULL::pg_catalog.int8 AS n, 'the copy''s column has no sequence'::text AS err INTO res;
        END IF;

        d_rule := d_rule || pg_catalog.format('sequence.%s.%s', con.table_name, con.attname);
        d_desc := d_desc || (pg_catalog.format(
            'rows of %s whose %s is not below the next value of sequence %s',
            con.table_name, con.attname, COALESCE(seq_rel, con.seq_oid::pg_catalog.regclass))
            || COALESCE(' (could not run: ' || res.err || ')', ''));
        d_n := d_n || res.n;
    END LOOP;

    /*
     * Materialized views.  Reading one that was never refreshed raises an
     * error, so each rule first looks at relispopulated and reports 0, saying
     * so in its description, when there is nothing to read.  up_to_date
     * compares the snapshot with its own defining query (both directions,
     * with duplicates): a stale snapshot fails it.
     */
    FOR rel IN
        SELECT c.relname
          FROM pg_catalog.pg_class c
         WHERE c.oid IN (SELECT m.objid FROM @extschema@.commerce_seed_extension_members() m)
           AND c.relkind = 'm'
         ORDER BY c.relname
    LOOP
        -- the shop's snapshot of that name, and its own defining query
        mv_rel := @extschema@.commerce_seed_schema_table(shop, rel.relname);
        mv_populated := (SELECT c.relispopulated FROM pg_catalog.pg_class c WHERE c.oid = mv_rel);
        res := @extschema@.commerce_seed_verify_count('SELECT 0::pg_catalog.int8', false);
        IF mv_populated THEN
            mv_def := pg_catalog.rtrim(pg_catalog.pg_get_viewdef(mv_rel), E'; \n');
            res := @extschema@.commerce_seed_verify_count(pg_catalog.format(
                'WITH fresh AS MATERIALIZED (%2$s)'
                ' SELECT pg_catalog.count(*)'
                '   FROM ((SELECT * FROM %1$s EXCEPT ALL SELECT * FROM fresh)'
                '         UNION ALL'
                '         (SELECT * FROM fresh EXCEPT ALL SELECT * FROM %1$s)) AS d',
                mv_rel, mv_def), tolerant);
        END IF;
        -- after pg_restore a materialized view is unpopulated and reading
        -- it fails: that is a violation, not a rule to skip
        d_rule := d_rule || (rel.relname || '.populated');
        d_desc := d_desc || pg_catalog.format(
            'materialized view %s not populated (REFRESH MATERIALIZED VIEW %1$s, or seed again)', rel.relname);
        d_n := d_n || (CASE WHEN mv_populated THEN 0 ELSE 1 END)::bigint;
        d_rule := d_rule || (rel.relname || '.up_to_date');
        d_desc := d_desc || (pg_catalog.format(
            'rows of %s missing from, or not in, the result of its defining query', rel.relname)
            || CASE WHEN mv_populated THEN COALESCE(' (could not run: ' || res.err || ')', '')
                    ELSE ' (not checked: the materialized view is not populated)' END);
        d_n := d_n || CASE WHEN mv_populated THEN res.n ELSE 0 END;
    END LOOP;

    /*
     * What the snapshots say about the orders and the days; 0 when a
     * snapshot is not populated (its .populated rule reports that).
     */
    FOR rel IN
        SELECT x.mv, x.rule, x.description, x.query
          FROM (VALUES
            ('mv_order_financials', 'mv_order_financials.one_row_per_order',
             'orders without exactly one mv_order_financials row, and rows for no order',
             'SELECT pg_catalog.count(*)'
             '  FROM (SELECT m.order_id, pg_catalog.count(*) AS copies'
             '          FROM @shop@.mv_order_financials m'
             '         GROUP BY m.order_id) AS m'
             '  FULL JOIN @shop@.orders o ON o.order_id = m.order_id'
             ' WHERE m.order_id IS NULL OR o.order_id IS NULL OR m.copies <> 1'),
            ('mv_order_financials', 'mv_order_financials.order_total_matches_payment',
             'mv_order_financials rows whose order_total is not the payment amount',
             'SELECT pg_catalog.count(*) FROM @shop@.mv_order_financials m'
             ' WHERE m.order_total IS DISTINCT FROM m.paid_amount'),
            ('mv_daily_kpis', 'mv_daily_kpis.revenue_matches_sales_daily',
             'days whose mv_daily_kpis revenue differs from v_sales_daily (or is missing)',
             'SELECT pg_catalog.count(*)'
             '  FROM @shop@.mv_daily_kpis m'
             '  FULL JOIN @shop@.v_sales_daily v ON v.sales_date = m.sales_date'
             ' WHERE m.sales_date IS NULL'
             '    OR m.revenue IS DISTINCT FROM COALESCE(v.revenue, 0)')
          ) AS x(mv, rule, description, query)
    LOOP
        mv_populated := (SELECT c.relispopulated FROM pg_catalog.pg_class c
                          WHERE c.oid = @extschema@.commerce_seed_schema_table(shop, rel.mv));
        res := @extschema@.commerce_seed_verify_count('SELECT 0::pg_catalog.int8', false);
        IF mv_populated THEN
            res := @extschema@.commerce_seed_verify_count(pg_catalog.replace(rel.query, '@shop@', shop_q), tolerant);
        END IF;
        d_rule := d_rule || rel.rule;
        d_desc := d_desc || (rel.description
            || CASE WHEN mv_populated THEN COALESCE(' (could not run: ' || res.err || ')', '')
                    ELSE ' (not checked: the materialized view is not populated)' END);
        d_n := d_n || CASE WHEN mv_populated THEN res.n ELSE 0 END;
    END LOOP;

    /*
     * The rules of the design that no constraint states
     * (commerce_seed_business_rules()): one query with a sub-query per rule,
     * or, when tolerant, one query per rule, so that a rule that cannot run
     * costs only its own result.
     */
    IF NOT tolerant THEN
        SELECT pg_catalog.string_agg(pg_catalog.format('(%L, (%s))', b.rule,
                                                       pg_catalog.replace(b.query, '@shop@', shop_q)),
                                     E',\n' ORDER BY b.rule COLLATE pg_catalog."C")
          INTO q
          FROM @extschema@.commerce_seed_business_rules() b;
        EXECUTE 'SELECT pg_catalog.array_agg(x.r ORDER BY x.r COLLATE pg_catalog."C"),'
                '       pg_catalog.array_agg(x.n ORDER BY x.r COLLATE pg_catalog."C")'
                '  FROM (VALUES ' || q || ') AS x(r, n)'
          INTO b_rule, b_n;
        d_rule := d_rule || b_rule;
        d_n := d_n || b_n;
        SELECT d_desc || pg_catalog.array_agg(b.description ORDER BY b.rule COLLATE pg_catalog."C")
          INTO d_desc
          FROM @extschema@.commerce_seed_business_rules() b;
    ELSE
        FOR rel IN
            SELECT b.rule, b.description, b.query
              FROM @extschema@.commerce_seed_business_rules() b
             ORDER BY b.rule COLLATE pg_catalog."C"
        LOOP
            res := @extschema@.commerce_seed_verify_count(pg_catalog.replace(rel.query, '@shop@', shop_q), true);
            note := NULL;
            IF res.err IS NOT NULL THEN
                /*
                 * A query the cluster cannot plan (a correlated subquery or an
                 * outer join across tables distributed by different keys) runs
                 * over copies of its tables gathered on this node, each read
                 * whole by a CTE of its own: slow for big tables, but the rule
                 * gets its count.
                 */
                note := res.err;
                BEGIN
                    q := @extschema@.commerce_seed_rule_on_copies(rel.query, shop);
                    res := @extschema@.commerce_seed_verify_count(q, true);
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS q = MESSAGE_TEXT;
                    SELECT NULL::pg_catalog.int8 AS n, q AS err INTO res;
                END;
            END IF;
            d_rule := d_rule || rel.rule;
            d_desc := d_desc || (rel.description
                || CASE WHEN res.err IS NOT NULL THEN ' (could not run: ' || res.err || ')'
                        WHEN note IS NOT NULL THEN ' (counted over its tables gathered on one node: ' || note || ')'
                        ELSE '' END);
            d_n := d_n || res.n;
        END LOOP;
        -- the copies gathered for the rules above
        FOR rel IN
            SELECT c.oid::pg_catalog.regclass AS copy
              FROM pg_catalog.pg_class c
             WHERE c.relnamespace = pg_catalog.pg_my_temp_schema()
               AND c.relname LIKE 'commerce\_seed\_copy\_%' AND c.relkind = 'r'
        LOOP
            EXECUTE pg_catalog.format('DROP TABLE %s', rel.copy);
        END LOOP;
    END IF;

    /*
     * Each rule's kind, so that a caller can pick the rules that must hold
     * whatever an application did to the data since the seed:
     *   constraint   a declared constraint or what a sequence guarantees
     *   referential  a foreign key
     *   business     a rule of the design that any correct application keeps
     *   dataset      a property of a generated dataset that ordinary writes
     *                may end (ids in time order, a price taken from the price
     *                history, snapshots refreshed since the last write ...)
     */
    RETURN QUERY
    SELECT u.rule, u.description, u.violations,
           CASE
               WHEN u.rule ~ '^(check|not_null|typmod|unique|sequence)\.' THEN 'constraint'
               WHEN u.rule ~ '^fk\.' THEN 'referential'
               WHEN u.rule ~ '^mv_.*\.(up_to_date|one_row_per_order|order_total_matches_payment|revenue_matches_sales_daily)$'
                 OR u.rule = ANY (ARRAY[
                        'orders.order_id_grows_with_placed_at',
                        'order_items.unit_price_is_price_at_order',
                        'purchase_order_items.cost_price_is_product_cost',
                        'carts.has_items',
                        'coupon_redemptions.uniform_line_discount',
                        'support_tickets.has_messages',
                        'ticket_messages.customer_writes_first',
                        'ticket_messages.authors_alternate',
                        -- what the generated text and return reasons follow
                        'returns.category_takes_returns',
                        'returns.size_fit_only_when_sized',
                        'returns.late_delivery_only_when_late',
                        'reviews.returned_only_with_a_return',
                        'reviews.returned_after_the_request',
                        'reviews.late_only_when_late',
                        -- the timings and ranges the README states for generated data
                        'customers.age_at_signup',
                        'addresses.one_default_per_customer',
                        'customers.first_session_at_signup',
                        'orders.cancelled_within_30_hours',
                        'payments.prepaid_paid_within_minutes',
                        'shipments.step_timings',
                        'carts.checked_out_into_order',
                        'orders.has_checkout_cart',
                        'carts.items_are_order_lines',
                        'orders.placed_in_session',
                        'shipments.working_hours',
                        'shipments.promised_before_placed',
                        'shipments.returned_to_origin_only_cod',
                        'payments.cod_within_limit',
                        'payments.upi_within_limit',
                        'coupons.valid_7_to_60_days',
                        'coupons.flat_min_order_twice_amount',
                        'reviews.created_within_25_days',
                        'returns.requested_within_10_days',
                        'returns.resolved_within_6_days',
                        'loyalty_ledger.redeemed_within_90_days',
                        'purchase_orders.due_within_14_days',
                        -- what the seed does that an application may do otherwise:
                        -- count the cash of a delivery later, sign a customer up
                        -- without a loyalty account
                        'payments.cod_paid_at_delivery',
                        'loyalty_accounts.one_per_customer',
                        'purchase_orders.received_within_2_days_of_due',
                        'supplier_payments.paid_7_to_45_days_after_receipt',
                        -- what the catalogue is made of
                        'products.brand_one_department',
                        -- a PIN code and a locality name one place
                        'addresses.pincode_one_city',
                        'addresses.locality_one_pincode',
                        -- what the support threads say, and when (gen_support.c)
                        'support_tickets.created_after_event',
                        'support_tickets.subject_fits_payment',
                        'ticket_messages.agent_in_support_hours',
                        'ticket_messages.refund_matches_return',
                        'ticket_messages.delivered_only_after_delivery'])
                 THEN 'dataset'
               ELSE 'business'
           END
      FROM (
    SELECT d.rule, d.description, d.violations
      FROM ROWS FROM (pg_catalog.unnest(d_rule), pg_catalog.unnest(d_desc), pg_catalog.unnest(d_n))
                   AS d(rule, description, violations)
           ) AS u
     ORDER BY u.rule COLLATE pg_catalog."C";
END
$function$;

COMMENT ON FUNCTION @extschema@.commerce_seed_verify_rules_in(name, boolean) IS
  'The rules of commerce_seed_verify(), made of the definitions of the extension''s tables, checked against the shop''s tables in schema shop (the extension''s own, or a copy made by commerce_seed_create_schema()); with tolerant, a rule that cannot run (a query a Citus cluster cannot plan) reports NULL and says why instead of ending the check. Only the owner of the extension''s tables and views may run it.';

CREATE FUNCTION @extschema@.commerce_seed_verify_rules()
RETURNS TABLE (rule text, description text, violations bigint, kind text)
LANGUAGE plpgsql
VOLATILE
PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
    RETURN QUERY
    SELECT * FROM @extschema@.commerce_seed_verify_rules_in(@extschema@.commerce_seed_extension_schema(), false);
END
$function$;

-- called by commerce_seed_verify() through fmgr, which checks no privilege
REVOKE ALL ON FUNCTION @extschema@.commerce_seed_verify_rules() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.commerce_seed_verify_rules() IS
  'The rules of commerce_seed_verify(), which runs this function as the owner of the extension''s tables and views; no EXECUTE for PUBLIC, and any role but that owner calling it is refused.';

CREATE FUNCTION @extschema@.commerce_seed_verify()
RETURNS TABLE (rule text, description text, violations bigint, kind text)
AS 'MODULE_PATHNAME', 'commerce_seed_verify'
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_verify() IS
  'Checks the whole dataset and returns one row per rule, ordered by rule name, with the number of offending rows (0 = OK). Rules named <table>.<rule> are the design''s invariants; fk.*, check.*, not_null.*, unique.* and typmod.* re-check every declared constraint (the bulk loader bypasses the executor); sequence.* checks that each serial''s next value lies beyond the stored keys; <matview>.populated reports an unpopulated snapshot (after pg_restore) and the other <matview>.* rules check the snapshots'' content when populated. kind says what a rule is: constraint, referential, business (holds after any correct application workload) or dataset (a property of the generated data that ordinary writes may end); SELECT ... WHERE kind <> ''dataset'' gives the rules that must hold after any workload. The rules run as the owner of the tables (security-restricted, search_path pinned to pg_catalog); the caller needs SELECT on the extension''s tables and views, and row-level security must not apply to it.';

-- The application-level mode: what any correct application keeps true,
-- so that a test suite can run it after its own writes or a workload.
CREATE FUNCTION @extschema@.commerce_seed_verify(mode text)
RETURNS TABLE (rule text, description text, violations bigint, kind text)
LANGUAGE plpgsql
STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
#variable_conflict use_column
BEGIN
    IF mode IS NULL THEN
        RAISE EXCEPTION 'mode must not be null'
              USING ERRCODE = 'null_value_not_allowed';
    ELSIF mode NOT IN ('all', 'application') THEN
        RAISE EXCEPTION 'invalid verify mode: "%"', mode
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Use "all" for every rule, or "application" for the constraint, referential and business rules that hold after any correct application workload.';
    END IF;
    RETURN QUERY
    SELECT v.rule, v.description, v.violations, v.kind
      FROM @extschema@.commerce_seed_verify() AS v
     WHERE mode = 'all' OR v.kind <> 'dataset';
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_verify(text) IS
  'commerce_seed_verify() in a mode: ''all'' returns every rule; ''application'' only the rules that hold after any correct application workload (kind constraint, referential or business), leaving out the properties of a generated dataset that ordinary writes may end. Run it after a test suite''s own writes or after the workload kit; every violations figure should be 0. Errors: a null mode (22004) or another mode (22023).';

CREATE FUNCTION @extschema@.commerce_seed_verify_schema(target name)
RETURNS TABLE (rule text, description text, violations bigint, kind text)
LANGUAGE plpgsql
VOLATILE
PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $function$
#variable_conflict use_column
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'target must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- the copy's tables, views and materialized views are the caller's own:
    -- their CHECK constraints and view definitions run with its rights
    PERFORM @extschema@.commerce_seed_require_copy_owner(target, 'commerce_seed_verify_schema');
    -- on a Citus cluster, joins of tables distributed by different keys
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus') THEN
        PERFORM pg_catalog.set_config('citus.enable_repartition_joins', 'on', true);
        -- which Citus runs over one connection per node once a reference table
        -- with foreign keys to it has been read in the transaction
        PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    END IF;
    RETURN QUERY SELECT * FROM @extschema@.commerce_seed_verify_rules_in(target, true);
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_verify_schema(name) IS
  'commerce_seed_verify() for the copy of the shop in schema target (commerce_seed_create_schema(), distributed or not): every rule of the extension''s tables, the keys and foreign keys the copy left out included, checked against the copy''s rows, one row per rule: a rule whose query a Citus cluster cannot plan is counted again over copies of its tables gathered on the coordinator (temporary tables, indexed like the extension''s: costly for the big tables; its description says so), and only if that fails too are its violations NULL, with the reason. On a Citus cluster it allows repartition joins for the rest of the transaction. The caller must own the extension''s tables and the copy. Errors: target null (22004); a relation of the copy missing (42P01), of another kind than the extension''s (42809) or owned by another role (42501).';

CREATE FUNCTION @extschema@.commerce_seed_fingerprint_tables()
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
    -- Only as the owner of every table and view: commerce_seed_fingerprint() calls this
    -- after switching to that role (src/verify.c).  Run by any other role it
    -- would evaluate expressions the owner controls with that role's rights.
    PERFORM @extschema@.commerce_seed_require_dataset_owner('commerce_seed_fingerprint_tables', 'commerce_seed_fingerprint');
    -- the tables of the extension
    FOR rel IN
        SELECT c.oid, c.relname
          FROM pg_catalog.pg_class c
         WHERE c.oid IN (SELECT m.objid FROM @extschema@.commerce_seed_extension_members() m)
           AND c.relkind = 'r'
           -- when and how the data was made is not part of it
           AND c.oid <> '@extschema@.seed_info'::pg_catalog.regclass
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

REVOKE ALL ON FUNCTION @extschema@.commerce_seed_fingerprint_tables() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.commerce_seed_fingerprint_tables() IS
  'The checksums of commerce_seed_fingerprint(), which runs this function as the owner of the extension''s tables and views; no EXECUTE for PUBLIC, and any role but that owner calling it is refused.';

CREATE FUNCTION @extschema@.commerce_seed_fingerprint()
RETURNS TABLE (table_name text, row_count bigint, fingerprint text)
AS 'MODULE_PATHNAME', 'commerce_seed_fingerprint'
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_fingerprint() IS
  'One row per table of the extension, by name: its row count and an md5 fingerprint of its content: the rows'' text (t::text) in primary key order, joined by newlines and hashed in runs of 10,000 rows, then the runs'' md5s joined by newlines and hashed (so a table of fewer than 10,000 rows gives md5(md5(string_agg(t::text, E''\n'' ORDER BY <primary key>)))). The function fixes TimeZone, DateStyle, IntervalStyle, extra_float_digits and bytea_output itself, so the same data gives the same fingerprints in any session; an empty table gives md5('''').';
