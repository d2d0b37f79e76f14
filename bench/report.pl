#!/usr/bin/perl
# bench/report.pl: turn bench/run's raw figures into the printed table,
# bench/results/latest.csv, summary.md and chart.png.
#
#   perl bench/report.pl bench/out bench/results
#
# Reads OUT/raw.tsv (one line per measured session), OUT/machine.tsv and,
# per scale, OUT/run/sN/: the server log of the commerce_seed session (split
# into phases here), the phases timed on their own, the per-table rows and
# sizes and the sampled memory timeline.
use strict;
use warnings;

my ($out, $res) = @ARGV;
die "usage: report.pl OUTDIR RESULTSDIR\n" unless defined $res;

my %machine;
open(my $mf, '<', "$out/machine.tsv") or die "$out/machine.tsv: $!";
while (<$mf>)
{
	chomp;
	my ($k, $v) = split /\t/, $_, 2;
	$machine{$k} = $v;
}
close $mf;

# ---------------------------------------------------------------- raw figures
my (@rows, %by, %scales);
open(my $rf, '<', "$out/raw.tsv") or die "$out/raw.tsv: $!";
while (<$rf>)
{
	chomp;
	my @f = split /\t/, $_, -1;
	my %r;
	@r{qw(scale workload phase source rows secs heap wal hwm anon temp)} = @f;
	$r{$_} = ($r{$_} // '') eq '' ? undef : $r{$_} for qw(rows secs heap wal hwm anon temp);
	push @rows, \%r;
	$by{$r{scale}}{$r{workload}}{$r{phase}} = \%r;
	$scales{$r{scale}} = 1;
}
close $rf;
my @scales = sort { $a <=> $b } keys %scales;
die "no figures in $out/raw.tsv\n" unless @scales;
my $top = $scales[-1];

sub add_row
{
	my (%r) = @_;
	push @rows, \%r;
	$by{$r{scale}}{$r{workload}}{$r{phase}} = \%r;
}

# ------------------------------------------- commerce_seed phases, from the log
# commerce_seed() reports its phases itself, one NOTICE each ("commerce_seed:
# all tables: N rows in X ms", "index rebuild done in X ms", ...); the server
# log adds when each arrived (log_line_prefix %n), the statement's start and
# end, and (DEBUG1) the start of every index build.
my (%tables, %phase, %pertable, %passes);
for my $s (@scales)
{
	my $d = "$out/run/s$s";
	if (open(my $fh, '<', "$d/cs_rows.txt"))
	{
		while (<$fh>)
		{
			chomp;
			my ($t, $n) = split /\|/;
			next unless defined $n && $n =~ /^\d+$/;
			$pertable{$s}{$t}{rows} = $n;
			push @{ $tables{$s} }, $t;
		}
		close $fh;
	}
	if (open(my $fh, '<', "$d/sizes.tsv"))
	{
		while (<$fh>)
		{
			chomp;
			my ($t, $h) = split /\t/;
			$pertable{$s}{$t}{heap} = $h;
		}
		close $fh;
	}

	my ($pid, $t0, $t1) = (0, 0, 0);
	if (open(my $fh, '<', "$d/cs.pid"))
	{
		($pid, $t0, $t1) = split ' ', (<$fh> // '');
		close $fh;
	}
	my @ev;
	if ($pid && open(my $fh, '<', "$d/cs.log"))
	{
		while (my $l = <$fh>)
		{
			next unless $l =~ /^(\d+\.\d+) \[(\d+)\] (\w+):\s+(.*)$/ && $2 == $pid;
			push @ev, {t => $1, level => $3, msg => $4};
		}
		close $fh;
	}
	my ($start, $end, %n, @builds);
	for my $e (@ev)
	{
		if (!defined $start)
		{
			$start = $e->{t} if $e->{msg} =~ /^statement: SELECT table_name, rows FROM commerce_seed\(/;
			next;
		}
		my $m = $e->{msg};
		if ($m =~ /^commerce_seed: (all tables|total): (\d+) rows in (\d+) ms/)
		{
			$n{$1} = [$e->{t}, $3 / 1000];
		}
		elsif ($m =~ /^commerce_seed: (index rebuild|materialized view refresh|analyze) done in (\d+) ms/)
		{
			$n{$1} = [$e->{t}, $2 / 1000];
		}
		elsif ($m =~ /^commerce_seed: pass over (.+): (\d+) rows in (\d+) ms/)
		{
			push @{ $passes{$s} }, [$1, $2, $3 / 1000];
		}
		elsif ($m =~ /^building index "([^"]+)" on table "([^"]+)"/)
		{
			push @builds, [$e->{t}, $2, $1];
		}
		elsif ($m =~ /^duration: ([\d.]+) ms$/)
		{
			$end = $e->{t};
			last;
		}
	}
	if (grep { !exists $n{$_} } ('all tables', 'index rebuild', 'materialized view refresh', 'analyze', 'total')
		or !defined $start or !defined $end)
	{
		warn "scale $s: the commerce_seed log does not show its phase NOTICEs; only derived phases are reported\n";
		next;
	}
	my ($gen_end, $gen) = @{ $n{'all tables'} };
	my ($reb_end, $reb) = @{ $n{'index rebuild'} };
	my ($ref_end, $ref) = @{ $n{'materialized view refresh'} };
	my ($an_end, $an) = @{ $n{analyze} };
	my ($fn_end) = @{ $n{total} };
	# index builds per table during the rebuild phase
	my @rb = grep { $_->[0] >= $gen_end - 0.0005 && $_->[0] <= $reb_end + 0.0005 && $_->[1] !~ /^pg_toast/ } @builds;
	for my $i (0 .. $#rb)
	{
		my $next = $i < $#rb ? $rb[$i + 1][0] : $reb_end;
		$pertable{$s}{ $rb[$i][1] }{rebuild} += $next - $rb[$i][0];
	}
	my @b = ($start, $gen_end - $gen, $gen_end, $reb_end, $ref_end - $ref, $ref_end, $an_end, $end);
	$phase{$s} = {
		'setup + truncate' => $b[1] - $b[0],
		generate => $gen,
		index_rebuild => $reb,
		sequences => $b[4] - $b[3],
		refresh => $ref,
		analyze => $an,
		'commit' => $end - $fn_end,
		_bounds => {
			'setup + truncate' => [@b[0, 1]], generate => [@b[1, 2]], index_rebuild => [@b[2, 3]],
			sequences => [@b[3, 4]], refresh => [@b[4, 5]], analyze => [$an_end - $an, $an_end],
			'commit' => [$fn_end, $end],
		},
	};
}

# peak private memory of the commerce_seed backend within [a, b]
sub peak_anon
{
	my ($s, $a, $b) = @_;
	open(my $fh, '<', "$out/run/s$s/cs_mem.timeline") or return undef;
	my $m;
	while (<$fh>)
	{
		my ($t, $anon) = split;
		next if $t < $a || $t > $b;
		$m = $anon if !defined $m || $anon > $m;
	}
	close $fh;
	return $m;
}

sub sum { my $x = 0; $x += $_ // 0 for @_; $x }

for my $s (@scales)
{
	my $cs = $by{$s}{commerce_seed}{total} or next;
	my $heap = $cs->{heap};
	if (my $p = $phase{$s})
	{
		for my $ph ('setup + truncate', 'generate', 'index_rebuild', 'sequences', 'refresh', 'analyze', 'commit')
		{
			my ($x, $y) = @{ $p->{_bounds}{$ph} };
			add_row(scale => $s, workload => 'commerce_seed', phase => $ph,
					source => ($ph =~ /^(generate|index_rebuild|refresh|analyze)$/ ? 'function NOTICE' : 'server log'),
					rows => ($ph eq 'generate' ? $cs->{rows} : undef), secs => $p->{$ph},
					heap => ($ph eq 'generate' ? $heap : undef),
					anon => peak_anon($s, $x, $y));
		}
	}
	# the phases run again on their own, and generation derived from them
	my %rep = (reindex => 0, refresh => 0, analyze => 0);
	if (open(my $fh, '<', "$out/run/s$s/phases.txt"))
	{
		while (<$fh>)
		{
			my (undef, $what, $t, $a, $b) = split;
			next unless defined $b;
			$rep{$what} += $b - $a;
			$pertable{$s}{$t}{reindex} = $b - $a if $what eq 'reindex';
		}
		close $fh;
		add_row(scale => $s, workload => 'replicated', phase => 'index_rebuild', source => 'REINDEX TABLE each', secs => $rep{reindex});
		add_row(scale => $s, workload => 'replicated', phase => 'refresh', source => 'REFRESH both', secs => $rep{refresh});
		add_row(scale => $s, workload => 'replicated', phase => 'analyze', source => 'ANALYZE all', secs => $rep{analyze});
		# without the function's own report, generation is what the rest leaves
		add_row(scale => $s, workload => 'commerce_seed', phase => 'generate (derived)', source => 'total - replicated',
				rows => $cs->{rows}, secs => $cs->{secs} - $rep{reindex} - $rep{refresh} - $rep{analyze}, heap => $heap)
			unless $phase{$s};
	}
	for my $w (qw(copy_restore copy_restore_fk))
	{
		open(my $fh, '<', "$out/run/s$s/$w.phases.txt") or next;
		while (<$fh>)
		{
			my (undef, $what, undef, $a, $b) = split;
			next unless defined $b;
			add_row(scale => $s, workload => $w, phase => $what, source => 'session clock',
					secs => $b - $a, rows => ($what eq 'copy' ? $by{$s}{$w}{total}{rows} : undef),
					heap => ($what eq 'copy' ? $by{$s}{$w}{total}{heap} : undef));
		}
		close $fh;
	}
}

# ------------------------------------------------------------------ ratios
sub mbps { my ($r) = @_; return undef unless $r && $r->{heap} && $r->{secs}; $r->{heap} / 1048576 / $r->{secs} }
sub rps { my ($r) = @_; return undef unless $r && $r->{rows} && $r->{secs}; $r->{rows} / $r->{secs} }
sub g { my ($s, $w, $p) = @_; return $by{$s}{$w}{$p // 'total'} }
sub fmt
{
	my ($v, $d) = @_;
	return '' unless defined $v;
	$d //= 2;
	my $x = sprintf("%.${d}f", $v);
	1 while $x =~ s/^(-?\d+)(\d{3})/$1,$2/;
	return $x;
}

my @ratios;    # [scale, what, value text, target, verdict]
# the times of every run when bench/run --repeat ran a workload more than once
sub runs_of
{
	my ($s, $w) = @_;
	my @t = map { $_->{secs} } grep { $_->{scale} eq $s && $_->{workload} eq $w && $_->{phase} =~ /^run \d+$/ } @rows;
	return @t > 1 ? "$w fastest of " . scalar(@t) . ': ' . join(', ', map { sprintf('%.2f', $_) } @t) . ' s' : '';
}
sub ratio
{
	my ($s, $what, $val, $target, $ok, $detail) = @_;
	push @ratios, [$s, $what, $val, $target, defined $ok ? ($ok ? 'met' : 'NOT met') : 'n/a', $detail // ''];
}
for my $s (@scales)
{
	my $cs = g($s, 'commerce_seed');
	next unless $cs;
	if (my $r = g($s, 'copy_restore'))
	{
		my $x = $cs->{secs} / $r->{secs};
		ratio($s, 'commerce_seed / binary COPY FREEZE restore (FK triggers off), wall time',
			  sprintf('%.3fx (%s s vs %s s)', $x, fmt($cs->{secs}), fmt($r->{secs})), '<= 0.5x', $x <= 0.5,
			  join('; ', grep { $_ } runs_of($s, 'commerce_seed'), runs_of($s, 'copy_restore')));
	}
	if (my $r = g($s, 'copy_restore_fk'))
	{
		my $x = $cs->{secs} / $r->{secs};
		ratio($s, 'commerce_seed / binary COPY FREEZE restore (FK triggers on), wall time',
			  sprintf('%.3fx (%s s vs %s s)', $x, fmt($cs->{secs}), fmt($r->{secs})), '<= 0.5x', $x <= 0.5);
	}
	my $gen = g($s, 'commerce_seed', 'generate') // g($s, 'commerce_seed', 'generate (derived)');
	if ((my $p = g($s, 'pgbench_dtg', 'generate')) && $gen)
	{
		my $x = mbps($gen) / mbps($p);
		ratio($s, "generation heap MB/s / pgbench -i -I dtg (client COPY FREEZE) MB/s",
			  sprintf('%.2fx (%s vs %s MB/s)', $x, fmt(mbps($gen), 1), fmt(mbps($p), 1)), '>= 2x', $x >= 2,
			  join('; ', grep { $_ } ($gen->{phase} eq 'generate' ? "generation phase as the function reports it" : 'generation derived'),
				   runs_of($s, 'pgbench_dtg')));
	}
	if ((my $p = g($s, 'pgbench_dtG', 'generate')) && $gen)
	{
		my $x = mbps($gen) / mbps($p);
		ratio($s, "generation heap MB/s / pgbench -i -I dtG (server INSERT ... SELECT) MB/s",
			  sprintf('%.2fx (%s vs %s MB/s)', $x, fmt(mbps($gen), 1), fmt(mbps($p), 1)), '(info)', undef);
	}
	if (my $p = g($s, 'plain_seed', '5 tables'))
	{
		my $gr = g($s, 'commerce_seed', 'generate');
		my $ir = g($s, 'commerce_seed', 'index_rebuild');
		if ($gr && $ir)
		{
			my $r = $cs->{rows} / ($gr->{secs} + $ir->{secs});
			my $x = $r / rps($p);
			ratio($s, 'commerce_seed rows/s into indexed tables (generation + index rebuild) / plain-SQL seeder rows/s',
				  sprintf('%.1fx (%s vs %s rows/s)', $x, fmt($r, 0), fmt(rps($p), 0)), '>= 10x', $x >= 10);
		}
		my $x = rps($cs) / rps($p);
		ratio($s, 'commerce_seed end-to-end rows/s (29 tables, refresh, ANALYZE) / plain-SQL seeder rows/s',
			  sprintf('%.1fx (%s vs %s rows/s)', $x, fmt(rps($cs), 0), fmt(rps($p), 0)), '>= 10x', $x >= 10);
	}
	if (my $r = g($s, 'copy_restore'))
	{
		my $a = $cs->{wal} / $cs->{heap};
		my $b = $r->{wal} / $r->{heap};
		my $ok = $machine{wal_level} eq 'replica' ? ($a >= 1 && $a / $b >= 0.5 && $a / $b <= 2) : undef;
		ratio($s, 'WAL bytes per heap byte: commerce_seed vs COPY restore',
			  sprintf('%.2f vs %.2f (%s MB vs %s MB of WAL)', $a, $b, fmt($cs->{wal} / 1048576, 0), fmt($r->{wal} / 1048576, 0)),
			  'fully logged (>= 1) and in line with COPY (0.5x-2x)', $ok,
			  $machine{wal_level} eq 'replica' ? '' : 'wal_level minimal: new storage is not WAL-logged, by design');
	}
}
# scaling: time per row between the two largest scales that are >= 10
my @big = grep { $_ >= 10 } @scales;
if (@big >= 2)
{
	my ($a, $b) = @big[-2, -1];
	my ($ra, $rb) = (g($a, 'commerce_seed'), g($b, 'commerce_seed'));
	my $x = ($rb->{secs} / $rb->{rows}) / ($ra->{secs} / $ra->{rows});
	# a ratio below 0.8 means fixed costs still weigh at the smaller scale,
	# not a cost that grows faster than the data: only the upper bound fails
	ratio($b, "time per row at scale $b / at scale $a",
		  sprintf('%.2fx (%.2f vs %.2f us/row)', $x, 1e6 * $rb->{secs} / $rb->{rows}, 1e6 * $ra->{secs} / $ra->{rows}),
		  'within 20% (at most 1.2x)', $x <= 1.2,
		  $x < 0.8 ? "cheaper per row at scale $b: fixed costs (index builds, ANALYZE) weigh more at scale $a" : '');
}
if (@scales >= 2)
{
	my ($a, $b) = @scales[0, -1];
	my ($ra, $rb) = (g($a, 'commerce_seed'), g($b, 'commerce_seed'));
	if (defined $ra->{anon} && defined $rb->{anon})
	{
		my $ga = g($a, 'commerce_seed', 'generate');
		my $gb = g($b, 'commerce_seed', 'generate');
		my $gen = ($ga && $gb && defined $ga->{anon} && defined $gb->{anon})
			? sprintf('; generation phase %s -> %s MB', fmt($ga->{anon} / 1024, 1), fmt($gb->{anon} / 1024, 1)) : '';
		my $flat = $ga && $gb && defined $gb->{anon} ? $gb->{anon} - $ga->{anon} < 64 * 1024 : undef;
		ratio($b, "peak private memory of the backend, scale $a -> $b",
			  sprintf('%s -> %s MB whole run%s (VmHWM %s -> %s MB, includes shared buffers touched)',
					  fmt($ra->{anon} / 1024, 1), fmt($rb->{anon} / 1024, 1), $gen,
					  fmt($ra->{hwm} / 1024, 0), fmt($rb->{hwm} / 1024, 0)),
			  'flat apart from small per-customer state (generation phase grows < 64 MB)', $flat,
			  'index builds sort in maintenance_work_mem (256 MB) whatever the generator does');
	}
}
if (my $r1 = g(1, 'commerce_seed'))
{
	ratio(1, 'commerce_seed(1) wall time', sprintf('%.3f s', $r1->{secs}), 'well under 1 s', $r1->{secs} < 1);
}

# ------------------------------------------------------------------- output
my @order = ('commerce_seed', 'replicated', 'copy_dump', 'copy_restore', 'copy_restore_fk',
			 'pgbench_dtg', 'pgbench_dtG', 'plain_seed', 'srf_order_items', 'srf_audit_events', 'srf_orders',
			 'export_from_order_items', 'export_stream_order_items', 'export_from_audit_events',
			 'export_stream_audit_events');
my %rank;
@rank{@order} = 0 .. $#order;
my @prank = ('total', 'setup + truncate', 'generate', 'generate (derived)', 'index_rebuild', 'sequences', 'refresh',
			 'analyze', 'copy', 'commit', '5 tables');
my %pr;
@pr{@prank} = 0 .. $#prank;
@rows = sort {
	$a->{scale} <=> $b->{scale}
	  || ($rank{ $a->{workload} } // 99) <=> ($rank{ $b->{workload} } // 99)
	  || prank($a->{phase}) <=> prank($b->{phase})
} @rows;
sub prank { my ($p) = @_; return $p =~ /^run (\d+)$/ ? 0.001 * $1 : ($pr{$p} // 99) }

my %what = (
	commerce_seed => 'SELECT commerce_seed(scale)',
	replicated => 'REINDEX/REFRESH/ANALYZE alone',
	copy_dump => 'COPY TO files (binary)',
	copy_restore => 'COPY FREEZE restore, FK trig. off',
	copy_restore_fk => 'COPY FREEZE restore, FK trig. on',
	pgbench_dtg => 'pgbench -i -I dtg',
	pgbench_dtG => 'pgbench -i -I dtG',
	plain_seed => 'plain-SQL seeder',
	srf_order_items => 'count(*) commerce_seed_order_items',
	srf_audit_events => 'count(*) commerce_seed_audit_events',
	srf_orders => 'count(*) commerce_seed_orders',
	export_from_order_items => 'COPY (SELECT * FROM commerce_seed_order_items(s)) TO',
	export_stream_order_items => 'COPY (SELECT (commerce_seed_order_items(s)).*) TO',
	export_from_audit_events => 'COPY (SELECT * FROM commerce_seed_audit_events(s)) TO',
	export_stream_audit_events => 'COPY (SELECT (commerce_seed_audit_events(s)).*) TO',
);

my @cols = ('scale', 'workload', 'phase', 'source', 'rows', 'seconds', 'rows/s', 'heap MB', 'heap MB/s',
			'WAL MB', 'WAL/heap', 'VmHWM MB', 'peak private MB', 'temp MB');
sub cells
{
	my ($r) = @_;
	return ($r->{scale}, $r->{workload}, $r->{phase}, $r->{source} // '', fmt($r->{rows}, 0), fmt($r->{secs}, 3),
			fmt(rps($r), 0), fmt(defined $r->{heap} ? $r->{heap} / 1048576 : undef, 1), fmt(mbps($r), 1),
			fmt(defined $r->{wal} ? $r->{wal} / 1048576 : undef, 1),
			fmt($r->{heap} && defined $r->{wal} ? $r->{wal} / $r->{heap} : undef, 2),
			fmt(defined $r->{hwm} ? $r->{hwm} / 1024 : undef, 1), fmt(defined $r->{anon} ? $r->{anon} / 1024 : undef, 1),
			fmt(defined $r->{temp} ? $r->{temp} / 1048576 : undef, 1));
}

# the printed table
my @w = map { length } @cols;
my @lines = map { [cells($_)] } @rows;
for my $l (@lines) { $w[$_] = length($l->[$_]) > $w[$_] ? length($l->[$_]) : $w[$_] for 0 .. $#cols }
my $fmtl = join('  ', map { $_ < 4 ? "%-$w[$_]s" : "%$w[$_]s" } 0 .. $#cols) . "\n";
printf $fmtl, @cols;
my $last = '';
for my $l (@lines)
{
	print "\n" if $last ne '' && $l->[0] ne $last;
	$last = $l->[0];
	printf $fmtl, @$l;
}
print "\nRatios (targets of issue 4):\n";
for my $r (@ratios)
{
	printf "  scale %-5s %-8s %s: %s (target %s)%s\n", $r->[0], $r->[4], $r->[1], $r->[2], $r->[3],
		$r->[5] ? " [$r->[5]]" : '';
}

# CSV
open(my $csv, '>', "$res/latest.csv") or die "$res/latest.csv: $!";
print $csv "scale,workload,phase,source,rows,seconds,rows_per_s,heap_bytes,heap_mb_per_s,wal_bytes,wal_per_heap_byte,vmhwm_kb,peak_private_kb,temp_bytes\n";
for my $r (@rows)
{
	my @v = ($r->{scale}, $r->{workload}, $r->{phase}, $r->{source} // '', $r->{rows} // '',
			 defined $r->{secs} ? sprintf('%.3f', $r->{secs}) : '',
			 defined rps($r) ? sprintf('%.0f', rps($r)) : '', $r->{heap} // '',
			 defined mbps($r) ? sprintf('%.2f', mbps($r)) : '', $r->{wal} // '',
			 $r->{heap} && defined $r->{wal} ? sprintf('%.3f', $r->{wal} / $r->{heap}) : '',
			 $r->{hwm} // '', $r->{anon} // '', $r->{temp} // '');
	print $csv join(',', map { /[,"]/ ? '"' . s/"/""/gr . '"' : $_ } @v), "\n";
}
close $csv;

# chart: time and peak memory against scale
my @series_t = (['commerce_seed', 'total', 'commerce\_seed()'], ['commerce_seed', 'generate', 'commerce\_seed() generation phase'],
				['copy_restore', 'total', 'binary COPY FREEZE restore'],
				['copy_restore_fk', 'total', 'restore, FK triggers on'], ['plain_seed', '5 tables', 'plain SQL (5 tables)'],
				['pgbench_dtg', 'generate', 'pgbench -i -I dtg (same heap MB)'],
				['srf_order_items', 'total', 'count(*) commerce\_seed\_order\_items']);
my @series_m = (['commerce_seed', 'total', 'anon', 'commerce\_seed(), private peak'],
				['commerce_seed', 'generate', 'anon', 'commerce\_seed() generation, private peak'],
				['commerce_seed', 'total', 'hwm', 'commerce\_seed(), VmHWM'],
				['copy_restore', 'total', 'anon', 'COPY restore, private peak'],
				['srf_order_items', 'total', 'anon', 'count(*) order\_items SRF, private peak']);
open(my $dat, '>', "$out/chart.dat") or die;
for my $s (@scales)
{
	my @v = ($s);
	push @v, map { my $r = g($s, $_->[0], $_->[1]); $r && $r->{secs} ? sprintf('%.4f', $r->{secs}) : '?' } @series_t;
	push @v, map { my $r = g($s, $_->[0], $_->[1]); $r && $r->{ $_->[2] } ? sprintf('%.1f', $r->{ $_->[2] } / 1024) : '?' } @series_m;
	print $dat join(' ', @v), "\n";
}
close $dat;
my $n = scalar @series_t;
my $plot_t = join(", \\\n     ", map { sprintf("'%s/chart.dat' using 1:%d with linespoints lw 2 title '%s'", $out, $_ + 2, $series_t[$_][2]) } 0 .. $#series_t);
my $plot_m = join(", \\\n     ", map { sprintf("'%s/chart.dat' using 1:%d with linespoints lw 2 title '%s'", $out, $_ + 2 + $n, $series_m[$_][3]) } 0 .. $#series_m);
my $title = "commerce_seed benchmark: $machine{nproc} x $machine{cpu}, $machine{ram}, PostgreSQL "
	. (($machine{pg} // '') =~ /PostgreSQL (\S+)/ ? $1 : '?') . ", wal_level $machine{wal_level}";
$title =~ s/_/\\_/g;
open(my $gp, '>', "$out/chart.gp") or die;
print $gp <<EOF;
set terminal pngcairo size 1400,560 font 'DejaVu Sans,10'
set output '$res/chart.png'
set datafile missing '?'
set multiplot layout 1,2 title '$title'
set logscale xy
set grid
set key top left
set xlabel 'scale (1 = 1,000 customers, 6,000 orders)'
set ylabel 'wall time (s)'
set title 'time against scale (log-log; a straight line of slope 1 is linear cost)'
plot $plot_t
unset logscale y
set logscale x
set yrange [0:*]
set ylabel 'MB'
set title 'peak backend memory against scale'
plot $plot_m
unset multiplot
EOF
close $gp;
if (system('gnuplot', "$out/chart.gp") != 0)
{
	# pngcairo needs gnuplot-qt or -x11 on some systems; the plain png terminal is in gnuplot-nox
	system("sed -i \"s/^set terminal pngcairo.*/set terminal png size 1400,560/\" '$out/chart.gp'");
	system('gnuplot', "$out/chart.gp") == 0 or warn "gnuplot failed; no chart\n";
}

# summary.md
my $cs_top = g($top, 'commerce_seed');
open(my $md, '>', "$res/summary.md") or die "$res/summary.md: $!";
print $md "# commerce_seed benchmark: latest results\n\n";
print $md "Written by `$machine{command}` on $machine{date}; the figures are in latest.csv and the chart in chart.png.\n";
print $md "Load average of the machine during the run: $machine{load}.\n\n";
print $md "## Machine\n\n";
print $md "| | |\n|---|---|\n";
print $md "| CPU | $machine{nproc} x $machine{cpu} |\n| RAM | $machine{ram} |\n| OS | $machine{os}, kernel $machine{kernel} |\n";
print $md "| PostgreSQL | $machine{pg} |\n| extension built from | $machine{source} |\n";
print $md "| cluster | wal_level $machine{wal_level}, locale $machine{locale}; $machine{settings} |\n\n";
print $md "![time and peak memory against scale](chart.png)\n\n";
print $md "## Targets (issue 4)\n\n| scale | target | result | verdict |\n|---:|---|---|---|\n";
for my $r (@ratios)
{
	my $detail = $r->[5] ? " ($r->[5])" : '';
	print $md "| $r->[0] | $r->[1]: $r->[3] | $r->[2]$detail | $r->[4] |\n";
}
for my $s (reverse @scales)
{
	print $md "\n## Scale $s\n\n";
	print $md '| ' . join(' | ', @cols[1 .. $#cols]) . " |\n";
	print $md '|' . join('|', ('---') x 3, ('---:') x ($#cols - 3)) . "|\n";
	for my $r (grep { $_->{scale} eq $s } @rows)
	{
		my @c = cells($r);
		shift @c;
		$c[0] = "$c[0]";
		print $md '| ' . join(' | ', @c) . " |\n";
	}
}
print $md "\n## Scaling of commerce_seed\n\n| scale | rows | heap MB | seconds | us/row | generation MB/s | WAL MB | peak private MB | generation peak private MB | VmHWM MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
for my $s (@scales)
{
	my $r = g($s, 'commerce_seed') or next;
	my $gen = g($s, 'commerce_seed', 'generate');
	printf $md "| %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %s |\n", $s, fmt($r->{rows}, 0), fmt($r->{heap} / 1048576, 1),
		fmt($r->{secs}, 3), 1e6 * $r->{secs} / $r->{rows}, fmt(mbps($gen), 1), fmt($r->{wal} / 1048576, 1),
		fmt(($r->{anon} // 0) / 1024, 1), fmt($gen && defined $gen->{anon} ? $gen->{anon} / 1024 : undef, 1), fmt($r->{hwm} / 1024, 1);
}
if (my $pt = $pertable{$top})
{
	if (my $ps = $passes{$top})
	{
		print $md "\n## Generation passes of commerce_seed($top) (the function's NOTICEs)\n\n";
		print $md "| pass | rows | seconds | rows/s |\n|---|---:|---:|---:|\n";
		printf $md "| %s | %s | %s | %s |\n", $_->[0], fmt($_->[1], 0), fmt($_->[2], 3), fmt($_->[2] ? $_->[1] / $_->[2] : undef, 0) for @$ps;
	}
	print $md "\n## Tables of commerce_seed($top): rows, heap and index rebuild time\n\n";
	print $md "Rebuild: from the server log (DEBUG1 \"building index\" lines, each table from its first build to the next table's); REINDEX TABLE alone: the cross-check run.\n\n";
	print $md "| table | rows | heap MB | index rebuild s | REINDEX TABLE alone s |\n|---|---:|---:|---:|---:|\n";
	for my $t (@{ $tables{$top} // [] })
	{
		my $x = $pt->{$t};
		printf $md "| %s | %s | %s | %s | %s |\n", $t, fmt($x->{rows}, 0), fmt(($x->{heap} // 0) / 1048576, 1),
			fmt($x->{rebuild}, 3), fmt($x->{reindex}, 3);
	}
}
if (open(my $wf, '<', "$out/workload.tsv"))
{
	print $md "\n## Workload\n\n";
	print $md "The workload kit (commerce_seed_workload: 13 pgbench scripts, most of them reads) on a seeded shop, and pgbench's built-in TPC-B-like script on the same cluster, each with 4 clients and 2 threads; violations: commerce_seed_verify('application') after the run.\n\n";
	print $md "| workload | tps | latency ms | transactions | failed | violations after |\n|---|---:|---:|---:|---:|---:|\n";
	while (my $l = <$wf>)
	{
		chomp $l;
		my @f = split /\t/, $l, -1;
		print $md '| ' . join(' | ', map { $_ eq '' ? '' : $_ } @f) . " |\n";
	}
	if (open(my $sf, '<', "$out/workload_scripts.tsv"))
	{
		print $md "\nThe kit's scripts (pgbench's per-script report):\n\n| script | transactions | latency ms |\n|---|---:|---:|\n";
		while (my $l = <$sf>)
		{
			chomp $l;
			$l =~ s/^\s+//;
			print $md '| ' . join(' | ', split /\t/, $l) . " |\n";
		}
	}
}
# --- the analytic query set (bench/run --queries-scale N) ---------------------
# OUT/queries.tsv: scale, query, rows, ms, result (one line per query, from
# queries/run --timings); printed and added to the summary when present.
if (open(my $qf, '<', "$out/queries.tsv"))
{
	my (@q, $qscale);
	while (<$qf>)
	{
		chomp;
		my ($s, $name, $nrows, $ms, $result) = split /\t/, $_, -1;
		next unless defined $result;
		$qscale = $s;
		push @q, [$name, $nrows, $ms, $result];
	}
	close $qf;
	if (@q)
	{
		my $total = sum(map { $_->[2] eq '' ? 0 : $_->[2] } @q);
		my $bad = grep { $_->[3] !~ /^(ok|ran)$/ } @q;
		my $how = 'each query in its own session, psql \\timing'
			. ($machine{command} =~ /--repeat (\d+)/ ? ", fastest of $1" : '');
		print "\nQuery set (queries/run) at scale $qscale, $how:\n";
		printf "  %-28s %7s %12s  %s\n", @$_[0, 1], $_->[2] eq '' ? '' : fmt($_->[2], 1) . ' ms', $_->[3] for @q;
		printf "  %-28s %7s %12s  %s\n", 'total', '', fmt($total, 1) . ' ms',
			$bad ? "$bad of " . scalar(@q) . ' not ok' : '';
		print $md "\n## Query set at scale $qscale\n\n";
		print $md "The analytic query set of [queries/](../../queries), timed by bench/run's `--queries-scale $qscale`: "
			. "commerce_seed($qscale) seeded once in a database of its own after the other workloads, then "
			. "queries/run, $how (the time from sending the query to having its whole result). "
			. "\"ok\" is an answer checked against queries/answers (scale 1, seed 42 only), \"ran\" one not checked.\n\n";
		print $md "| query | rows | ms | result |\n|---|---:|---:|---|\n";
		printf $md "| %s | %s | %s | %s |\n", @$_[0, 1], $_->[2] eq '' ? '' : fmt($_->[2], 1), $_->[3] for @q;
		printf $md "| **total** | | %s | %s |\n", fmt($total, 1), $bad ? "$bad not ok" : '';
	}
}
# --- end of the query set -----------------------------------------------------

# --- the live shop (bench/run: commerce_seed_advance at --advance-scale) ------
# OUT/advance.tsv: scale, step, inserted, updated, deleted, secs, wal bytes.
if (open(my $af, '<', "$out/advance.tsv"))
{
	my (@a, $ascale);
	while (<$af>)
	{
		chomp;
		my ($s, $step, $ins, $upd, $del, $secs, $wal) = split /\t/, $_, -1;
		next unless defined $wal;
		$ascale = $s;
		push @a, [$step, $ins, $upd, $del, $secs, $wal];
	}
	close $af;
	if (@a)
	{
		print "\nLive shop (commerce_seed_advance) at scale $ascale:\n";
		print $md "\n## Live shop at scale $ascale\n\n";
		print $md "commerce_seed_advance() after commerce_seed($ascale) and an untimed advance to 10:00 IST: "
			. "each step in its own session, refresh => false, every row through the executor; "
			. "then both materialized views refreshed CONCURRENTLY on their own. "
			. "Rows changed are the rows inserted, updated and deleted.\n\n";
		print $md "| advance | inserted | updated | deleted | s | rows changed/s | WAL MB |\n"
			. "|---|---:|---:|---:|---:|---:|---:|\n";
		for my $r (@a)
		{
			my ($step, $ins, $upd, $del, $secs, $wal) = @$r;
			my $refresh = $step eq 'refresh';
			my $rate = $refresh || $secs <= 0 ? '' : fmt(($ins + $upd + $del) / $secs, 0);
			printf "  %-28s %10s ins %9s upd %6s del %9.3f s %10s rows/s %8.1f MB WAL\n",
				$refresh ? 'refresh of both mv_*' : "by $step", fmt($ins, 0), fmt($upd, 0), fmt($del, 0),
				$secs, $rate, $wal / 1048576;
			printf $md "| %s | %s | %s | %s | %.3f | %s | %.1f |\n",
				$refresh ? 'refresh of both materialized views' : "by $step",
				$refresh ? '' : fmt($ins, 0), $refresh ? '' : fmt($upd, 0), $refresh ? '' : fmt($del, 0),
				$secs, $rate, $wal / 1048576;
		}
	}
}
# --- end of the live shop ------------------------------------------------------

print $md <<'EOF';

## How these figures are taken

- Every workload runs in its own psql session against a throwaway cluster that
  bench/run creates (settings above); CHECKPOINT before each. Wall time is
  clock_timestamp() in the session around the workload (commit included);
  pgbench's is its own timing of the generate step. With --repeat N,
  commerce_seed, the restore (foreign key triggers off) and pgbench run N
  times and the fastest run is the one reported (the "run k" rows list all).
- rows/s counts the rows written (commerce_seed: all 29 tables; pgbench:
  accounts + tellers + branches). heap MB is pg_relation_size of the tables
  written (main fork, no indexes, no TOAST); heap MB/s divides it by the time.
- WAL is the pg_current_wal_insert_lsn() difference over the session.
- VmHWM is read from /proc/self/status by the backend at the end of its
  session: it counts every shared_buffers page the backend touched, so it
  grows with the data read. "peak private" is the highest RssAnon of the
  backend sampled every 10 ms by bench/sampler.pl: its own memory (palloc,
  sort space, tuplestores).
- commerce_seed's phases are the ones it reports itself (one NOTICE per
  phase: generation and heap writes of all tables, index rebuild,
  materialized view refresh, ANALYZE), placed in time by the server log of
  its session (log_line_prefix %n, log_min_messages = debug1). "setup +
  truncate" runs from the statement's start to the start of generation,
  "sequences" between the rebuild and the refresh, "commit" from the
  function's last NOTICE to the end of the statement. The "replicated" rows
  run REINDEX TABLE on every table, both REFRESH and one ANALYZE again on
  their own, as a cross-check ("generate (derived)", the total minus those,
  is shown only when the function's NOTICEs are missing). Peak private memory
  per phase is the sampled RssAnon within the phase's time span.
- The restore is COPY ... TO (FORMAT binary) per table, then one transaction:
  TRUNCATE all tables, COPY ... FROM (FORMAT binary, FREEZE) into the same
  tables with their indexes, both REFRESH MATERIALIZED VIEW, ANALYZE. The
  main comparison sets session_replication_role = replica (foreign key
  triggers off, as pg_restore --disable-triggers; commerce_seed checks no
  foreign key either); the _fk row keeps the triggers.
- pgbench runs at the scale with about the same heap bytes (13.4 MB a
  pgbench scale). plain_seed.sql fills customers, addresses, orders,
  order_items and payments with as many customers and orders as
  commerce_seed, into the indexed tables with their foreign keys; it is
  compared in rows/s with commerce_seed end to end and with its generation +
  index rebuild phases.
EOF
close $md;
print "\nwrote $res/latest.csv, $res/summary.md, $res/chart.png\n";
