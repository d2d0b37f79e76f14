# t/006_progress.pl: a long seed can be watched.  While it runs, another
# session sees it in pg_stat_progress_copy (the table being loaded, rows and
# bytes so far), and the seeding session gets a NOTICE per table and per
# phase; when it is over, the progress row is gone.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = cs_node('progress', 5458);

# the query the README gives for watching a seed from another session
my $watch = <<'EOQ';
SELECT p.relid::regclass AS loading, p.tuples_processed, p.bytes_processed
  FROM pg_stat_progress_copy p
  JOIN pg_stat_activity a USING (pid)
 WHERE a.query LIKE '%commerce_seed(%' AND p.command = 'COPY FROM'
EOQ

my $seed = start_seed($node, 40, 42, 'SET client_min_messages = notice');

# the orders pass is the longest: it must show up with rows and bytes growing
ok( $node->poll_query_until('postgres',
		"SELECT count(*) = 1 FROM ($watch) w WHERE loading = 'orders'::regclass AND tuples_processed > 0 AND bytes_processed > 0"),
	'another session sees the orders pass in pg_stat_progress_copy');
# (a second reading of the same pass, larger than the first: a counter set
# only once, or only at the end of the pass, never shows as two values)
my $first = $node->safe_psql('postgres', "SELECT tuples_processed FROM ($watch) w WHERE loading = 'orders'::regclass");
$node->poll_query_until('postgres',
	"SELECT count(*) = 0 OR bool_and(loading <> 'orders'::regclass OR tuples_processed <> " . ($first || 0) . ") FROM ($watch) w");
my $second = $node->safe_psql('postgres', "SELECT tuples_processed FROM ($watch) w WHERE loading = 'orders'::regclass");
like($first, qr/^\d+$/, 'a first reading of the orders pass');
cmp_ok($second || 0, '>', $first || 0, "the rows processed grow while the pass runs ($first, then $second)");

my ($out, $err) = finish_seed($seed);
like($out, qr/^\d+$/, 'the seed completed') or diag($err);
like($err, qr/NOTICE:  commerce_seed: orders: 240000 rows/, 'a NOTICE per table with its rows');
like($err, qr/NOTICE:  commerce_seed: pass over orders: \d+ rows in \d+ ms \(\d+ rows\/s\)/, 'a NOTICE per pass with its time and rate');
like($err, qr/NOTICE:  commerce_seed: index rebuild done in \d+ ms/, 'a NOTICE for the index rebuild');
like($err, qr/NOTICE:  commerce_seed: materialized view refresh done in \d+ ms/, 'a NOTICE for the refresh');
like($err, qr/NOTICE:  commerce_seed: analyze done in \d+ ms/, 'a NOTICE for ANALYZE');
is($node->safe_psql('postgres', "SELECT count(*) FROM pg_stat_progress_copy"), '0', 'no progress row once the seed is over');

done_testing();
