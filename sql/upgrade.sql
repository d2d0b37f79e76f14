--
-- upgrade: the update path.  Version 1.0 installs by name, ALTER EXTENSION
-- ... UPDATE leaves it at the default version, and the objects of the
-- updated extension are exactly those of a fresh install of that version,
-- definitions included.
--
-- Data seeded before the update must survive it unchanged and still pass
-- commerce_seed_verify().  1.0's script is kept as shipped
-- (commerce_seed--1.0.sql); 1.1's is built from schema/, and
-- commerce_seed--1.0--1.1.sql must bring a 1.0 install to exactly what a
-- fresh 1.1 install has.  For the next version, add its update script, set
-- default_version in commerce_seed.control and keep VERSION '1.0' below, so
-- that the whole chain of updates is tested.
-- The comparison covers member objects, columns, constraints, indexes,
-- triggers, view and function definitions, enum labels, sequences, comments,
-- privileges and the pg_dump configuration of extension tables; OIDs never
-- enter it, so it is the same in every database.
--
SET client_min_messages = notice;

CREATE EXTENSION commerce_seed VERSION '1.0';
SELECT extname, extversion FROM pg_extension WHERE extname = 'commerce_seed';

-- The update paths the installed scripts offer.
SELECT source, target, path
  FROM pg_extension_update_paths('commerce_seed')
 WHERE path IS NOT NULL
 ORDER BY source, target;

-- Data written under 1.0, to see that the update keeps it.  By hand: the
-- 1.1 library seeds only 1.1's tables (its new columns and enum label), and
-- says so (the HINT names ALTER EXTENSION ... UPDATE).
SET client_min_messages = warning;
SELECT count(*) FROM commerce_seed(1, 42);
INSERT INTO categories (name) VALUES ('Stationery');
INSERT INTO warehouses (name, city, state, pincode, capacity_units)
VALUES ('Test Depot', 'Pune', 'Maharashtra', '411001', 1000);
REFRESH MATERIALIZED VIEW mv_daily_kpis;
REFRESH MATERIALIZED VIEW mv_order_financials;
CREATE TEMP TABLE before_update AS SELECT * FROM commerce_seed_fingerprint();
SET client_min_messages = notice;

-- Update to the default version.
ALTER EXTENSION commerce_seed UPDATE;
SELECT e.extversion,
       e.extversion = (SELECT default_version FROM pg_available_extensions
                        WHERE name = 'commerce_seed') AS at_default_version
  FROM pg_extension e WHERE e.extname = 'commerce_seed';

-- The data is still there, unchanged (an update that alters a table shows
-- here as that table's fingerprint), and the updated version finds it
-- consistent.
SELECT coalesce(b.table_name, a.table_name) AS table_name,
       b.row_count AS rows_before, a.row_count AS rows_after
  FROM before_update b
  FULL JOIN commerce_seed_fingerprint() a USING (table_name)
 WHERE a.fingerprint IS DISTINCT FROM b.fingerprint
 ORDER BY 1;
SELECT rule, violations FROM commerce_seed_verify() WHERE violations > 0;
DROP TABLE before_update;

-- A description of everything the installed extension consists of, one row
-- per (object, aspect), free of OIDs.  Read under a fixed search_path so that
-- deparsed definitions are qualified the same way every time.
CREATE TEMP VIEW ext_objects AS
WITH ext AS (
    SELECT oid, extnamespace, extconfig, extcondition
      FROM pg_extension WHERE extname = 'commerce_seed'
), member AS (
    SELECT d.classid, d.objid, d.objsubid
      FROM pg_depend d, ext
     WHERE d.refclassid = 'pg_extension'::regclass
       AND d.refobjid = ext.oid
       AND d.deptype = 'e'
       -- 17 and later also list row and array types: left out, as implied
       AND NOT (d.classid = 'pg_type'::regclass
                AND (EXISTS (SELECT FROM pg_type e WHERE e.typarray = d.objid)
                     OR EXISTS (SELECT FROM pg_class c WHERE c.reltype = d.objid AND c.relkind <> 'c')))
), rel AS (
    SELECT c.oid, c.relname, c.relkind
      FROM pg_class c JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
)
-- the members themselves, with their owner's privileges
SELECT pg_describe_object(m.classid, m.objid, m.objsubid) AS object,
       'member' AS aspect,
       COALESCE((SELECT array_to_string(c.relacl, ',') FROM pg_class c
                  WHERE m.classid = 'pg_class'::regclass AND c.oid = m.objid),
                (SELECT array_to_string(p.proacl, ',') FROM pg_proc p
                  WHERE m.classid = 'pg_proc'::regclass AND p.oid = m.objid),
                (SELECT array_to_string(t.typacl, ',') FROM pg_type t
                  WHERE m.classid = 'pg_type'::regclass AND t.oid = m.objid),
                '') AS detail
  FROM member m
UNION ALL
-- comments on members and on their columns
SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid), 'comment', d.description
  FROM pg_description d
  JOIN member m ON m.classid = d.classoid AND m.objid = d.objoid
