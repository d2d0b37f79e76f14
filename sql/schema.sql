--
-- schema: every object of the extension exists, with its columns, types,
-- constraints and indexes, as read back from the system catalogs; plus the
-- invariants the schema promises (indexed foreign keys, comments everywhere,
-- extension membership, matviews created empty with a unique index).
-- Objects are found through pg_depend on the extension, never by name pattern.
--
SET client_min_messages = warning;
CREATE EXTENSION commerce_seed;

SELECT e.extname, e.extversion, e.extrelocatable, n.nspname AS schema
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'commerce_seed';

-- Helpers (temporary, dropped at the end): the extension's member objects.
-- PostgreSQL 17 and later also list each table's row type and each type's
-- array type as members (implied before); they are left out, so that the
-- lists are the same on every version.
CREATE TEMP VIEW ext_member AS
SELECT d.classid, d.objid
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND d.deptype = 'e'
   AND NOT (d.classid = 'pg_type'::regclass
            AND (EXISTS (SELECT FROM pg_type e WHERE e.typarray = d.objid)
                 OR EXISTS (SELECT FROM pg_class c WHERE c.reltype = d.objid AND c.relkind <> 'c')));

CREATE TEMP VIEW ext_rel AS
SELECT c.oid, c.relname, c.relkind, c.relnamespace, c.relispopulated
  FROM pg_class c
  JOIN ext_member m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid;

-- Member objects by kind.
SELECT CASE m.classid
         WHEN 'pg_class'::regclass THEN 'relation ' || c.relkind::text
         WHEN 'pg_type'::regclass THEN 'type ' || t.typtype::text
         ELSE m.classid::regclass::text
       END AS kind,
       count(*)
  FROM ext_member m
  LEFT JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
  LEFT JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
 WHERE m.classid IN ('pg_class'::regclass, 'pg_type'::regclass)
 GROUP BY 1
 ORDER BY 1;

-- Every table with its columns, in order.
SELECT r.relname AS table_name, a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       pg_get_expr(ad.adbin, ad.adrelid) AS default_value
  FROM ext_rel r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 WHERE r.relkind = 'r'
 ORDER BY r.relname, a.attnum;

-- Every enum type with its labels, in sort order.
SELECT t.typname AS enum_type,
       string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
  FROM pg_type t
  JOIN ext_member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
  JOIN pg_enum e ON e.enumtypid = t.oid
 GROUP BY t.typname
 ORDER BY t.typname;

-- Every view and materialized view with its columns, in order.
SELECT r.relkind, r.relname, a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod) AS type
  FROM ext_rel r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE r.relkind IN ('v', 'm')
 ORDER BY r.relkind DESC, r.relname, a.attnum;

-- Every constraint of every table, but NOT NULL, which 18 and later keep as
-- a constraint too (contype n); the columns below show it on every version.
SELECT r.relname AS table_name, con.conname, con.contype,
       pg_get_constraintdef(con.oid) AS definition
  FROM pg_constraint con
  JOIN ext_rel r ON r.oid = con.conrelid
 WHERE con.contype <> 'n'
 ORDER BY r.relname, con.contype, con.conname;

SELECT con.contype, count(*)
  FROM pg_constraint con
  JOIN ext_rel r ON r.oid = con.conrelid
 WHERE con.contype <> 'n'
 GROUP BY con.contype
 ORDER BY con.contype;

-- Every index (of tables and materialized views).
SELECT r.relname AS table_name, ic.relname AS index_name,
       i.indisunique AS is_unique, i.indisprimary AS is_primary,
       pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
  JOIN ext_rel r ON r.oid = i.indrelid
  JOIN pg_class ic ON ic.oid = i.indexrelid
 ORDER BY r.relname, ic.relname;

--
-- Invariants: each of the following queries must return no rows.
--

-- Every foreign key has an index whose leading column(s) are the key's
-- column(s) (partial and expression indexes do not count).
SELECT r.relname AS table_name, con.conname, con.conkey
  FROM pg_constraint con
  JOIN ext_rel r ON r.oid = con.conrelid
 WHERE con.contype = 'f'
   AND NOT EXISTS (
         SELECT 1
           FROM pg_index i
          WHERE i.indrelid = con.conrelid
            AND i.indpred IS NULL
            AND i.indexprs IS NULL
            AND (SELECT array_agg(k ORDER BY k)
                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS u(k, n)
                  WHERE n <= cardinality(con.conkey))
              = (SELECT array_agg(k ORDER BY k) FROM unnest(con.conkey) AS k))
 ORDER BY 1, 2;

-- ... and how many foreign keys that checked.
SELECT count(*) AS foreign_keys_checked
  FROM pg_constraint con
  JOIN ext_rel r ON r.oid = con.conrelid
 WHERE con.contype = 'f';

