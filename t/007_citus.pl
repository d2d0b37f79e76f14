# t/007_citus.pl: the shop on a Citus cluster of a coordinator and two
# workers (doc/distributed.md).  The distributed copy is laid out by the plan,
# filled by every node for its own shards, and then holds the single-node
# shop row for row (equal digests); its views plan, its sequences go on on
# every node, verify reports every rule; commerce_seed() and
# commerce_seed_advance() refuse a table that Citus manages.  Skipped where Citus is not installed (it is not packaged for
# Debian, so CI never has it; see the README for a local build).
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $pkglibdir = `pg_config --pkglibdir`;
chomp $pkglibdir;
plan skip_all => "Citus not installed (no citus.so in $pkglibdir)"
  unless -e "$pkglibdir/citus.so";

# three servers with Citus loaded; each connects to the others over the
# Unix socket directory they share
my @nodes;
for my $i (0 .. 2)
{
	my $node = PostgreSQL::Test::Cluster->new($i ? "worker$i" : 'coordinator', port => 5459 + $i);
	$node->init;
	$node->append_conf('postgresql.conf', <<'EOC');
shared_preload_libraries = 'citus'
max_prepared_transactions = 100
citus.node_conninfo = 'sslmode=prefer'
client_min_messages = warning
EOC
	# a node's connections to itself too go through the socket directory
	$node->append_conf('postgresql.conf', "citus.local_hostname = '" . $node->host . "'");
	$node->start;
	$node->safe_psql('postgres', 'CREATE EXTENSION citus');
	push @nodes, $node;
}
my ($coord, @workers) = @nodes;
my $host = $coord->host;
$coord->safe_psql('postgres', "SELECT citus_set_coordinator_host('$host', " . $coord->port . ')');
$coord->safe_psql('postgres', "SELECT citus_add_node('$host', " . $_->port . ')') for @workers;
is($coord->safe_psql('postgres', 'SELECT count(*) FROM citus_get_active_worker_nodes()'), '2', 'two workers');

# the extension, on every node (Citus creates it on the workers), and the
# single-node shop in the extension's own tables on the coordinator
$coord->safe_psql('postgres', 'CREATE EXTENSION commerce_seed');
is($workers[1]->safe_psql('postgres', "SELECT extversion FROM pg_extension WHERE extname = 'commerce_seed'"),
	$coord->safe_psql('postgres', "SELECT extversion FROM pg_extension WHERE extname = 'commerce_seed'"),
	'the extension is on the workers');
my $args = "1, 5, '2024-01-01', '2024-03-31'";
$coord->safe_psql('postgres', "SELECT count(*) FROM commerce_seed($args)");

# the copy, laid out and filled
my $left_out = $coord->safe_psql('postgres',
	"SELECT count(*) FROM commerce_seed_create_schema('shop') WHERE action = 'left out'");