UNION ALL
-- columns of tables, views and materialized views
SELECT r.relname || '.' || a.attname, 'column',
       format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || COALESCE(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
       || ' #' || a.attnum
  FROM rel r
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
UNION ALL
SELECT r.relname || '.' || con.conname, 'constraint', pg_get_constraintdef(con.oid)
  FROM rel r JOIN pg_constraint con ON con.conrelid = r.oid
 WHERE con.contype <> 'n'   -- 18 and later: NOT NULL as constraints
UNION ALL
SELECT i.relname, 'index', pg_get_indexdef(i.oid)
       || COALESCE(' -- ' || obj_description(i.oid, 'pg_class'), '')
  FROM rel r
  JOIN pg_index x ON x.indrelid = r.oid
  JOIN pg_class i ON i.oid = x.indexrelid
UNION ALL
SELECT r.relname || '.' || t.tgname, 'trigger', pg_get_triggerdef(t.oid)
  FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
UNION ALL
SELECT r.relname, 'view', pg_get_viewdef(r.oid)
  FROM rel r WHERE r.relkind IN ('v', 'm')
UNION ALL
SELECT r.relname, 'sequence',
       format('%s start %s increment %s min %s max %s cache %s cycle %s',
              format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
              s.seqmin, s.seqmax, s.seqcache, s.seqcycle)
  FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
UNION ALL
SELECT p.oid::regprocedure::text, 'function', pg_get_functiondef(p.oid)
  FROM member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
UNION ALL
SELECT t.typname, 'enum', string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM member m
  JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
  JOIN pg_enum e ON e.enumtypid = t.oid
 GROUP BY t.typname
UNION ALL
-- what pg_dump dumps the data of (pg_extension_config_dump)
SELECT c.relname, 'config dump', COALESCE(x.cond, '')
  FROM ext
 CROSS JOIN LATERAL unnest(ext.extconfig, ext.extcondition) AS x(reloid, cond)
  JOIN pg_class c ON c.oid = x.reloid
UNION ALL
SELECT 'extension', 'schema', ext.extnamespace::regnamespace::text
  FROM ext;

SET search_path = pg_catalog;
CREATE TEMP TABLE updated AS SELECT * FROM pg_temp.ext_objects;
RESET search_path;

-- The members of the updated extension, by kind and name.
SELECT object FROM updated WHERE aspect = 'member' ORDER BY object COLLATE "C";

-- A fresh install of the default version, described the same way.
DROP EXTENSION commerce_seed;
CREATE EXTENSION commerce_seed;
SET search_path = pg_catalog;
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.ext_objects;
RESET search_path;

-- How much was compared (not a fixed number: it grows with the schema) ...
SELECT count(*) > 500 AS compared_many_aspects FROM updated;
-- ... and every difference between the updated and the fresh install (none).
SELECT d.*
  FROM ((SELECT 'only after update' AS side, * FROM updated
         EXCEPT ALL SELECT 'only after update', * FROM fresh)
        UNION ALL
        (SELECT 'only in fresh install', * FROM fresh
         EXCEPT ALL SELECT 'only in fresh install', * FROM updated)) AS d
 ORDER BY d.object COLLATE "C", d.aspect, d.side;

DROP TABLE updated, fresh;
DROP VIEW ext_objects;
DROP EXTENSION commerce_seed;
