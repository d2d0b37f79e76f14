# t/CommerceSeedTest.pm: helpers shared by the TAP tests of commerce_seed.
#
# A node here is a PostgreSQL::Test::Cluster with the extension created in
# its "postgres" database and NOTICEs silenced (a seed reports its progress
# with them).  The checks return text, so that a test compares them with is()
# and a failure shows what differs:
#   fingerprints()   commerce_seed_fingerprint(), one "table|rows|md5" line per table
#   violations()     the rules of commerce_seed_verify() that fail ("" when clean)
#   heap_problems()  what amcheck and pg_visibility find wrong ("" when clean)
# and a seed can be run in the background, to be cancelled, disconnected or
# crashed while it works.

package CommerceSeedTest;

use strict;
use warnings;

use Exporter 'import';
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep);

our @EXPORT = qw(cs_node fingerprints violations heap_problems matview_digest
  start_seed seed_backend finish_seed wait_gone);

# A started node with the extension.  Ports: each test file passes its own
# from 5450-5459; the nodes listen on a Unix socket in a private directory
# only (no TCP), so the number does not collide with anything.
sub cs_node
{
	my ($name, $port, %params) = @_;
	my $conf = delete $params{conf} // '';
	my $node = PostgreSQL::Test::Cluster->new($name, port => $port);

	$node->init(%params);
	$node->append_conf('postgresql.conf', <<"EOC");
client_min_messages = warning
log_statement = none
$conf
EOC
	$node->start;
	$node->safe_psql('postgres', 'CREATE EXTENSION commerce_seed');
	return $node;
}

sub fingerprints
{
	my ($node, $db) = @_;
	return $node->safe_psql($db // 'postgres',
		'SELECT table_name, row_count, fingerprint FROM commerce_seed_fingerprint() ORDER BY table_name');
}

sub violations
{
	my ($node, $db) = @_;
	return $node->safe_psql($db // 'postgres',
		"SELECT rule || '=' || violations FROM commerce_seed_verify() WHERE violations <> 0 ORDER BY rule");
}

# md5 of both materialized views' rows in key order
sub matview_digest
{
	my ($node, $db) = @_;
	return $node->safe_psql($db // 'postgres', <<'EOQ');
SELECT md5(string_agg(m::text, E'\n' ORDER BY order_id)) FROM mv_order_financials m
UNION ALL
SELECT md5(string_agg(m::text, E'\n' ORDER BY sales_date)) FROM mv_daily_kpis m
EOQ
}

# The relations that belong to the extension.
my $ext_rels = <<'EOQ';
SELECT c.oid, c.relname, c.relkind
  FROM pg_depend d
  JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND d.deptype = 'e'
EOQ

# Everything amcheck and pg_visibility report for the extension's relations:
# verify_heapam on every table (with its TOAST), bt_index_parent_check with
# heapallindexed and rootdescend on every btree index, and the tuples that
# pg_check_frozen / pg_check_visible find marked frozen or visible in the
# visibility map but not so on the page.  Needs both extensions.  On a
# standby ($standby true) the indexes get bt_index_check with heapallindexed
# instead: bt_index_parent_check cannot take its lock during recovery.
sub heap_problems
{
	my ($node, $db, $standby) = @_;
	my ($index_fn, $index_check) = $standby
	  ? ('bt_index_check', 'bt_index_check(i.indexrelid, true)')
	  : ('bt_index_parent_check', 'bt_index_parent_check(i.indexrelid, true, true)');
	return $node->safe_psql($db // 'postgres', <<"EOQ");
WITH rels AS ($ext_rels)
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
SELECT '$index_fn ' || i.indexrelid::regclass || ': ' || r
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_am am ON am.oid = ic.relam AND am.amname = 'btree'
  CROSS JOIN LATERAL (SELECT ${index_check}::text AS r) x
 WHERE i.indrelid IN (SELECT oid FROM rels WHERE relkind IN ('r', 'm'))
   AND r <> ''
EOQ
}

# Start "SELECT sum(rows) FROM commerce_seed(scale, seed)" in a psql of its
# own, after the given SET statements; returns a handle for finish_seed.
sub start_seed
{
	my ($node, $scale, $seed, @settings) = @_;
	my %h = (out => '', err => '');
	my $sql = join('', map { "$_;\n" } @settings)
	  . "SELECT sum(rows) FROM commerce_seed($scale, $seed);\n";

	$h{run} = IPC::Run::start(
		[ 'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1', '-d', $node->connstr('postgres'), '-c', $sql ],
		'>', \$h{out}, '2>', \$h{err},
		IPC::Run::timeout($PostgreSQL::Test::Utils::timeout_default));
	return \%h;
}

# The pid of the backend running a seed, once it has run for $secs seconds
# and holds the ACCESS EXCLUSIVE lock of the last table it truncates (so the
# old data is gone from its point of view and it is writing the new).
sub seed_backend
{
	my ($node, $secs) = @_;
	my $q = <<"EOQ";
SELECT a.pid FROM pg_stat_activity a
 WHERE a.query LIKE '%commerce_seed(%' AND a.state = 'active'
   AND a.pid <> pg_backend_pid()
   AND now() - a.query_start >= interval '$secs s'
   AND EXISTS (SELECT 1 FROM pg_locks l
                WHERE l.pid = a.pid AND l.granted AND l.mode = 'AccessExclusiveLock'
                  AND l.relation = 'audit_events'::regclass)
EOQ
	$node->poll_query_until('postgres', "SELECT count(*) = 1 FROM ($q) s")
	  or die "no seed running";
	return $node->safe_psql('postgres', $q);
}

# Wait for the psql of start_seed to end; returns (stdout, stderr).
sub finish_seed
{
	my ($h) = @_;
	$h->{run}->finish;
	return ($h->{out}, $h->{err});
}

# Wait until backend $pid has gone, at most $secs seconds; returns the
# seconds waited, or undef if it is still there.
sub wait_gone
{
	my ($node, $pid, $secs) = @_;
	my $t0 = [ Time::HiRes::gettimeofday() ];
	while (Time::HiRes::tv_interval($t0) < $secs)
	{
		my $n = $node->safe_psql('postgres',
			"SELECT count(*) FROM pg_stat_activity WHERE pid = $pid");
		return Time::HiRes::tv_interval($t0) if $n eq '0';
		usleep(50_000);
	}
	return undef;
}

1;
