--
-- security: nothing a less-privileged role controls runs with a superuser's
-- rights, at install time, at call time or inside verify.
--
-- cs_mallory is a role without special rights that owns the schema the
-- extension is installed into (in PostgreSQL 15 the database owner owns
-- public, so this is the ordinary case).  Every function it plants records
-- the role it ran as in cs_trap.captured; the test passes when nothing in
-- there ran as a superuser.
--
SET client_min_messages = warning;
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';

CREATE ROLE cs_mallory;
CREATE SCHEMA cs_trap AUTHORIZATION cs_mallory;
CREATE TABLE cs_trap.captured (what text, ran_as name);
ALTER TABLE cs_trap.captured OWNER TO cs_mallory;
GRANT INSERT ON cs_trap.captured TO PUBLIC;
-- who ran it, without naming the superuser (its name depends on the cluster)
CREATE VIEW public.cs_ran AS
SELECT c.what, r.rolsuper AS as_superuser, c.ran_as = 'cs_mallory' AS as_mallory,
       count(*) AS calls
  FROM cs_trap.captured c JOIN pg_roles r ON r.rolname = c.ran_as
 GROUP BY 1, 2, 3;

--
-- 1. Look-alike operators and functions planted before CREATE EXTENSION.
-- The list is not written by hand: a reference install tells which operators,
-- functions, aggregates and window functions the install script binds (read
-- from the stored expression trees of its views, materialized views, CHECK
-- constraints, defaults and index expressions, and from the SQL bodies of its
-- functions), and which types its columns and those operators use.
--
CREATE SCHEMA cs_ref;
CREATE EXTENSION commerce_seed SCHEMA cs_ref;

CREATE TABLE public.cs_bound (kind text, name text, argtypes oid[], rettype oid);
INSERT INTO public.cs_bound
WITH trees(t) AS (
    SELECT r.ev_action::text FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
     WHERE c.relnamespace = 'cs_ref'::regnamespace
    UNION ALL
    SELECT k.conbin::text FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE c.relnamespace = 'cs_ref'::regnamespace AND k.conbin IS NOT NULL
    UNION ALL
    SELECT d.adbin::text FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
     WHERE c.relnamespace = 'cs_ref'::regnamespace
    UNION ALL
    SELECT coalesce(i.indexprs::text, '') || coalesce(i.indpred::text, '')
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = 'cs_ref'::regnamespace
), ops AS (
    SELECT DISTINCT m[1]::oid AS opno
      FROM trees, regexp_matches(t, ':opno (\d+)', 'g') AS m
), funcs AS (
    SELECT DISTINCT m[2]::oid AS fn
      FROM trees, regexp_matches(t, ':(funcid|aggfnoid|winfnoid) (\d+)', 'g') AS m
)
SELECT 'operator', o.oprname,
       ARRAY[o.oprleft, o.oprright]::oid[], o.oprresult
  FROM ops JOIN pg_operator o ON o.oid = ops.opno
UNION
SELECT 'function', p.proname, p.proargtypes::oid[], p.prorettype
  FROM funcs JOIN pg_proc p ON p.oid = funcs.fn
UNION
-- names called in the bodies of the extension's SQL and PL/pgSQL functions
SELECT 'function', m[1], NULL, NULL
  FROM pg_proc p, regexp_matches(p.prosrc, 'pg_catalog\.([a-z_0-9]+)\(', 'g') AS m
 WHERE p.pronamespace = 'cs_ref'::regnamespace AND p.prolang <> 13;

-- the argument types a look-alike is declared with: every type a column of
-- the extension has, and every argument type of what it binds
CREATE TABLE public.cs_types AS
SELECT DISTINCT t.oid AS typ
  FROM pg_type t
 WHERE t.typtype IN ('b', 'r', 'm') AND t.typnamespace = 'pg_catalog'::regnamespace
   AND t.typisdefined AND NOT t.typname LIKE '\_%'
   AND (t.oid IN (SELECT a.atttypid FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                   WHERE c.relnamespace = 'cs_ref'::regnamespace AND a.attnum > 0)
        OR t.oid IN (SELECT unnest(argtypes) FROM public.cs_bound)
        OR t.oid IN ('int4'::regtype, 'int8'::regtype, 'numeric'::regtype, 'text'::regtype));
