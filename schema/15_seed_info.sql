-- schema/15_seed_info.sql: what the tables hold, recorded by commerce_seed().
-- One row (none before the first seed): the arguments, the "as of" instant
-- every state in the data refers to, and when and how fast it was made.  The
-- views read the as-of instant from here instead of the clock, so that they
-- show the same rows for the same data at any time.  Also part of the update
-- from 1.0 (see the Makefile).

CREATE TABLE @extschema@.seed_info (
    scale              integer NOT NULL,
    seed               bigint NOT NULL,
    start_date         date NOT NULL,
    end_date           date NOT NULL,
    as_of              timestamptz NOT NULL,
    extension_version  text NOT NULL,
    seeded_at          timestamptz NOT NULL,
    seeded_by          name NOT NULL,
    rows               bigint NOT NULL,
    phase_ms           jsonb NOT NULL,
    settings           jsonb NOT NULL,
    frontier           jsonb,
    CONSTRAINT ck_seed_info_window CHECK (end_date >= start_date),
    CONSTRAINT ck_seed_info_phase_ms_object CHECK (pg_catalog.jsonb_typeof(phase_ms) = 'object')
);
-- at most one row: the dataset the tables hold
CREATE UNIQUE INDEX uq_seed_info_one_row ON @extschema@.seed_info ((true));
-- its row is updated by commerce_seed_advance(); with no key, logical
-- replication (a publication FOR ALL TABLES) identifies it by its whole row
ALTER TABLE @extschema@.seed_info REPLICA IDENTITY FULL;
COMMENT ON TABLE @extschema@.seed_info IS
  'The dataset the tables hold, as commerce_seed() recorded it: one row, replaced by each seed (none before the first). Not part of the data: commerce_seed_fingerprint() leaves it out.';
COMMENT ON COLUMN @extschema@.seed_info.scale IS 'The scale argument of the seed: volumes grow linearly with it (about 7,500 customers and 6,000 orders per unit over a two-year window).';
COMMENT ON COLUMN @extschema@.seed_info.seed IS 'The seed argument: the same seed, scale and window give the same data.';
COMMENT ON COLUMN @extschema@.seed_info.start_date IS 'First day of the data window, an Asia/Kolkata calendar day: the window starts at 00:00 IST on it.';
COMMENT ON COLUMN @extschema@.seed_info.end_date IS 'Last day of the data window (included), an Asia/Kolkata calendar day.';
COMMENT ON COLUMN @extschema@.seed_info.as_of IS 'The instant every state in the data is as of: the day after end_date, 00:00 IST, after a seed; the instant it was advanced to after commerce_seed_advance(). Views that need "now" (v_abandoned_carts) use it.';
COMMENT ON COLUMN @extschema@.seed_info.extension_version IS 'The extension version that generated the data (pg_extension.extversion at the time).';
COMMENT ON COLUMN @extschema@.seed_info.seeded_at IS 'When the seed ran: the start of its transaction (transaction_timestamp()), not related to as_of.';
COMMENT ON COLUMN @extschema@.seed_info.seeded_by IS 'The role that ran the seed.';
COMMENT ON COLUMN @extschema@.seed_info.rows IS 'Rows written into the 29 tables.';
COMMENT ON COLUMN @extschema@.seed_info.settings IS 'The settings the seed''s speed depends on, as they were during it: maintenance_work_mem and max_parallel_maintenance_workers (index rebuilds), and the server version.';
COMMENT ON COLUMN @extschema@.seed_info.phase_ms IS 'Milliseconds per phase of the seed: load (generation and heap writes), index_rebuild, sequences, matview_refresh, analyze, total.';
COMMENT ON COLUMN @extschema@.seed_info.frontier IS 'Where commerce_seed_advance() takes up each table: {"table": [unit, next id, next id of its companion table, last id kept]}, the first driver unit whose rows may still change after as_of and the ids it starts at. Written by the seed and by each advance.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.seed_info', '');
