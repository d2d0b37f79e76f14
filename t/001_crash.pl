# t/001_crash.pl: crash safety.  A seed that committed survives an immediate
# shutdown (no checkpoint: recovery rebuilds it from WAL and the synced
# storage); a seed that crashes in the middle, by kill -9 of its backend or an
# immediate shutdown of the server, leaves after recovery the previous dataset
# exactly as it was.  Both under wal_level minimal (new storage is synced at
# commit instead of WAL-logged) and replica (every page WAL-logged).
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep);

# restart_after_crash: a backend killed by kill -9 takes the server through
# crash recovery, as in production (the test framework turns it off)
my $node = cs_node('crash', 5452, conf => "restart_after_crash = on");
$node->safe_psql('postgres', 'CREATE EXTENSION amcheck; CREATE EXTENSION pg_visibility');

# the server is back and has finished crash recovery.  The query goes on
# psql's command line: poll_query_until() writes it to psql's standard input,
# and a psql that the reinitializing server turns away can exit before
# reading it, which kills the whole test with a broken pipe on a busy machine.
sub recovered
{
	for (my $i = 0; $i < 10 * $PostgreSQL::Test::Utils::timeout_default; $i++)
	{
		my ($out, $err) = run_command(
			[ 'psql', '-XAtq', '-d', $node->connstr('postgres'), '-c', 'SELECT NOT pg_is_in_recovery()' ]);
		return if $out =~ /^t$/m;
		usleep(100_000);
	}
	die "server did not come back";
}

# fingerprints, verify, amcheck and pg_visibility after a crash
sub intact
{
	my ($fp, $what) = @_;
	is(fingerprints($node), $fp, "$what: fingerprints equal");
	is(violations($node), '', "$what: commerce_seed_verify() clean");
	is(heap_problems($node), '', "$what: amcheck and pg_visibility clean");
}

for my $wal_level ('minimal', 'replica')
{
	if ($wal_level ne 'minimal')
	{
		$node->append_conf('postgresql.conf', "wal_level = $wal_level");
		$node->restart;
	}
	is($node->safe_psql('postgres', 'SHOW wal_level'), $wal_level, "running with wal_level $wal_level");

	# a committed seed, then an immediate shutdown before any checkpoint
	$node->safe_psql('postgres', 'CHECKPOINT');
	is($node->safe_psql('postgres', 'SELECT sum(rows) > 0 FROM commerce_seed(2, 11)'), 't', "$wal_level: seed");
	my $fp = fingerprints($node);
	$node->stop('immediate');
	$node->start;
	intact($fp, "$wal_level: committed seed after an immediate shutdown");

	# kill -9 of the backend in the middle of a scale-200 seed
	my $h = start_seed($node, 200, 12);
	my $pid = seed_backend($node, 2);
	my $log_offset = -s $node->logfile;
	kill 'KILL', $pid;
	my ($out, $err) = finish_seed($h);
	is($out, '', "$wal_level: the killed seed returned no result");
	like($err, qr/server closed the connection unexpectedly/, "$wal_level: its client lost the connection");
	recovered();
	# "server process (PID n)" before 18, "client backend (PID n)" from 18 on
	ok($node->log_contains(qr/ \(PID $pid\) was terminated by signal 9/, $log_offset),
		"$wal_level: the server went through crash recovery");
	intact($fp, "$wal_level: kill -9 in the middle of a seed");

	# immediate shutdown of the server in the middle of a seed
	$h = start_seed($node, 200, 13);
	seed_backend($node, 2);
	$node->stop('immediate');
	($out, $err) = finish_seed($h);
	is($out, '', "$wal_level: the seed stopped by the shutdown returned no result");
	$node->start;
	recovered();
	intact($fp, "$wal_level: immediate shutdown in the middle of a seed");

	# and the next seed works
	is($node->safe_psql('postgres', 'SELECT sum(rows) > 0 FROM commerce_seed(1, 14)'), 't',
		"$wal_level: a seed after the crashes");
	is(violations($node), '', "$wal_level: verify clean after it");
}

$node->stop;
done_testing();