DROP EXTENSION commerce_seed;
DROP SCHEMA cs_ref;

-- the harvest found what the views, defaults and function bodies are known
-- to call (a harvest that missed them would plant no trap for them), and
-- about as many names as there are (12 operators, some 40 functions)
SELECT k.kind, k.name, count(b.name) > 0 AS found
  FROM (VALUES ('operator', '='), ('operator', '<>'), ('operator', '*'), ('operator', '||'),
               ('function', 'round'), ('function', 'sum'), ('function', 'count'), ('function', 'rank'),
               ('function', 'date_trunc'), ('function', 'btrim'), ('function', 'now'),
               ('function', 'md5'), ('function', 'string_agg')) AS k(kind, name)
  LEFT JOIN public.cs_bound b USING (kind, name)
 GROUP BY k.kind, k.name ORDER BY k.kind, k.name;
SELECT k.kind, count(DISTINCT b.name) >= k.at_least AS found_enough
  FROM (VALUES ('function', 30), ('operator', 10)) AS k(kind, at_least)
  LEFT JOIN public.cs_bound b USING (kind)
 GROUP BY k.kind, k.at_least ORDER BY k.kind;
GRANT SELECT ON public.cs_bound, public.cs_types TO cs_mallory;

-- cs_mallory plants, in the schema the extension will go into, for every
-- operator name bound: one operator per pair of types (prefix operators per
-- type), and for every function name: one function per type at each argument
-- position (every pair for two-argument functions), each recording that it ran.
SET ROLE cs_mallory;
DO $plant$
DECLARE
    b record;
    l oid;
    r oid;
    n integer := 0;
    fname text;
    ret text;
    sig oid[];
    args text;
BEGIN
    FOR b IN SELECT DISTINCT name,
                    coalesce((SELECT format_type(c.rettype, NULL) FROM public.cs_bound c
                               WHERE c.kind = 'operator' AND c.name = x.name
                                 AND NOT EXISTS (SELECT 1 FROM pg_type t
                                                  WHERE t.oid = c.rettype AND t.typtype = 'p')
                               LIMIT 1), 'text') AS ret,
                    bool_or(argtypes[1] = 0) AS prefix
               FROM public.cs_bound x WHERE kind = 'operator' GROUP BY name
    LOOP
        FOR l IN SELECT typ FROM public.cs_types LOOP
            FOR r IN SELECT typ FROM public.cs_types LOOP
                n := n + 1;
                fname := 'cs_trap.la_' || n;
                EXECUTE format('CREATE FUNCTION %s(%s, %s) RETURNS %s LANGUAGE sql AS %L',
                    fname, format_type(l, NULL), format_type(r, NULL), b.ret,
                    format('INSERT INTO cs_trap.captured VALUES (%L, current_user); SELECT NULL::%s',
                           format('operator %s(%s, %s)', b.name, format_type(l, NULL), format_type(r, NULL)),
                           b.ret));
                EXECUTE format('CREATE OPERATOR cs_trap.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = %s)',
                               b.name, format_type(l, NULL), format_type(r, NULL), fname);
            END LOOP;
            IF b.prefix THEN
                n := n + 1;
                fname := 'cs_trap.la_' || n;
                EXECUTE format('CREATE FUNCTION %s(%s) RETURNS %s LANGUAGE sql AS %L',
                    fname, format_type(l, NULL), b.ret,
                    format('INSERT INTO cs_trap.captured VALUES (%L, current_user); SELECT NULL::%s',
                           format('operator %s(none, %s)', b.name, format_type(l, NULL)), b.ret));
                EXECUTE format('CREATE OPERATOR cs_trap.%s (RIGHTARG = %s, FUNCTION = %s)',
                               b.name, format_type(l, NULL), fname);
            END IF;
        END LOOP;
    END LOOP;

    FOR b IN SELECT name, max(cardinality(argtypes)) AS nargs,
                    (SELECT format_type(c.rettype, NULL) FROM public.cs_bound c
                      WHERE c.kind = 'function' AND c.name = x.name AND c.rettype IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.oid = c.rettype AND t.typtype = 'p')
                      LIMIT 1) AS ret
               FROM public.cs_bound x WHERE kind = 'function' GROUP BY name
    LOOP
        ret := coalesce(b.ret, 'text');
        FOR sig IN
            -- one argument, two arguments (every pair), three (each position)
            SELECT ARRAY[t1.typ] FROM public.cs_types t1
            UNION ALL
            SELECT ARRAY[t1.typ, t2.typ] FROM public.cs_types t1, public.cs_types t2
            UNION ALL
            SELECT ARRAY[CASE WHEN pos = 1 THEN t1.typ ELSE 'text'::regtype END,
                         CASE WHEN pos = 2 THEN t1.typ ELSE 'text'::regtype END,
                         CASE WHEN pos = 3 THEN t1.typ ELSE 'int4'::regtype END]::oid[]
              FROM public.cs_types t1, generate_series(1, 3) AS pos
             WHERE coalesce(b.nargs, 3) >= 3
        LOOP
            BEGIN
                args := (SELECT string_agg(format_type(s, NULL), ', ' ORDER BY k)
                           FROM unnest(sig) WITH ORDINALITY AS u(s, k));
                EXECUTE format('CREATE FUNCTION cs_trap.%I(%s) RETURNS %s LANGUAGE sql AS %L',
                    b.name, args, ret,
                    format('INSERT INTO cs_trap.captured VALUES (%L, current_user); SELECT NULL::%s',
                           format('function %s(%s)', b.name, args), ret));
                n := n + 1;
            EXCEPTION WHEN duplicate_function THEN
                NULL;
            END;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'planted % look-alikes', n;
