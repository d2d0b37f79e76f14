-- schema/80_distributed.sql: the shop on a Citus cluster (doc/distributed.md).
--
-- The extension's own tables cannot be distributed cleanly (Citus hides
-- extension-owned tables, their views pin them, several keys lack a
-- distribution column), so a distributed shop is a copy of the schema made of
-- ordinary tables owned by the user, in a schema of their choice:
--   commerce_seed_create_schema(target)   the tables, keys the plan allows,
--                                          indexes, sequences, views
--   commerce_seed_distribute(target)      reference and distributed tables
--                                          as commerce_seed_distribution_plan()
--                                          says (needs Citus)
--   commerce_seed_distributed(target, scale, seed, ...)
--                                          fills every node's shards on that
--                                          node, in parallel, then finishes
--   commerce_seed_digest(target)          per-table checksums combined from
--                                          per-shard parts
-- None of them needs Citus except where it says so, so the plan, the schema
-- copy, the shard fill and the digest are tested on a single server too.
-- Also part of the update from 1.0 (see the Makefile).

CREATE FUNCTION @extschema@.commerce_seed_fill_shards(
    table_name text,
    distribution_column text,
    shards pg_catalog.regclass[],
    hash_min integer[],
    hash_max integer[],
    scale integer,
    seed bigint,
    start_date date,
    end_date date)
RETURNS bigint
AS 'MODULE_PATHNAME', 'commerce_seed_fill_shards'
LANGUAGE C CALLED ON NULL INPUT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_fill_shards(text, text, pg_catalog.regclass[], integer[], integer[], integer, bigint, date, date) IS
  'Writes into each of the given empty shard tables the rows of table_name (as commerce_seed() makes them for scale, seed and window) whose distribution_column value hashes, with hashint8 as Citus does, into [hash_min[k], hash_max[k]]; rows of other ranges are skipped, so each node writes only its own shards. distribution_column NULL: a reference table, one shard, every row. Rows go in with the bulk path (no triggers, foreign keys unchecked, as commerce_seed()); each shard''s indexes are rebuilt after, which checks its unique keys. Returns the rows written. The caller must own every shard. Errors: an unknown table or column (22023, 42703); arrays of different lengths or with nulls (2202E, 22004); overlapping ranges (22023); a shard not empty (55000), not a heap table or not of the table''s columns (0A000, 42804).';

