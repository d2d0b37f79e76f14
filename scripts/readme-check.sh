#!/usr/bin/env bash
# scripts/readme-check.sh: keep the README honest, and the packaging metadata valid.
#
#   bash scripts/readme-check.sh            check; exit 1 and show a diff when stale
#   bash scripts/readme-check.sh --update   rewrite the stale outputs in README.md
#
# Runs against an already running server given by the PG* environment
# variables (PGHOST, PGPORT, PGUSER, ...), for instance a throwaway one:
#
#   pg_virtualenv -t -o wal_level=logical bash scripts/readme-check.sh
#
# (wal_level = logical: the live shop's example watches an advance through a
# logical replication slot)
#
# The role must be a superuser (commerce_seed is not a trusted extension) and
# the extension must be installed in that server (make install).
#
# What it checks:
# 1. META.json is valid JSON and has the keys PGXN requires, consistent with
#    commerce_seed.control (name, version); the control file states what the
#    README says it does; the oldest PostgreSQL version is the same in
#    src/compat.h, META.json and the README's table of verified versions.
# 2. Every marked example in README.md shows the output the current code gives.
#    In a fresh database (UTF8, locale C) it runs all of them, in README order,
#    in one psql session (psql -X, TimeZone Asia/Kolkata, client_min_messages
#    warning so that the timing NOTICEs of commerce_seed() stay out), and
#    compares.  Three kinds of marks, HTML comments invisible on the page:
#
#      <!-- example: NAME -->          a ```sql block, then a ```text block
#                                      holding what psql prints for it;
#      <!-- session: NAME -->          a ```text block with a psql transcript:
#                                      lines starting "shop=# " (continued by
#                                      "shop-# ") are input, the rest output;
#      <!-- generated: NAME            the SQL up to a line "-->"; the lines up
#      SELECT ...;                     to "<!-- end: NAME -->" are its rows,
#      -->                             unaligned, without headers (markdown
#      ...                             tables, the Mermaid diagram).
#      <!-- end: NAME -->
#
# 3. Every table, view and function of the extension is named in README.md.
#
# The logic is Perl (always there: PostgreSQL's Debian packaging is Perl), below.
set -euo pipefail
cd "$(dirname "$0")/.."
exec perl -x -w "$0" "$@"
exit 1

#!perl
use strict;
use warnings;
use File::Temp qw(tempdir);
use JSON::PP;

my $update = 0;
my $readme = 'README.md';
for my $arg (@ARGV) {
    if ($arg eq '--update') { $update = 1; }
    elsif ($arg =~ /^-/) { die "usage: scripts/readme-check.sh [--update] [README.md]\n"; }
    else { $readme = $arg; }
}

my $tmp = tempdir('readme-check.XXXXXX', TMPDIR => 1, CLEANUP => 1);
my @failures;

sub slurp {
    my ($path) = @_;
    open(my $fh, '<:raw', $path) or die "cannot read $path: $!\n";
    local $/;
    my $text = <$fh>;
    close $fh;
    return $text;
}

sub spew {
    my ($path, $text) = @_;
    open(my $fh, '>:raw', $path) or die "cannot write $path: $!\n";
    print $fh $text;
    close $fh or die "cannot write $path: $!\n";
}

