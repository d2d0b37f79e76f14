#!/usr/bin/env bash
# scripts/demo.sh: from a fresh Debian 12 machine to a seeded shop.
# Installs what is needed, builds and installs the extension, starts a private
# PostgreSQL 15 cluster (named commerce_seed, port 5499, owned by postgres),
# seeds a database and shows what it made.  Run it again to reseed.
#   SCALE=10 SEED=7 bash scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-1}
SEED=${SEED:-42}
PORT=${PORT:-5499}
CLUSTER=commerce_seed

bash scripts/deps.sh
make -s clean >/dev/null
make -s
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO make -s install >/dev/null

if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "15/$CLUSTER"; then
    $SUDO pg_createcluster 15 "$CLUSTER" --port "$PORT" >/dev/null
fi
pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c {print $4}' | grep -q online ||
    $SUDO pg_ctlcluster 15 "$CLUSTER" start

PSQL=(psql -X -v ON_ERROR_STOP=1 -p "$PORT")
[ "$(id -u)" -eq 0 ] && PSQL=(runuser -u postgres -- "${PSQL[@]}")
[ "$(id -u)" -ne 0 ] && PSQL=(sudo -u postgres "${PSQL[@]}")

"${PSQL[@]}" -d postgres -qc "DROP DATABASE IF EXISTS shop" -c "CREATE DATABASE shop"
# the shop is in India: its sessions show times in IST, as the README's
# examples do (the data is timestamptz, the same instants in any zone)
"${PSQL[@]}" -d postgres -qc "ALTER DATABASE shop SET timezone = 'Asia/Kolkata'"
"${PSQL[@]}" -d shop <<SQL
\\set QUIET on
CREATE EXTENSION commerce_seed;
\\set QUIET off
\\echo '== SELECT * FROM commerce_seed($SCALE, $SEED);'
\\timing on
SELECT * FROM commerce_seed($SCALE, $SEED);
\\timing off
\\echo '== a few orders'
SELECT order_id, order_date, status, full_name, payment_method, amount, shipment_status, tracking_no
  FROM v_orders_with_payment_shipment ORDER BY order_id LIMIT 5;
\\echo '== best months'
SELECT date_trunc('month', sales_date)::date AS month, sum(orders) AS orders, sum(revenue) AS revenue
  FROM mv_daily_kpis GROUP BY 1 ORDER BY revenue DESC LIMIT 3;
\\echo '== rules broken (all should be 0)'
SELECT count(*) AS rules, sum(violations) AS violations FROM commerce_seed_verify();
\\echo '== size on disk'
SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm');
SQL
echo
echo "Connect with: runuser -u postgres -- psql -p $PORT shop"
echo "Run the workload: runuser -u postgres -- $(pg_config --bindir)/commerce_seed_workload -p $PORT -c 4 -j 2 -T 60 shop"