CREATE FUNCTION @extschema@.commerce_seed_distribution_plan()
RETURNS TABLE (table_name text, method text, distribution_column text, colocation text, reason text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $function$
    SELECT p.table_name, p.method, p.distribution_column, p.colocation, p.reason
      FROM (VALUES
        -- reference tables: the catalogue and procurement, small (about 1% of
        -- the rows at any scale) and joined to nearly everything
        (1, 'categories', 'reference', NULL, NULL, 'fixed size; every product query joins it'),
        (2, 'warehouses', 'reference', NULL, NULL, 'fixed size; shipments and inventory join it'),
        (3, 'suppliers', 'reference', NULL, NULL, '10 per unit of scale; products and purchase orders join it'),
        (4, 'products', 'reference', NULL, NULL, '200 per unit of scale; every order line, cart line and review joins it'),
        (5, 'product_attributes', 'reference', NULL, NULL, 'read with its product'),
        (6, 'product_images', 'reference', NULL, NULL, 'read with its product'),
        (7, 'inventory', 'reference', NULL, NULL, 'one row per product and warehouse; joined by product'),
        (8, 'coupons', 'reference', NULL, NULL, 'few; every redemption joins it'),
        (9, 'gift_cards', 'reference', NULL, NULL, 'few; payments reference it; its buyer may be null, which no distribution column may be'),
        (10, 'purchase_orders', 'reference', NULL, NULL, 'procurement is per supplier and small; joins suppliers and products'),
        (11, 'purchase_order_items', 'reference', NULL, NULL, 'with its purchase order'),
        (12, 'supplier_payments', 'reference', NULL, NULL, 'with its purchase order'),
        -- a customer and what is theirs alone
        (13, 'customers', 'hash', 'customer_id', 'customer', 'the people: joined by customer_id to their addresses, sessions and reviews'),
        (14, 'addresses', 'hash', 'customer_id', 'customer', 'a customer''s addresses, with the customer'),
        (15, 'user_sessions', 'hash', 'customer_id', 'customer', 'a customer''s visits, with the customer'),
        (16, 'reviews', 'hash', 'customer_id', 'customer', 'written by a customer; read per product (a reference table) or per customer'),
        -- an order and its lines, payment, parcel and coupon
        (17, 'orders', 'hash', 'order_id', 'order', 'the order key: lines, payment, parcel and redemption have it and no customer_id'),
        (18, 'order_items', 'hash', 'order_id', 'order', 'an order''s lines, with the order'),
        (19, 'payments', 'hash', 'order_id', 'order', 'one per order, with the order'),
        (20, 'shipments', 'hash', 'order_id', 'order', 'one per order, with the order'),
        (21, 'coupon_redemptions', 'hash', 'order_id', 'order', 'at most one per order, with the order'),
        -- an entity with its own lines
        (22, 'carts', 'hash', 'cart_id', 'cart', 'a cart with its lines (cart_items has no customer_id)'),
        (23, 'cart_items', 'hash', 'cart_id', 'cart', 'a cart''s lines, with the cart'),
        (24, 'loyalty_accounts', 'hash', 'account_id', 'account', 'an account with its ledger (loyalty_ledger has no customer_id)'),
        (25, 'loyalty_ledger', 'hash', 'account_id', 'account', 'an account''s entries, with the account'),
        (26, 'support_tickets', 'hash', 'ticket_id', 'ticket', 'a ticket with its messages (ticket_messages has no customer_id)'),
        (27, 'ticket_messages', 'hash', 'ticket_id', 'ticket', 'a ticket''s messages, with the ticket'),
        (28, 'returns', 'hash', 'order_item_id', 'order_item', 'keyed by the order line it returns, the only key it has'),
        (29, 'audit_events', 'hash', 'event_id', 'event', 'append-only, about any entity: spread evenly by its own key')
      ) AS p(n, table_name, method, distribution_column, colocation, reason)
     ORDER BY p.n
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_distribution_plan() IS
  'How the shop is laid out on a Citus cluster: for each table, reference (a copy on every node) or hash (distributed by distribution_column), the group of tables that share that key (colocation: their rows of one key are on the same node, so joins on the key stay local), and why. No column is added to any table, so a distributed shop has the single-node rows; keys and foreign keys that Citus cannot enforce on this layout are left out by commerce_seed_create_schema() and checked by commerce_seed_verify_schema() instead. See doc/distributed.md for the alternatives weighed.';

-- Whether a key or foreign key of the extension's table can be kept on the
-- plan's layout; the reason when not.  A unique key must contain the
-- distribution column of a distributed table; a foreign key must point to a
-- reference table, or join two distributed tables on their distribution
-- columns; a reference table may only point to reference tables.
CREATE FUNCTION @extschema@.commerce_seed_plan_constraint(con oid)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    c        record;
    child    record;
    parent   record;
    cols     text[];
    pcols    text[];
BEGIN
    SELECT k.contype, k.conrelid, k.confrelid, k.conkey, k.confkey,
           r.relname AS child_name, pr.relname AS parent_name
      INTO c
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_class r ON r.oid = k.conrelid
      LEFT JOIN pg_catalog.pg_class pr ON pr.oid = k.confrelid
     WHERE k.oid = con;
    SELECT * INTO child FROM @extschema@.commerce_seed_distribution_plan() p WHERE p.table_name = c.child_name;
    IF NOT FOUND OR c.contype NOT IN ('p', 'u', 'f') THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.array_agg(a.attname::text ORDER BY u.i) INTO cols
      FROM pg_catalog.unnest(c.conkey) WITH ORDINALITY AS u(attnum, i)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = u.attnum;
    IF c.contype IN ('p', 'u') THEN
        IF child.method = 'reference' OR child.distribution_column = ANY (cols) THEN
            RETURN NULL;
        END IF;
        IF c.contype = 'p' THEN
            RETURN pg_catalog.format('the primary key of a distributed table must contain its distribution column (%s): made (%s, %s)',
                                     child.distribution_column, pg_catalog.array_to_string(cols, ', '), child.distribution_column);
        END IF;
        RETURN pg_catalog.format('a unique key without the distribution column (%s) cannot be enforced across shards',
                                 child.distribution_column);
    END IF;
    SELECT * INTO parent FROM @extschema@.commerce_seed_distribution_plan() p WHERE p.table_name = c.parent_name;
    SELECT pg_catalog.array_agg(a.attname::text ORDER BY u.i) INTO pcols
      FROM pg_catalog.unnest(c.confkey) WITH ORDINALITY AS u(attnum, i)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = u.attnum;
    -- any table may point to a reference table (a copy is on every node)
    IF parent.method = 'reference' THEN
        RETURN NULL;
    END IF;
    IF child.method = 'reference' THEN
        RETURN pg_catalog.format('a reference table cannot reference a distributed table (%s)', c.parent_name);
    END IF;
    IF cols = ARRAY[child.distribution_column] AND pcols = ARRAY[parent.distribution_column] THEN
        RETURN NULL;
    END IF;
    RETURN pg_catalog.format('%s is distributed by %s and %s by %s: the rows it joins may be on another node',
                             c.child_name, child.distribution_column, c.parent_name, parent.distribution_column);
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_plan_constraint(oid) IS
  'NULL when the key or foreign key con of an extension table holds as it is on the layout of commerce_seed_distribution_plan(); otherwise why not (a primary key then gets the distribution column added, a unique key or foreign key is left out). Used by commerce_seed_create_schema().';

CREATE FUNCTION @extschema@.commerce_seed_create_schema(target name)
RETURNS TABLE (table_name text, constraint_name text, action text, reason text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $function$
#variable_conflict use_column
DECLARE
    ext      name := @extschema@.commerce_seed_extension_schema();
    tgt      text;
    names    text[];
    rel      record;
    src      pg_catalog.regclass;
    k        record;
    why      text;
    def      text;
    cols     text;
    clash    text;
    messages text;
    shop_names text;
    ext_re   text;
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'target must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF target = '' THEN
        RAISE EXCEPTION 'target must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target = ext THEN
        RAISE EXCEPTION 'cannot create a copy of the shop in schema %, which holds the extension''s own tables', pg_catalog.quote_ident(target)
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Name another schema; it is created if it does not exist.';
    END IF;
    tgt := pg_catalog.quote_ident(target);
    -- the tables, seed_info, and the views and materialized views of the extension
    SELECT pg_catalog.array_agg(c.relname::text ORDER BY c.oid)
      INTO names
      FROM pg_catalog.pg_class c
     WHERE c.oid IN (SELECT d.objid FROM @extschema@.commerce_seed_extension_members() d)
       AND c.relkind IN ('r', 'v', 'm');
    SELECT c.relname INTO clash
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = target AND c.relname = ANY (names)
     ORDER BY c.relname
     LIMIT 1;
    IF clash IS NOT NULL THEN
        RAISE EXCEPTION 'relation "%" already exists in schema %', clash, tgt
              USING ERRCODE = 'duplicate_table',
                    HINT = 'Choose a schema without the shop''s tables, or drop them first.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = target) THEN
        EXECUTE pg_catalog.format('CREATE SCHEMA %s', tgt);
    END IF;

    -- tables: columns, NOT NULL, defaults, CHECK constraints, comments; each
    -- serial column gets a sequence of its own
    FOR rel IN
        SELECT p.table_name AS name, p.distribution_column AS dist FROM @extschema@.commerce_seed_distribution_plan() p
        UNION ALL SELECT 'seed_info', NULL
    LOOP
        src := pg_catalog.format('%I.%I', ext, rel.name)::pg_catalog.regclass;
        EXECUTE pg_catalog.format('CREATE TABLE %s.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS'
                                  ' INCLUDING COMMENTS INCLUDING STORAGE INCLUDING STATISTICS)',
                                  tgt, rel.name, src);
        EXECUTE pg_catalog.format('COMMENT ON TABLE %s.%I IS %L', tgt, rel.name,
                                  pg_catalog.obj_description(src, 'pg_class'));
        FOR k IN
            SELECT a.attname, s.relname AS seqname
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_depend d ON d.refobjid = src AND d.refobjsubid = a.attnum
                                         AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                         AND d.deptype = 'a'
              JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
             WHERE a.attrelid = src
             ORDER BY a.attnum
        LOOP
            EXECUTE pg_catalog.format('CREATE SEQUENCE %s.%I AS bigint OWNED BY %s.%I.%I',
                                      tgt, k.seqname, tgt, rel.name, k.attname);
            EXECUTE pg_catalog.format('ALTER TABLE %s.%I ALTER COLUMN %I SET DEFAULT pg_catalog.nextval(%L::pg_catalog.regclass)',
                                      tgt, rel.name, k.attname, tgt || '.' || pg_catalog.quote_ident(k.seqname));
        END LOOP;

        -- primary and unique keys, as the plan allows
        FOR k IN
            SELECT c.oid, c.conname, c.contype
              FROM pg_catalog.pg_constraint c
             WHERE c.conrelid = src AND c.contype IN ('p', 'u')
             ORDER BY c.contype = 'p' DESC, c.conname
        LOOP
            why := @extschema@.commerce_seed_plan_constraint(k.oid);
            table_name := rel.name;
            constraint_name := k.conname;
            reason := why;
            IF why IS NULL THEN
                EXECUTE pg_catalog.format('ALTER TABLE %s.%I ADD CONSTRAINT %I %s', tgt, rel.name, k.conname,
                                          pg_catalog.pg_get_constraintdef(k.oid));
                CONTINUE;
            ELSIF k.contype = 'p' THEN
                SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY u.i)
                  INTO cols
                  FROM pg_catalog.pg_constraint c
                 CROSS JOIN LATERAL pg_catalog.unnest(c.conkey) WITH ORDINALITY AS u(attnum, i)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = u.attnum
                 WHERE c.oid = k.oid;
                EXECUTE pg_catalog.format('ALTER TABLE %s.%I ADD CONSTRAINT %I PRIMARY KEY (%s, %I)', tgt, rel.name,
                                          k.conname, cols, rel.dist);
                action := 'widened';
            ELSE
                action := 'left out';
            END IF;
            RETURN NEXT;
        END LOOP;
    END LOOP;

    -- foreign keys, once every table has its keys
    FOR k IN
        SELECT c.oid, c.conname, r.relname, c.confrelid
          FROM pg_catalog.pg_constraint c
          JOIN pg_catalog.pg_class r ON r.oid = c.conrelid
         WHERE c.contype = 'f'
           AND r.relnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = ext)
           AND r.relname IN (SELECT p.table_name FROM @extschema@.commerce_seed_distribution_plan() p)
         ORDER BY r.relname, c.conname
    LOOP
        why := @extschema@.commerce_seed_plan_constraint(k.oid);
        IF why IS NULL THEN
            def := pg_catalog.replace(pg_catalog.pg_get_constraintdef(k.oid),
                                      ' REFERENCES ' || k.confrelid::pg_catalog.regclass::text || '(',
                                      ' REFERENCES ' || tgt || '.' || pg_catalog.quote_ident(
                                          (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = k.confrelid)) || '(');
            EXECUTE pg_catalog.format('ALTER TABLE %s.%I ADD CONSTRAINT %I %s', tgt, k.relname, k.conname, def);
        ELSE
            table_name := k.relname;
            constraint_name := k.conname;
            action := 'left out';
            reason := why;
            RETURN NEXT;
        END IF;
    END LOOP;

    -- views and materialized views, in creation order (a view after those it
    -- reads), deparsed under the function's search_path (pg_catalog only),
    -- so that every name outside pg_catalog comes out qualified: the shop's
    -- relations are then pointed at the copy, and the extension's types keep
    -- their schema.  Nothing is looked up on a path, so nothing planted in
    -- the target schema can be bound instead.
    -- (Citus says of each view that it stays local as long as its tables
    -- are: commerce_seed_distribute() creates them again once they are not)
    shop_names := '(' || (SELECT pg_catalog.string_agg(pg_catalog.regexp_replace(pg_catalog.quote_ident(x), '([^A-Za-z0-9_])', '\\\1', 'g'), '|')
                            FROM pg_catalog.unnest(names) AS x) || ')';
    ext_re := pg_catalog.regexp_replace(pg_catalog.quote_ident(ext), '([^A-Za-z0-9_])', '\\\1', 'g');
    messages := pg_catalog.current_setting('client_min_messages');
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus') THEN
        PERFORM pg_catalog.set_config('client_min_messages', 'error', true);
    END IF;
    FOR rel IN
        SELECT c.oid, c.relname, c.relkind
          FROM pg_catalog.pg_class c
         WHERE c.oid IN (SELECT d.objid FROM @extschema@.commerce_seed_extension_members() d)
           AND c.relkind IN ('v', 'm')
         ORDER BY c.oid
    LOOP
        def := pg_catalog.regexp_replace(pg_catalog.pg_get_viewdef(rel.oid),
                                         '(?<![A-Za-z0-9_."])' || ext_re || '\.' || shop_names || '(?![A-Za-z0-9_$"])',
                                         pg_catalog.replace(tgt, '\', '\\') || '.\1', 'g');
        IF rel.relkind = 'v' THEN
            EXECUTE pg_catalog.format('CREATE VIEW %s.%I AS %s', tgt, rel.relname, pg_catalog.rtrim(def, ';'));
        ELSE
            EXECUTE pg_catalog.format('CREATE MATERIALIZED VIEW %s.%I AS %s WITH NO DATA', tgt, rel.relname,
                                      pg_catalog.rtrim(def, ';'));
        END IF;
        EXECUTE pg_catalog.format('COMMENT ON %s %s.%I IS %L',
                                  CASE rel.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END,
                                  tgt, rel.relname, pg_catalog.obj_description(rel.oid, 'pg_class'));
        FOR k IN
            SELECT a.attname, pg_catalog.col_description(rel.oid, a.attnum) AS txt
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
        LOOP
            EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I.%I IS %L', tgt, rel.relname, k.attname, k.txt);
        END LOOP;
    END LOOP;

    PERFORM pg_catalog.set_config('client_min_messages', messages, true);

    -- indexes that back no constraint (of tables and materialized views)
    FOR k IN
        SELECT x.indexrelid, x.indisunique, t.relname, t.oid AS relid,
               (SELECT p.distribution_column FROM @extschema@.commerce_seed_distribution_plan() p
                 WHERE p.table_name = t.relname) AS dist,
               i.relname AS index_name
          FROM pg_catalog.pg_index x
          JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
          JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
         WHERE t.oid IN (SELECT d.objid FROM @extschema@.commerce_seed_extension_members() d)
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = x.indexrelid)
         ORDER BY t.relname, i.relname
    LOOP
        IF k.indisunique AND k.dist IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                            WHERE a.attrelid = k.relid AND a.attname = k.dist
                              AND a.attnum = ANY (SELECT x.indkey[j]
                                                    FROM pg_catalog.pg_index x,
                                                         pg_catalog.generate_series(0, x.indnatts - 1) AS j
                                                   WHERE x.indexrelid = k.indexrelid)) THEN
            table_name := k.relname;
            constraint_name := k.index_name;
            action := 'left out';
            reason := pg_catalog.format('a unique index without the distribution column (%s) cannot be enforced across shards', k.dist);
            RETURN NEXT;
            CONTINUE;
        END IF;
        def := pg_catalog.replace(pg_catalog.pg_get_indexdef(k.indexrelid),
                                  ' ON ' || k.relid::pg_catalog.regclass::text || ' USING ',
                                  ' ON ' || tgt || '.' || pg_catalog.quote_ident(k.relname) || ' USING ');
        EXECUTE def;
    END LOOP;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_create_schema(name) IS
  'Creates, in schema target (created when missing), a copy of the shop as ordinary tables owned by the caller, laid out for commerce_seed_distribution_plan(): the 29 tables and seed_info with their columns, defaults, CHECK constraints, comments and sequences of their own; the primary keys (widened with the distribution column where the plan needs it), the unique keys, indexes and foreign keys the layout allows; and the views and materialized views, reading the copy. Returns each key, index or foreign key that was widened or left out, and why (commerce_seed_verify_schema() checks what they would have). Needs no Citus: commerce_seed_distribute() distributes the copy, commerce_seed_distributed() fills it. Errors: target null (22004) or the extension''s own schema (22023); a table or view of the shop already in target (42P07).';

