/*-------------------------------------------------------------------------
 *
 * sink.c
 *	  Row sinks: a tuplestore for the set-returning functions called where
 *	  the whole result is stored anyway, one driver unit's rows for those
 *	  that stream, and the bulk loader that writes heap pages directly, as
 *	  COPY FROM does.
 *
 * Memory: generators build a row's Datums in CurrentMemoryContext, which
 * the caller points at a batch context.  The SRF sink copies each row into
 * the tuplestore; the bulk sink keeps up to BULK_BATCH rows in virtual slots
 * and hands them to table_multi_insert.  Either way, once the rows are
 * stored the batch context is reset, so memory does not grow with the data.
 * The unit sink forms each row of one driver unit as a tuple in the unit's
 * context and hands them out one by one; the caller resets that context
 * before the next unit, when the last row has been consumed.
 *
 * The bulk sink maintains no index and fires no trigger: the caller rebuilds
 * the indexes once after the load (checking uniqueness), and the generators
 * guarantee what the skipped constraints and foreign keys would have checked.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/progress.h"
#include "pgstat.h"
#include "storage/bufmgr.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "catalog/pg_collation.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

#include "commerce_seed.h"
#include "sink.h"

#define BULK_BATCH 1000
#define SRF_BATCH 1000

/*
 * Refuse to write into a relation that is not what the generator's rows were
 * made for: the bulk path stores the Datums as they are, without the
 * executor's coercions and checks.  Everything it relies on is compared:
 * a plain heap table, the column order and names (dropped columns stay in the
 * tuple as nulls), types and typmods, collations, NOT NULL only where the
 * generator never writes NULL, and no generated columns.  A user who altered
 * the table, or a script and library of different versions, get an error
 * (SQLSTATE 42804) before anything is written.
 */
static void
shape_error(const TableSpec *t, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("table \"%s\" does not have the columns commerce_seed generates", t->name),
			 errdetail_internal("%s", detail),
			 errhint("Reinstall the extension, or restore the table's original definition.")));
}

int *
cs_check_tupdesc(TupleDesc desc, const TableSpec *t, Oid nspid)
{
	int		   *map = palloc(sizeof(int) * t->ncols);
	int			col = 0;
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		const ColumnSpec *c;
		Oid			want;
		int32		want_typmod;
		Oid			want_coll;

		if (att->attisdropped)
			continue;
		if (col >= t->ncols)
			shape_error(t, psprintf("Column \"%s\" is not one of the %d columns it generates.",
									NameStr(att->attname), t->ncols));
		c = &t->cols[col];
		want = OidIsValid(c->typid) ? c->typid : cs_enum_type_oid(nspid, c->enum_type);
		want_typmod = c->precision > 0 ? ((c->precision << 16) | c->scale) + VARHDRSZ : -1;
		want_coll = !type_is_collatable(want) ? InvalidOid :
			c->c_collation ? C_COLLATION_OID : DEFAULT_COLLATION_OID;
		if (strcmp(NameStr(att->attname), c->name) != 0 ||
			att->atttypid != want || att->atttypmod != want_typmod)
			shape_error(t, psprintf("Column %d should be \"%s\" of type %s.", col + 1,
									c->name, format_type_with_typemod(want, want_typmod)));
		if (att->attcollation != want_coll)
			shape_error(t, psprintf("Column \"%s\" should have collation \"%s\".",
									c->name, get_collation_name(want_coll)));
		if (att->attnotnull && c->nullable)
			shape_error(t, psprintf("Column \"%s\" is NOT NULL, but commerce_seed leaves it null in some rows.",
									c->name));
		if (att->attgenerated != '\0')
			shape_error(t, psprintf("Column \"%s\" is a generated column.", c->name));
		map[col++] = i;
	}
	if (col != t->ncols)
		shape_error(t, psprintf("It has %d columns, %d were expected.", col, t->ncols));
	return map;
}

/* Spread the generator's columns over the relation's attributes (dropped ones null). */
static void
scatter(const RowSink *sink, const int *map, Datum *values, bool *nulls)
{
	int			i;

	for (i = 0; i < sink->natts; i++)
	{
		values[map[i]] = sink->values[i];
		nulls[map[i]] = sink->nulls[i];
	}
}

/* SRF sink */

typedef struct SrfSink
{
	RowSink		pub;
	int		   *map;
	Datum	   *values;			/* all attributes of the result type */
	bool	   *nulls;
	const char *table;
	Tuplestorestate *store;
	TupleDesc	desc;
	MemoryContext rowcxt;
	int			pending;
} SrfSink;

