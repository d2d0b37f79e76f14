# t/005_dump.pl: pg_dump keeps the data.  Every table and serial sequence of
# the extension is marked with pg_extension_config_dump, so pg_dump -Fc |
# pg_restore into a fresh database gives identical fingerprints, sequences
# that continue after the stored ids, and an extension that seeds again.  The
# materialized views come back unpopulated (pg_dump dumps no extension
# matview's content), which commerce_seed_verify() reports (and nothing
# else); a REFRESH makes them equal to the source's and verify clean.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = cs_node('dump', 5457);

# every table and sequence of the extension is configuration
is($node->safe_psql('postgres', <<'EOQ'), "30|28|0", 'all 30 tables (the 29 and seed_info) and 28 sequences are marked for pg_dump');
SELECT count(*) FILTER (WHERE c.relkind = 'r'), count(*) FILTER (WHERE c.relkind = 'S'),
       count(*) FILTER (WHERE NOT COALESCE(c.oid = ANY (e.extconfig), false))
  FROM pg_extension e
  JOIN pg_depend d ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid AND d.deptype = 'e'
  JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
 WHERE e.extname = 'commerce_seed' AND c.relkind IN ('r', 'S')
EOQ

$node->safe_psql('postgres', 'SELECT commerce_seed(2, 51)');
my $fp = fingerprints($node);
my $mv = matview_digest($node);

my $dump = $node->basedir . '/shop.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('postgres') ], 'pg_dump -Fc');
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ], 'pg_restore into a fresh database');

is(fingerprints($node, 'restored'), $fp, 'restored: fingerprints equal the source\'s');
is(violations($node, 'restored'), "mv_daily_kpis.populated=1\nmv_order_financials.populated=1",
	'restored: commerce_seed_verify() reports only the unpopulated materialized views');
is($node->safe_psql('restored', "SELECT string_agg(relname || '=' || relispopulated, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'm'"),
	'mv_daily_kpis=false,mv_order_financials=false', 'restored: the materialized views are not populated');
$node->safe_psql('restored', 'REFRESH MATERIALIZED VIEW mv_order_financials; REFRESH MATERIALIZED VIEW mv_daily_kpis;');
is(matview_digest($node, 'restored'), $mv, 'restored: refreshed materialized views equal the source\'s');
is(violations($node, 'restored'), '', 'restored: commerce_seed_verify() clean with the views refreshed');

# an INSERT takes the next id, and every sequence continues right after the
# last id the seed kept (seed_info.frontier: ids are kept for rows still to
# come, so it may be above the table's largest id), or the INSERT's
is($node->safe_psql('restored', <<'EOQ'), 't', 'restored: an INSERT with the default id gets the largest id + 1');
WITH m AS (SELECT max(customer_id) AS id FROM customers),
     i AS (INSERT INTO customers (full_name, email, signed_up_at)
           VALUES ('Restore Check', 'restore.check@example.org', '2024-12-31 12:00+00')
           RETURNING customer_id)
SELECT i.customer_id = m.id + 1 FROM i, m
EOQ
my @serials = split /\n/, $node->safe_psql('restored', <<'EOQ');
SELECT c.relname || ' ' || a.attname
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
   AND pg_get_serial_sequence(c.oid::regclass::text, a.attname) IS NOT NULL
 ORDER BY 1
EOQ
is(scalar @serials, 28, '28 serial columns');
my $seq_check = join("\nUNION ALL\n", map {
	my ($t, $c) = split / /;
	"SELECT '$t' WHERE nextval(pg_get_serial_sequence('$t', '$c')) IS DISTINCT FROM
	   (SELECT greatest((frontier -> '$t' ->> 3)::bigint, (SELECT max($c) FROM $t)) + 1 FROM seed_info)"
} @serials);
is($node->safe_psql('restored', $seq_check), '', 'restored: every sequence\'s next value follows the last id kept (or the INSERT\'s)');

# and the restored extension seeds again, to the same data as the source
$node->safe_psql('restored', 'SELECT commerce_seed(2, 51)');
is(fingerprints($node, 'restored'), $fp, 'restored: seeding again gives the same data');
is(violations($node, 'restored'), '', 'restored: commerce_seed_verify() clean after seeding again');

$node->stop;
done_testing();