-- Citus is there: its catalog, in this database.
CREATE FUNCTION @extschema@.commerce_seed_require_citus(caller text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus') THEN
        RAISE EXCEPTION '%() needs Citus, which is not installed in this database', caller
              USING ERRCODE = 'feature_not_supported',
                    HINT = 'Install Citus, add citus to shared_preload_libraries, and run CREATE EXTENSION citus; see doc/distributed.md.';
    END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_require_citus(text) IS
  'Raises feature_not_supported, naming caller, unless the Citus extension is installed in this database.';

-- Every relation of the copy in schema target exists, is of the kind the
-- extension's relation of that name is, and belongs to the caller: what the
-- functions below run (CHECK constraints, triggers, view definitions of the
-- copy) is then the caller's own code, never another role's run with the
-- caller's rights.
CREATE FUNCTION @extschema@.commerce_seed_require_copy_owner(target name, caller text, tables_only boolean DEFAULT false)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    r  record;
    t  record;
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'target must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    FOR r IN
        SELECT c.relname, c.relkind
          FROM pg_catalog.pg_class c
         WHERE c.oid IN (SELECT m.objid FROM @extschema@.commerce_seed_extension_members() m)
           AND c.relkind IN ('r', 'v', 'm')
           AND (c.relkind = 'r' OR NOT tables_only)
         ORDER BY c.relname COLLATE pg_catalog."C"
    LOOP
        SELECT x.relkind, x.relowner INTO t
          FROM pg_catalog.pg_class x JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
         WHERE n.nspname = target AND x.relname = r.relname;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'relation "%.%" does not exist', target, r.relname
                  USING ERRCODE = 'undefined_table',
                        HINT = pg_catalog.format('Create the shop''s tables with commerce_seed_create_schema(%L).', target);
        END IF;
        IF t.relkind <> r.relkind THEN
            RAISE EXCEPTION '"%.%" is not a %', target, r.relname,
                  CASE r.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' ELSE 'materialized view' END
                  USING ERRCODE = 'wrong_object_type',
                        HINT = 'The copy must be as commerce_seed_create_schema() made it.';
        END IF;
        IF t.relowner <> (SELECT o.oid FROM pg_catalog.pg_roles o WHERE o.rolname = CURRENT_USER) THEN
            RAISE EXCEPTION 'must be owner of relation %.% to run %()', target, r.relname, caller
                  USING ERRCODE = 'insufficient_privilege',
                        DETAIL = 'The copy''s constraints, triggers and views would run with your rights.',
                        HINT = 'Run it as the role that owns the copy.';
        END IF;
    END LOOP;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_require_copy_owner(name, text, boolean) IS
  'Raises an error, naming caller, unless every table, view and materialized view of the shop (every table only, with tables_only: a Citus worker has no materialized views) exists in schema target with the same kind and is owned by the current user: 42P01, 42809 or 42501.';

CREATE FUNCTION @extschema@.commerce_seed_distribute(target name, shard_count integer DEFAULT NULL)
RETURNS TABLE (table_name text, method text, distribution_column text, shards integer)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $function$
#variable_conflict use_column
DECLARE
    p     record;
    fk    record;
    fks   text[] := '{}';
    rel   pg_catalog.regclass;
    v     record;
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'target must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF shard_count IS NOT NULL AND shard_count < 1 THEN
        RAISE EXCEPTION 'shard_count must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target = @extschema@.commerce_seed_extension_schema() THEN
        RAISE EXCEPTION 'cannot distribute the extension''s own tables'
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Make a copy with commerce_seed_create_schema() and distribute that.';
    END IF;
    PERFORM @extschema@.commerce_seed_require_citus('commerce_seed_distribute');
    PERFORM @extschema@.commerce_seed_require_copy_owner(target, 'commerce_seed_distribute');
    FOR p IN SELECT d.table_name FROM @extschema@.commerce_seed_distribution_plan() d LOOP
        rel := @extschema@.commerce_seed_schema_table(target, p.table_name);
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid = rel) THEN
            RAISE EXCEPTION 'table % is already distributed', rel
                  USING ERRCODE = 'object_not_in_prerequisite_state',
                        HINT = 'commerce_seed_distribute() lays out a copy made by commerce_seed_create_schema() once.';
        END IF;
    END LOOP;
    PERFORM @extschema@.commerce_seed_schema_table(target, 'seed_info');
    -- foreign keys to reference tables are created over one connection per
    -- node, which Citus allows only if the whole transaction works that way
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);

    /*
     * Citus distributes a table only when the tables its foreign keys point
     * to are distributed already, and refuses one that a local table points
     * to: the foreign keys between the shop's tables are dropped, the tables
     * distributed (reference tables first), and the keys added back, which
     * Citus then creates on every shard.
     */
    FOR fk IN
        SELECT c.conname, c.conrelid::pg_catalog.regclass AS rel, pg_catalog.pg_get_constraintdef(c.oid) AS def
          FROM pg_catalog.pg_constraint c
          JOIN pg_catalog.pg_class r ON r.oid = c.conrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
         WHERE c.contype = 'f' AND n.nspname = target
           AND r.relname IN (SELECT d.table_name FROM @extschema@.commerce_seed_distribution_plan() d)
         ORDER BY r.relname, c.conname
    LOOP
        fks := fks || pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.rel, fk.conname, fk.def);
        EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', fk.rel, fk.conname);
    END LOOP;

    EXECUTE 'SELECT pg_catalog.create_reference_table($1)'
      USING @extschema@.commerce_seed_schema_table(target, 'seed_info');
    FOR p IN
        SELECT d.*
          FROM @extschema@.commerce_seed_distribution_plan() WITH ORDINALITY
               AS d(table_name, method, distribution_column, colocation, reason, n)
         ORDER BY d.method = 'hash', d.n
    LOOP
        rel := @extschema@.commerce_seed_schema_table(target, p.table_name);
        IF p.method = 'reference' THEN
            EXECUTE 'SELECT pg_catalog.create_reference_table($1)' USING rel;
        ELSE
            EXECUTE 'SELECT pg_catalog.create_distributed_table($1, $2, colocate_with => ''default'', shard_count => $3)'
              USING rel, p.distribution_column, shard_count;
        END IF;
    END LOOP;
    FOR i IN 1 .. pg_catalog.cardinality(fks) LOOP
        EXECUTE fks[i];
    END LOOP;
    -- the views again, now that their tables are distributed: Citus then
    -- creates them on every node too, so a query on a worker can use them
    FOR v IN
        SELECT c.oid::pg_catalog.regclass AS rel, c.oid
          FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = target AND c.relkind = 'v'
           AND c.relname IN (SELECT x.relname FROM pg_catalog.pg_class x
                              WHERE x.oid IN (SELECT d.objid FROM @extschema@.commerce_seed_extension_members() d))
         ORDER BY c.oid
    LOOP
        EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW %s AS %s', v.rel,
                                  pg_catalog.rtrim(pg_catalog.pg_get_viewdef(v.oid), ';'));
    END LOOP;

    RETURN QUERY
    SELECT d.table_name, d.method, d.distribution_column,
           (SELECT pg_catalog.count(*)::integer FROM pg_catalog.pg_dist_shard s
             WHERE s.logicalrelid = pg_catalog.format('%I.%I', target, d.table_name)::pg_catalog.regclass)
      FROM @extschema@.commerce_seed_distribution_plan() d;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_distribute(name, integer) IS
  'Distributes the shop copy in schema target (made by commerce_seed_create_schema()) on a Citus cluster as commerce_seed_distribution_plan() says: reference tables, and hash-distributed tables with shard_count shards each (NULL: citus.shard_count), all colocated; seed_info becomes a reference table. Returns the layout. Errors: Citus not installed (0A000); a table missing (42P01) or already distributed (55000).';

