# Makefile for commerce_seed (PGXS)

EXTENSION = commerce_seed
MODULE_big = commerce_seed
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
DATA_built = commerce_seed--1.0.sql

# Warnings are errors; no floating-point contraction, so that results are the
# same bytes on every machine (an FMA rounds differently from a * b + c).
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -ffp-contract=off

# The install script is concatenated from schema/*.sql in name order.
SCHEMA_PARTS = $(sort $(wildcard schema/*.sql))

REGRESS = schema constraints views install generator determinism errors upgrade
REGRESS_OPTS = --load-extension=plpgsql

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

commerce_seed--1.0.sql: $(SCHEMA_PARTS)
	cat $^ > $@