static void
srf_put(RowSink *self)
{
	SrfSink    *s = (SrfSink *) self;

	if (cs_srf_max_rows > 0 && self->rows >= cs_srf_max_rows)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("commerce_seed_%s() would return more than %d rows", s->table, cs_srf_max_rows),
				 errdetail("A call in FROM stores all its rows before the first is read."),
				 errhint("Call it in the SELECT list to stream the rows, as in SELECT (commerce_seed_%s(...)).*, "
						 "or ask for fewer rows at a time with the chunk and chunks arguments, "
						 "or have a superuser raise commerce_seed.srf_max_rows.", s->table)));
	scatter(self, s->map, s->values, s->nulls);
	tuplestore_putvalues(s->store, s->desc, s->values, s->nulls);
	if (++s->pending >= SRF_BATCH)
	{
		MemoryContextReset(s->rowcxt);
		s->pending = 0;
	}
}

/*
 * Set up materialize-mode output for fcinfo and return a sink writing to it.
 * rowcxt is the context the generator allocates in, reset every SRF_BATCH rows.
 */
RowSink *
cs_srf_sink(FunctionCallInfo fcinfo, const TableSpec *t, Oid nspid, MemoryContext rowcxt)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	SrfSink    *s;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);

	s = palloc0(sizeof(SrfSink));
	s->map = cs_check_tupdesc(rsinfo->setDesc, t, nspid);
	s->values = palloc0(sizeof(Datum) * rsinfo->setDesc->natts);
	s->nulls = palloc(sizeof(bool) * rsinfo->setDesc->natts);
	memset(s->nulls, true, sizeof(bool) * rsinfo->setDesc->natts);
	s->table = t->name;
	s->store = rsinfo->setResult;
	s->desc = rsinfo->setDesc;
	s->rowcxt = rowcxt;
	s->pub.natts = t->ncols;
	s->pub.values = palloc0(sizeof(Datum) * t->ncols);
	s->pub.nulls = palloc0(sizeof(bool) * t->ncols);
	s->pub.put = srf_put;
	return &s->pub;
}

/* Unit sink */

typedef struct UnitSink
{
	RowSink		pub;
	int		   *map;
	Datum	   *values;			/* all attributes of the result type */
	bool	   *nulls;
	TupleDesc	desc;
	MemoryContext unitcxt;		/* holds the tuples and the rows array */
	HeapTuple  *rows;
	int			nrows;
	int			maxrows;
	int			next;			/* the next row to hand out */
} UnitSink;

static void
unit_put(RowSink *self)
{
	UnitSink   *s = (UnitSink *) self;
	MemoryContext old = MemoryContextSwitchTo(s->unitcxt);

	if (s->nrows == s->maxrows)
	{
		s->maxrows = Max(16, s->maxrows * 2);
		s->rows = s->rows == NULL ? palloc(sizeof(HeapTuple) * s->maxrows) :
			repalloc(s->rows, sizeof(HeapTuple) * s->maxrows);
	}
	scatter(self, s->map, s->values, s->nulls);
	s->rows[s->nrows++] = heap_form_tuple(s->desc, s->values, s->nulls);
	MemoryContextSwitchTo(old);
}

/*
 * A sink that keeps the rows of one driver unit as tuples of desc (a blessed
 * descriptor of the table's row type), for a value-per-call SRF.  unitcxt is
 * the context the generator allocates in and the tuples live in; only
 * cs_unit_sink_reset() resets it.
 */
RowSink *
cs_unit_sink_create(TupleDesc desc, const TableSpec *t, Oid nspid, MemoryContext unitcxt)
{
	UnitSink   *s = palloc0(sizeof(UnitSink));

	s->map = cs_check_tupdesc(desc, t, nspid);
	s->values = palloc0(sizeof(Datum) * desc->natts);
	s->nulls = palloc(sizeof(bool) * desc->natts);
	memset(s->nulls, true, sizeof(bool) * desc->natts);
	s->desc = desc;
	s->unitcxt = unitcxt;
	s->pub.natts = t->ncols;
	s->pub.values = palloc0(sizeof(Datum) * t->ncols);
	s->pub.nulls = palloc0(sizeof(bool) * t->ncols);
	s->pub.put = unit_put;
	return &s->pub;
}

/* The next row of the unit not handed out yet, or NULL when none is left. */
HeapTuple
cs_unit_sink_next(RowSink *sink)
{
	UnitSink   *s = (UnitSink *) sink;

	return s->next < s->nrows ? s->rows[s->next++] : NULL;
}

/* Forget the unit's rows and free them with everything else of the unit. */
void
cs_unit_sink_reset(RowSink *sink)
{
	UnitSink   *s = (UnitSink *) sink;

	MemoryContextReset(s->unitcxt);
	s->rows = NULL;
	s->nrows = s->maxrows = s->next = 0;
}

/* Bulk sink */

