-- schema/85_advance.sql: the live shop.  commerce_seed_advance() moves the
-- seeded data's clock forward, writing what happened in between through
-- the executor (triggers, row-level security, constraints and WAL as for
-- any application), so that a seed to E1 followed by an advance to E2 gives
-- exactly the tables of a seed to E2.  Also part of the update from 1.0
-- (see the Makefile).

CREATE FUNCTION @extschema@.commerce_seed_advance(
    until   timestamptz,
    refresh boolean DEFAULT true)
RETURNS TABLE (table_name text, inserted bigint, updated bigint, deleted bigint)
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'commerce_seed_advance';
COMMENT ON FUNCTION @extschema@.commerce_seed_advance(timestamptz, boolean) IS
  'Moves the seeded shop forward to the instant until: inserts the rows that came into being after seed_info.as_of and updates those that progressed, as commerce_seed() with that later end would have them (same rows, same sequences), through the executor, each table''s statements as its owner. Returns the rows inserted, updated and deleted per table (29 rows, zeros when until is as_of). refresh: also refresh the materialized views (CONCURRENTLY), which costs a pass over the data. Errors: 22023 backwards or past the 20-year window; 55000 without a seed, on data made by another version, or on rows changed or added by others that the advance would continue from; 23505 on a row added with a key the shop''s next rows take; 42501 without SELECT, INSERT and UPDATE on the tables, UPDATE on their sequences, the rights of their owners, or under row-level security; 42809 when a table is not a table; 25006 in a read-only transaction; 0A000 on a table Citus manages.';

CREATE FUNCTION @extschema@.commerce_seed_advance(
    step    interval,
    refresh boolean DEFAULT true)
RETURNS TABLE (table_name text, inserted bigint, updated bigint, deleted bigint)
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'commerce_seed_advance';
COMMENT ON FUNCTION @extschema@.commerce_seed_advance(interval, boolean) IS
  'Moves the seeded shop forward by step from seed_info.as_of (read under the advance''s lock, so concurrent calls add up); interval arithmetic in the session''s time zone. Otherwise as commerce_seed_advance(timestamptz, boolean).';

CREATE FUNCTION @extschema@.commerce_seed_advance(
    days    integer,
    refresh boolean DEFAULT true)
RETURNS TABLE (table_name text, inserted bigint, updated bigint, deleted bigint)
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'commerce_seed_advance';
COMMENT ON FUNCTION @extschema@.commerce_seed_advance(integer, boolean) IS
  'Moves the seeded shop forward by days whole days of 24 hours from seed_info.as_of. Otherwise as commerce_seed_advance(timestamptz, boolean).';