END
$plant$;
RESET ROLE;
-- how many were planted: operator names, function names, objects
SELECT count(DISTINCT oprname) > 5 AS operator_names, count(*) > 1000 AS operators
  FROM pg_operator WHERE oprnamespace = 'cs_trap'::regnamespace;
SELECT count(DISTINCT proname) > 20 AS function_names, count(*) > 5000 AS functions
  FROM pg_proc WHERE pronamespace = 'cs_trap'::regnamespace;
-- the traps are armed: searched before pg_catalog, the look-alikes of an
-- operator and a function the extension binds are what a call resolves to,
-- and they record that they ran (here as the superuser), so the "nothing
-- ran" below is not for want of a working trap
SET search_path = cs_trap, pg_catalog;
SELECT 2::numeric * 3::numeric AS product, round(1.25::numeric, 1) AS rounded;
RESET search_path;
SELECT what, as_superuser, as_mallory, calls FROM public.cs_ran ORDER BY 1;
TRUNCATE cs_trap.captured;

-- A superuser installs into cs_trap, with cs_trap first on search_path as
-- CREATE EXTENSION ... SCHEMA sets it, then seeds, verifies, fingerprints,
-- refreshes and reads every view; the calls are schema-qualified here (call
-- resolution is tested below), and the test's own queries bind to pg_catalog.
CREATE EXTENSION commerce_seed SCHEMA cs_trap;
SET search_path = pg_catalog;
-- every operator and function the installed objects bound is a built-in or
-- one of the extension's own (no rows)
WITH trees(obj, t) AS (
    SELECT pg_describe_object('pg_rewrite'::regclass, r.oid, 0), r.ev_action::text
      FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
     WHERE c.relnamespace = 'cs_trap'::regnamespace
    UNION ALL
    SELECT pg_describe_object('pg_constraint'::regclass, k.oid, 0), k.conbin::text
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE c.relnamespace = 'cs_trap'::regnamespace AND k.conbin IS NOT NULL
    UNION ALL
    SELECT pg_describe_object('pg_attrdef'::regclass, d.oid, 0), d.adbin::text
      FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
     WHERE c.relnamespace = 'cs_trap'::regnamespace
    UNION ALL
    SELECT pg_describe_object('pg_class'::regclass, i.indexrelid, 0),
           coalesce(i.indexprs::text, '') || coalesce(i.indpred::text, '')
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = 'cs_trap'::regnamespace
), bound(obj, classid, objid) AS (
    SELECT obj, 'pg_operator'::regclass, m[1]::oid FROM trees, regexp_matches(t, ':opno (\d+)', 'g') AS m
    UNION
    SELECT obj, 'pg_proc'::regclass, m[2]::oid
      FROM trees, regexp_matches(t, ':(funcid|aggfnoid|winfnoid|opfuncid) (\d+)', 'g') AS m
)
SELECT b.obj, pg_describe_object(b.classid, b.objid, 0) AS bound_to
  FROM bound b
 WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = b.classid AND d.objid = b.objid AND d.deptype = 'e')
   AND coalesce((SELECT oprnamespace FROM pg_operator WHERE b.classid = 'pg_operator'::regclass AND oid = b.objid),
                (SELECT pronamespace FROM pg_proc WHERE b.classid = 'pg_proc'::regclass AND oid = b.objid))
       <> 'pg_catalog'::regnamespace
 ORDER BY 1, 2;
