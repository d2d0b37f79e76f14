/*-------------------------------------------------------------------------
 *
 * entry.c
 *	  The SQL-callable functions: commerce_seed(), one set-returning
 *	  function per table (commerce_seed_<table>) and commerce_seed_sizes().
 *
 * Every argument is checked here, before any work; the generators may then
 * assume sane values.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "commerce_seed.h"
#include "compat.h"
#include "seed.h"
#include "sink.h"

PG_MODULE_MAGIC;

/* commerce_seed.srf_max_rows: the most rows one materialized (FROM) call may produce */
int			cs_srf_max_rows = 20000000;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("commerce_seed.srf_max_rows",
							"Largest number of rows one commerce_seed_<table>() call in FROM may return.",
							"A call in FROM gathers all its rows in a tuplestore that spills to temporary "
							"files before the first is read; this bounds what one such call by any role "
							"can consume. A call in the SELECT list streams and is not limited. "
							"0 means no limit.",
							&cs_srf_max_rows,
							20000000, 0, INT_MAX,
							PGC_SUSET, 0,
							NULL, NULL, NULL);
	DefineCustomBoolVariable("commerce_seed.advance_check_all",
							 "Makes commerce_seed_advance() regenerate every unit and check the horizons.",
							 "A testing aid: an advance then regenerates every row of every table instead "
							 "of the units that may have changed, and fails if a row changes before its "
							 "table's horizon or in a unit its quick test calls quiet. Slow.",
							 &cs_advance_check_all,
							 false,
							 PGC_USERSET, GUC_NOT_IN_SAMPLE,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("commerce_seed");
}

/* Argument n, or an error naming it when NULL. */
static void
require_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", name)));
}

/*
 * The seed argument: bigint, or integer in the overloads that make a call
 * with an integer literal an exact match (schema/50_functions.sql); the
 * declared type tells which, since the two share this C function.
 */
static int64
get_seed_arg(FunctionCallInfo fcinfo, int n)
{
	HeapTuple	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
	Oid			type;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
	type = ((Form_pg_proc) GETSTRUCT(tup))->proargtypes.values[n];
	ReleaseSysCache(tup);
	return type == INT4OID ? (int64) PG_GETARG_INT32(n) : PG_GETARG_INT64(n);
}

/* scale, seed, start_date, end_date at the given argument positions */
static void
read_common_args(FunctionCallInfo fcinfo, int scale_arg, int seed_arg, int start_arg, int end_arg,
				 int32 *scale, int64 *seed, DateADT *start, DateADT *end)
{
	require_arg(fcinfo, scale_arg, "scale");
	require_arg(fcinfo, seed_arg, "seed");
	require_arg(fcinfo, start_arg, "start_date");
	require_arg(fcinfo, end_arg, "end_date");
	*scale = PG_GETARG_INT32(scale_arg);
	*seed = get_seed_arg(fcinfo, seed_arg);
	*start = PG_GETARG_DATEADT(start_arg);
	*end = PG_GETARG_DATEADT(end_arg);
	cs_validate_args(*scale, *start, *end);
}

/* The schema the extension lives in: that of the function being called. */
static Oid
extension_schema(FunctionCallInfo fcinfo)
{
	return get_func_namespace(fcinfo->flinfo->fn_oid);
}

/*
 * commerce_seed(scale int, seed bigint, start_date date, end_date date)
 *	RETURNS TABLE (table_name text, rows bigint)
 *
 * Replaces the content of every table with the dataset for these arguments
 * and returns the rows written per table, in seeding order.
 */
