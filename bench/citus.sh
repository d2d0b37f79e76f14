#!/usr/bin/env bash
# bench/citus.sh: the figures of the README's "Scaling out" section.
#
#   bash bench/citus.sh SCALE
#
# Against a running Citus cluster whose nodes are all on this machine (the
# loopback traffic is read from /proc/net/dev around each call, so only a
# cluster on loopback gives a meaningful figure), in database postgres:
#   PGBIN   bin directory of the PostgreSQL with Citus (default: pg_config's)
#   PGHOST  socket directory or host of the nodes (default /tmp)
#   COORD   coordinator port (default 9700); WORKERS ports (default "9701 9702")
# It drops and recreates the extension in that database (and with it the
# copy in schema shop), seeds the single-node shop, then creates, distributes
# and fills the copy, and compares the digests.  maintenance_work_mem is set
# to 512MB on every node (ALTER SYSTEM).  Run it as a superuser's OS user, or
# as root (psql then runs as postgres).
set -euo pipefail
S=${1:?usage: bench/citus.sh SCALE}
PGBIN=${PGBIN:-$(pg_config --bindir)}
PGHOST=${PGHOST:-/tmp}
COORD=${COORD:-9700}
WORKERS=${WORKERS:-"9701 9702"}
as=()
[ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
q() { local port=$1; shift; (cd /; "${as[@]}" "$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$port" -U postgres -d postgres "$@"); }
lo() { awk '/^ *lo:/ {print $2}' /proc/net/dev; }
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }

for port in $COORD $WORKERS; do
    q "$port" -c "ALTER SYSTEM SET maintenance_work_mem = '512MB'" -c "SELECT pg_reload_conf()" >/dev/null
done
q "$COORD" -c "SET client_min_messages = warning; DROP EXTENSION IF EXISTS commerce_seed CASCADE;
               DROP SCHEMA IF EXISTS shop CASCADE; CREATE EXTENSION commerce_seed"

t0=$(now)
rows=$(q "$COORD" -c "SET client_min_messages = warning; SELECT sum(rows) FROM commerce_seed($S, 42)")
t1=$(now)
echo "single-node seed (the extension's tables, on the coordinator): $rows rows in $(secs "$t0" "$t1") s"

q "$COORD" -c "SET client_min_messages = warning; SELECT count(*) FROM commerce_seed_create_schema('shop')" >/dev/null
q "$COORD" -c "SET client_min_messages = warning; SELECT count(*) FROM commerce_seed_distribute('shop')" >/dev/null

# the fill alone: every node its own shards
b0=$(lo); t0=$(now)
q "$COORD" -c "SELECT count(*) FILTER (WHERE success) || ' of ' || count(*) || ' nodes'
                 FROM run_command_on_all_nodes(\$\$SELECT public.commerce_seed_fill_node('shop', $S, 42, '2023-01-01', '2024-12-31')\$\$)"
t1=$(now); b1=$(lo)
echo "fill: $(secs "$t0" "$t1") s, loopback traffic $(( (b1 - b0) / 1024 )) KiB"

# the whole call, as a user makes it
b0=$(lo); t0=$(now)
q "$COORD" -c "SELECT sum(rows) FROM commerce_seed_distributed('shop', $S, 42)" 2>&1 | tail -2
t1=$(now); b1=$(lo)
echo "commerce_seed_distributed(): $(secs "$t0" "$t1") s, loopback traffic $(( (b1 - b0) / 1024 )) KiB"
for port in $WORKERS; do
    echo "worker $port: $(q "$port" -c "SET citus.show_shards_for_app_name_prefixes = '*';
        SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname = 'shop'") rows"
done

b0=$(lo); t0=$(now)
q "$COORD" -c "SELECT count(*) FILTER (WHERE a.digest = b.digest AND a.row_count = b.row_count) || ' of ' || count(*) || ' digests equal'
                 FROM commerce_seed_digest() a JOIN commerce_seed_digest('shop') b USING (table_name)"
t1=$(now); b1=$(lo)
echo "digests: $(secs "$t0" "$t1") s, loopback traffic $(( (b1 - b0) / 1024 )) KiB"

t0=$(now)
q "$COORD" -c "SET client_min_messages = warning;
               SELECT count(*) || ' rules, ' || count(*) FILTER (WHERE violations = 0) || ' at 0, '
                      || count(*) FILTER (WHERE description LIKE '%gathered on one node%') || ' over gathered copies'
                 FROM commerce_seed_verify_schema('shop')"
t1=$(now)
echo "verify_schema: $(secs "$t0" "$t1") s"
