#!/usr/bin/perl
# bench/sampler.pl: follow one PostgreSQL backend and record its memory.
#
#   perl bench/sampler.pl pidfile FILE OUT     # backend pid written to FILE
#   perl bench/sampler.pl cmdline REGEX OUT    # first process whose title matches
#
# Polls /proc/PID/status every 10 ms until the process exits (or a file
# OUT.stop appears) and writes to OUT one line "pid vmhwm_kb peak_anon_kb"
# and to OUT.timeline one line per sample "epoch rss_anon_kb vm_rss_kb".
# VmHWM counts every shared_buffers page the backend touched; RssAnon is its
# private memory (palloc, sort space, tuplestores), whose peak the kernel does
# not keep, hence the sampling.
use strict;
use warnings;
use Time::HiRes qw(sleep time);

my ($mode, $what, $out) = @ARGV;
die "usage: sampler.pl pidfile|cmdline ARG OUT\n" unless defined $out;

my $stop = "$out.stop";
my $deadline = time + 600;    # give up finding the process after 10 minutes
my $pid;

sub find_by_title
{
	my ($re) = @_;
	opendir(my $d, '/proc') or return;
	for my $p (grep { /^\d+$/ } readdir $d)
	{
		open(my $fh, '<', "/proc/$p/cmdline") or next;
		my $cmd = do { local $/; <$fh> } // '';
		close $fh;
		$cmd =~ tr/\0/ /;
		return $p if $cmd =~ $re;
	}
	return;
}

while (!defined $pid)
{
	exit 0 if -e $stop || time > $deadline;
	if ($mode eq 'pidfile')
	{
		if (open(my $fh, '<', $what))
		{
			my $l = <$fh>;
			$pid = $1 if defined $l && $l =~ /(\d+)/;
			close $fh;
		}
	}
	else
	{
		$pid = find_by_title(qr/$what/);
	}
	sleep 0.005 unless defined $pid;
}

my ($hwm, $peak_anon) = (0, 0);
open(my $tl, '>', "$out.timeline") or die "$out.timeline: $!";
while (!-e $stop)
{
	open(my $fh, '<', "/proc/$pid/status") or last;
	my %v;
	while (<$fh>)
	{
		$v{$1} = $2 if /^(VmHWM|VmRSS|RssAnon):\s+(\d+)/;
	}
	close $fh;
	last unless exists $v{VmRSS};    # a zombie has no memory lines
	$hwm = $v{VmHWM} if $v{VmHWM} > $hwm;
	$peak_anon = $v{RssAnon} if $v{RssAnon} > $peak_anon;
	printf $tl "%.3f %d %d\n", time, $v{RssAnon}, $v{VmRSS};
	sleep 0.01;
}
close $tl;
open(my $o, '>', $out) or die "$out: $!";
print $o "$pid $hwm $peak_anon\n";
close $o;