SELECT sum(rows) OPERATOR(pg_catalog.>) 0 AS seeded FROM cs_trap.commerce_seed(1, 42::bigint);
SELECT count(*) AS rules, count(*) FILTER (WHERE violations OPERATOR(pg_catalog.<>) 0) AS violated
  FROM cs_trap.commerce_seed_verify();
SELECT count(*) AS tables FROM cs_trap.commerce_seed_fingerprint();
REFRESH MATERIALIZED VIEW cs_trap.mv_order_financials;
REFRESH MATERIALIZED VIEW CONCURRENTLY cs_trap.mv_daily_kpis;
DO $read$
DECLARE
    v regclass;
    n bigint;
BEGIN
    FOR v IN SELECT c.oid FROM pg_catalog.pg_class c
              WHERE c.relnamespace OPERATOR(pg_catalog.=) 'cs_trap'::pg_catalog.regnamespace
                AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['v', 'm']::"char"[])
    LOOP
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM (SELECT * FROM %s) s', v) INTO n;
    END LOOP;
END
$read$;
-- what ran: nothing
SELECT * FROM public.cs_ran ORDER BY 1, 2, 3;
RESET search_path;

--
-- 2. Call resolution: look-alikes of every function of the extension, for
-- each documented call form, in a schema searched AFTER the extension's.
-- The integer-seed overloads make the forms with integer literals exact
-- matches in the extension's schema, which therefore wins.
--
TRUNCATE cs_trap.captured;
CREATE SCHEMA cs_later AUTHORIZATION cs_mallory;
SET ROLE cs_mallory;
DO $plant$
DECLARE
    f name;
    sig text;
BEGIN
    FOR f IN SELECT DISTINCT p.proname FROM pg_proc p
              WHERE p.pronamespace = 'cs_trap'::regnamespace AND p.proname LIKE 'commerce\_seed%'
    LOOP
        FOREACH sig IN ARRAY ARRAY['', 'integer', 'integer, integer', 'integer, integer, integer, integer',
                                   'integer, integer, date, date', 'integer, integer, text, text',
                                   'integer, integer, integer, integer, date, date',
                                   'integer, integer, integer, integer, text, text']
        LOOP
            EXECUTE format('CREATE FUNCTION cs_later.%I(%s) RETURNS SETOF text LANGUAGE sql AS %L',
                           f, sig,
                           format('INSERT INTO cs_trap.captured VALUES (%L, current_user); SELECT %L::text',
                                  format('function %s(%s)', f, sig), 'captured'));
        END LOOP;
    END LOOP;
