/*-------------------------------------------------------------------------
 *
 * workload.c
 *	  What an application workload on the seeded shop needs from the
 *	  generator (the scripts in workload/): customers and products drawn with the
 *	  generator's own skew, and the seeded identifiers (email, SKU, coupon
 *	  code) of an id, so that a client can act as a shopper would without
 *	  first reading the tables.
 *
 * Every function reads the dataset's arguments from seed_info (one row,
 * written by commerce_seed(); see init_from_seed_info) and is a pure
 * function of them and of its own arguments.  A pick maps a draw in [0, 1) to a row of a stream of its
 * own, so the same draw gives the same id and uniform draws give the
 * generator's distribution at the dataset's as-of instant.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/table.h"
#include "access/tableam.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"

#include "commerce_seed.h"
#include "compat.h"
#include "random.h"

/*
 * The dataset the tables of the function's schema hold, or an error.
 *
 * seed_info is read straight from its heap, not through a query: a query
 * would run whatever its owner attached to it (a policy's expressions, a
 * view's functions if the table were made a view) with the rights of the
 * caller, who may be a superuser running the workload.  So the relation
 * must be a plain table the caller may read, without row-level security
 * for the caller (the scan would bypass it), with the columns of the
 * extension's definition; and it must hold exactly one row.
 */
static void
init_from_seed_info(FunctionCallInfo fcinfo, GenCtx *g)
{
	static const struct
	{
		const char *name;
		Oid			type;
	}			cols[5] = {{"scale", INT4OID}, {"seed", INT8OID}, {"start_date", DATEOID}, {"end_date", DATEOID},
	{"as_of", TIMESTAMPTZOID}};
	Oid			nspid = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			relid = get_relname_relid("seed_info", nspid);
	Relation	rel;
	AclResult	acl;
	AttrNumber	attnum[5];
	Datum		val[5];
	TableScanDesc scan;
	TupleTableSlot *slot;
	int64		rows = 0;
	int			i;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"%s.seed_info\" does not exist", get_namespace_name(nspid)),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	rel = table_open(relid, AccessShareLock);
	if (rel->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", RelationGetRelationName(rel)),
				 errdetail("The workload helpers read the dataset's arguments from table seed_info of extension \"commerce_seed\".")));
	acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, RelationGetRelationName(rel));
	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot read table \"seed_info\" because row-level security applies to it"),
				 errhint("Run it as a role with BYPASSRLS, or disable row-level security on seed_info.")));
	for (i = 0; i < (int) lengthof(cols); i++)
	{
		attnum[i] = get_attnum(relid, cols[i].name);
		if (attnum[i] == InvalidAttrNumber ||
			TupleDescAttr(RelationGetDescr(rel), attnum[i] - 1)->atttypid != cols[i].type)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("column \"%s\" of table \"seed_info\" is not as the extension defines it", cols[i].name),
					 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	}

	slot = table_slot_create(rel, NULL);
	scan = CS_TABLE_BEGINSCAN(rel, GetActiveSnapshot());
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		if (++rows > 1)
			break;
		for (i = 0; i < (int) lengthof(cols); i++)
		{
			bool		isnull;

			val[i] = slot_getattr(slot, attnum[i], &isnull);
			if (isnull)
				ereport(ERROR,
						(errcode(ERRCODE_NOT_NULL_VIOLATION),
						 errmsg("column \"%s\" of table \"seed_info\" is null", cols[i].name)));
		}
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	table_close(rel, AccessShareLock);

	if (rows == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the shop has not been seeded"),
				 errdetail("Table %s.seed_info has no row: commerce_seed() has not filled the tables in this database.",
						   get_namespace_name(nspid)),
				 errhint("Run SELECT commerce_seed(scale, seed) first.")));
	if (rows > 1)
		ereport(ERROR,
				(errcode(ERRCODE_CARDINALITY_VIOLATION),
				 errmsg("table \"seed_info\" has more than one row"),
				 errdetail("A seed leaves exactly one row there; something else added rows."),
				 errhint("Seed again with commerce_seed().")));

	/* the as-of instant is the seed's or the last advance's */
	cs_check_seed_info(DatumGetInt32(val[0]), DatumGetDateADT(val[2]), DatumGetDateADT(val[3]),
					   DatumGetTimestampTz(val[4]));
	cs_init_context_asof(g, DatumGetInt32(val[0]), DatumGetInt64(val[1]),
						 DatumGetDateADT(val[2]), DatumGetTimestampTz(val[4]));
}

/* The row of a pick's stream that a draw in [0, 1) names, or an error. */
static uint64
draw_row(float8 draw)
{
	if (isnan(draw) || draw < 0.0 || draw >= 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("draw must be at least 0 and less than 1"),
				 errdetail("The value given was %g.", draw),
				 errhint("Pass a uniform random number, such as random().")));
	/* every double in [0, 1) that random() returns is a multiple of 2^-53 */
	return (uint64) ldexp(draw, 53);
}

