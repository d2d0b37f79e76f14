/*-------------------------------------------------------------------------
 *
 * distributed.c
 *	  Filling the shards of a distributed shop on the node that holds them.
 *
 * A table distributed by hash (Citus) is split into shards, each a plain
 * table on one node holding the rows whose distribution value hashes into
 * the shard's range of the int4 hash space.  cs_fill_shards() generates a
 * table's rows once and routes each one to the shard of this node that its
 * distribution value hashes into, through one bulk sink per shard; rows of
 * other nodes' shards are dropped.  Every node does the same for its own
 * shards, so no row crosses the network, and the union over the nodes is
 * row for row the single-node table (same generator, same ids).  A
 * reference table has one shard, with a copy on every node: each node
 * writes its own copy.
 *
 * The hash is the one Citus uses for a bigint distribution column, the
 * type's standard hash function (hashint8, the int8 hash opclass), which
 * this code calls as the server's own function so that the two can never
 * disagree.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "storage/bufmgr.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "commerce_seed.h"
#include "compat.h"
#include "seed.h"
#include "sink.h"

/* A routing sink: the generator's rows, each to the bulk sink of its shard. */
typedef struct ShardRouter
{
	RowSink		pub;
	int			dist_col;		/* column index in the TableSpec, or -1: every row to shard 0 */
	int			nshards;
	const int32 *hash_min;		/* sorted by hash_min, ranges disjoint */
	const int32 *hash_max;
	RowSink   **sinks;
	int64		skipped;		/* rows that belong to shards of other nodes */
} ShardRouter;

