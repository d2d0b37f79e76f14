#!/usr/bin/env bash
# scripts/test-pg.sh: build, install and test commerce_seed against any
# installed PostgreSQL server, given its pg_config.
#
#   bash scripts/test-pg.sh /usr/lib/postgresql/16/bin/pg_config
#   SEED_SCALE=10 bash scripts/test-pg.sh /opt/pg/17/bin/pg_config
#
# Steps, each counted as passed or failed:
#   build        make with -Wall -Wextra (PG_CFLAGS); any compiler warning fails it
#   install      make install into that server's directories
#   regress      the pg_regress suite (sql/, expected/)
#   isolation    the isolation specs (specs/, pg_isolation_regress)
#   tap          the TAP tests (t/*.pl), one count per file; TAP=0 skips them,
#                and they are skipped when the server was built without
#                --enable-tap-tests (no PostgreSQL/Test/Cluster.pm in its pgxs);
#                a file that skips itself (no Citus, no test_decoding) counts
#                as neither passed nor failed
#   seed-check   with SEED_SCALE=N: commerce_seed(N, 42), then
#                commerce_seed_verify() all zero, amcheck (verify_heapam,
#                bt_index_check with heapallindexed) and pg_visibility
#                (pg_check_frozen, pg_check_visible) clean; the fingerprints
#                are written to $FINGERPRINTS (default ./fingerprints-VERSION.txt)
#   server-log   no assertion failure (TRAP:), PANIC or crashed backend in
#                the throwaway cluster's log
#
# The regression and isolation suites and the seed check run in a throwaway
# cluster: initdb into a temporary directory, listening only on a Unix socket
# in that directory (no TCP, so its port collides with nothing), stopped and
# removed at the end.  PostgreSQL refuses to run as root, so as root the
# tree is copied to a directory owned by postgres and everything but
# "make install" runs as postgres.  Needs contrib's amcheck and
# pg_visibility for the seed check, and pg_regress and pg_isolation_regress
# installed in the server's pgxs directory (Debian: postgresql-server-dev-N;
# from source: make -C src/test/regress install, make -C src/test/isolation
# install).  Ends with the line "N passed, N failed".
set -uo pipefail

PG_CONFIG=${1:-}
if [ -z "$PG_CONFIG" ] || [ ! -x "$PG_CONFIG" ]; then
    echo "usage: scripts/test-pg.sh PATH_TO_PG_CONFIG" >&2
    exit 2
fi
PG_CONFIG=$(cd "$(dirname "$PG_CONFIG")" && pwd)/$(basename "$PG_CONFIG")
cd "$(dirname "$0")/.."
src=$(pwd)

