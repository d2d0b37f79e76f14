# Makefile for commerce_seed (PGXS)

EXTENSION = commerce_seed
MODULE_big = commerce_seed
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
# 1.0's script is kept as shipped; the current version's is built from schema/
DATA = commerce_seed--1.0.sql
DATA_built = commerce_seed--1.1.sql commerce_seed--1.0--1.1.sql

# No floating-point contraction, so that results are the same bytes on every
# machine (an FMA rounds differently from a * b + c).
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -ffp-contract=off

# make WERROR=1: warnings are errors.  Our CI and scripts/test.sh build so;
# a user's install does not, so that a newer compiler or server header that
# finds something new warns instead of failing the install.
ifneq ($(filter-out 0,$(WERROR)),)
PG_CFLAGS += -Werror
endif

# make CS_NO_INT128=1: use the portable 64x64-bit arithmetic (src/mul64.h)
# even where the compiler has a 128-bit integer type, as a 32-bit or MSVC
# build does; the data must be the same bytes either way.
ifneq ($(filter-out 0,$(CS_NO_INT128)),)
PG_CPPFLAGS += -DCS_NO_INT128
endif

# The install script is concatenated from schema/*.sql in name order.
SCHEMA_PARTS = $(sort $(wildcard schema/*.sql))

REGRESS = schema constraints views install generator determinism stream sizes errors upgrade reliability security verify calendar realism application distributed advance
REGRESS_OPTS = --load-extension=plpgsql
# concurrent sessions (specs/*.spec, pg_isolation_regress)
ISOLATION = concurrent_seeds concurrent_readers concurrent_refresh seed_rename concurrent_advances
# crash, standby, cancel, amcheck and pg_dump (t/*.pl, PostgreSQL::Test::Cluster);
# they start servers of their own, which PostgreSQL refuses to do as root, so
# not as root (scripts/test.sh runs them as postgres)
TAP_TESTS = $(if $(filter-out 0,$(shell id -u)),1)

# The workload kit (workload/): pgbench scripts and their mix, installed in
# share/commerce_seed/workload, and the command that runs them, installed
# next to pgbench
WORKLOAD_FILES = $(wildcard workload/*.pgbench) workload/mix
SCRIPTS = workload/commerce_seed_workload

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

commerce_seed--1.1.sql: $(SCHEMA_PARTS)
	cat $^ > $@

# The update from 1.0: its own part, then the schema/ files whose objects 1.1
# adds or redefines, so that an update and a fresh install define them alike.
commerce_seed--1.0--1.1.sql: schema/update/1.0--1.1.sql schema/12_column_comments.sql schema/15_seed_info.sql schema/22_application_indexes.sql schema/30_views.sql schema/45_view_column_comments.sql schema/55_seed_overloads.sql schema/60_verify.sql schema/65_calibration.sql schema/75_workload.sql schema/80_distributed.sql schema/85_advance.sql
	cat $^ > $@

install: install-workload
uninstall: uninstall-workload

.PHONY: install-workload uninstall-workload
install-workload:
	$(MKDIR_P) '$(DESTDIR)$(datadir)/commerce_seed/workload'
	$(INSTALL_DATA) $(WORKLOAD_FILES) '$(DESTDIR)$(datadir)/commerce_seed/workload/'

uninstall-workload:
	rm -rf '$(DESTDIR)$(datadir)/commerce_seed'

# PGXS tracks no header dependencies: rebuild every object when a header
# changes (a struct's layout is shared by all of them)
$(OBJS): $(wildcard src/*.h)