/* The shard whose range holds h, or -1: a binary search over the sorted ranges. */
static int
shard_of(const ShardRouter *s, int32 h)
{
	int			lo = 0,
				hi = s->nshards - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (h < s->hash_min[mid])
			hi = mid - 1;
		else if (h > s->hash_max[mid])
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

static void
router_put(RowSink *self)
{
	ShardRouter *s = (ShardRouter *) self;
	int			k = 0;

	if (s->dist_col >= 0)
	{
		int32		h;

		/* NOT NULL in the plan: a distribution column the generator never leaves empty */
		Assert(!self->nulls[s->dist_col]);
		h = DatumGetInt32(DirectFunctionCall1(hashint8, self->values[s->dist_col]));
		k = shard_of(s, h);
		if (k < 0)
		{
			s->skipped++;
			return;
		}
	}
	cs_bulk_sink_put_copy(s->sinks[k], self->values, self->nulls);
}

/*
 * The distribution columns whose value in every row of a driver unit is the
 * unit's own id (unit + 1): the customer a customer's rows belong to, the
 * order an order's rows belong to.  For these a node need not build the
 * rows of a unit that hashes to another node: it only counts them, as a
 * slice does (the ids of the units after it depend on that count).
 */
static const struct
{
	const char *table;
	const char *column;
}			unit_keys[] = {
	{"customers", "customer_id"},
	{"addresses", "customer_id"},
	{"loyalty_accounts", "account_id"},
	{"loyalty_accounts", "customer_id"},
	{"orders", "order_id"},
	{"order_items", "order_id"},
	{"payments", "order_id"},
	{"shipments", "order_id"},
	{"coupon_redemptions", "order_id"},
};

static bool
keyed_by_unit(const TableSpec *t, int dist_col)
{
	int			i;

	if (dist_col < 0)
		return false;
	for (i = 0; i < (int) lengthof(unit_keys); i++)
		if (strcmp(unit_keys[i].table, t->name) == 0 &&
			strcmp(unit_keys[i].column, t->cols[dist_col].name) == 0)
			return true;
	return false;
}

/*
 * Check a shard relation before anything is written: the caller must own
 * it, and it must be a plain, empty heap table of the table's shape with
 * nothing the bulk path cannot honour (cs_check_seed_target).
 */
static Relation
open_shard(Oid relid, const TableSpec *t, Oid nspid)
{
	Relation	rel;

	if (get_rel_relkind(relid) != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", get_rel_name(relid))));
	/* the owner only, checked before the lock so that no one else can queue for it */
	if (!CS_REL_OWNERCHECK(relid, GetUserId()))
		aclcheck_error(ACLCHECK_NOT_OWNER, OBJECT_TABLE, get_rel_name(relid));
	/* as TRUNCATE would: the rows are written without the executor */
	rel = table_open(relid, AccessExclusiveLock);
	cs_check_seed_target(rel, t, nspid);
	if (RelationGetNumberOfBlocks(rel) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("shard \"%s\" of table \"%s\" is not empty",
						RelationGetRelationName(rel), t->name),
				 errdetail("Shards are filled only when empty, so that their rows are exactly the generated ones."),
				 errhint("Truncate the shards first: commerce_seed_fill_node() does.")));
	return rel;
}

/*
 * Write the rows of table t whose distribution value (column dist_col of
 * the TableSpec, or -1 for a reference table: all rows, one shard) hashes
 * into [hash_min[k], hash_max[k]] into shard relation relids[k]; the ranges
 * are sorted and disjoint (the caller checked).  Then rebuilds each shard's
 * indexes, which checks its unique keys.  Returns the rows written.
 */
int64
cs_fill_shards(GenCtx *g, int table, int dist_col, int nshards, const Oid *relids,
			   const int32 *hash_min, const int32 *hash_max, Oid nspid)
{
	const TableSpec *t = cs_tables[table];
	ShardRouter router;
	Relation   *rels = palloc(sizeof(Relation) * nshards);
	MemoryContext *cxts = palloc(sizeof(MemoryContext) * nshards);
	MemoryContext gencxt;
	MemoryContext old = CurrentMemoryContext;
	ReindexParams params = {0};
	RowIds		ids;
	int64		units = cs_driver_units(g, t->driver);
	int64		rows = 0;
	int64		u;
	int			k;
	bool		by_unit;

	memset(&router, 0, sizeof(router));
	router.pub.natts = t->ncols;
	router.pub.values = palloc0(sizeof(Datum) * t->ncols);
	router.pub.nulls = palloc0(sizeof(bool) * t->ncols);
	router.pub.put = router_put;
	router.dist_col = dist_col;
	router.nshards = nshards;
	router.hash_min = hash_min;
	router.hash_max = hash_max;
	router.sinks = palloc(sizeof(RowSink *) * nshards);

	for (k = 0; k < nshards; k++)
	{
		bool		frozen;

		rels[k] = open_shard(relids[k], t, nspid);
		/* as for COPY FREEZE: storage made by a TRUNCATE of this very subtransaction */
		frozen = CS_REL_NEW_STORAGE_SUBID(rels[k]) == GetCurrentSubTransactionId() ||
			rels[k]->rd_createSubid == GetCurrentSubTransactionId();
		cxts[k] = AllocSetContextCreate(old, "commerce_seed shard batch", ALLOCSET_DEFAULT_SIZES);
		router.sinks[k] = cs_bulk_sink_open(rels[k], t, nspid, frozen, false, cxts[k]);
	}

	/* the rows are built here and copied into their shard's batch */
	gencxt = AllocSetContextCreate(old, "commerce_seed rows", ALLOCSET_DEFAULT_SIZES);
	ids.next = ids.next_other = 1;
	by_unit = keyed_by_unit(t, dist_col);
	MemoryContextSwitchTo(gencxt);
	for (u = 0; u < units; u++)
	{
		if (by_unit &&
			shard_of(&router, DatumGetInt32(DirectFunctionCall1(hashint8, Int64GetDatum(u + 1)))) < 0)
		{
			/* another node's: its rows only counted, for the ids of the next */
			t->emit(g, u, &ids, NULL);
			router.skipped++;
		}
		else
			t->emit(g, u, &ids, &router.pub);
		if ((u & 0xff) == 0)
		{
			MemoryContextReset(gencxt);
			CHECK_FOR_INTERRUPTS();
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(gencxt);

	for (k = 0; k < nshards; k++)
	{
		rows += router.sinks[k]->rows;
		cs_bulk_sink_close(router.sinks[k]);
		table_close(rels[k], NoLock);
		MemoryContextDelete(cxts[k]);
	}
	CommandCounterIncrement();
	for (k = 0; k < nshards; k++)
	{
		CHECK_FOR_INTERRUPTS();
		CS_REINDEX_RELATION(relids[k], REINDEX_REL_CHECK_CONSTRAINTS, &params);
		CommandCounterIncrement();
	}
	elog(DEBUG1, "commerce_seed: %s: " INT64_FORMAT " rows into %d shards, " INT64_FORMAT " rows or units for other nodes",
		 t->name, rows, nshards, router.skipped);
	return rows;
}