END
$plant$;
RESET ROLE;
SET search_path = cs_trap, cs_later;
SELECT count(*) FROM commerce_seed();
SELECT count(*) FROM commerce_seed(1);
SELECT count(*) FROM commerce_seed(1, 42);
SELECT count(*) FROM commerce_seed(scale => 1, seed => 42);
SELECT count(*) FROM commerce_seed(1, 42, date '2024-01-01', date '2024-06-30');
SELECT count(*) FROM commerce_seed_sizes(1);
SELECT count(*) FROM commerce_seed_sizes(1, 42);
SELECT count(*) FROM commerce_seed_customers(1);
SELECT count(*) FROM commerce_seed_customers(1, 42);
SELECT count(*) FROM commerce_seed_orders(1, 42, 0, 4);
SELECT count(*) FROM commerce_seed_orders(1, 42, 0, 1, date '2024-01-01', date '2024-03-31');
SELECT count(*) FROM commerce_seed_verify();
SELECT count(*) FROM commerce_seed_fingerprint();
-- what ran: nothing
SELECT * FROM public.cs_ran ORDER BY 1, 2, 3;
-- The limit PostgreSQL sets: an untyped date literal ('2024-01-01') is of
-- unknown type, and a look-alike taking text there is preferred to ours,
-- which takes date.  Hence the README's advice: typed literals
-- (date '2024-01-01'), or no untrusted schema on search_path at all.
SELECT count(*) FROM commerce_seed_orders(1, 42, 0, 1, '2024-01-01', '2024-03-31');
SELECT * FROM public.cs_ran ORDER BY 1, 2, 3;
TRUNCATE cs_trap.captured;
SET search_path = pg_catalog;
DROP SCHEMA cs_later CASCADE;

--
-- 3. The table owner's expressions.  The dataset is handed to cs_mallory (as
-- to an application's owner role); she adds a CHECK constraint and an
-- expression index whose functions report who runs them.  A superuser's seed
-- (index rebuild, ANALYZE, REFRESH), verify and fingerprint run them as
-- cs_mallory, never as the superuser.
--
DO $own$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS rel, c.relkind
               FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) d.objid
              WHERE d.refobjid OPERATOR(pg_catalog.=) (SELECT oid FROM pg_catalog.pg_extension
                                                        WHERE extname OPERATOR(pg_catalog.=) 'commerce_seed')
                AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                AND d.deptype OPERATOR(pg_catalog.=) 'e'
                AND c.relkind OPERATOR(pg_catalog.<>) 'S'   -- they follow their tables
    LOOP
        EXECUTE pg_catalog.format('ALTER %s %s OWNER TO cs_mallory',
            CASE r.relkind WHEN 'r' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                           ELSE 'MATERIALIZED VIEW' END, r.rel);
    END LOOP;
END
$own$;
SET ROLE cs_mallory;
CREATE FUNCTION cs_trap.snoop_check(bigint) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    INSERT INTO cs_trap.captured VALUES ('check constraint', current_user);
    RETURN true;
END $$;
CREATE FUNCTION cs_trap.snoop_index(bigint) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF $1 OPERATOR(pg_catalog.=) 1 THEN
        RAISE WARNING 'index expression evaluated as %', current_user;
    END IF;
    RETURN $1;
END $$;
CREATE FUNCTION cs_trap.snoop_info(integer) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    INSERT INTO cs_trap.captured VALUES ('seed_info check constraint', current_user);
    RETURN true;
END $$;
ALTER TABLE cs_trap.suppliers ADD CONSTRAINT ck_snoop CHECK (cs_trap.snoop_check(supplier_id)) NOT VALID;
-- seed_info is written through the executor, which evaluates its CHECKs
ALTER TABLE cs_trap.seed_info ADD CONSTRAINT ck_snoop_info CHECK (cs_trap.snoop_info(scale));
CREATE UNIQUE INDEX uq_snoop ON cs_trap.suppliers (cs_trap.snoop_index(supplier_id));
RESET ROLE;
SELECT count(*) AS tables FROM cs_trap.commerce_seed(1, 42);
SELECT count(*) AS rules,
       count(*) FILTER (WHERE violations OPERATOR(pg_catalog.<>) 0) AS violated,
       count(*) FILTER (WHERE rule OPERATOR(pg_catalog.~) 'snoop') AS owner_rules
  FROM cs_trap.commerce_seed_verify();