typedef struct BulkSink
{
	RowSink		pub;
	int		   *map;
	Relation	rel;
	BulkInsertState bistate;
	CommandId	cid;
	int			options;
	TupleTableSlot *slots[BULK_BATCH];
	int			nslots;			/* slots created so far */
	int			used;			/* slots holding a row */
	int64		written;		/* rows handed to the table so far */
	bool		progress;		/* report to pg_stat_progress_copy */
	MemoryContext batchcxt;
	MemoryContext slotcxt;		/* outlives the batches: holds the slots */
} BulkSink;

static void
bulk_flush(BulkSink *s)
{
	int			i;

	if (s->used == 0)
		return;
	table_multi_insert(s->rel, s->slots, s->used, s->cid, s->options, s->bistate);
	for (i = 0; i < s->used; i++)
		ExecClearTuple(s->slots[i]);
	s->written += s->used;
	s->used = 0;

	/* what pg_stat_progress_copy shows another session */
	if (s->progress)
	{
		const int	index[2] = {PROGRESS_COPY_TUPLES_PROCESSED, PROGRESS_COPY_BYTES_PROCESSED};
		int64		val[2];

		val[0] = s->written;
		val[1] = (int64) RelationGetNumberOfBlocks(s->rel) * BLCKSZ;
		pgstat_progress_update_multi_param(2, index, val);
	}
	MemoryContextReset(s->batchcxt);
}

static void
bulk_put(RowSink *self)
{
	BulkSink   *s = (BulkSink *) self;
	TupleTableSlot *slot;

	if (s->used == s->nslots)
	{
		MemoryContext old = MemoryContextSwitchTo(s->slotcxt);

		s->slots[s->nslots++] = table_slot_create(s->rel, NULL);
		MemoryContextSwitchTo(old);
	}
	slot = s->slots[s->used++];
	ExecClearTuple(slot);
	memset(slot->tts_isnull, true, sizeof(bool) * slot->tts_tupleDescriptor->natts);
	scatter(self, s->map, slot->tts_values, slot->tts_isnull);
	ExecStoreVirtualTuple(slot);
	if (s->used == BULK_BATCH)
		bulk_flush(s);
}

/*
 * Open a bulk sink on rel, which the caller has locked and checked.  With
 * frozen, rows are written frozen and pages marked all-visible (COPY FREEZE);
 * the caller only asks for it when the relation's storage is new in this
 * subtransaction.  With progress, it reports its rows and the table's size
 * to pg_stat_progress_copy.  batchcxt is the context the generator allocates
 * in for this table, reset after every batch.
 */
RowSink *
cs_bulk_sink_open(Relation rel, const TableSpec *t, Oid nspid, bool frozen,
				  bool progress, MemoryContext batchcxt)
{
	BulkSink   *s = palloc0(sizeof(BulkSink));

	s->map = cs_check_tupdesc(RelationGetDescr(rel), t, nspid);
	s->rel = rel;
	s->bistate = GetBulkInsertState();
	s->cid = GetCurrentCommandId(true);
	s->options = frozen ? (TABLE_INSERT_SKIP_FSM | TABLE_INSERT_FROZEN) : 0;
	s->batchcxt = batchcxt;
	s->progress = progress;
	s->slotcxt = CurrentMemoryContext;
	s->pub.natts = t->ncols;
	s->pub.values = palloc0(sizeof(Datum) * t->ncols);
	s->pub.nulls = palloc0(sizeof(bool) * t->ncols);
	s->pub.put = bulk_put;
	return &s->pub;
}

/*
 * Put a row built elsewhere (a routing sink's arrays, in a context that is
 * reset on the router's schedule, not this sink's): the values passed by
 * reference are copied into this sink's batch context, which lives until
 * the batch is written.
 */
void
cs_bulk_sink_put_copy(RowSink *sink, const Datum *values, const bool *nulls)
{
	BulkSink   *s = (BulkSink *) sink;
	TupleDesc	desc = RelationGetDescr(s->rel);
	MemoryContext old = MemoryContextSwitchTo(s->batchcxt);
	int			i;

	for (i = 0; i < sink->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, s->map[i]);

		sink->nulls[i] = nulls[i];
		sink->values[i] = nulls[i] ? (Datum) 0 :
			datumCopy(values[i], att->attbyval, att->attlen);
	}
	MemoryContextSwitchTo(old);
	cs_sink_put(sink);
}

void
cs_bulk_sink_close(RowSink *sink)
{
	BulkSink   *s = (BulkSink *) sink;
	int			i;

	bulk_flush(s);
	table_finish_bulk_insert(s->rel, s->options);
	FreeBulkInsertState(s->bistate);
	for (i = 0; i < s->nslots; i++)
		ExecDropSingleTupleTableSlot(s->slots[i]);
	pfree(s);
}