-- This node's shards of the shop in schema target, from Citus's metadata:
-- its placements of the distributed tables, each with its hash range, and its
-- copies of the reference tables (the whole range).
CREATE FUNCTION @extschema@.commerce_seed_local_shards(target name)
RETURNS TABLE (table_name text, distribution_column text, shard pg_catalog.regclass,
               hash_min integer, hash_max integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    p record;
BEGIN
    PERFORM @extschema@.commerce_seed_require_citus('commerce_seed_local_shards');
    FOR p IN SELECT * FROM @extschema@.commerce_seed_distribution_plan() LOOP
        RETURN QUERY EXECUTE
            'SELECT $1, $2, pg_catalog.shard_name(s.logicalrelid, s.shardid)::pg_catalog.regclass,'
            '       COALESCE(s.shardminvalue::integer, -2147483648), COALESCE(s.shardmaxvalue::integer, 2147483647)'
            '  FROM pg_catalog.pg_dist_shard s'
            '  JOIN pg_catalog.pg_dist_placement pl ON pl.shardid = s.shardid'
            ' WHERE s.logicalrelid = $3'
            '   AND pl.groupid = (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)'
            ' ORDER BY 4'
          USING p.table_name, p.distribution_column,
                @extschema@.commerce_seed_schema_table(target, p.table_name);
    END LOOP;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_local_shards(name) IS
  'This node''s shards of each table of the shop in schema target, from Citus''s metadata: the placements of the distributed tables with their hash ranges, and the copies of the reference tables (the whole int4 range), in plan order. Used by commerce_seed_fill_node() and commerce_seed_node_digest(). Errors: Citus not installed (0A000).';

/*
 * One node's part of commerce_seed_distributed(): empties this node's shards
 * of the shop's tables (distributed shards and reference table copies, in
 * one TRUNCATE since their foreign keys join them) and fills each with its
 * rows, generated here.  Returns {"table": rows written on this node}.
 */
CREATE FUNCTION @extschema@.commerce_seed_fill_node(
    target name, scale integer, seed bigint, start_date date, end_date date)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    local    record;
    shards   pg_catalog.regclass[];
    result   jsonb := '{}';
    n        bigint;
    bad      text;
    t0       timestamptz := pg_catalog.clock_timestamp();
BEGIN
    PERFORM @extschema@.commerce_seed_require_citus('commerce_seed_fill_node');
    -- (the materialized views live on the coordinator only)
    PERFORM @extschema@.commerce_seed_require_copy_owner(target, 'commerce_seed_fill_node', true);
    -- Citus refuses changes to shards made outside it unless told they are meant
    PERFORM pg_catalog.set_config('citus.enable_manual_changes_to_shards', 'on', true);
    SELECT pg_catalog.array_agg(l.shard ORDER BY l.shard) INTO shards
      FROM @extschema@.commerce_seed_local_shards(target) l;
    IF shards IS NULL THEN
        RETURN result;
    END IF;
    -- before the TRUNCATE, which would fire them: the shards are the
    -- caller's own, and no trigger of a user's runs
    SELECT pg_catalog.format('shard %s is owned by another role', c.oid::pg_catalog.regclass) INTO bad
      FROM pg_catalog.pg_class c
     WHERE c.oid = ANY (shards)
       AND c.relowner <> (SELECT o.oid FROM pg_catalog.pg_roles o WHERE o.rolname = CURRENT_USER)
     LIMIT 1;
    IF bad IS NULL THEN
        SELECT pg_catalog.format('shard %s has trigger %s', g.tgrelid::pg_catalog.regclass,
                                 pg_catalog.quote_ident(g.tgname)) INTO bad
          FROM pg_catalog.pg_trigger g
         WHERE g.tgrelid = ANY (shards) AND NOT g.tgisinternal AND g.tgenabled <> 'D'
         LIMIT 1;
    END IF;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'cannot fill the shards of schema % on this node', target
              USING ERRCODE = 'object_not_in_prerequisite_state',
                    DETAIL = pg_catalog.initcap(pg_catalog.left(bad, 1)) || pg_catalog.substr(bad, 2) || '.',
                    HINT = 'Shards are filled without firing triggers, and their TRUNCATE would fire them with your rights: drop or disable the trigger.';
    END IF;
    EXECUTE 'TRUNCATE TABLE ONLY ' || pg_catalog.array_to_string(shards::text[], ', ONLY ');
    FOR local IN
        SELECT l.table_name, l.distribution_column,
               pg_catalog.array_agg(l.shard ORDER BY l.hash_min) AS shards,
               pg_catalog.array_agg(l.hash_min ORDER BY l.hash_min) AS lo,
               pg_catalog.array_agg(l.hash_max ORDER BY l.hash_min) AS hi
          FROM @extschema@.commerce_seed_local_shards(target) l
         GROUP BY l.table_name, l.distribution_column
    LOOP
        n := @extschema@.commerce_seed_fill_shards(local.table_name, local.distribution_column, local.shards,
                                                   local.lo, local.hi, scale, seed, start_date, end_date);
        result := result || pg_catalog.jsonb_build_object(local.table_name, n);
    END LOOP;
    RETURN result || pg_catalog.jsonb_build_object(
        '_node_ms', (EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000)::bigint);
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_fill_node(name, integer, bigint, date, date) IS
  'The part of commerce_seed_distributed() that runs on each node of the cluster: truncates this node''s shards of the shop in schema target (its placements of distributed and reference tables, found in Citus''s metadata) and fills each with the generated rows that hash into it (commerce_seed_fill_shards()). Returns the rows written per table as a jsonb object. Errors: Citus not installed (0A000).';

CREATE FUNCTION @extschema@.commerce_seed_distributed(
    target name,
    scale integer DEFAULT 1,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    end_date date DEFAULT '2024-12-31')
RETURNS TABLE (table_name text, rows bigint, nodes integer)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
-- Citus ships a statement's date parameters to the nodes as text in the
-- session's DateStyle, which the nodes read with their own: ISO reads alike
SET DateStyle = 'ISO, YMD'
AS $function$
#variable_conflict use_column
DECLARE
    ext      name := @extschema@.commerce_seed_extension_schema();
    p        record;
    r        record;
    rel      pg_catalog.regclass;
    col      text;
    cmd      text;
    parts    jsonb[] := '{}';
    failed   text;
    n        bigint;
    total    bigint := 0;
    top      bigint;
    t0       timestamptz := pg_catalog.clock_timestamp();
    t1       timestamptz;
    t2       timestamptz;
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'target must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- the arguments, checked as any seed checks them (ten warehouse rows)
    PERFORM 1 FROM @extschema@.commerce_seed_warehouses(scale, seed, 0, 1, start_date, end_date);
    PERFORM @extschema@.commerce_seed_require_citus('commerce_seed_distributed');
    PERFORM @extschema@.commerce_seed_require_copy_owner(target, 'commerce_seed_distributed');
    -- the finishing statements mix single-shard reads (which Citus would run
    -- in this backend) with commands over every shard (which it then refuses)
    PERFORM pg_catalog.set_config('citus.enable_local_execution', 'off', true);
    -- and reads of every shard before the ANALYZE of a reference table, which
    -- Citus allows over one connection per node only
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    FOR p IN SELECT * FROM @extschema@.commerce_seed_distribution_plan() LOOP
        rel := @extschema@.commerce_seed_schema_table(target, p.table_name);
        SELECT CASE d.partmethod WHEN 'h' THEN pg_catalog.column_to_column_name(d.logicalrelid, d.partkey)
                                 WHEN 'n' THEN '' END
          INTO col
          FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid = rel;
        IF col IS DISTINCT FROM COALESCE(p.distribution_column, '') THEN
            RAISE EXCEPTION 'table % is not laid out as commerce_seed_distribution_plan() says', rel
                  USING ERRCODE = 'object_not_in_prerequisite_state',
                        DETAIL = pg_catalog.format('The plan makes it %s.',
                                                   CASE WHEN p.method = 'reference' THEN 'a reference table'
                                                        ELSE 'distributed by ' || p.distribution_column END),
                        HINT = pg_catalog.format('Run commerce_seed_distribute(%L) on a copy made by commerce_seed_create_schema().', target);
        END IF;
    END LOOP;

    /*
     * Every node (the coordinator too, for its copies of the reference
     * tables) fills its own shards, all at once, each in a transaction of its
     * own that commits when the node is done.
     */
    -- the dates as ISO text: a node reads them with its own DateStyle
    cmd := pg_catalog.format('SELECT %I.commerce_seed_fill_node(%L, %s, %s, %L::pg_catalog.date, %L::pg_catalog.date)',
                             ext, target, scale, seed,
                             pg_catalog.to_char(start_date, 'YYYY-MM-DD'), pg_catalog.to_char(end_date, 'YYYY-MM-DD'));
    FOR r IN EXECUTE 'SELECT a.nodeid, a.success, a.result FROM pg_catalog.run_command_on_all_nodes($1) a ORDER BY a.nodeid'
               USING cmd
    LOOP
        IF NOT r.success THEN
            failed := COALESCE(failed || '; ', '') || pg_catalog.format('node %s: %s', r.nodeid, r.result);
        ELSE
            parts := parts || r.result::jsonb;
        END IF;
    END LOOP;
    IF failed IS NOT NULL THEN
        RAISE EXCEPTION 'filling the shards failed on some nodes'
              USING ERRCODE = 'external_routine_exception',
                    DETAIL = failed,
                    HINT = 'The other nodes committed their part; run commerce_seed_distributed() again once the cause is fixed.';
    END IF;
    t1 := pg_catalog.clock_timestamp();

    -- rows: the sum over the nodes for a distributed table; the copy of a
    -- reference table on each node, which must all be the same
    CREATE TEMPORARY TABLE IF NOT EXISTS commerce_seed_node_rows (table_name text, rows bigint) ON COMMIT DROP;
    TRUNCATE commerce_seed_node_rows;
    INSERT INTO commerce_seed_node_rows
    SELECT e.key, e.value::bigint FROM pg_catalog.unnest(parts) AS part(j), pg_catalog.jsonb_each_text(part.j) AS e;

    FOR p IN SELECT * FROM @extschema@.commerce_seed_distribution_plan() LOOP
        SELECT pg_catalog.sum(x.rows), pg_catalog.max(x.rows), pg_catalog.count(*)
          INTO n, top, nodes
          FROM commerce_seed_node_rows x WHERE x.table_name = p.table_name;
        IF p.method = 'reference' THEN
            IF n <> top * nodes THEN
                RAISE EXCEPTION 'the copies of reference table % differ between nodes', p.table_name
                      USING ERRCODE = 'data_corrupted';
            END IF;
            n := top;
        END IF;
        table_name := p.table_name;
        rows := COALESCE(n, 0);
        total := total + rows;
        RETURN NEXT;

        -- sequences: the coordinator's goes on after the last id (the ids
        -- are dense from 1); Citus gives each worker a range of its own
        rel := @extschema@.commerce_seed_schema_table(target, p.table_name);
        FOR r IN
            SELECT a.attname, pg_catalog.pg_get_serial_sequence(rel::text, a.attname) AS seq
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
               AND pg_catalog.pg_get_serial_sequence(rel::text, a.attname) IS NOT NULL
        LOOP
            EXECUTE pg_catalog.format('SELECT pg_catalog.max(%I) FROM %s', r.attname, rel) INTO n;
            PERFORM pg_catalog.setval(r.seq, COALESCE(n, 1), n IS NOT NULL);
        END LOOP;
    END LOOP;

    EXECUTE pg_catalog.format('TRUNCATE %s', @extschema@.commerce_seed_schema_table(target, 'seed_info'));
    EXECUTE pg_catalog.format(
        'INSERT INTO %s (scale, seed, start_date, end_date, as_of, extension_version, seeded_at, seeded_by,'
        '                rows, phase_ms, settings)'
        ' VALUES ($1, $2, $3, $4, (($4 + 1)::timestamp AT TIME ZONE ''Asia/Kolkata''), $5,'
        '         pg_catalog.transaction_timestamp(), CURRENT_USER, $6, $7, $8)',
        @extschema@.commerce_seed_schema_table(target, 'seed_info'))
      USING scale, seed, start_date, end_date,
            (SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'commerce_seed'),
            total,
            pg_catalog.jsonb_build_object('load', (EXTRACT(epoch FROM t1 - t0) * 1000)::bigint,
                                          'nodes', (SELECT pg_catalog.jsonb_agg((x ->> '_node_ms')::bigint)
                                                      FROM pg_catalog.unnest(parts) AS x)),
            pg_catalog.jsonb_build_object('nodes', pg_catalog.cardinality(parts),
                                          'server_version', pg_catalog.current_setting('server_version'),
                                          'citus_version', (SELECT e.extversion FROM pg_catalog.pg_extension e
                                                             WHERE e.extname = 'citus'));

    FOR r IN
        SELECT c.oid::pg_catalog.regclass AS mv
          FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
         WHERE s.nspname = target AND c.relkind = 'm'
           AND c.relname IN (SELECT x.relname FROM pg_catalog.pg_class x
                              WHERE x.oid IN (SELECT d.objid FROM @extschema@.commerce_seed_extension_members() d))
         ORDER BY c.relname
    LOOP
        EXECUTE pg_catalog.format('REFRESH MATERIALIZED VIEW %s', r.mv);
    END LOOP;
    t2 := pg_catalog.clock_timestamp();
    FOR p IN SELECT * FROM @extschema@.commerce_seed_distribution_plan() LOOP
        EXECUTE pg_catalog.format('ANALYZE %s', @extschema@.commerce_seed_schema_table(target, p.table_name));
    END LOOP;
    RAISE NOTICE 'commerce_seed_distributed: % rows on % nodes: load % ms (per node: % ms), finish % ms',
        total, pg_catalog.cardinality(parts),
        (EXTRACT(epoch FROM t1 - t0) * 1000)::bigint,
        (SELECT pg_catalog.string_agg(x ->> '_node_ms', ', ') FROM pg_catalog.unnest(parts) AS x),
        (EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t1) * 1000)::bigint;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_distributed(name, integer, bigint, date, date) IS
  'Fills the distributed shop in schema target (commerce_seed_create_schema(), then commerce_seed_distribute()) with the dataset of commerce_seed(scale, seed, start_date, end_date): every node, the coordinator included, truncates and fills its own shards in parallel (commerce_seed_fill_node() through run_command_on_all_nodes()), so no row crosses the network; then the coordinator moves the sequences past the ids, records seed_info, refreshes the materialized views and analyzes. Returns the rows per table and how many nodes hold them. The union of the shards is row for row the single-node shop: commerce_seed_digest(target) equals commerce_seed_digest(). Each node commits its part on its own: after a failure on one node, run it again. Errors: the arguments of commerce_seed() (22023, 22004); Citus not installed (0A000); a table missing (42P01) or not laid out as planned (55000); a node that failed (38000, naming it).';