#
# 1. META.json and the control file
#
my %control;
for (split /\n/, slurp('commerce_seed.control')) {
    next if /^\s*(#|$)/;
    if (/^\s*([a-z_]+)\s*=\s*(?:'((?:[^']|'')*)'|(\S+))\s*$/) {
        my $v = defined $2 ? $2 : $3;
        $v =~ s/''/'/g;
        $control{$1} = $v;
    } else {
        push @failures, "commerce_seed.control: cannot parse line: $_";
    }
}
for my $key (qw(comment default_version module_pathname relocatable superuser)) {
    push @failures, "commerce_seed.control: no $key" unless defined $control{$key};
}
push @failures, "commerce_seed.control: relocatable must be false (the script uses \@extschema\@)"
    unless ($control{relocatable} // '') =~ /^(false|off|no)$/i;
push @failures, "commerce_seed.control: superuser must be true (C functions writing the heap)"
    unless ($control{superuser} // '') =~ /^(true|on|yes)$/i;
push @failures, "commerce_seed.control: no fixed schema (users choose it with CREATE EXTENSION ... SCHEMA)"
    if defined $control{schema};
push @failures, "commerce_seed.control: module_pathname must be \$libdir/commerce_seed"
    unless ($control{module_pathname} // '') eq '$libdir/commerce_seed';

my $semver = qr/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
# the control file's version as a semantic version: 1.0 -> 1.0.0
my $ext_semver = $control{default_version} // '';
$ext_semver .= '.0' while ($ext_semver =~ tr/././) < 2 && $ext_semver =~ /^[0-9.]+$/;

if (system('command -v python3 >/dev/null 2>&1') == 0
    && system('python3 -m json.tool META.json >/dev/null') != 0) {
    push @failures, 'META.json: python3 -m json.tool rejects it';
}
my $meta = eval { JSON::PP->new->utf8->relaxed(0)->decode(slurp('META.json')) };
if (!defined $meta) {
    push @failures, "META.json: not valid JSON: $@";
} else {
    my @missing = grep { !defined $meta->{$_} }
        qw(name abstract version maintainer license provides meta-spec);
    push @failures, "META.json: missing required key(s): @missing" if @missing;
    push @failures, 'META.json: name must be commerce_seed'
        unless ($meta->{name} // '') eq 'commerce_seed';
    push @failures, "META.json: version is not a semantic version"
        unless ($meta->{version} // '') =~ $semver;
    push @failures, "META.json: version $meta->{version} does not match the control file's default_version $control{default_version} (expected $ext_semver)"
        unless ($meta->{version} // '') eq $ext_semver;
    push @failures, 'META.json: meta-spec.version must be 1.0.0'
        unless ref $meta->{'meta-spec'} eq 'HASH' && ($meta->{'meta-spec'}{version} // '') eq '1.0.0';
    push @failures, 'META.json: license must be "postgresql"'
        unless ($meta->{license} // '') eq 'postgresql';
    push @failures, 'META.json: abstract is empty' unless length($meta->{abstract} // '');
    my $p = ref $meta->{provides} eq 'HASH' ? $meta->{provides}{commerce_seed} : undef;
    if (ref $p ne 'HASH') {
        push @failures, 'META.json: provides has no commerce_seed';
    } else {
        for my $key (qw(file version abstract docfile)) {
            push @failures, "META.json: provides.commerce_seed.$key missing" unless defined $p->{$key};
        }
        push @failures, "META.json: provides.commerce_seed.version must be $ext_semver"
            unless ($p->{version} // '') eq $ext_semver;
        for my $key (qw(file docfile)) {
            push @failures, "META.json: provides.commerce_seed.$key: no such file $p->{$key}"
                if defined $p->{$key} && !-f $p->{$key};
        }
    }
    my $pg = eval { $meta->{prereqs}{runtime}{requires}{PostgreSQL} };
    push @failures, 'META.json: prereqs.runtime.requires.PostgreSQL must be a semantic version'
        unless defined $pg && $pg =~ $semver;
    push @failures, 'META.json: tags must be a list of strings'
        if defined $meta->{tags} && (ref $meta->{tags} ne 'ARRAY' || grep { ref $_ || !length } @{$meta->{tags}});
}

# The oldest PostgreSQL the extension supports, said in three places: the
# #error of src/compat.h, META.json's prereq and the first row of the
# README's table of verified versions.  They must agree.
{
    my ($compat_min) = slurp('src/compat.h') =~ /#if PG_VERSION_NUM < (\d+)0000\s*\n#error/;
    my ($table) = slurp($readme) =~ /<!-- versions-table -->\n(.*?)<!-- versions-table end -->/s;
    my ($readme_min) = defined $table ? $table =~ /^\| (\d+) \|/m : ();
    my ($meta_min) = (eval { $meta->{prereqs}{runtime}{requires}{PostgreSQL} } // '') =~ /^(\d+)\./;
    if (!defined $compat_min || !defined $readme_min || !defined $meta_min) {
        push @failures, 'oldest PostgreSQL: cannot find it in src/compat.h (#error), README.md (versions-table) or META.json (prereqs)';
    } elsif ($compat_min != $readme_min || $compat_min != $meta_min) {
        push @failures, "oldest PostgreSQL: src/compat.h says $compat_min, README.md's versions table $readme_min, META.json $meta_min";
    }
}

#
# 2. The README's examples
#
my $text = slurp($readme);
my @lines = split /\n/, $text, -1;
my $final_newline = @lines && $lines[-1] eq '' ? pop @lines : undef;
my @blocks;     # {kind, name, line, region => [from, to) to replace, ...}
my %seen;

sub fail_parse {
    my ($i, $msg) = @_;
    die sprintf("%s:%d: %s\n", $readme, $i + 1, $msg);
}

# Index of the next non-blank line from $i on, which must be the fence $want.
sub fence_at {
    my ($i, $want, $what) = @_;
    $i++ while $i < @lines && $lines[$i] =~ /^\s*$/;
    fail_parse($i, "$what: expected a $want line") unless $i < @lines && $lines[$i] eq $want;
    return $i;
}

sub fence_end {
    my ($i, $what) = @_;
    my $j = $i + 1;
    $j++ while $j < @lines && $lines[$j] ne '```';
    fail_parse($i, "$what: code block not closed") unless $j < @lines;
    return $j;
}

for (my $i = 0; $i < @lines; $i++) {
    my ($kind, $name);
    if ($lines[$i] =~ /^<!-- (example|session): ([A-Za-z0-9_.-]+) -->\s*$/) {
        ($kind, $name) = ($1, $2);
    } elsif ($lines[$i] =~ /^<!-- generated: ([A-Za-z0-9_.-]+)\s*$/) {
        ($kind, $name) = ('generated', $1);
    } elsif ($lines[$i] =~ /^<!-- (example|session|generated|end)\b/) {
        fail_parse($i, "malformed mark: $lines[$i]");
    } else {
        next;
    }
    fail_parse($i, "duplicate example name $name") if $seen{$name}++;
    my $what = "$kind $name";
    my %b = (kind => $kind, name => $name, line => $i + 1);
    if ($kind eq 'example') {
        my $s = fence_at($i + 1, '```sql', $what);
        my $e = fence_end($s, $what);
        $b{sql} = [@lines[$s + 1 .. $e - 1]];
        my $o = fence_at($e + 1, '```text', $what);
        my $oe = fence_end($o, $what);
        $b{region} = [$o + 1, $oe];
        # psql would swallow the marker after an unterminated statement
        my @code = grep { !/^\s*(--.*)?$/ } @{$b{sql}};
        fail_parse($s, "$what: the SQL must end with ';'")
            unless @code && ($code[-1] =~ /;\s*(--.*)?$/ || $code[-1] =~ /^\s*\\/);
        $i = $oe;
    } elsif ($kind eq 'session') {
        my $o = fence_at($i + 1, '```text', $what);
        my $oe = fence_end($o, $what);
        my @stmts;
        for my $k ($o + 1 .. $oe - 1) {
            if ($lines[$k] =~ /^(\w+)=# (.*)$/) {
                push @stmts, { prompt => [$lines[$k]], sql => [$2] };
            } elsif ($lines[$k] =~ /^(\w+)-# (.*)$/) {
                fail_parse($k, "$what: continuation line before any statement") unless @stmts;
                push @{$stmts[-1]{prompt}}, $lines[$k];
                push @{$stmts[-1]{sql}}, $2;
            }
        }
        fail_parse($o, "$what: no 'shop=# ' input lines") unless @stmts;
        for my $st (@stmts) {
            fail_parse($o, "$what: statement must end with ';': $st->{sql}[-1]")
                unless $st->{sql}[-1] =~ /;\s*(--.*)?$/ || $st->{sql}[0] =~ /^\\/;
        }
        $b{stmts} = \@stmts;
        $b{region} = [$o + 1, $oe];
        $i = $oe;
    } else {
        my $j = $i + 1;
        $j++ while $j < @lines && $lines[$j] !~ /^-->\s*$/;
        fail_parse($i, "$what: no closing '-->'") unless $j < @lines;
        $b{sql} = [@lines[$i + 1 .. $j - 1]];
        my $k = $j + 1;
        $k++ while $k < @lines && $lines[$k] ne "<!-- end: $name -->";
        fail_parse($j, "$what: no '<!-- end: $name -->'") unless $k < @lines;
        $b{region} = [$j + 1, $k];
        $i = $k;
    }
    push @blocks, \%b;
}
push @failures, "$readme: no marked examples found" unless @blocks;

# One psql script for everything, with a marker line before each output.
my $mark = '@@readme-check@@';
my @script = ('\set QUIET on', '\pset pager off', '\set QUIET off');
for my $n (0 .. $#blocks) {
    my $b = $blocks[$n];
    if ($b->{kind} eq 'example') {
        push @script, "\\echo $mark $n", @{$b->{sql}};
    } elsif ($b->{kind} eq 'session') {
        for my $s (0 .. $#{$b->{stmts}}) {
            push @script, "\\echo $mark $n.$s", @{$b->{stmts}[$s]{sql}};
        }
    } else {
        push @script, "\\echo $mark $n", '\set QUIET on', '\pset format unaligned',
            '\pset tuples_only on', @{$b->{sql}}, '\pset format aligned',
            '\pset tuples_only off', '\set QUIET off';
    }
}
push @script, "\\echo $mark end";
spew("$tmp/examples.sql", join("\n", @script) . "\n");

# The server: a superuser, the extension installed, a database of our own.
sub psql_value {
    my ($db, $sql) = @_;
    spew("$tmp/query.sql", "$sql;\n");
    my $out = `psql -X -At -v ON_ERROR_STOP=1 -d '$db' -f '$tmp/query.sql' 2>&1`;
    die "psql failed: $out" if $?;
    chomp $out;
    return $out;
}
my $maint = $ENV{PGDATABASE} || 'postgres';
my $super = psql_value($maint, 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
die "the role connecting must be a superuser (commerce_seed is not a trusted extension)\n"
    unless $super eq 't';
my $avail = psql_value($maint, "SELECT default_version FROM pg_available_extensions WHERE name = 'commerce_seed'");
die "commerce_seed is not installed in this server (run make install first)\n" if $avail eq '';
push @failures, "the server has commerce_seed $avail installed, the control file says $control{default_version}"
    if defined $control{default_version} && $avail ne $control{default_version};

my $db = "commerce_seed_readme_$$";
psql_value($maint, "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
my $out;
{
    local $ENV{PGTZ} = 'Asia/Kolkata';
    local $ENV{PGDATESTYLE} = 'ISO, MDY';
    local $ENV{PGOPTIONS} = join ' ', grep { defined && length } $ENV{PGOPTIONS},
        '-c client_min_messages=warning -c lc_messages=C -c lc_monetary=C -c lc_numeric=C';
    $out = `psql -X -d $db < '$tmp/examples.sql' 2>&1`;
}
my $members = psql_value($db, q{SELECT string_agg(DISTINCT
    CASE WHEN d.classid = 'pg_proc'::regclass THEN p.proname ELSE c.relname END, ' ')
  FROM pg_depend d
  LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
  LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed')
   AND (d.classid = 'pg_proc'::regclass OR c.relkind IN ('r', 'v', 'm'))});
psql_value($maint, "DROP DATABASE $db");

# Split the output at the markers; trailing blanks never count.
my %got;
my $key = '';
for my $l (split /\n/, $out) {
    if ($l =~ /^\Q$mark\E (\S+)$/) { $key = $1; $got{$key} = []; next; }
    $l =~ s/\s+$//;
    push @{$got{$key}}, $l;
}
if ($got{''} && grep { length } @{$got{''}}) {
    die "psql said, before the first example:\n" . join("\n", @{$got{''}}) . "\n";
}
die "psql stopped before the end of the examples:\n$out\n" unless exists $got{end};

sub trim_blank {
    my @l = @_;
    shift @l while @l && $l[0] eq '';
    pop @l while @l && $l[-1] eq '';
    return @l;
}

my @new = @lines;
for my $n (reverse 0 .. $#blocks) {
    my $b = $blocks[$n];
    my @result;
    if ($b->{kind} eq 'session') {
        for my $s (0 .. $#{$b->{stmts}}) {
            push @result, @{$b->{stmts}[$s]{prompt}}, @{$got{"$n.$s"} || []};
        }
        @result = trim_blank(@result);
    } elsif ($b->{kind} eq 'generated') {
        # a blank line ends a markdown table before the end mark
        @result = (trim_blank(@{$got{$n} || []}), '');
    } else {
        @result = trim_blank(@{$got{$n} || []});
    }
    my ($from, $to) = @{$b->{region}};
    splice @new, $from, $to - $from, @result;
}

my $new_text = join("\n", @new) . (defined $final_newline ? "\n" : '');

# 3. Everything the extension defines is named somewhere in the README; the
# per-table functions (commerce_seed_<table> for a table of the extension)
# count as named when the README describes commerce_seed_<table>.  Any other
# function, commerce_seed_ prefix or not, must be named itself.
my %member = map { $_ => 1 } split / /, $members;
for my $obj (sort keys %member) {
    next if $obj =~ /^commerce_seed_(.+)$/ && $member{$1} && $new_text =~ /commerce_seed_<table>/;
    push @failures, "$readme does not mention $obj" unless $new_text =~ /\b\Q$obj\E\b/;
}
my $stale = $new_text ne $text;
if ($stale && $update) {
    spew($readme, $new_text);
    print "$readme: example outputs rewritten\n";
} elsif ($stale) {
    spew("$tmp/README.new", $new_text);
    system('diff', '-u', '--label', "$readme (in the file)", '--label', "$readme (current output)",
           $readme, "$tmp/README.new");
    push @failures, "$readme: example outputs are stale (diff above; bash scripts/readme-check.sh --update rewrites them)";
}

if (@failures) {
    print "FAILED: $_\n" for @failures;
    exit 1;
}
printf "ok: META.json, commerce_seed.control, %d README examples current\n", scalar @blocks;
exit 0;
