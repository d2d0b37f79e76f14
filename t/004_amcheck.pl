# t/004_amcheck.pl: the heap pages and indexes the bulk path writes pass
# PostgreSQL's own checkers: verify_heapam on every table, bt_index_parent_check
# (heapallindexed, rootdescend) on every btree index, and pg_visibility's
# pg_check_frozen / pg_check_visible, whichever way the rows were written:
# a plain seed (the frozen path when the server allows it), a seed in a
# transaction with an open cursor (never frozen: frozen rows would be visible
# to the cursor's older snapshot) or inside a PL/pgSQL EXCEPTION block (frozen: TRUNCATE's new
# storage belongs to the subtransaction), then VACUUM FREEZE (which sets the
# visibility map, so that pg_check_frozen has bits to check), and after seeds
# that were rolled back or cancelled.
use strict;
use warnings;

use FindBin;
use lib $FindBin::RealBin;
use CommerceSeedTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = cs_node('amcheck', 5456);
$node->safe_psql('postgres', 'CREATE EXTENSION amcheck; CREATE EXTENSION pg_visibility');

# the checks are not vacuous: 29 tables, every btree index of the tables and views
my $rels = <<'EOQ';
SELECT c.oid, c.relname, c.relkind FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'commerce_seed') AND d.deptype = 'e'
   AND c.relname <> 'seed_info'   -- one row, written through the executor, not by the bulk path
EOQ
is($node->safe_psql('postgres', "WITH r AS ($rels) SELECT count(*) FROM r WHERE relkind = 'r'"), '29', '29 tables to check');
cmp_ok($node->safe_psql('postgres', <<"EOQ"), '>=', 60, 'every primary key, unique and foreign key index is a btree to check');
WITH r AS ($rels)
SELECT count(*) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
 WHERE am.amname = 'btree' AND i.indrelid IN (SELECT oid FROM r)
EOQ

# The pages of a table that hold rows.  Pages without rows do not count in
# the checks below: 17's relation extension leaves empty pages past the last
# row of a bulk load (its COPY FREEZE as much as a seed), until the next
# VACUUM marks them.
my $row_pages = <<"EOQ";
CREATE OR REPLACE FUNCTION pg_temp.row_pages(rel regclass) RETURNS SETOF bigint
LANGUAGE plpgsql AS \$\$
BEGIN
    RETURN QUERY EXECUTE format('SELECT DISTINCT (ctid::text::point)[0]::bigint FROM %s', rel);
END \$\$;
EOQ

# pages of the tables that hold rows and are not marked all-visible and
# all-frozen in the visibility map
my $not_frozen = $row_pages . <<"EOQ";
WITH r AS ($rels)
SELECT r.relname || ': ' || count(*) FILTER (WHERE v.all_visible) || ' visible, '
       || count(*) FILTER (WHERE v.all_frozen) || ' frozen of ' || count(*) || ' pages with rows'
  FROM r CROSS JOIN LATERAL pg_temp.row_pages(r.oid) b(blkno)
  CROSS JOIN LATERAL pg_visibility_map(r.oid, b.blkno) v
 WHERE r.relkind = 'r'
 GROUP BY r.relname
HAVING NOT bool_and(v.all_visible AND v.all_frozen)
 ORDER BY 1
EOQ

sub clean
{
	my ($what) = @_;
	is(heap_problems($node), '', "$what: amcheck and pg_visibility find nothing");
	is(violations($node), '', "$what: commerce_seed_verify() clean");
}

$node->safe_psql('postgres', 'SELECT commerce_seed(2, 42)');
clean('plain seed');
my $fp = fingerprints($node);
is($node->safe_psql('postgres', $not_frozen), '', 'plain seed: every page all-visible and all-frozen, as COPY FREEZE');