-- An order-independent checksum of a relation: its row count and the sum of
-- the first 64 bits of each row text's md5, so that the sums of parts (the
-- shards) add up to the whole.  The settings a row's text depends on are
-- fixed here, so any node gives the same figures.  Run as the relation's
-- owner by commerce_seed_relation_digest() (src/verify.c), never by another
-- role: the row's text may go through a cast the owner made.
CREATE FUNCTION @extschema@.commerce_seed_relation_digest_parts(rel pg_catalog.regclass)
RETURNS numeric[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
SET DateStyle = 'ISO, YMD'
SET IntervalStyle = 'postgres'
SET extra_float_digits = 1
SET bytea_output = 'hex'
AS $function$
DECLARE
    result numeric[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                    WHERE c.oid = rel
                      AND c.relowner = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)) THEN
        RAISE EXCEPTION 'only the owner of table % may run commerce_seed_relation_digest_parts()', rel
              USING ERRCODE = 'insufficient_privilege',
                    HINT = 'Call commerce_seed_relation_digest(), which runs it as that role.';
    END IF;
    EXECUTE pg_catalog.format(
        'SELECT ARRAY[pg_catalog.count(*)::pg_catalog.numeric,'
        '             COALESCE(pg_catalog.sum((''x'' || pg_catalog.substr(pg_catalog.md5((t.*)::text), 1, 16))'
        '                                     ::pg_catalog.bit(64)::pg_catalog.int8::pg_catalog.numeric), 0)]'
        '  FROM %s t', rel)
      INTO result;
    RETURN result;