PG_FUNCTION_INFO_V1(commerce_seed);
Datum
commerce_seed(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GenCtx		g;
	int32		scale;
	int64		seed;
	DateADT		start,
				end;
	int64	   *rows;
	Oid			nspid;
	int			i;

	read_common_args(fcinfo, 0, 1, 2, 3, &scale, &seed, &start, &end);
	nspid = extension_schema(fcinfo);

	InitMaterializedSRF(fcinfo, 0);
	cs_init_context(&g, scale, seed, start, end);
	cs_load_enums(&g, nspid);
	rows = palloc0(sizeof(int64) * cs_ntables);
	cs_seed_all(&g, nspid, rows);

	for (i = 0; i < cs_ntables; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(cs_tables[i]->name);
		values[1] = Int64GetDatum(rows[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * commerce_seed_<table>(scale, seed, chunk, chunks, start_date, end_date)
 *	RETURNS SETOF <table>
 *
 * The rows commerce_seed() writes into the table for the same arguments.
 * The table's driver units (customers, orders, ...) are split into chunks
 * equal parts and only part chunk (0-based) is produced; the union of the
 * parts is the whole table, with the same ids.
 *
 * Two ways out, chosen by what the caller can take.  A function in FROM is
 * always read to the end into a tuplestore by the executor before the first
 * row moves on (it says so with SFRM_Materialize_Preferred): there the rows
 * go into that tuplestore directly, at most commerce_seed.srf_max_rows of
 * them, since it spills to temporary files.  Anywhere else (the SELECT list,
 * where ProjectSet asks for one row at a time) the function is value-per-call:
 * it generates one driver unit at a time into a context of its own, hands
 * out that unit's rows, and resets the context before the next unit, so a
 * LIMIT stops the generation and an export keeps neither memory nor
 * temporary files that grow with its size.
 */
typedef struct TableSlice
{
	int			table;			/* index into cs_tables */
	int32		scale;
	int64		seed;
	DateADT		start,
				end;
	int32		chunk,
				chunks;
} TableSlice;

/* What a value-per-call call keeps between rows (in multi_call_memory_ctx). */
typedef struct TableStream
{
	GenCtx		g;
	int			table;
	RowIds		ids;			/* the ids of the next unit's first row */
	int64		unit;			/* the next driver unit to generate */
	int64		hi;				/* the end of the slice */
	RowSink    *rows;			/* the current unit's rows (a unit sink) */
	MemoryContext unitcxt;		/* the unit's rows and scratch, reset per unit */
} TableStream;

/* Check every argument of a table SRF, before any work. */
static void
read_slice_args(FunctionCallInfo fcinfo, const char *table, TableSlice *a)
{
	a->table = cs_table_index(table);
	if (a->table < 0)
		elog(ERROR, "unknown table \"%s\"", table);
	read_common_args(fcinfo, 0, 1, 4, 5, &a->scale, &a->seed, &a->start, &a->end);
	require_arg(fcinfo, 2, "chunk");
	require_arg(fcinfo, 3, "chunks");
	a->chunk = PG_GETARG_INT32(2);
	a->chunks = PG_GETARG_INT32(3);
	if (a->chunks < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("chunks must be at least 1")));
	if (a->chunk < 0 || a->chunk >= a->chunks)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("chunk must be between 0 and %d", a->chunks - 1),
				 errdetail("Chunks are numbered from 0 to chunks - 1.")));
}

/* Set up g for the slice and return its driver units [*lo, *hi). */
static void
init_slice(FunctionCallInfo fcinfo, const TableSlice *a, GenCtx *g, int64 *lo, int64 *hi)
{
	int64		units;

	cs_init_context(g, a->scale, a->seed, a->start, a->end);
	cs_load_enums(g, extension_schema(fcinfo));
	units = cs_driver_units(g, cs_tables[a->table]->driver);
	*lo = (int64) cs_slice_bound(units, a->chunk, a->chunks);
	*hi = (int64) cs_slice_bound(units, a->chunk + 1, a->chunks);
}

/* The whole slice into the caller's tuplestore (materialize mode). */
static Datum
table_srf_materialize(FunctionCallInfo fcinfo, const TableSlice *a)
{
	int64		lo,
				hi;
	GenCtx		g;
	MemoryContext rowcxt,
				old;
	RowSink    *sink;

	init_slice(fcinfo, a, &g, &lo, &hi);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "commerce_seed rows",
								   ALLOCSET_DEFAULT_SIZES);
	sink = cs_srf_sink(fcinfo, cs_tables[a->table], extension_schema(fcinfo), rowcxt);
	old = MemoryContextSwitchTo(rowcxt);
	cs_generate_slice(&g, a->table, lo, hi, sink);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

static Datum
table_srf(FunctionCallInfo fcinfo, const char *table)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	FuncCallContext *funcctx;
	TableStream *st;
	HeapTuple	tuple;

	if (SRF_IS_FIRSTCALL())
	{
		TableSlice	a;
		TupleDesc	desc;
		MemoryContext old;
		int64		lo;

		read_slice_args(fcinfo, table, &a);
		if (rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) &&
			(rsinfo->allowedModes & SFRM_Materialize_Preferred) &&
			(rsinfo->allowedModes & SFRM_Materialize))
			return table_srf_materialize(fcinfo, &a);

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type of commerce_seed_%s() must be a row type", table);
		desc = BlessTupleDesc(desc);
		st = palloc0(sizeof(TableStream));
		st->table = a.table;
		init_slice(fcinfo, &a, &st->g, &lo, &st->hi);
		st->unitcxt = AllocSetContextCreate(funcctx->multi_call_memory_ctx,
											"commerce_seed unit", ALLOCSET_DEFAULT_SIZES);
		st->rows = cs_unit_sink_create(desc, cs_tables[a.table], extension_schema(fcinfo),
									   st->unitcxt);
		cs_slice_start(&st->g, a.table, lo, &st->ids);
		st->unit = lo;
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(old);
	}

	funcctx = SRF_PERCALL_SETUP();
	st = (TableStream *) funcctx->user_fctx;
	while ((tuple = cs_unit_sink_next(st->rows)) == NULL)
	{
		const TableSpec *t = cs_tables[st->table];
		MemoryContext old;

		if (st->unit >= st->hi)
			SRF_RETURN_DONE(funcctx);
		/* the caller is done with the previous unit's last row */
		cs_unit_sink_reset(st->rows);
		old = MemoryContextSwitchTo(st->unitcxt);
		t->emit(&st->g, st->unit++, &st->ids, st->rows);
		MemoryContextSwitchTo(old);
		CHECK_FOR_INTERRUPTS();
	}
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}