ok($left_out > 0, "the copy leaves out $left_out keys and foreign keys Citus cannot enforce");
is( $coord->safe_psql(
		'postgres',
		"SELECT string_agg(method || ':' || shards, ',' ORDER BY method) FROM
		   (SELECT DISTINCT method, shards FROM commerce_seed_distribute('shop', 4)) s"),
	'hash:4,reference:1',
	'distributed as planned, 4 shards a table');
my $filled = $coord->safe_psql('postgres',
	"SELECT string_agg(table_name || '=' || rows || '/' || nodes, ',' ORDER BY table_name)
	   FROM commerce_seed_distributed('shop', $args)");
like($filled, qr/^addresses=\d+\/2,/, 'a distributed table is written by the two workers');
# as many products as the single-node seed of the same arguments has (those listed by its end)
my $products = $coord->safe_psql('postgres', 'SELECT count(*) FROM products');
like($filled, qr/,products=$products\/3,/, 'a reference table is written by all three nodes');

# every worker holds its part of the big tables
for my $w (@workers)
{
	is( $w->safe_psql(
			'postgres', q{
		SET citus.show_shards_for_app_name_prefixes = '*';
		SELECT count(*) FROM pg_dist_shard s JOIN pg_dist_placement p USING (shardid)
		 WHERE p.groupid = (SELECT groupid FROM pg_dist_local_group) AND s.shardminvalue IS NOT NULL
		   AND s.logicalrelid::text IN ('shop.customers', 'shop.orders', 'shop.order_items', 'shop.user_sessions')
		   AND NOT EXISTS (SELECT 1 FROM pg_class c
		                    WHERE c.oid = to_regclass(shard_name(s.logicalrelid, s.shardid)) AND c.reltuples > 0)}),
		'0',
		'worker ' . $w->port . ': each of its shards of customers, orders, order lines and sessions has rows');
}

# row for row the single-node shop
is( $coord->safe_psql(
		'postgres', q{
	SELECT count(*) FILTER (WHERE a.row_count = b.row_count AND a.digest = b.digest) || ' of ' || count(*)
	  FROM commerce_seed_digest() a JOIN commerce_seed_digest('shop') b USING (table_name)}),
	'29 of 29',
	'every table of the distributed shop has the single-node digest');

# the dates reach the nodes as dates whatever the caller's DateStyle: a
# second fill from a session reading day before month gives the same rows
$coord->safe_psql('postgres', "SET DateStyle = 'SQL, DMY'; SELECT count(*) FROM commerce_seed_distributed('shop', $args)");
is( $coord->safe_psql(
		'postgres', q{
	SELECT count(*) FILTER (WHERE a.row_count = b.row_count AND a.digest = b.digest)
	  FROM commerce_seed_digest() a JOIN commerce_seed_digest('shop') b USING (table_name)}),
	'29',
	'a fill from a session with DateStyle SQL, DMY gives the same digests');

# only the copy's owner fills it: its constraints and triggers are its owner's code
$coord->safe_psql('postgres', 'CREATE ROLE cs_citus_other SUPERUSER');
my ($r1, $o1, $e1) = $coord->psql('postgres',
	"SET ROLE cs_citus_other; SELECT count(*) FROM commerce_seed_distributed('shop', $args)");
like($e1, qr/must be owner of relation shop\.\w+ to run commerce_seed_distributed\(\)/,
	'another role, even a superuser, may not fill the copy');

# the views plan on the cluster
my $views = $coord->safe_psql('postgres', q{
	SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class c
	 WHERE c.relnamespace = 'shop'::regnamespace AND c.relkind IN ('v', 'm')});
for my $v (split / /, $views)
{
	my ($ret, $out, $err) = $coord->psql('postgres', "SELECT count(*) FROM shop.$v");
	is($ret, 0, "view $v runs on the cluster") or diag $err;
}
is($coord->safe_psql('postgres', 'SELECT count(*) FROM shop.v_orders_with_payment_shipment'),
	$coord->safe_psql('postgres', 'SELECT count(*) FROM public.v_orders_with_payment_shipment'),
	'v_orders_with_payment_shipment: the single-node rows');

# sequences go on on the coordinator past the ids, and on a worker in its own range
my $next = $coord->safe_psql('postgres',
	"SELECT nextval(pg_get_serial_sequence('shop.customers', 'customer_id')) = (SELECT max(customer_id) + 1 FROM public.customers)");
is($next, 't', 'the coordinator\'s sequence continues after the last id');
my $on_worker = $workers[0]->safe_psql('postgres', q{
	INSERT INTO shop.customers (full_name, email, status, marketing_opt_in)
	VALUES ('Worker Signup', 'worker.signup@example.com', 'active', false) RETURNING customer_id});
ok($on_worker > $coord->safe_psql('postgres', 'SELECT max(customer_id) FROM public.customers'),
	"a worker's insert takes an id of its own range ($on_worker)");
$workers[0]->safe_psql('postgres', "DELETE FROM shop.customers WHERE customer_id = $on_worker");

# verify: one row per rule of the extension, none violated; the rules whose
# query Citus cannot plan are counted over their tables gathered on the
# coordinator, and say so
my $report = $coord->safe_psql('postgres', q{
	SELECT count(*) || ' ' || count(*) FILTER (WHERE violations > 0) || ' ' || count(*) FILTER (WHERE violations IS NULL)
	       || ' ' || count(*) FILTER (WHERE description LIKE '%(counted over its tables gathered on one node: %)')
	  FROM commerce_seed_verify_schema('shop')});
my ($rules, $failing, $not_run, $gathered) = split / /, $report;
is($rules, $coord->safe_psql('postgres', 'SELECT count(*) FROM commerce_seed_verify()'), 'verify reports every rule');
is($failing, '0', 'no rule violated');
is($not_run, '0', "every rule counted ($gathered over their tables gathered on the coordinator)");
ok($gathered < $rules / 10, 'most rules run on the cluster as they are');

# a table of the extension that Citus manages is refused by commerce_seed(),
# which changes nothing
$coord->safe_psql('postgres', "SELECT create_distributed_table('public.audit_events', 'event_id')");
my ($ret, $out, $err) = $coord->psql('postgres', 'SELECT count(*) FROM commerce_seed(1, 6)');
like($err, qr/cannot seed table "audit_events" because Citus manages it/, 'commerce_seed() refuses a distributed table');
is($coord->safe_psql('postgres', 'SELECT seed FROM seed_info'), '5', 'and changes nothing');
# so is commerce_seed_advance(): Citus keeps the rows on the workers
my $as_of = $coord->safe_psql('postgres', 'SELECT as_of FROM seed_info');
($ret, $out, $err) = $coord->psql('postgres', "SELECT count(*) FROM commerce_seed_advance(interval '1 day')");
like($err, qr/cannot advance table "audit_events" because Citus manages it/, 'commerce_seed_advance() refuses a distributed table');
is($coord->safe_psql('postgres', 'SELECT as_of FROM seed_info'), $as_of, 'and changes nothing');

done_testing();