END
$function$;
REVOKE ALL ON FUNCTION @extschema@.commerce_seed_relation_digest_parts(pg_catalog.regclass) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.commerce_seed_relation_digest_parts(pg_catalog.regclass) IS
  'The parts of a digest of rel''s rows: {row count, sum of the first 64 bits (a signed bigint) of md5 of each row''s text}. Only rel''s owner may run it: commerce_seed_relation_digest() runs it as that role.';

CREATE FUNCTION @extschema@.commerce_seed_relation_digest(rel pg_catalog.regclass)
RETURNS numeric[]
AS 'MODULE_PATHNAME', 'commerce_seed_relation_digest'
LANGUAGE C STRICT STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_relation_digest(pg_catalog.regclass) IS
  'The parts of a digest of table rel: {row count, sum of the first 64 bits (a signed bigint) of md5 of each row''s text}; sums over disjoint parts of a table (its shards) add up to the table''s. Read as the table''s owner, in a security-restricted operation, as commerce_seed_fingerprint() reads; the caller needs SELECT on it. Errors: not a table (42809); no SELECT, or row-level security applies to the caller (42501).';

-- One node's part of commerce_seed_digest(): the digest parts of this node's
-- shards of each distributed table of the shop in schema target.
CREATE FUNCTION @extschema@.commerce_seed_node_digest(target name)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
    t        record;
    cnt      numeric;
    total    numeric;
    result   jsonb := '{}';