#define TABLE_SRF(t) \
PG_FUNCTION_INFO_V1(commerce_seed_##t); \
Datum commerce_seed_##t(PG_FUNCTION_ARGS) { return table_srf(fcinfo, #t); }

TABLE_SRF(customers)
TABLE_SRF(suppliers)
TABLE_SRF(categories)
TABLE_SRF(products)
TABLE_SRF(warehouses)
TABLE_SRF(addresses)
TABLE_SRF(orders)
TABLE_SRF(order_items)
TABLE_SRF(inventory)
TABLE_SRF(payments)
TABLE_SRF(shipments)
TABLE_SRF(carts)
TABLE_SRF(cart_items)
TABLE_SRF(reviews)
TABLE_SRF(returns)
TABLE_SRF(coupons)
TABLE_SRF(coupon_redemptions)
TABLE_SRF(loyalty_accounts)
TABLE_SRF(loyalty_ledger)
TABLE_SRF(gift_cards)
TABLE_SRF(purchase_orders)
TABLE_SRF(purchase_order_items)
TABLE_SRF(supplier_payments)
TABLE_SRF(product_attributes)
TABLE_SRF(product_images)
TABLE_SRF(support_tickets)
TABLE_SRF(ticket_messages)
TABLE_SRF(user_sessions)
TABLE_SRF(audit_events)

/*
 * commerce_seed_sizes(scale int, seed bigint, start_date date, end_date date)
 *	RETURNS TABLE (table_name text, driver text, planned_rows bigint,
 *				   exact boolean, est_bytes bigint)
 *
 * The rows each table will get, without generating them: counted by the
 * generators' own counting path (cs_count_rows), exactly up to
 * CS_COUNT_UNITS driver units, from an even sample of that many above.
 */
PG_FUNCTION_INFO_V1(commerce_seed_sizes);
Datum
commerce_seed_sizes(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GenCtx		g;
	int32		scale;
	int64		seed;
	DateADT		start,
				end;
	int64	   *rows;
	bool	   *exact;
	int			i;

	read_common_args(fcinfo, 0, 1, 2, 3, &scale, &seed, &start, &end);
	InitMaterializedSRF(fcinfo, 0);
	cs_init_context(&g, scale, seed, start, end);
	/* rows still to come are told apart by making the recent units' rows, enums and all */
	cs_load_enums(&g, extension_schema(fcinfo));
	rows = palloc(sizeof(int64) * cs_ntables);
	exact = palloc(sizeof(bool) * cs_ntables);
	cs_count_rows(&g, rows, exact);

	for (i = 0; i < cs_ntables; i++)
	{
		const TableSpec *t = cs_tables[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = CStringGetTextDatum(t->name);
		values[1] = CStringGetTextDatum(cs_driver_name(t->driver));
		values[2] = Int64GetDatum(rows[i]);
		values[3] = BoolGetDatum(exact[i]);
		values[4] = Int64GetDatum(rows[i] * t->approx_row_bytes);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* A one-dimensional array argument without nulls, as C values; n its length. */
static Datum *
array_arg(FunctionCallInfo fcinfo, int arg, const char *name, Oid elemtype, int *n)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			i;

	require_arg(fcinfo, arg, name);
	a = PG_GETARG_ARRAYTYPE_P(arg);
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", name)));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(a, elemtype, typlen, typbyval, typalign, &elems, &nulls, n);
	for (i = 0; i < *n; i++)
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain nulls", name)));
	return elems;
}

/*
 * commerce_seed_fill_shards(table_name text, distribution_column text,
 *		shards regclass[], hash_min integer[], hash_max integer[],
 *		scale integer, seed bigint, start_date date, end_date date)
 *	RETURNS bigint
 *
 * Fills the given empty shard relations of one table with the generated
 * rows whose distribution value hashes (hashint8) into the shard's range,
 * [hash_min[k], hash_max[k]]; rows outside every range belong to another
 * node and are not made into tuples.  distribution_column NULL means a
 * reference table: one shard, which gets every row.  See distributed.c.
 */
PG_FUNCTION_INFO_V1(commerce_seed_fill_shards);
Datum
commerce_seed_fill_shards(PG_FUNCTION_ARGS)
{
	GenCtx		g;
	int32		scale;
	int64		seed;
	DateADT		start,
				end;
	char	   *table_name;
	int			table;
	int			dist_col = -1;
	Datum	   *shard_d,
			   *min_d,
			   *max_d;
	int			nshards,
				nmin,
				nmax;
	Oid		   *relids;
	int32	   *hash_min,
			   *hash_max;
	int		   *order;
	int			i,
				j;

	require_arg(fcinfo, 0, "table_name");
	table_name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	table = cs_table_index(table_name);
	if (table < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("commerce_seed generates no table \"%s\"", table_name)));
	if (!PG_ARGISNULL(1))
	{
		char	   *col = text_to_cstring(PG_GETARG_TEXT_PP(1));
		const TableSpec *t = cs_tables[table];

		for (i = 0; i < t->ncols; i++)
			if (strcmp(t->cols[i].name, col) == 0)
				dist_col = i;
		if (dist_col < 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("table \"%s\" has no column \"%s\"", table_name, col)));
		if (t->cols[dist_col].typid != INT8OID || t->cols[dist_col].nullable)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("column \"%s\" of table \"%s\" cannot be a distribution column", col, table_name),
					 errdetail("Shards are routed by bigint columns that are never null.")));
	}
	shard_d = array_arg(fcinfo, 2, "shards", REGCLASSOID, &nshards);
	min_d = array_arg(fcinfo, 3, "hash_min", INT4OID, &nmin);
	max_d = array_arg(fcinfo, 4, "hash_max", INT4OID, &nmax);
	if (nmin != nshards || nmax != nshards)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("shards, hash_min and hash_max must have the same length")));
	if (nshards == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("shards must not be empty")));
	if (dist_col < 0 && nshards != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a reference table has exactly one shard"),
				 errdetail("%d shards were given without a distribution column.", nshards)));
	read_common_args(fcinfo, 5, 6, 7, 8, &scale, &seed, &start, &end);

	/* ranges sorted by their start, and disjoint, for the binary search */
	order = palloc(sizeof(int) * nshards);
	for (i = 0; i < nshards; i++)
	{
		if (DatumGetInt32(min_d[i]) > DatumGetInt32(max_d[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("hash_min[%d] must not be greater than hash_max[%d]", i + 1, i + 1)));
		for (j = i; j > 0 && DatumGetInt32(min_d[order[j - 1]]) > DatumGetInt32(min_d[i]); j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	relids = palloc(sizeof(Oid) * nshards);
	hash_min = palloc(sizeof(int32) * nshards);
	hash_max = palloc(sizeof(int32) * nshards);
	for (i = 0; i < nshards; i++)
	{
		relids[i] = DatumGetObjectId(shard_d[order[i]]);
		hash_min[i] = DatumGetInt32(min_d[order[i]]);
		hash_max[i] = DatumGetInt32(max_d[order[i]]);
		if (i > 0 && hash_min[i] <= hash_max[i - 1])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the hash ranges of the shards overlap")));
		for (j = 0; j < i; j++)
			if (relids[j] == relids[i])
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("shard \"%s\" is given more than once", get_rel_name(relids[i]))));
	}

	/* a shard is a plain table: a table Citus manages is the shell of one */
	i = cs_citus_managed(relids, nshards);
	if (i >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is a table that Citus manages, not one of its shards", get_rel_name(relids[i])),
				 errdetail("Rows written into its own storage would not be seen by any query."),
				 errhint("Pass the shard tables (shard_name() gives their names), as commerce_seed_fill_node() does.")));

	cs_init_context(&g, scale, seed, start, end);
	cs_load_enums(&g, extension_schema(fcinfo));
	PG_RETURN_INT64(cs_fill_shards(&g, table, dist_col, nshards, relids, hash_min, hash_max,
								   extension_schema(fcinfo)));
}