bindir=$("$PG_CONFIG" --bindir)
version=$("$PG_CONFIG" --version)
vnum=$(echo "$version" | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
FINGERPRINTS=${FINGERPRINTS:-$src/fingerprints-$vnum.txt}
echo "== $version ($PG_CONFIG)"

work=$(mktemp -d /tmp/cs-test-pg.XXXXXX)
passed=0
failed=0
pass() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1"; failed=$((failed + 1)); }

as=()
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
fi

data=$work/data
cleanup() {
    if [ -f "$data/postmaster.pid" ]; then
        "${as[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$work"
}
trap cleanup EXIT

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

# a copy of the tree, so that the build outputs of one server never meet
# another's, owned by whoever runs the server
tree=$work/tree
mkdir "$tree"
(git ls-files -co --exclude-standard 2>/dev/null || find . -path ./.git -prune -o -type f -print) |
    tar -cf - -T - | tar -C "$tree" -xf -
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$work"
fi
mk() { (cd "$tree" && "${as[@]}" make PG_CONFIG="$PG_CONFIG" "$@"); }

# build: warnings are counted here rather than turned into errors, so that
# the log shows all of them
if mk >"$work/build.log" 2>&1; then
    warnings=$(grep -c 'warning:' "$work/build.log")
    if [ "$warnings" -eq 0 ]; then
        pass "build (0 warnings)"
    else
        grep -A3 'warning:' "$work/build.log" | head -60
        fail "build ($warnings warnings)"
    fi
else
    tail -60 "$work/build.log"
    fail "build"
    finish
fi
if (cd "$tree" && make PG_CONFIG="$PG_CONFIG" install) >"$work/install.log" 2>&1; then
    pass install
else
    tail -30 "$work/install.log"
    fail install
    finish
fi

# the throwaway cluster
if ! "${as[@]}" "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C -A trust >"$work/initdb.log" 2>&1; then
    tail -30 "$work/initdb.log"
    fail initdb
    finish
fi
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$work'
port = 5432
fsync = off
max_prepared_transactions = 10
logging_collector = off
log_min_messages = warning
EOF
if ! "${as[@]}" "$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w start >/dev/null; then
    tail -30 "$work/server.log"
    fail "server start"
    finish
fi
export PGHOST=$work PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
psql=("${as[@]}" env PGHOST="$PGHOST" PGPORT="$PGPORT" "$bindir/psql" -X -v ON_ERROR_STOP=1 -U postgres)

# regress, then isolation, each in its own run (PGXS's installcheck stops
# at the first failing suite); each test prints "test NAME ... ok" (15) or
# "ok N - NAME" (16 and later), "... FAILED" or "not ok N - NAME"
suite() {
    local name=$1 n=$2 log=$work/$1.log diffs=$3
    shift 3
    mk installcheck TAP_TESTS= "$@" >"$log" 2>&1
    local rc=$?
    grep -E '(\.\.\. +(ok|FAILED)|^(not )?ok [0-9]+ )' "$log"
    local ok bad
    ok=$(grep -cE '(\.\.\. +ok|^ok [0-9]+ )' "$log")
    bad=$(grep -cE '(\.\.\. +FAILED|^not ok [0-9]+ )' "$log")
    if [ "$ok" -eq "$n" ] && [ "$bad" -eq 0 ] && [ "$rc" -eq 0 ]; then
        pass "$name ($ok/$n)"
    else
        if [ -f "$tree/$diffs" ]; then
            head -150 "$tree/$diffs"
            cp "$tree/$diffs" "$src/test-pg-$vnum-$name.diffs"
            echo "(all of it in test-pg-$vnum-$name.diffs)"
        else
            tail -30 "$log"
        fi
        fail "$name ($ok/$n ok, $bad failed)"
    fi
}
suite regress "$(sed -n 's/^REGRESS *= *//p' Makefile | wc -w)" regression.diffs ISOLATION=
suite isolation "$(sed -n 's/^ISOLATION *= *//p' Makefile | wc -w)" output_iso/regression.diffs REGRESS=

# the seed check
if [ -n "${SEED_SCALE:-}" ]; then
    seedlog=$work/seed.log
    if "${psql[@]}" -q >"$seedlog" 2>&1 <<EOF
SET client_min_messages = warning;
CREATE DATABASE seedcheck;
\c seedcheck
SET client_min_messages = warning;
CREATE EXTENSION amcheck;
CREATE EXTENSION pg_visibility;
CREATE EXTENSION commerce_seed;
SELECT sum(rows) AS seeded_rows FROM commerce_seed($SEED_SCALE, 42);
CREATE TEMP TABLE problems (problem text);
INSERT INTO problems
SELECT 'verify ' || rule || ': ' || violations FROM commerce_seed_verify() WHERE violations <> 0;
INSERT INTO problems
WITH rels AS (
  SELECT c.oid, c.relname, c.relkind
    FROM pg_depend d
    JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
   WHERE d.refclassid = 'pg_extension'::regclass
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
     AND d.deptype = 'e')
SELECT 'verify_heapam ' || relname || ' block ' || v.blkno || ': ' || v.msg
  FROM rels CROSS JOIN LATERAL verify_heapam(rels.oid, check_toast => true) v
 WHERE relkind = 'r'
UNION ALL
SELECT 'pg_check_frozen ' || relname || ': ' || t
  FROM rels CROSS JOIN LATERAL pg_check_frozen(rels.oid) t
 WHERE relkind IN ('r', 'm')
UNION ALL
SELECT 'pg_check_visible ' || relname || ': ' || t
  FROM rels CROSS JOIN LATERAL pg_check_visible(rels.oid) t
 WHERE relkind IN ('r', 'm')
UNION ALL
SELECT 'bt_index_check ' || i.indexrelid::regclass || ': ' || r
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_am am ON am.oid = ic.relam AND am.amname = 'btree'
  CROSS JOIN LATERAL (SELECT bt_index_check(i.indexrelid, true)::text AS r) x
 WHERE i.indrelid IN (SELECT oid FROM rels WHERE relkind IN ('r', 'm'))
   AND r <> '';
SELECT * FROM problems;
\pset format unaligned
\pset tuples_only on
SELECT 'tables checked: ' || count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm');
SELECT 'btree indexes checked: ' || count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'i';
SELECT 'frozen pages: ' || sum(all_frozen::int) || ' of ' || count(*) FROM pg_class c, pg_visibility_map(c.oid) WHERE relnamespace = 'public'::regnamespace AND relkind = 'r';
SELECT 'problems: ' || count(*) FROM problems;
\o $work/fingerprints.txt
SELECT table_name || '|' || row_count || '|' || fingerprint FROM commerce_seed_fingerprint() ORDER BY table_name;
\o
EOF
    then
        cat "$seedlog"
        if grep -qx 'problems: 0' "$seedlog"; then
            pass "seed-check (scale $SEED_SCALE: verify, amcheck, pg_visibility clean)"
        else
            fail "seed-check (scale $SEED_SCALE: $(grep '^problems:' "$seedlog"))"
        fi
        cp "$work/fingerprints.txt" "$FINGERPRINTS"
        chmod 644 "$FINGERPRINTS"
        echo "fingerprints: $FINGERPRINTS (md5 of all: $(md5sum <"$FINGERPRINTS" | cut -c1-32))"
    else
        cat "$seedlog"
        fail "seed-check (scale $SEED_SCALE)"
    fi
fi

# the TAP tests start servers of their own
if [ "${TAP:-1}" != 0 ] && ls t/*.pl >/dev/null 2>&1; then
    if [ -f "$("$PG_CONFIG" --pgxs | xargs dirname)/../test/perl/PostgreSQL/Test/Cluster.pm" ]; then
        mk installcheck REGRESS= ISOLATION= TAP_TESTS=1 </dev/null >"$work/tap.log" 2>&1
        grep -E '^t/' "$work/tap.log"
        for t in t/*.pl; do
            name=$(basename "$t" .pl)
            if grep -qE "^t/$name\.pl \.+ ok$" "$work/tap.log"; then
                pass "tap $name"
            elif grep -qE "^t/$name\.pl \.+ skipped: " "$work/tap.log"; then
                # an engine this server lacks (Citus, test_decoding): neither passed nor failed
                grep -E "^t/$name\.pl \.+ skipped: " "$work/tap.log"
            else
                tail -40 "$tree/tmp_check/log/regress_log_$name" 2>/dev/null
                fail "tap $name"
            fi
        done
        # the TAP nodes' own server logs (their crashes are on purpose)
        if grep -q 'TRAP:' "$tree"/tmp_check/log/*.log 2>/dev/null; then
            grep -h 'TRAP:' "$tree"/tmp_check/log/*.log | head
            fail "tap server logs (assertion failure)"
        else
            pass "tap server logs (no assertion failure)"
        fi
    else
        echo "skipped: tap (this server was built without --enable-tap-tests)"
    fi
fi

"${as[@]}" "$bindir/pg_ctl" -D "$data" -w stop >/dev/null 2>&1
if grep -qE 'TRAP:|PANIC:|was terminated by signal' "$work/server.log"; then
    grep -E 'TRAP:|PANIC:|was terminated by signal' "$work/server.log" | head -20
    fail "server-log (assertion failure, PANIC or crash)"
else
    pass "server-log (no assertion failure, PANIC or crash)"
fi
finish