BEGIN
    FOR t IN
        SELECT l.table_name, pg_catalog.array_agg(l.shard) AS shards
          FROM @extschema@.commerce_seed_local_shards(target) l
         WHERE l.distribution_column IS NOT NULL
         GROUP BY l.table_name
    LOOP
        SELECT pg_catalog.sum(d.parts[1]), pg_catalog.sum(d.parts[2])
          INTO cnt, total
          FROM pg_catalog.unnest(t.shards) AS u(shard),
               LATERAL (SELECT @extschema@.commerce_seed_relation_digest(u.shard) AS parts) AS d;
        result := result || pg_catalog.jsonb_build_object(t.table_name, pg_catalog.jsonb_build_array(cnt, total));
    END LOOP;
    RETURN result;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_node_digest(name) IS
  'The part of commerce_seed_digest() that runs on each node of the cluster: for each distributed table of the shop in schema target, the digest parts (commerce_seed_relation_digest()) of this node''s shards, summed: {"table": [rows, sum], ...}. Errors: Citus not installed (0A000).';

CREATE FUNCTION @extschema@.commerce_seed_digest(target name DEFAULT NULL)
RETURNS TABLE (table_name text, row_count bigint, digest text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
#variable_conflict use_column
DECLARE
    ext      name := @extschema@.commerce_seed_extension_schema();
    p        record;
    r        record;
    rel      pg_catalog.regclass;
    part     numeric[];
    cnt      numeric;
    total    numeric;
    method   "char";
    nodes    jsonb[];
    failed   text;
BEGIN
    FOR p IN SELECT d.table_name FROM @extschema@.commerce_seed_distribution_plan() d ORDER BY d.table_name COLLATE pg_catalog."C" LOOP
        rel := @extschema@.commerce_seed_schema_table(COALESCE(target, ext), p.table_name);
        method := NULL;
        IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
            EXECUTE 'SELECT d.partmethod FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid = $1'
              INTO method USING rel;
        END IF;
        IF method = 'h' THEN
            -- each node sums its own shards, once for all tables; only the
            -- figures travel
            IF nodes IS NULL THEN
                nodes := '{}';
                FOR r IN
                    EXECUTE 'SELECT a.nodeid, a.success, a.result FROM pg_catalog.run_command_on_all_nodes($1) a'
                      USING pg_catalog.format('SELECT %I.commerce_seed_node_digest(%L)', ext, COALESCE(target, ext))
                LOOP
                    IF r.success THEN
                        nodes := nodes || r.result::jsonb;
                    ELSE
                        failed := COALESCE(failed || '; ', '') || pg_catalog.format('node %s: %s', r.nodeid, r.result);
                    END IF;
                END LOOP;
                IF failed IS NOT NULL THEN
                    RAISE EXCEPTION 'digesting the shards failed on some nodes'
                          USING ERRCODE = 'external_routine_exception', DETAIL = failed;
                END IF;
            END IF;
            SELECT COALESCE(pg_catalog.sum((n.j -> p.table_name ->> 0)::pg_catalog.numeric), 0),
                   COALESCE(pg_catalog.sum((n.j -> p.table_name ->> 1)::pg_catalog.numeric), 0)
              INTO cnt, total
              FROM pg_catalog.unnest(nodes) AS n(j);
        ELSE
            part := @extschema@.commerce_seed_relation_digest(rel);
            cnt := part[1];
            total := part[2];
        END IF;
        table_name := p.table_name;
        row_count := cnt;
        -- the sum modulo 2^64, as 16 hex digits
        total := total - pg_catalog.floor(total / 18446744073709551616) * 18446744073709551616;
        IF total >= 9223372036854775808 THEN
            total := total - 18446744073709551616;
        END IF;
        digest := pg_catalog.lpad(pg_catalog.to_hex(total::pg_catalog.int8), 16, '0');
        RETURN NEXT;
    END LOOP;
END
$function$;
COMMENT ON FUNCTION @extschema@.commerce_seed_digest(name) IS
  'One row per table of the shop in schema target (NULL: the extension''s own tables): the row count and a digest that does not depend on row order or placement: the sum modulo 2^64 of the first 64 bits of md5 of each row''s text (TimeZone, DateStyle and the other settings the text depends on are fixed), as 16 hex digits. Each table is read as its owner (commerce_seed_relation_digest()); the caller needs SELECT on it. On a Citus cluster each node sums its own shards (commerce_seed_node_digest() through run_command_on_all_nodes()) and only the figures travel, so equal digests for a distributed shop and a single-node seed show the same rows without moving them. Errors: a table missing in target (42P01); a node that failed (38000, naming it).';