SELECT count(*) AS tables FROM cs_trap.commerce_seed_fingerprint();
SELECT what, as_superuser, as_mallory FROM public.cs_ran ORDER BY 1, 2, 3;
-- the rules themselves refuse any role but the owner (and PUBLIC may not
-- execute them)
SELECT count(*) FROM cs_trap.commerce_seed_verify_rules();
SELECT count(*) FROM cs_trap.commerce_seed_fingerprint_tables();
SELECT has_function_privilege('cs_mallory', 'cs_trap.commerce_seed_verify_rules()', 'EXECUTE') AS mallory_may_execute;
-- verify calls its rules by OID: a function of the same name added to the
-- schema neither takes the call over nor makes it ambiguous
SET ROLE cs_mallory;
CREATE FUNCTION cs_trap.commerce_seed_verify_rules(x integer DEFAULT 1)
RETURNS TABLE (rule text, description text, violations bigint, kind text)
LANGUAGE sql AS $$ INSERT INTO cs_trap.captured VALUES ('rules look-alike', current_user) RETURNING 'x', 'x', 0::bigint, 'x' $$;
RESET ROLE;
SELECT count(*) OPERATOR(pg_catalog.>) 400 AS rules FROM cs_trap.commerce_seed_verify();
DROP FUNCTION cs_trap.commerce_seed_verify_rules(integer);
SET ROLE cs_mallory;
ALTER TABLE cs_trap.suppliers DROP CONSTRAINT ck_snoop;
ALTER TABLE cs_trap.seed_info DROP CONSTRAINT ck_snoop_info;
DROP INDEX cs_trap.uq_snoop;
RESET ROLE;

-- A trigger: a seed would fire TRUNCATE triggers with the caller's rights and
-- skip the others, so an enabled user trigger is refused; disabled, it is not.
SET ROLE cs_mallory;
CREATE FUNCTION cs_trap.on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cs_trap.captured VALUES ('truncate trigger', current_user);
    RETURN NULL;
END $$;
CREATE TRIGGER tr_snoop AFTER TRUNCATE ON cs_trap.reviews
    FOR EACH STATEMENT EXECUTE FUNCTION cs_trap.on_truncate();