/*
 * commerce_seed_pick_customer(draw double precision) RETURNS bigint
 *
 * A customer who might place an order at the dataset's as-of instant, drawn
 * as the generator draws an order's customer (cs_pick_customer): the loyal
 * core, recent sign-ups, anyone else; never a dormant or blocked account.
 */
PG_FUNCTION_INFO_V1(commerce_seed_pick_customer);
Datum
commerce_seed_pick_customer(PG_FUNCTION_ARGS)
{
	uint64		row = draw_row(PG_GETARG_FLOAT8(0));
	GenCtx		g;
	CsRand		r;

	init_from_seed_info(fcinfo, &g);
	cs_rand_init(&r, g.seed, ST_PICK_CUSTOMER, row);
	PG_RETURN_INT64(cs_pick_customer(&g, &r, g.t_end));
}

/*
 * commerce_seed_pick_product(draw double precision) RETURNS bigint
 *
 * A product for a basket line, drawn as the generator draws one
 * (cs_pick_line_product: popularity, then fewer takers as the price rises),
 * redrawn while it is discontinued (a shop no longer sells those) or not
 * listed yet at the as-of instant.
 */
#define PICK_PRODUCT_TRIES 16

PG_FUNCTION_INFO_V1(commerce_seed_pick_product);
Datum
commerce_seed_pick_product(PG_FUNCTION_ARGS)
{
	uint64		row = draw_row(PG_GETARG_FLOAT8(0));
	GenCtx		g;
	CsRand		r;
	int64		product_id = 0;
	int			tries;

	init_from_seed_info(fcinfo, &g);
	cs_rand_init(&r, g.seed, ST_PICK_PRODUCT, row);
	for (tries = 0; tries < PICK_PRODUCT_TRIES; tries++)
	{
		product_id = cs_pick_line_product(&g, &r);
		/* sold, and listed by the as-of instant */
		if (!cs_product_discontinued(&g, product_id) &&
			cs_product_created_at(&g, product_id) <= g.t_end)
			break;
	}
	PG_RETURN_INT64(product_id);
}

/* A sink that keeps the row it is given where the generator put it (cs_sink_put counts it). */
static void
keep_row(RowSink *self)
{
}

/*
 * The seeded text of column colname of row id of a table with one row per
 * driver unit (row id comes from unit id - 1), or NULL when the seed made no
 * such row.
 */
static Datum
seeded_text(FunctionCallInfo fcinfo, const char *table, const char *colname)
{
	int64		id = PG_GETARG_INT64(0);
	int			ti = cs_table_index(table);
	const TableSpec *t;
	GenCtx		g;
	RowSink		sink = {0};
	RowIds		ids;
	int			col;

	if (ti < 0)
		elog(ERROR, "table \"%s\" is not in the registry", table);
	t = cs_tables[ti];
	/* customers, products, coupons: row id is unit + 1, at most one row per unit */
	Assert(t->one_per_unit || strcmp(table, "products") == 0);
	for (col = 0; col < t->ncols; col++)
		if (strcmp(t->cols[col].name, colname) == 0)
			break;
	if (col == t->ncols)
		elog(ERROR, "table \"%s\" has no column \"%s\"", table, colname);

	init_from_seed_info(fcinfo, &g);
	if (id < 1 || id > cs_driver_units(&g, t->driver))
		PG_RETURN_NULL();
	/* a row is built, enum columns and all (the picks build none) */
	cs_load_enums(&g, get_func_namespace(fcinfo->flinfo->fn_oid));

	sink.natts = t->ncols;
	sink.values = palloc0(sizeof(Datum) * t->ncols);
	sink.nulls = palloc0(sizeof(bool) * t->ncols);
	sink.put = keep_row;
	/* one row per unit: the row of unit id - 1 has id id */
	ids.next = id;
	ids.next_other = 1;
	t->emit(&g, id - 1, &ids, &sink);
	if (sink.rows != 1 || sink.nulls[col])
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(DatumGetTextPCopy(sink.values[col]));
}

/* commerce_seed_customer_email(customer_id bigint) RETURNS text */
PG_FUNCTION_INFO_V1(commerce_seed_customer_email);
Datum
commerce_seed_customer_email(PG_FUNCTION_ARGS)
{
	return seeded_text(fcinfo, "customers", "email");
}

/* commerce_seed_product_sku(product_id bigint) RETURNS text */
PG_FUNCTION_INFO_V1(commerce_seed_product_sku);
Datum
commerce_seed_product_sku(PG_FUNCTION_ARGS)
{
	return seeded_text(fcinfo, "products", "sku");
}

/* commerce_seed_coupon_code(coupon_id bigint) RETURNS text */
PG_FUNCTION_INFO_V1(commerce_seed_coupon_code);
Datum
commerce_seed_coupon_code(PG_FUNCTION_ARGS)
{
	return seeded_text(fcinfo, "coupons", "code");
}
