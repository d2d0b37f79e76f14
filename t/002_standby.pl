# t/002_standby.pl: replica safety.  A streaming standby made from a base
# backup replays seeds and shows the same fingerprints, materialized views
# and clean heap checks as the primary; a seed the primary rolls back or
# cancels changes nothing on the standby.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = cs_node('primary', 5453, allows_streaming => 1);
$primary->safe_psql('postgres', 'CREATE EXTENSION amcheck; CREATE EXTENSION pg_visibility');
$primary->safe_psql('postgres', 'SELECT commerce_seed(1, 21)');

$primary->backup('base');
my $standby = PostgreSQL::Test::Cluster->new('standby', port => 5454);
$standby->init_from_backup($primary, 'base', has_streaming => 1);
$standby->start;

# everything the standby should show the same as the primary
sub same_on_standby
{
	my ($what) = @_;
	$primary->wait_for_catchup($standby, 'replay', $primary->lsn('insert'));
	is($standby->safe_psql('postgres', 'SELECT pg_is_in_recovery()'), 't', "$what: standby still in recovery");
	is(fingerprints($standby), fingerprints($primary), "$what: standby fingerprints equal the primary's");
	is(matview_digest($standby), matview_digest($primary), "$what: materialized views equal");
	is(violations($standby), '', "$what: commerce_seed_verify() clean on the standby");
	is(heap_problems($standby, 'postgres', 1), '', "$what: verify_heapam and pg_visibility clean on the standby");
}

same_on_standby('base backup');

is($primary->safe_psql('postgres', 'SELECT sum(rows) > 0 FROM commerce_seed(2, 22)'), 't', 'seed on the primary');
my $fp = fingerprints($primary);
same_on_standby('after a seed');

# a seed rolled back on the primary leaves the standby as it was
$primary->safe_psql('postgres', 'BEGIN; SELECT commerce_seed(1, 23); ROLLBACK;');
same_on_standby('after a rolled back seed');
is(fingerprints($standby), $fp, 'rolled back seed: the standby still has the previous data');

# a cancelled seed too
my ($ret, $out, $err) = $primary->psql('postgres',
	"SET statement_timeout = '2s'; SELECT commerce_seed(200, 24)");
like($err, qr/canceling statement due to statement timeout/, 'a seed cancelled on the primary');
same_on_standby('after a cancelled seed');
is(fingerprints($standby), $fp, 'cancelled seed: the standby still has the previous data');

# the standby, promoted, has a dataset it can seed again
$standby->promote;
$standby->poll_query_until('postgres', 'SELECT NOT pg_is_in_recovery()') or die 'promotion failed';
is(fingerprints($standby), $fp, 'promoted standby keeps the data');
is(heap_problems($standby), '', 'promoted standby: amcheck (with the index checks) clean');
is($standby->safe_psql('postgres', 'SELECT sum(rows) > 0 FROM commerce_seed(2, 22)'), 't', 'seed on the promoted standby');
is(fingerprints($standby), $fp, 'the same seed on the promoted standby gives the same fingerprints');

$standby->stop;
$primary->stop;
done_testing();
