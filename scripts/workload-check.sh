#!/usr/bin/env bash
# scripts/workload-check.sh: the workload kit, run as a user runs it, leaves a
# shop that every application-level rule still holds for.
#
#   pg_virtualenv -t bash scripts/workload-check.sh
#
# Runs against the server given by the PG* environment variables, as a
# superuser, with the extension installed (make install, which also installs
# the kit and commerce_seed_workload next to pgbench).  In a fresh database
# it seeds scale 1 (seed 4, below), runs commerce_seed_workload with 4 clients for a fixed
# number of transactions each (not a fixed time, so that a slow machine runs
# the same test), then briefly in pgbench's prepared and extended query
# modes, and fails unless pgbench reports no failed or aborted transaction,
# every script of the mix ran, the shop moved (orders placed,
# parcels delivered, reviews written ...), and commerce_seed_verify
# ('application') finds no violation.
set -euo pipefail
cd "$(dirname "$0")/.."

TRANSACTIONS=${TRANSACTIONS:-1000}
# seed 4: its scale-1 shop has, besides every ordinary state, a prepaid order
# still waiting for its payment with its parcel already made (one the seed
# cancels later), which the kit must neither pay nor send (seed 42's has none)
SEED=${SEED:-4}
db=commerce_seed_workload_check
bindir=$(pg_config --bindir)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
"${PSQL[@]}" -d "$db" -c "SET client_min_messages = warning" \
    -c "CREATE EXTENSION commerce_seed" -c "SELECT count(*) FROM commerce_seed(1, $SEED)" >/dev/null
before=$("${PSQL[@]}" -At -d "$db" -c "SELECT (SELECT count(*) FROM orders) || ' ' || (SELECT count(*) FROM reviews)")

status=0
"$bindir/commerce_seed_workload" -c 4 -j 2 -t "$TRANSACTIONS" "$db" >"$out" 2>&1 || status=$?
grep -E '^(transaction type|number of|latency average|tps)' "$out" || true
fail() { echo "workload check: $*"; cat "$out"; exit 1; }
[ "$status" -eq 0 ] || fail "pgbench exited with status $status"
! grep -q 'aborted' "$out" || fail "a client was aborted"
grep -q '^number of failed transactions: 0 ' "$out" || fail "failed transactions"
processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")
[ "$processed" = "$((4 * TRANSACTIONS))" ] || fail "processed $processed transactions, not $((4 * TRANSACTIONS))"
# every script of the mix ran at least once
scripts=$(grep -cv '^\(#\|$\)' workload/mix)
ran=$(grep -cE '^ - [1-9][0-9]* transactions' "$out")
[ "$ran" -eq "$scripts" ] || fail "$ran of the $scripts scripts ran"

# pgbench's other query modes send the variables as typed parameters:
# every script must say the types it means (as it must anyway, so that no
# function or operator on the search_path is picked over the intended one)
for mode in prepared extended; do
    status=0
    "$bindir/commerce_seed_workload" -M "$mode" -c 2 -t 100 "$db" >"$out" 2>&1 || status=$?
    [ "$status" -eq 0 ] || fail "pgbench -M $mode exited with status $status"
    grep -q '^number of failed transactions: 0 ' "$out" || fail "failed transactions with -M $mode"
    echo "-M $mode: $(grep '^number of transactions actually processed' "$out")"
done

# the shop moved, and no rule an application must keep is broken: the
# figures and the broken rules, then a last line "moved N" counting what is
# wrong (0: nothing), with the rules run once
read -r orders_before reviews_before <<<"$before"
report=$("${PSQL[@]}" -d "$db" -At -F ' ' <<SQL
WITH f AS (
    SELECT (SELECT count(*) FROM orders) - $orders_before AS placed,
           (SELECT count(*) FROM reviews) - $reviews_before AS reviewed,
           (SELECT count(*) FROM shipments
             WHERE delivered_at > (SELECT seeded_at FROM seed_info)) AS delivered
), broken AS (
    SELECT rule, violations FROM commerce_seed_verify('application') WHERE violations <> 0
), lines AS (
    SELECT 1 AS k, 'orders placed' AS what, placed AS n FROM f
    UNION ALL SELECT 2, 'reviews written', reviewed FROM f
    UNION ALL SELECT 3, 'parcels delivered', delivered FROM f
    UNION ALL SELECT 4, 'rule ' || rule, violations FROM broken
    UNION ALL SELECT 5, 'moved', (placed <= 0)::int + (delivered = 0)::int + (SELECT count(*) FROM broken) FROM f
)
SELECT what, n FROM lines ORDER BY k, what;
SQL
) || fail "could not check the shop after the run"
echo "$report"
grep -qx 'moved 0' <<<"$report" || fail "the shop did not move, or rules are broken"
"${PSQL[@]}" -d postgres -c "DROP DATABASE $db"
echo "workload check: ok"