-- Every table, view, materialized view, enum type and function of the
-- extension, and the index uq_addresses_default_per_customer, has a comment.
-- (Functions: whatever functions the extension has, none may lack one.)
SELECT kind, name
  FROM (SELECT CASE r.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                              WHEN 'm' THEN 'materialized view' END AS kind,
               r.relname::text AS name,
               obj_description(r.oid, 'pg_class') AS description
          FROM ext_rel r
         WHERE r.relkind IN ('r', 'v', 'm')
        UNION ALL
        SELECT 'type', t.typname::text, obj_description(t.oid, 'pg_type')
          FROM pg_type t
          JOIN ext_member m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
        UNION ALL
        SELECT 'function', p.oid::regprocedure::text, obj_description(p.oid, 'pg_proc')
          FROM pg_proc p
          JOIN ext_member m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
        UNION ALL
        SELECT 'index', v.name, obj_description(ic.oid, 'pg_class')
          FROM (VALUES ('uq_addresses_default_per_customer')) AS v(name)
          LEFT JOIN pg_class ic
                 ON ic.relname = v.name AND ic.relkind = 'i'
                AND ic.relnamespace = (SELECT extnamespace FROM pg_extension
                                        WHERE extname = 'commerce_seed')
       ) AS o
 WHERE description IS NULL OR btrim(description) = ''
 ORDER BY 1, 2;

-- Every column of every table, view and materialized view of the extension
-- has a comment (\d+ shows it as the column's description).
SELECT r.relname, a.attnum, a.attname
  FROM ext_rel r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE r.relkind IN ('r', 'v', 'm')
   AND coalesce(btrim(col_description(r.oid, a.attnum)), '') = ''
 ORDER BY 1, 2;

-- ... and how many columns that checked, by kind of relation.
SELECT r.relkind, count(*) AS columns_checked
  FROM ext_rel r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE r.relkind IN ('r', 'v', 'm')
 GROUP BY r.relkind
 ORDER BY r.relkind;

-- Every relation, standalone type and function in the extension's schema is a
-- member of the extension; indexes belong to member relations, row types and
-- array types to member relations and types.
SELECT 'relation' AS kind, c.relname::text AS name
  FROM pg_class c
 WHERE c.relnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'commerce_seed')
   AND c.relkind NOT IN ('i', 'I', 't')
   AND c.oid NOT IN (SELECT oid FROM ext_rel)
UNION ALL
SELECT 'index', ic.relname
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
 WHERE ic.relnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'commerce_seed')
   AND i.indrelid NOT IN (SELECT oid FROM ext_rel)
UNION ALL
SELECT 'type', t.typname
  FROM pg_type t
 WHERE t.typnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'commerce_seed')
   AND t.oid NOT IN (SELECT objid FROM ext_member WHERE classid = 'pg_type'::regclass)
   AND t.typrelid NOT IN (SELECT oid FROM ext_rel)
   AND NOT EXISTS (SELECT 1 FROM pg_type e
                    WHERE e.typarray = t.oid
                      AND (e.oid IN (SELECT objid FROM ext_member WHERE classid = 'pg_type'::regclass)
                           OR e.typrelid IN (SELECT oid FROM ext_rel)))
UNION ALL
SELECT 'function', p.oid::regprocedure::text
  FROM pg_proc p
 WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'commerce_seed')
   AND p.oid NOT IN (SELECT objid FROM ext_member WHERE classid = 'pg_proc'::regclass)
ORDER BY 1, 2;

-- Every sequence of the extension is owned by (the serial column of) a member table.
SELECT s.relname AS sequence_name
  FROM ext_rel s
 WHERE s.relkind = 'S'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
                      AND d.refobjid IN (SELECT oid FROM ext_rel WHERE relkind = 'r'))
 ORDER BY 1;

-- Materialized views are created WITH NO DATA (not populated right after
-- CREATE EXTENSION) and each has a plain unique index (needed by REFRESH ...
-- CONCURRENTLY).
SELECT r.relname, r.relispopulated,
       (SELECT string_agg(ic.relname, ', ' ORDER BY ic.relname)
          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
         WHERE i.indrelid = r.oid AND i.indisunique
           AND i.indpred IS NULL AND i.indexprs IS NULL) AS unique_indexes
  FROM ext_rel r
 WHERE r.relkind = 'm'
 ORDER BY r.relname;

-- (must return no rows)
SELECT r.relname
  FROM ext_rel r
 WHERE r.relkind = 'm'
   AND (r.relispopulated
        OR NOT EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = r.oid AND i.indisunique
                          AND i.indpred IS NULL AND i.indexprs IS NULL))
 ORDER BY 1;

-- Clean up.
DROP VIEW ext_rel;
DROP VIEW ext_member;
DROP EXTENSION commerce_seed;