RESET ROLE;
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
ALTER TABLE cs_trap.reviews DISABLE TRIGGER tr_snoop;
-- seed_info too, although it is written through the executor (an INSERT
-- trigger would run with the caller's rights)
CREATE TRIGGER tr_snoop_info AFTER INSERT ON cs_trap.seed_info
    FOR EACH STATEMENT EXECUTE FUNCTION cs_trap.on_truncate();
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
DROP TRIGGER tr_snoop_info ON cs_trap.seed_info;
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
-- the row in seed_info is inserted as its owner, whose rights are checked
-- before the first change, not after the whole load
REVOKE INSERT ON cs_trap.seed_info FROM cs_mallory;
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
GRANT INSERT ON cs_trap.seed_info TO cs_mallory;
SELECT what, as_superuser, as_mallory FROM public.cs_ran WHERE what OPERATOR(pg_catalog.=) 'truncate trigger';
-- (the trigger records when it fires: the empty answer above is not for
-- want of a working trap)
ALTER TABLE cs_trap.reviews ENABLE TRIGGER tr_snoop;
BEGIN;
TRUNCATE cs_trap.reviews;
SELECT what, as_superuser, as_mallory FROM public.cs_ran WHERE what OPERATOR(pg_catalog.=) 'truncate trigger';
ROLLBACK;
DROP TRIGGER tr_snoop ON cs_trap.reviews;

-- Inheritance children: the TRUNCATE would reach them and fire their
-- triggers with the caller's rights, so a table with children is refused.
SET ROLE cs_mallory;
CREATE TABLE cs_trap.info_child () INHERITS (cs_trap.seed_info);
CREATE TRIGGER tr_child AFTER TRUNCATE ON cs_trap.info_child
    FOR EACH STATEMENT EXECUTE FUNCTION cs_trap.on_truncate();
RESET ROLE;
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
SET ROLE cs_mallory;
DROP TABLE cs_trap.info_child;
CREATE TABLE cs_trap.order_child () INHERITS (cs_trap.orders);
RESET ROLE;
SELECT count(*) FROM cs_trap.commerce_seed(1, 42);
SET ROLE cs_mallory;
DROP TABLE cs_trap.order_child;
RESET ROLE;
SELECT what, as_superuser, as_mallory FROM public.cs_ran
 WHERE what OPERATOR(pg_catalog.~) 'trigger|look-alike';

--
-- 4. Row-level security, as for an INSERT by the same role: the owner may seed
-- a table with it enabled, but not forced; a superuser (BYPASSRLS) even when
-- forced.  Another role with every right on the tables is refused (it must
-- own the materialized views, which only their owner may refresh), and verify
-- refuses it too, since the owner would count rows the policies hide from it.
--
GRANT USAGE ON SCHEMA cs_trap TO cs_mallory;
ALTER TABLE cs_trap.reviews ENABLE ROW LEVEL SECURITY;
SET ROLE cs_mallory;
SELECT count(*) AS tables FROM cs_trap.commerce_seed(1, 42);
RESET ROLE;
ALTER TABLE cs_trap.reviews FORCE ROW LEVEL SECURITY;
SET ROLE cs_mallory;
SELECT count(*) AS tables FROM cs_trap.commerce_seed(1, 42);
RESET ROLE;
SELECT count(*) AS tables FROM cs_trap.commerce_seed(1, 42);
CREATE ROLE cs_writer;
GRANT USAGE ON SCHEMA cs_trap TO cs_writer;
GRANT ALL ON ALL TABLES IN SCHEMA cs_trap TO cs_writer;
ALTER TABLE cs_trap.reviews NO FORCE ROW LEVEL SECURITY;
SET ROLE cs_writer;
SELECT count(*) AS tables FROM cs_trap.commerce_seed(1, 42);
-- verify and fingerprint count rows the policies would hide: refused too
SELECT count(*) FROM cs_trap.commerce_seed_verify();
RESET ROLE;
ALTER TABLE cs_trap.reviews DISABLE ROW LEVEL SECURITY;
-- SELECT on the tables and views is all verify and fingerprint need (the
-- sequences are read as the owner)
CREATE ROLE cs_reader;
GRANT USAGE ON SCHEMA cs_trap TO cs_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA cs_trap TO cs_reader;
SET ROLE cs_reader;
SELECT count(*) AS rules, count(*) FILTER (WHERE violations OPERATOR(pg_catalog.<>) 0) AS violated
  FROM cs_trap.commerce_seed_verify();
SELECT count(*) AS tables FROM cs_trap.commerce_seed_fingerprint();
RESET ROLE;
REVOKE SELECT ON cs_trap.orders FROM cs_reader;
SET ROLE cs_reader;
SELECT count(*) FROM cs_trap.commerce_seed_verify();
RESET ROLE;
-- relations of two owners: refused, naming both (a view of another owner
-- could run that owner's code inside the rules)
ALTER VIEW cs_trap.v_sales_daily OWNER TO cs_writer;
SELECT count(*) FROM cs_trap.commerce_seed_verify();
ALTER VIEW cs_trap.v_sales_daily OWNER TO cs_mallory;
ALTER TABLE cs_trap.orders OWNER TO cs_writer;
SELECT count(*) FROM cs_trap.commerce_seed_verify();

RESET search_path;
DROP VIEW public.cs_ran;
DROP EXTENSION commerce_seed;
-- thousands of look-alikes: dropped a few hundred per transaction, so that
-- the clean-up does not depend on the size of the server's lock table
DO $$
DECLARE
    f regprocedure;
    n int := 0;
BEGIN
    FOR f IN SELECT oid::regprocedure FROM pg_proc WHERE pronamespace = 'cs_trap'::regnamespace LOOP
        EXECUTE format('DROP FUNCTION %s CASCADE', f);
        n := n + 1;
        IF n % 500 = 0 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$$;
DROP SCHEMA cs_trap CASCADE;
DROP TABLE public.cs_bound, public.cs_types;
DROP OWNED BY cs_reader, cs_writer, cs_mallory;
DROP ROLE cs_reader, cs_writer, cs_mallory;
