# t/008_live_shop.pl: what logical decoding sees of commerce_seed_advance().
# A publisher's advances reach a copy of its database on a subscriber
# (pgoutput, the built-in logical replication) and leave the copy with the
# publisher's fingerprints and seed_info; a test_decoding slot shows each
# advance as one transaction, in commit order, with as many inserts and
# updates per table as the advance reported (and the refresh of the
# materialized views as their own changes).  Two servers, so TAP.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

# test_decoding is in contrib, which a server built from source may lack
my $pkglibdir = `pg_config --pkglibdir`;
chomp $pkglibdir;
plan skip_all => "test_decoding not installed (no test_decoding.so in $pkglibdir)"
  unless -e "$pkglibdir/test_decoding.so";

my $pub = cs_node('publisher', 5458, allows_streaming => 'logical');
my $sub = PostgreSQL::Test::Cluster->new('subscriber', port => 5459);
$sub->init;
$sub->append_conf('postgresql.conf', "client_min_messages = warning\n");
$sub->start;

# the copy: the publisher's database dumped (seed_info with it) and restored
$pub->safe_psql('postgres', "SELECT sum(rows) FROM commerce_seed(1, 42, '2024-01-01', '2024-03-31')");
$sub->safe_psql('postgres', 'CREATE DATABASE shop');
my $dump = PostgreSQL::Test::Utils::tempdir() . '/shop.dump';
$pub->command_ok(['pg_dump', '-Fc', '-f', $dump, '-d', $pub->connstr('postgres')], 'dump of the publisher');
$sub->command_ok(['pg_restore', '-d', $sub->connstr('shop'), $dump], 'restored on the subscriber');
is(fingerprints($sub, 'shop'), fingerprints($pub), 'the copy starts from the same data');

$pub->safe_psql('postgres', q{
	CREATE PUBLICATION shop FOR ALL TABLES;
	SELECT pg_create_logical_replication_slot('watch', 'test_decoding');
});
my $connstr = $pub->connstr . ' dbname=postgres';
$sub->safe_psql('shop',
	"CREATE SUBSCRIPTION shop CONNECTION '$connstr' PUBLICATION shop WITH (copy_data = false)");
$pub->wait_for_catchup('shop');

# three advances: a day, an afternoon, a few minutes; each reports its rows per table
my @steps = ("timestamptz '2024-04-02 00:00+05:30'", "interval '7 hours'", "interval '5 minutes'");
my @reported;
for my $step (@steps)
{
	push @reported, $pub->safe_psql('postgres', qq{
		SELECT table_name || ' ' || inserted || ' ' || updated || ' ' || deleted
		  FROM commerce_seed_advance($step) WHERE inserted + updated + deleted > 0 ORDER BY 1});
}
$pub->wait_for_catchup('shop');
is(fingerprints($sub, 'shop'), fingerprints($pub), 'after three advances the copy has the publisher\'s fingerprints');
is($sub->safe_psql('shop', 'SELECT as_of, end_date, rows, frontier FROM seed_info'),
	$pub->safe_psql('postgres', 'SELECT as_of, end_date, rows, frontier FROM seed_info'), 'and its seed_info');
is(violations($pub), '', 'commerce_seed_verify() is clean on the publisher');

# test_decoding: one transaction per advance, in commit order
my $changes = $pub->safe_psql('postgres',
	"SELECT data FROM pg_logical_slot_get_changes('watch', NULL, NULL, 'include-xids', '0')");
my @txns;
for my $line (split /\n/, $changes)
{
	if ($line eq 'BEGIN')
	{
		push @txns, { as_of => '', counts => {} };
		next;
	}
	next if $line eq 'COMMIT';
	my ($table, $op) = $line =~ /^table public\.(\w+): (INSERT|UPDATE|DELETE):/ or next;
	$txns[-1]{counts}{$table}{$op}++;
	$txns[-1]{as_of} = $1 if $table eq 'seed_info' && $line =~ /as_of\[timestamp with time zone\]:'([^']+)'/;
}
is(scalar @txns, scalar @steps, 'each advance is one transaction');
for my $i (0 .. $#steps)
{
	my $seen = join "\n", map {
		my $c = $txns[$i]{counts}{$_};
		"$_ " . ($c->{INSERT} // 0) . ' ' . ($c->{UPDATE} // 0) . ' ' . ($c->{DELETE} // 0)
	} sort grep { $_ ne 'seed_info' && !/^mv_/ } keys %{ $txns[$i]{counts} };
	is($seen, $reported[$i], "advance " . ($i + 1) . ": the decoded inserts and updates per table are the reported ones");
	is($txns[$i]{counts}{seed_info}{UPDATE}, 1, "advance " . ($i + 1) . ": seed_info updated once");
}
ok($txns[0]{as_of} lt $txns[1]{as_of} && $txns[1]{as_of} lt $txns[2]{as_of},
	'in commit order: the as-of instants grow');

done_testing();