# What the seed wrote, by page and on the tables' first pages by tuple:
# pages, pages marked all-frozen in the visibility map, pages marked
# all-visible (map or page header), frozen tuples on each table's block 0
# (HEAP_XMIN_FROZEN in t_infomask), and tables with no page.
my $frozen = $row_pages . <<"EOQ";
WITH t AS (SELECT oid, relname FROM ($rels) r WHERE relkind = 'r'),
p AS (SELECT v.* FROM t CROSS JOIN LATERAL pg_temp.row_pages(t.oid) b(blkno)
        CROSS JOIN LATERAL pg_visibility(t.oid, b.blkno) v)
SELECT (SELECT count(*) FROM p) || ' pages, ' ||
       (SELECT count(*) FROM p WHERE p.all_frozen) || ' all-frozen, ' ||
       (SELECT count(*) FROM p WHERE p.all_visible OR p.pd_all_visible) || ' all-visible, ' ||
       (SELECT count(*) FROM t CROSS JOIN LATERAL heap_page_items(get_raw_page(t.relname, 0)) h
         WHERE h.t_infomask & 768 = 768) || ' frozen tuples on first pages, ' ||
       (SELECT count(*) FROM t WHERE pg_relation_size(t.oid) = 0) || ' empty tables'
EOQ
$node->safe_psql('postgres', 'CREATE EXTENSION pageinspect');
like($node->safe_psql('postgres', $frozen), qr/^(\d+) pages, \1 all-frozen, \1 all-visible, [1-9]\d* frozen tuples on first pages, 0 empty tables$/,
	'plain seed: the query below sees frozen pages and tuples where there are some');

# An open cursor holds a snapshot taken before the seed, to which frozen rows
# would be visible (COPY FREEZE refuses then): the seed writes nothing frozen.
# Checked in the seeding transaction, where autovacuum cannot reach the
# tables yet.
my ($ret, $out, $err) = $node->psql('postgres',
	"BEGIN; DECLARE c CURSOR FOR SELECT relname FROM pg_class; SELECT count(*) FROM commerce_seed(2, 42); $frozen; COMMIT;");
is($ret, 0, 'seed with an open cursor');
like($out, qr/^29\n\d+ pages, 0 all-frozen, 0 all-visible, 0 frozen tuples on first pages, 0 empty tables$/,
	'seed with an open cursor: no page all-frozen or all-visible, no tuple frozen');
{
	is($err, '', 'seed with an open cursor: no warning at commit');
}
clean('seed with an open cursor');
is(fingerprints($node), $fp, 'seed with an open cursor: same data as a plain seed');

$node->safe_psql('postgres', 'SELECT commerce_seed(1, 7)');
$node->safe_psql('postgres',
	'DO $$ BEGIN PERFORM commerce_seed(2, 42); EXCEPTION WHEN others THEN RAISE; END $$');
clean('seed in an EXCEPTION block');
is($node->safe_psql('postgres', $not_frozen), '', 'seed in an EXCEPTION block: every page all-visible and all-frozen');
is(fingerprints($node), $fp, 'seed in an EXCEPTION block: same data as a plain seed');

$node->safe_psql('postgres', 'BEGIN; SAVEPOINT s; SELECT commerce_seed(1, 8); RELEASE s; COMMIT;');
clean('seed in a released savepoint');

$node->safe_psql('postgres', 'VACUUM (FREEZE)');
is($node->safe_psql('postgres', $not_frozen), '', 'after VACUUM FREEZE every page is all-visible and all-frozen');
clean('after VACUUM FREEZE');
$fp = fingerprints($node);

$node->safe_psql('postgres', 'BEGIN; SELECT commerce_seed(2, 9); ROLLBACK;');
clean('after a rolled back seed');
($ret, $out, $err) = $node->psql('postgres', "SET statement_timeout = '1s'; SELECT commerce_seed(200, 10)");
like($err, qr/statement timeout/, 'a seed cancelled by statement_timeout');
clean('after a cancelled seed');
is(fingerprints($node), $fp, 'the rolled back and the cancelled seed changed nothing');

$node->stop;
done_testing();
