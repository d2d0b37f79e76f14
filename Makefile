# Makefile for commerce_seed (PGXS)

EXTENSION = commerce_seed
DATA_built = commerce_seed--1.0.sql

# The install script is concatenated from schema/*.sql in name order.
SCHEMA_PARTS = $(sort $(wildcard schema/*.sql))

REGRESS = schema constraints views install
REGRESS_OPTS = --load-extension=plpgsql

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

commerce_seed--1.0.sql: $(SCHEMA_PARTS)
	cat $^ > $@
