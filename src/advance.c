/*-------------------------------------------------------------------------
 *
 * advance.c
 *	  commerce_seed_advance(): move the seeded shop's clock forward, writing
 *	  what happened in between through the executor.
 *
 * Every row is a pure function of (seed, driver unit, field) and of the
 * as-of instant only through time: units are numbered in the order they
 * come into being (context.c), everything that may still happen to a unit
 * is decided up front (cs_final), ids are kept for rows still to come, and
 * the as-of instant says how much has happened.  So the difference between
 * the data as of E1 and as of E2 is found unit by unit: generate a unit's
 * rows as of E1 and as of E2, compare them by primary key, and insert,
 * update or delete what differs.
 *
 * Which units can differ.  A unit's rows stop changing some time after it
 * came into being, within a horizon of its table's (horizon_days: an
 * order's loyalty redemptions, up to 125 days after it was placed, are the
 * last thing to happen to it; a customer's state and addresses within 830
 * days of sign-up).  The first unit that may still change after as-of E is
 * the table's frontier (cs_advance_lo); the seed records it, with the ids
 * it starts at, in seed_info.frontier, and an advance from E1 to E2 passes
 * over the units from E1's frontier to the last unit of E2, one pass per
 * driver (units outside, the driver's tables inside, as a seed loads them),
 * and records E2's frontier.  In that pass a unit whose rows cannot change
 * in (E1, E2] is only counted: an order settled for a table by what it
 * comes to (order_settled), a customer or a product without an event in
 * the interval (cs_customer_changes, cs_product_changes; products are
 * tested one by one from the first, as they change all their life: a
 * price change, a cycle count).  The others are generated as of E1 and as
 * of E2.  So the work grows with the horizons' units at the shop's daily
 * volume and with the rows that change, not with the shop's age.
 *
 * Who runs what.  Each statement runs as its table's owner, security-
 * restricted, with search_path pg_catalog, pg_temp and a GUC level of its
 * own, as maintenance commands and logical replication's apply run what a
 * table's owner put on it (triggers, CHECK and index expressions, forced
 * policies); the caller must have the owners' rights and the grants the
 * writes need, checked before anything of a table is read (check_caller).
 *
 * The rows an advance changes must be the rows the generator made as of
 * E1: each UPDATE and DELETE names the old row whole, and finds nothing if
 * an application changed it; the advance then stops with an error and
 * changes nothing.  Rows added by others with ids the generator will use
 * are found before any change (max(id) above the recorded last id).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "commerce_seed.h"
#include "compat.h"
#include "seed.h"
#include "sink.h"

/*
 * How long after its unit came into being a table's rows may still change,
 * in days (checked by sql/advance.sql with commerce_seed.advance_check_all,
 * which regenerates every unit and fails on a change before the frontier).
 * 0: a unit's rows never change once it exists.  -1: every unit may change
 * (products: tested one by one).
 */
static int
horizon_days(const TableSpec *t)
{
	static const struct
	{
		const char *table;
		int			days;
	}			horizons[] = {
		/*
		 * Bounds of the generators, not observations.  The order lifecycle:
		 * held or backordered 3 days, packed and dispatched within 2, a lane
		 * of up to 5 days at the slowest carrier's pace plus up to 9 days
		 * of delay, 3 days of failed attempts: delivered, refused or
		 * cancelled within 26 days of the order.
		 */
		{"orders", 45}, {"payments", 45}, {"shipments", 45},
		/* checkout and abandoned carts are filled on the order's day */
		{"carts", 2}, {"cart_items", 2},
		/* returns asked for within 11 days of delivery and decided within 7 */
		{"returns", 60},
		/* reviews within 33 days of delivery (after a return's request or rejection) */
		{"reviews", 80},
		/* points redeemed up to 90 days after the payment (cash on delivery: at delivery) */
		{"loyalty_ledger", 125},
		/* a ticket within 6 days of its event (a refund at the latest), its thread within weeks */
		{"support_tickets", 90}, {"ticket_messages", 90},
		/* sessions in progress at the as-of instant; browsing visits of the order's day */
		{"user_sessions", 2},
		/* an order's events within its lifecycle */
		{"audit_events", 45},
		/* received within 16 days of the order, paid within 45 days of that */
		{"purchase_orders", 20}, {"supplier_payments", 70},
		/* expires a year after issue, issued up to 120 days before its anchor */
		{"gift_cards", 500},
		/* gone quiet or blocked within two years (dormant 90 days later); addresses within 240 days */
		{"customers", 830}, {"addresses", 830},
		{"products", -1}, {"inventory", -1}, {"product_attributes", -1}, {"product_images", -1},
	};
	int			i;

	for (i = 0; i < (int) lengthof(horizons); i++)
		if (strcmp(horizons[i].table, t->name) == 0)
			return horizons[i].days;
	return 0;
}

bool		cs_advance_check_all = false;

/*
 * The first unit of table `table` whose rows may still change after
 * instant t (in context g, whose as-of instant is at least t): the table's
 * frontier.  For the audit events, a unit of the merged customers and
 * orders (the products before them are tested one by one).
 */
int64
cs_advance_lo(GenCtx *g, int table, TimestampTz t)
{
	const TableSpec *spec = cs_tables[table];
	int			days = horizon_days(spec);
	TimestampTz since = t - (int64) Max(days, 0) * US_DAY;

	if (days < 0)
		return 0;
	switch (spec->driver)
	{
		case DRV_CATEGORIES:
		case DRV_WAREHOUSES:
		case DRV_SUPPLIERS:
		case DRV_PRODUCTS:
		case DRV_COUPONS:
		case DRV_COUNT:
			/* never change once they exist (products: days < 0 above) */
			return cs_driver_units(g, spec->driver);
		case DRV_CUSTOMERS:
			return cs_customers_signed_up_by(g, since);
		case DRV_ORDERS:
			return cs_order_at(g, since);
		case DRV_GIFT_CARDS:
			{
				/* card u is anchored in [start + u step, start + (u + 1) step) */
				int64		step = cs_calendar_step(g, 50);

				if (since <= g->t_start)
					return 0;
				return Min((since - g->t_start) / step, cs_driver_units(g, DRV_GIFT_CARDS));
			}
		case DRV_PURCHASE_ORDERS:
			return cs_purchase_orders_by(g, since);
		case DRV_VISITS:
			return cs_merged_units_by(g, since);
		case DRV_AUDIT:
			return cs_driver_units(g, DRV_PRODUCTS) + cs_merged_units_by(g, since);
	}
	return 0;
}

/* The frontier entry of one table in seed_info.frontier, as JSON. */
void
cs_frontier_json(struct StringInfoData *buf, const TableSpec *t, int64 unit, const RowIds *at, int64 last_id)
{
	appendStringInfo(buf, "%s\"%s\": [" INT64_FORMAT ", " INT64_FORMAT ", " INT64_FORMAT ", " INT64_FORMAT "]",
					 buf->len > 1 ? ", " : "", t->name, unit, at->next, at->next_other, last_id);
}

/* What one table's advance needs: its statements, the row shape, the counts. */
typedef struct TableWork
{
	const TableSpec *spec;
	Relation	rel;
	Oid			owner;			/* the statements run as the table's owner */
	TupleDesc	desc;
	int		   *map;			/* spec column -> attribute index */
	int			nkeys;
	int			keys[4];		/* spec columns of the primary key */
	Oid		   *types;			/* parameter types: new values, then old */
	int16	   *typlen;
	bool	   *typbyval;
	SPIPlanPtr	insert_plan;
	SPIPlanPtr	update_plan;
	SPIPlanPtr	delete_plan;
	Datum	   *args;
	char	   *argnulls;
	int64		check_below;	/* advance_check_all: units before this must not change */
	int64		inserted;
	int64		updated;
	int64		deleted;
} TableWork;

static char *
qualified_name(Oid nspid, const char *name)
{
	return quote_qualified_identifier(get_namespace_name(nspid), name);
}

/*
 * "c1 = $n+1 AND ... ": the old row, column by column, nulls matching
 * nulls.  The operators are named (OPERATOR(pg_catalog.=)), so the
 * statements mean the same under any search_path: the advance runs them in
 * the caller's session as it is, as an application's statements would run,
 * for its triggers and policies.  Every generated type (integers, numeric,
 * text, timestamptz, date, boolean, inet, jsonb, our enums) has its
 * equality there.
 */
static void
match_old_row(StringInfo sql, const TableSpec *t, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *col = quote_identifier(t->cols[i].name);

		if (i > 0)
			appendStringInfoString(sql, " AND ");
		if (t->cols[i].nullable)
			appendStringInfo(sql, "(%s OPERATOR(pg_catalog.=) $%d OR (%s IS NULL AND $%d IS NULL))",
							 col, n + i + 1, col, n + i + 1);
		else
			appendStringInfo(sql, "%s OPERATOR(pg_catalog.=) $%d", col, n + i + 1);
	}
}

static void
prepare_table(TableWork *w, Oid nspid)
{
	const TableSpec *t = w->spec;
	Oid			pk;
	Relation	pkrel;
	StringInfoData sql;
	char	   *rel = qualified_name(nspid, t->name);
	int			n = t->ncols;
	int			i,
				k;

	w->desc = RelationGetDescr(w->rel);
	w->map = cs_check_tupdesc(w->desc, t, nspid);
	w->types = palloc(sizeof(Oid) * 2 * n);
	w->typlen = palloc(sizeof(int16) * n);
	w->typbyval = palloc(sizeof(bool) * n);
	for (i = 0; i < n; i++)
	{
		Form_pg_attribute att = TupleDescAttr(w->desc, w->map[i]);

		w->types[i] = w->types[n + i] = att->atttypid;
		w->typlen[i] = att->attlen;
		w->typbyval[i] = att->attbyval;
	}
	w->args = palloc(sizeof(Datum) * 2 * n);
	w->argnulls = palloc(2 * n);

	/* the primary key's columns: the rows of a unit are matched by it */
	pk = CS_PRIMARY_KEY_INDEX(w->rel);
	if (!OidIsValid(pk))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table \"%s\" has no primary key", t->name),
				 errdetail("commerce_seed_advance() finds the rows it changes by their primary key."),
				 errhint("Restore the table's original definition.")));
	pkrel = index_open(pk, AccessShareLock);
	w->nkeys = 0;
	for (k = 0; k < pkrel->rd_index->indnkeyatts && k < 4; k++)
	{
		AttrNumber	attno = pkrel->rd_index->indkey.values[k];

		for (i = 0; i < n; i++)
			if (w->map[i] == attno - 1)
				w->keys[w->nkeys++] = i;
	}
	index_close(pkrel, AccessShareLock);
	if (w->nkeys == 0)
		elog(ERROR, "primary key of \"%s\" has no generated column", t->name);

	initStringInfo(&sql);
	appendStringInfo(&sql, "INSERT INTO %s (", rel);
	for (i = 0; i < n; i++)
		appendStringInfo(&sql, "%s%s", i ? ", " : "", quote_identifier(t->cols[i].name));
	appendStringInfoString(&sql, ") VALUES (");
	for (i = 0; i < n; i++)
		appendStringInfo(&sql, "%s$%d", i ? ", " : "", i + 1);
	appendStringInfoString(&sql, ") ON CONFLICT DO NOTHING");
	w->insert_plan = SPI_prepare(sql.data, n, w->types);

	/* the old row is named whole: an UPDATE or DELETE finds nothing when someone else changed it */
	resetStringInfo(&sql);
	appendStringInfo(&sql, "UPDATE ONLY %s SET ", rel);
	k = 0;
	for (i = 0; i < n; i++)
	{
		int			j;
		bool		is_key = false;

		for (j = 0; j < w->nkeys; j++)
			is_key |= w->keys[j] == i;
		if (is_key)
			continue;
		appendStringInfo(&sql, "%s%s = $%d", k++ ? ", " : "", quote_identifier(t->cols[i].name), i + 1);
	}
	appendStringInfoString(&sql, " WHERE ");
	match_old_row(&sql, t, n);
	w->update_plan = SPI_prepare(sql.data, 2 * n, w->types);

	resetStringInfo(&sql);
	appendStringInfo(&sql, "DELETE FROM ONLY %s WHERE ", rel);
	match_old_row(&sql, t, n);
	w->delete_plan = SPI_prepare(sql.data, 2 * n, w->types);
	if (w->insert_plan == NULL || w->update_plan == NULL || w->delete_plan == NULL)
		elog(ERROR, "could not prepare the statements of table \"%s\": %s",
			 t->name, SPI_result_code_string(SPI_result));
}

/* The generated columns of a unit's row, in spec order. */
static void
row_values(const TableWork *w, HeapTuple tup, Datum *all, bool *allnulls, Datum *v, bool *nulls)
{
	int			i;

	heap_deform_tuple(tup, w->desc, all, allnulls);
	for (i = 0; i < w->spec->ncols; i++)
	{
		v[i] = all[w->map[i]];
		nulls[i] = allnulls[w->map[i]];
	}
}

static bool
same_column(const TableWork *w, int i, Datum a, bool anull, Datum b, bool bnull)
{
	if (anull || bnull)
		return anull == bnull;
	return datumIsEqual(a, b, w->typbyval[i], w->typlen[i]);
}

/* "(order_id)=(123)": the key of a row, for messages. */
static char *
describe_key(const TableWork *w, const Datum *v)
{
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	appendStringInfoChar(&s, '(');
	for (i = 0; i < w->nkeys; i++)
		appendStringInfo(&s, "%s%s", i ? ", " : "", w->spec->cols[w->keys[i]].name);
	appendStringInfoString(&s, ")=(");
	for (i = 0; i < w->nkeys; i++)
	{
		Oid			out;
		bool		varlena;

		getTypeOutputInfo(w->types[w->keys[i]], &out, &varlena);
		appendStringInfo(&s, "%s%s", i ? ", " : "", OidOutputFunctionCall(out, v[w->keys[i]]));
	}
	appendStringInfoChar(&s, ')');
	return s.data;
}

static void
changed_elsewhere(const TableWork *w, const Datum *oldv, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("cannot advance the shop: row %s of table \"%s\" is not the row commerce_seed made",
					describe_key(w, oldv), w->spec->name),
			 errdetail("The advance was to %s it, but it was changed or deleted since the seed, so the model cannot continue from it.", what),
			 errhint("Seed again with commerce_seed(), or undo the change.")));
}

/* Where run_as() left the caller, to be put back by run_as_end(). */
typedef struct AsOwner
{
	Oid			save_userid;
	int			save_sec_context;
	int			gucnest;
} AsOwner;

/*
 * Become the owner of what runs next, in a security-restricted operation
 * with search_path pg_catalog, pg_temp, for one statement: whatever a
 * trigger of one owner sets (search_path, any setting) is undone before the
 * next statement, which may be another owner's.
 */
static void
run_as(Oid owner, AsOwner *st)
{
	GetUserIdAndSecContext(&st->save_userid, &st->save_sec_context);
	SetUserIdAndSecContext(owner, st->save_sec_context | SECURITY_RESTRICTED_OPERATION);
	st->gucnest = NewGUCNestLevel();
	CS_RESTRICT_SEARCH_PATH();
}

static void
run_as_end(AsOwner *st)
{
	AtEOXact_GUC(false, st->gucnest);
	SetUserIdAndSecContext(st->save_userid, st->save_sec_context);
}

/*
 * Run one of a table's statements with w->args as the table's owner, in a
 * security-restricted operation, as the server's maintenance commands and
 * logical replication's apply worker run what a table's owner put on it
 * (triggers, CHECK and index expressions, policies forced on the owner):
 * with the owner's rights, never the caller's.  The caller's own rights
 * were checked first (check_caller).
 */
static int
run_as_owner(TableWork *w, SPIPlanPtr plan)
{
	Oid			save_userid;
	int			save_sec_context;
	int			gucnest;
	int			rc;

	/*
	 * search_path is pg_catalog, pg_temp for the whole pass (set once by the
	 * caller): a level of its own for each statement undoes
	 * whatever a trigger sets, so the next statement, maybe another owner's,
	 * starts from the same settings.
	 */
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(w->owner, save_sec_context | SECURITY_RESTRICTED_OPERATION);
	gucnest = NewGUCNestLevel();
	rc = SPI_execute_plan(plan, w->args, w->argnulls, false, 0);
	AtEOXact_GUC(false, gucnest);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return rc;
}

/*
 * What the caller must be allowed on a table to advance it, checked before
 * anything of it is read: to read it, update it and (inserts) insert into
 * it and move its sequences (deleting, which the model never does, is
 * checked when it would happen); not to be under its row-level security,
 * which the owner's statements would not apply; and to have the rights of
 * its owner, as whom its statements run (as a subscription's owner must be
 * able to act as each table's owner since PostgreSQL 16): otherwise the
 * advance would let the caller run the owner's triggers as the owner.
 */
static void
check_caller(Relation rel, const char *name, bool inserts)
{
	Oid			owner = rel->rd_rel->relowner;
	AclMode		needed[] = {ACL_SELECT, ACL_UPDATE, ACL_INSERT};
	int			i;

	/* each one: pg_class_aclcheck() of several modes is content with any of them */
	for (i = 0; i < (inserts ? 3 : 2); i++)
	{
		AclResult	acl = pg_class_aclcheck(RelationGetRelid(rel), GetUserId(), needed[i]);

		if (acl != ACLCHECK_OK)
			aclcheck_error(acl, OBJECT_TABLE, name);
	}
	if (inserts)
	{
		List	   *seqs = getOwnedSequences(RelationGetRelid(rel));
		ListCell   *lc;

		foreach(lc, seqs)
		{
			AclResult	acl = pg_class_aclcheck(lfirst_oid(lc), GetUserId(), ACL_UPDATE);

			if (acl != ACLCHECK_OK)
				aclcheck_error(acl, OBJECT_SEQUENCE, get_rel_name(lfirst_oid(lc)));
		}
	}
	if (check_enable_rls(RelationGetRelid(rel), InvalidOid, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot advance table \"%s\" because row-level security applies to you", name),
				 errdetail("The advance writes as the table's owner; the policies that restrict you would not apply to what it writes."),
				 errhint("Advance as the table's owner, or as a role that bypasses row-level security.")));
	if (!has_privs_of_role(GetUserId(), owner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot advance table \"%s\" without the rights of its owner, role %s",
						name, GetUserNameFromId(owner, false)),
				 errdetail("What the owner put on the table (triggers, CHECK and index expressions, forced policies) runs as the owner during the advance."),
				 errhint("Advance as a member of role %s.", GetUserNameFromId(owner, false))));
}

/* The statements' parameters from offset on: a row's values. */
static void
put_args(TableWork *w, int offset, const Datum *v, const bool *nulls)
{
	int			i;

	for (i = 0; i < w->spec->ncols; i++)
	{
		w->args[offset + i] = v[i];
		w->argnulls[offset + i] = nulls[i] ? 'n' : ' ';
	}
}

/* With advance_check_all: a row of a unit before the frontier must not change. */
static void
check_horizon(const TableWork *w, int64 unit, const Datum *v, const char *what)
{
	if (cs_advance_check_all && unit < w->check_below)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("row %s of table \"%s\" %s after its horizon",
						describe_key(w, v), w->spec->name, what)));
}

/* Apply the difference between a unit's rows as of E1 (a) and as of E2 (b). */
static void
apply_unit(TableWork *w, RowSink *a, RowSink *b, int64 unit)
{
	int			n = w->spec->ncols;
	int			na = 0,
				nb = 0,
				i,
				j;
	HeapTuple	ta[256];
	HeapTuple	tb[256];
	bool		matched[256];
	Datum	   *all = palloc(sizeof(Datum) * w->desc->natts);
	bool	   *allnulls = palloc(sizeof(bool) * w->desc->natts);
	Datum	   *av = palloc(sizeof(Datum) * n);
	bool	   *an = palloc(sizeof(bool) * n);
	Datum	   *bv = palloc(sizeof(Datum) * n);
	bool	   *bn = palloc(sizeof(bool) * n);
	HeapTuple	t;

	while (a != NULL && (t = cs_unit_sink_next(a)) != NULL)
	{
		if (na == lengthof(ta))
			elog(ERROR, "unit " INT64_FORMAT " of table \"%s\" has too many rows", unit, w->spec->name);
		ta[na++] = t;
	}
	while ((t = cs_unit_sink_next(b)) != NULL)
	{
		if (nb == lengthof(tb))
			elog(ERROR, "unit " INT64_FORMAT " of table \"%s\" has too many rows", unit, w->spec->name);
		tb[nb++] = t;
	}
	memset(matched, 0, sizeof(matched));

	for (j = 0; j < nb; j++)
	{
		int			found = -1;
		bool		differs = false;

		row_values(w, tb[j], all, allnulls, bv, bn);
		for (i = 0; i < na && found < 0; i++)
		{
			int			k;
			bool		same_key = true;

			if (matched[i])
				continue;
			row_values(w, ta[i], all, allnulls, av, an);
			for (k = 0; k < w->nkeys && same_key; k++)
				same_key = same_column(w, w->keys[k], av[w->keys[k]], an[w->keys[k]],
									   bv[w->keys[k]], bn[w->keys[k]]);
			if (same_key)
				found = i;
		}
		if (found >= 0)
		{
			matched[found] = true;
			for (i = 0; i < n && !differs; i++)
				differs = !same_column(w, i, av[i], an[i], bv[i], bn[i]);
			if (!differs)
				continue;
			check_horizon(w, unit, bv, "changes");
			put_args(w, 0, bv, bn);
			put_args(w, n, av, an);
			if (run_as_owner(w, w->update_plan) != SPI_OK_UPDATE)
				elog(ERROR, "could not update table \"%s\"", w->spec->name);
			if (SPI_processed != 1)
				changed_elsewhere(w, av, "update");
			w->updated++;
		}
		else
		{
			check_horizon(w, unit, bv, "appears");
			put_args(w, 0, bv, bn);
			if (run_as_owner(w, w->insert_plan) != SPI_OK_INSERT)
				elog(ERROR, "could not insert into table \"%s\"", w->spec->name);
			if (SPI_processed != 1)
				ereport(ERROR,
						(errcode(ERRCODE_UNIQUE_VIOLATION),
						 errmsg("cannot advance the shop: table \"%s\" already has a row that conflicts with new row %s",
								w->spec->name, describe_key(w, bv)),
						 errdetail("A row was added with a key or a unique value the generator uses for what happens next (or a trigger of the table kept the row out)."),
						 errhint("Seed again with commerce_seed(), or remove the added row.")));
			w->inserted++;
		}
	}
	for (i = 0; i < na; i++)
	{
		if (matched[i])
			continue;
		row_values(w, ta[i], all, allnulls, av, an);
		check_horizon(w, unit, av, "disappears");
		put_args(w, n, av, an);
		/* the new values' parameters are not used by the DELETE */
		memset(w->argnulls, 'n', n);
		if (pg_class_aclcheck(RelationGetRelid(w->rel), GetUserId(), ACL_DELETE) != ACLCHECK_OK)
			aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, w->spec->name);
		if (run_as_owner(w, w->delete_plan) != SPI_OK_DELETE)
			elog(ERROR, "could not delete from table \"%s\"", w->spec->name);
		if (SPI_processed != 1)
			changed_elsewhere(w, av, "delete");
		w->deleted++;
	}
}

static const char *const advance_matviews[] = {"mv_order_financials", "mv_daily_kpis"};

/* The drivers in seed.c's load order: every foreign key points to an earlier group or table. */
static const CsDriver advance_order[] = {
	DRV_CATEGORIES, DRV_WAREHOUSES, DRV_SUPPLIERS, DRV_PRODUCTS, DRV_CUSTOMERS,
	DRV_COUPONS, DRV_GIFT_CARDS, DRV_ORDERS, DRV_PURCHASE_ORDERS, DRV_VISITS, DRV_AUDIT
};

/* One table's entry of seed_info.frontier. */
typedef struct Frontier
{
	int64		unit;			/* the first unit that may still change */
	RowIds		ids;			/* the ids it starts at */
	int64		last;			/* the last id kept (the sequence's value) */
	bool		found;
} Frontier;

/*
 * Whether nothing of order n's rows in table t can change after instant
 * `from`: the order has settled for that table.  Read off what the order
 * comes to (cs_final), with margins over the largest lags the generators
 * have (a return is decided within 17 days of delivery, a review written
 * within 33, a ticket's thread ends within 25 days of the event it is
 * about; sql/advance.sql checks them with commerce_seed.advance_check_all).
 * The loyalty ledger is told exactly: its rows change when the payment is
 * captured and when the points are redeemed.
 */
typedef enum SettleTest
{
	SETTLE_NEVER,				/* always looked at (the carts of the order's day) */
	SETTLE_LIFECYCLE,			/* orders, payments, shipments, the order's audit events */
	SETTLE_RETURNS,
	SETTLE_REVIEWS,
	SETTLE_TICKETS,				/* tickets and their messages */
	SETTLE_LEDGER
} SettleTest;

/* Which test of order_settled() a table's rows take, found once per advance. */
static SettleTest
settle_test(const TableSpec *t)
{
	static const struct
	{
		const char *table;
		SettleTest	test;
	}			tests[] = {
		{"orders", SETTLE_LIFECYCLE}, {"payments", SETTLE_LIFECYCLE},
		{"shipments", SETTLE_LIFECYCLE}, {"audit_events", SETTLE_LIFECYCLE},
		{"returns", SETTLE_RETURNS}, {"reviews", SETTLE_REVIEWS},
		{"support_tickets", SETTLE_TICKETS}, {"ticket_messages", SETTLE_TICKETS},
		{"loyalty_ledger", SETTLE_LEDGER},
	};
	int			i;

	for (i = 0; i < (int) lengthof(tests); i++)
		if (strcmp(tests[i].table, t->name) == 0)
			return tests[i].test;
	return SETTLE_NEVER;
}

static bool
order_settled(GenCtx *g, SettleTest test, int64 order_no, TimestampTz from, TimestampTz to)
{
	const CsOrderPlan *f;
	TimestampTz last;

	if (test == SETTLE_NEVER)
		return false;
	if (test == SETTLE_LEDGER)
	{
		TimestampTz earn_at,
					redeem_at;

		cs_ledger_times(g, order_no, &earn_at, &redeem_at);
		return !((earn_at > from && earn_at <= to) || (redeem_at > from && redeem_at <= to));
	}
	f = cs_plan_order_final(g, order_no);
	last = Max(Max(f->paid_at, f->packed_at), Max(f->out_for_delivery_at, f->delivered_at));
	last = Max(last, Max(f->cancelled_at, f->ship_created_at));
	/* a parcel dispatched turns "in transit" 12 hours later */
	if (f->dispatched_at != 0)
		last = Max(last, f->dispatched_at + 12 * US_HOUR);
	switch (test)
	{
		case SETTLE_RETURNS:
			return (f->delivered_at != 0 ? f->delivered_at + 30 * US_DAY : last) <= from;
		case SETTLE_REVIEWS:
			return (f->delivered_at != 0 ? f->delivered_at + 45 * US_DAY : last) <= from;
		case SETTLE_TICKETS:
			return Max(last, f->delivered_at + 30 * US_DAY) + 35 * US_DAY <= from;
		default:
			return last <= from;
	}
}

/* Where one table of a driver's group stands in the pass over its units. */
typedef struct Lane
{
	TableWork  *w;
	int			table;
	int64		start;			/* first unit looked at */
	int64		skip_from;		/* units [skip_from, skip_to) not looked at: */
	int64		skip_to;		/* the audit events between the products and the frontier */
	int64		lo1;			/* the frontier as of E1 */
	int64		lo2;			/* and as of E2, recorded in out */
	SettleTest	settle;			/* how a settled order is told (order_settled) */
	RowIds		ids;
	const Frontier *in;
	Frontier   *out;
} Lane;

/*
 * Bring the tables of one driver from g1's as-of instant to g2's, in one
 * pass over the driver's units, units outside and tables inside as a seed
 * loads them (so the order planned for one table serves the others, and
 * every foreign key points to a row written before): regenerate the units
 * that may differ, apply the differences, and find each table's new
 * frontier.
 */
static void
advance_group(GenCtx *g1, GenCtx *g2, CsDriver d, TableWork *work, const Frontier *in,
			  Frontier *out, MemoryContext unitcxt_a, MemoryContext unitcxt_b, Oid nspid)
{
	int64		n1 = cs_driver_units(g1, d);
	int64		n2 = cs_driver_units(g2, d);
	int64		nproducts = cs_driver_units(g2, DRV_PRODUCTS);
	TimestampTz e1 = g1->t_end;
	TimestampTz e2 = g2->t_end;
	Lane		lanes[16];
	RowSink    *sa[16];
	RowSink    *sb[16];
	int			nlanes = 0;
	int64		from = PG_INT64_MAX;
	int64		u;
	int			k;

	for (k = 0; k < cs_ntables; k++)
	{
		const TableSpec *t = cs_tables[k];
		Lane	   *l = &lanes[nlanes];

		if (t->driver != d)
			continue;
		Assert(nlanes < (int) lengthof(lanes));
		l->w = &work[k];
		l->table = k;
		l->in = &in[k];
		l->out = &out[k];
		l->lo1 = cs_advance_lo(g1, k, e1);
		l->lo2 = cs_advance_lo(g2, k, e2);
		l->settle = settle_test(t);
		if (l->lo1 != in[k].unit)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot advance the shop: seed_info.frontier does not match the data as of %s",
							timestamptz_to_str(e1)),
					 errdetail("Table \"%s\" should continue from unit " INT64_FORMAT ", the frontier says " INT64_FORMAT ".",
							   t->name, l->lo1, in[k].unit),
					 errhint("Seed again with commerce_seed().")));
		l->skip_from = l->skip_to = 0;
		if (cs_advance_check_all || d == DRV_PRODUCTS || d == DRV_AUDIT)
		{
			/* products (and their audit events) are tested one by one from the first */
			l->start = 0;
			l->ids.next = l->ids.next_other = 1;
			if (d == DRV_AUDIT && !cs_advance_check_all && l->lo1 > nproducts)
			{
				l->skip_from = nproducts;
				l->skip_to = l->lo1;
			}
		}
		else
		{
			l->start = l->lo1;
			l->ids = in[k].ids;
		}
		/* with advance_check_all, a change before the frontier is an error */
		l->w->check_below = d == DRV_PRODUCTS ? 0 : d == DRV_AUDIT ? Max(l->lo1, nproducts) : l->lo1;
		l->out->unit = l->lo2;
		l->out->ids = l->ids;
		sa[nlanes] = cs_unit_sink_create(l->w->desc, t, nspid, unitcxt_a);
		sb[nlanes] = cs_unit_sink_create(l->w->desc, t, nspid, unitcxt_b);
		from = Min(from, l->start);
		nlanes++;
	}

	for (u = from; u < n2; u++)
	{
		bool		in1 = u < n1;
		int			quick = -1;		/* the driver's own test of the unit, once: 0 quiet, 1 not */

		for (k = 0; k < nlanes; k++)
		{
			Lane	   *l = &lanes[k];
			const TableSpec *t = l->w->spec;
			bool		quiet = false;
			bool		product = (d == DRV_PRODUCTS || d == DRV_AUDIT) && u < nproducts;
			RowIds		ids1;

			if (u < l->start || (u >= l->skip_from && u < l->skip_to))
				continue;
			if (u == l->skip_to && l->skip_to > l->skip_from)
				l->ids = l->in->ids;
			if (u == l->lo2)
				l->out->ids = l->ids;

			/* nothing in (E1, E2] for this unit: count its ids and go on */
			if (in1)
			{
				if (product || d == DRV_CUSTOMERS)
				{
					if (quick < 0)
						quick = product ? cs_product_changes(g2, u + 1, e1, e2) :
							cs_customer_changes(g2, u + 1, e1, e2);
					quiet = quick == 0;
				}
				else if (d == DRV_ORDERS)
					quiet = order_settled(g2, l->settle, u, e1, e2);
				else if (d == DRV_AUDIT)
				{
					int64		c,
								o;

					if (!cs_merged_unit(g2, u - nproducts, &c, &o))
						quiet = order_settled(g2, l->settle, o, e1, e2);
				}
			}
			if (quiet && !cs_advance_check_all)
			{
				t->emit(g2, u, &l->ids, NULL);
				continue;
			}

			ids1 = l->ids;
			if (in1)
				t->emit(g1, u, &ids1, sa[k]);
			t->emit(g2, u, &l->ids, sb[k]);
			if (in1 && (ids1.next != l->ids.next || ids1.next_other != l->ids.next_other))
				elog(ERROR, "unit " INT64_FORMAT " of table \"%s\" numbers its rows differently as of %s",
					 u, t->name, timestamptz_to_str(e1));
			{
				int64		save = l->w->check_below;

				/* a unit the quick test calls quiet must not change */
				if (quiet)
					l->w->check_below = PG_INT64_MAX;
				else if (product)
					l->w->check_below = 0;
				apply_unit(l->w, in1 ? sa[k] : NULL, sb[k], u);
				l->w->check_below = save;
			}
			cs_unit_sink_reset(sa[k]);
			cs_unit_sink_reset(sb[k]);
		}
		if ((u & 0xff) == 0)
			CHECK_FOR_INTERRUPTS();
	}

	for (k = 0; k < nlanes; k++)
	{
		Lane	   *l = &lanes[k];

		if (l->lo2 >= n2)
			l->out->ids = l->ids;
		l->out->last = l->ids.next - 1;
		/* a table not reached keeps what it had (its units never change) */
		if (l->start >= n2)
		{
			l->out->ids = l->in->ids;
			l->out->last = l->in->last;
		}
		l->out->found = true;
	}
}

static Datum
spi_get(int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col, isnull);
}

/* One statement of the advance as the owner of the relation it reads or writes. */
static int
spi_as_owner(Oid owner, const char *sql, int nargs, Oid *argtypes, Datum *args)
{
	AsOwner		st;
	int			rc;

	run_as(owner, &st);
	rc = SPI_execute_with_args(sql, nargs, argtypes, args, NULL, false, 0);
	run_as_end(&st);
	return rc;
}

/*
 * One of the extension's tables (or seed_info) as the advance needs it,
 * opened under the lock taken for it: an ordinary table (a view or anything
 * else in its place would run its owner's code in the caller's queries),
 * which the caller may advance (check_caller).
 */
static Relation
open_checked(Oid nspid, const char *name, bool inserts)
{
	Oid			relid = get_relname_relid(name, nspid);
	Relation	rel;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table \"%s\" of extension \"commerce_seed\" does not exist", name),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	rel = relation_open(relid, NoLock);
	if (rel->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", name),
				 errdetail("commerce_seed_advance() writes the extension's own tables, and reads nothing else in their place."),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	check_caller(rel, name, inserts);
	return rel;
}

/*
 * commerce_seed_advance(until timestamptz, refresh boolean)
 * commerce_seed_advance(step interval, refresh boolean)
 * commerce_seed_advance(days integer, refresh boolean)
 *	RETURNS TABLE (table_name text, inserted bigint, updated bigint, deleted bigint)
 */
PG_FUNCTION_INFO_V1(commerce_seed_advance);
Datum
commerce_seed_advance(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			nspid = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			argtype = get_fn_expr_argtype(fcinfo->flinfo, 0);
	const char *argname = argtype == INTERVALOID ? "step" : argtype == INT4OID ? "days" : "until";
	char	   *info = qualified_name(nspid, "seed_info");
	TimestampTz until = 0;
	bool		refresh;
	int32		scale;
	int64		seed;
	DateADT		start,
				end;
	TimestampTz asof;
	Datum		frontier;
	bool		isnull;
	GenCtx		g1,
				g2;
	Frontier   *in = palloc0(sizeof(Frontier) * cs_ntables);
	Frontier   *out = palloc0(sizeof(Frontier) * cs_ntables);
	TableWork  *work = palloc0(sizeof(TableWork) * cs_ntables);
	Oid		   *relids = palloc(sizeof(Oid) * cs_ntables);
	Relation	info_rel;
	Oid			info_owner;
	MemoryContext cxt_a,
				cxt_b;
	StringInfoData buf;
	int64		delta_rows = 0;
	int			gucnest;
	int64		window_end = cs_day_start(date2j(2200, 1, 1) - POSTGRES_EPOCH_JDATE);
	int			i;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", argname)));
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("refresh must not be null")));
	refresh = PG_GETARG_BOOL(1);
	if (argtype == TIMESTAMPTZOID)
	{
		until = PG_GETARG_TIMESTAMPTZ(0);
		if (TIMESTAMP_NOT_FINITE(until))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("until must be finite")));
	}
	PreventCommandIfReadOnly("commerce_seed_advance()");

	InitMaterializedSRF(fcinfo, 0);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * Locks in the order a seed takes them (seed.c): the materialized views
	 * (for the refresh at the end; their ownership checked before waiting
	 * for them), the tables, then seed_info, whose SHARE ROW EXCLUSIVE lets
	 * one advance (or seed) at a time through: the second waits, then starts
	 * from where the first left the data.  Nothing of the tables is read
	 * before each is known to be an ordinary table the caller may advance.
	 */
	if (refresh)
		for (i = 0; i < (int) lengthof(advance_matviews); i++)
		{
			Oid			mv = get_relname_relid(advance_matviews[i], nspid);

			if (!OidIsValid(mv))
				continue;
			if (!CS_REL_OWNERCHECK(mv, GetUserId()))
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
						 errmsg("must be owner of materialized view %s to refresh it after the advance",
								advance_matviews[i]),
						 errhint("Pass refresh => false, and have the owner refresh the materialized views.")));
			LockRelationOid(mv, ExclusiveLock);
		}
	initStringInfo(&buf);
	appendStringInfoString(&buf, "LOCK TABLE ");
	for (i = 0; i < cs_ntables; i++)
		appendStringInfo(&buf, "%sONLY %s", i ? ", " : "", qualified_name(nspid, cs_tables[i]->name));
	appendStringInfoString(&buf, " IN ROW EXCLUSIVE MODE");
	if (SPI_execute(buf.data, false, 0) != SPI_OK_UTILITY)
		elog(ERROR, "could not lock the tables");
	resetStringInfo(&buf);
	appendStringInfo(&buf, "LOCK TABLE ONLY %s IN SHARE ROW EXCLUSIVE MODE", info);
	if (SPI_execute(buf.data, false, 0) != SPI_OK_UTILITY)
		elog(ERROR, "could not lock seed_info");

	for (i = 0; i < cs_ntables; i++)
	{
		TableWork  *w = &work[i];

		w->spec = cs_tables[i];
		w->rel = open_checked(nspid, w->spec->name, true);
		w->owner = w->rel->rd_rel->relowner;
		relids[i] = RelationGetRelid(w->rel);
	}
	info_rel = open_checked(nspid, "seed_info", false);
	info_owner = info_rel->rd_rel->relowner;

	/* Citus keeps the rows of a distributed table on its workers */
	i = cs_citus_managed(relids, cs_ntables);
	if (i >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot advance table \"%s\" because Citus manages it", cs_tables[i]->name),
				 errhint("Advance a single-node shop; commerce_seed_distributed() fills a distributed one for whole days.")));

	/* the dataset, read as seed_info's owner */
	resetStringInfo(&buf);
	appendStringInfo(&buf, "SELECT i.scale, i.seed, i.start_date, i.end_date, i.as_of, i.frontier,"
					 " i.extension_version OPERATOR(pg_catalog.=) e.extversion, i.extension_version"
					 " FROM ONLY %s i, pg_catalog.pg_extension e"
					 " WHERE e.extname OPERATOR(pg_catalog.=) 'commerce_seed'", info);
	if (spi_as_owner(info_owner, buf.data, 0, NULL, NULL) != SPI_OK_SELECT)
		elog(ERROR, "could not read seed_info");
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot advance the shop: it has not been seeded"),
				 errdetail("Table seed_info has no row, so there is no dataset to continue."),
				 errhint("Seed it first, for example with SELECT * FROM commerce_seed(1, 42).")));
	if (SPI_processed > 1)
		ereport(ERROR,
				(errcode(ERRCODE_CARDINALITY_VIOLATION),
				 errmsg("table \"seed_info\" has more than one row"),
				 errdetail("A seed leaves exactly one row there; something else added rows."),
				 errhint("Seed again with commerce_seed().")));
	scale = DatumGetInt32(spi_get(1, &isnull));
	seed = DatumGetInt64(spi_get(2, &isnull));
	start = DatumGetDateADT(spi_get(3, &isnull));
	end = DatumGetDateADT(spi_get(4, &isnull));
	asof = DatumGetTimestampTz(spi_get(5, &isnull));
	if (!DatumGetBool(spi_get(7, &isnull)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot advance the shop: the data was made by version %s of the extension",
						TextDatumGetCString(spi_get(8, &isnull))),
				 errdetail("An advance continues data made by the installed version's model only."),
				 errhint("Seed again with commerce_seed().")));
	cs_check_seed_info(scale, start, end, asof);
	frontier = spi_get(6, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot advance the shop: seed_info.frontier is null"),
				 errdetail("The data was not made by commerce_seed() in this database, so where each table goes on is not known."),
				 errhint("Seed again with commerce_seed().")));
	frontier = PointerGetDatum(PG_DETOAST_DATUM_COPY(frontier));

	/*
	 * Where the advance goes: a step or a number of days counts from the
	 * data's as-of instant, read under the lock.  Steps longer than the
	 * window are refused before any arithmetic can overflow.
	 */
	if (argtype == INT4OID)
	{
		int32		days = PG_GETARG_INT32(0);

		if (days > CS_MAX_WINDOW_DAYS)
			until = window_end + 1;
		else if (days < -CS_MAX_WINDOW_DAYS)
			until = PG_INT64_MIN;
		else
			until = asof + (int64) days * US_DAY;
	}
	else if (argtype == INTERVALOID)
	{
		Interval   *step = PG_GETARG_INTERVAL_P(0);
		double		approx = (double) step->month * 31 * US_DAY + (double) step->day * US_DAY +
			(double) step->time;

		if (CS_INTERVAL_NOT_FINITE(step))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("step must be finite")));
		if (approx > (double) CS_MAX_WINDOW_DAYS * 2 * US_DAY)
			until = window_end + 1;
		else if (approx < -(double) CS_MAX_WINDOW_DAYS * 2 * US_DAY)
			until = PG_INT64_MIN;
		else
			until = DatumGetTimestampTz(DirectFunctionCall2(timestamptz_pl_interval,
															TimestampTzGetDatum(asof),
															PointerGetDatum(step)));
	}
	if (until < asof)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot advance the shop backwards"),
				 errdetail("The data is as of %s; the requested instant %s is earlier.",
						   pstrdup(timestamptz_to_str(asof)),
						   until == PG_INT64_MIN ? "more than 20 years" : pstrdup(timestamptz_to_str(until))),
				 errhint("To go back, seed again with an earlier end date.")));
	if (until - cs_day_start(start) > (int64) CS_MAX_WINDOW_DAYS * US_DAY || until > window_end)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot advance the shop past the allowed window"),
				 errdetail("A shop's data window is at most %d days from its start (%s) and ends by 2200-01-01 00:00 IST.",
						   CS_MAX_WINDOW_DAYS, DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(start))))));

	/* the recorded frontiers: an entry that is not four numbers is no entry */
	{
		Oid			argtypes[1] = {JSONBOID};
		Datum		args[1] = {frontier};
		uint64		r;

		if (SPI_execute_with_args("SELECT f.key, (f.value OPERATOR(pg_catalog.->>) 0)::pg_catalog.int8,"
								  " (f.value OPERATOR(pg_catalog.->>) 1)::pg_catalog.int8,"
								  " (f.value OPERATOR(pg_catalog.->>) 2)::pg_catalog.int8,"
								  " (f.value OPERATOR(pg_catalog.->>) 3)::pg_catalog.int8"
								  " FROM pg_catalog.jsonb_each(CASE pg_catalog.jsonb_typeof($1)"
								  "   WHEN 'object' THEN $1 ELSE '{}'::pg_catalog.jsonb END) f"
								  " WHERE pg_catalog.jsonb_typeof(f.value) OPERATOR(pg_catalog.=) 'array'"
								  "   AND pg_catalog.jsonb_array_length(f.value) OPERATOR(pg_catalog.=) 4"
								  "   AND pg_catalog.jsonb_path_match(f.value,"
								  "         'strict $[*].type() == \"number\" && $[*] == $[*].floor()')",
								  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read seed_info.frontier");
		for (r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			int			k = cs_table_index(TextDatumGetCString(SPI_getbinval(tup, desc, 1, &isnull)));
			bool		n1,
						n2,
						n3,
						n4;

			if (k < 0)
				continue;
			in[k].unit = DatumGetInt64(SPI_getbinval(tup, desc, 2, &n1));
			in[k].ids.next = DatumGetInt64(SPI_getbinval(tup, desc, 3, &n2));
			in[k].ids.next_other = DatumGetInt64(SPI_getbinval(tup, desc, 4, &n3));
			in[k].last = DatumGetInt64(SPI_getbinval(tup, desc, 5, &n4));
			in[k].found = !(n1 || n2 || n3 || n4) && in[k].unit >= 0 && in[k].ids.next >= 1 &&
				in[k].ids.next_other >= 1 && in[k].last >= in[k].ids.next - 1;
		}
		for (i = 0; i < cs_ntables; i++)
			if (!in[i].found)
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("cannot advance the shop: seed_info.frontier has no valid entry for table \"%s\"",
								cs_tables[i]->name),
						 errdetail("An entry is four whole numbers: the unit, the next id, the next id of its companion, the last id kept."),
						 errhint("Seed again with commerce_seed().")));
	}

	/*
	 * Rows someone else added with ids above the generator's: the advance
	 * would need those ids, so nothing is changed.  Read as the table's
	 * owner, as every statement on it.
	 */
	for (i = 0; i < cs_ntables; i++)
	{
		const TableSpec *t = cs_tables[i];

		if (t->id_column == NULL)
			continue;
		resetStringInfo(&buf);
		appendStringInfo(&buf, "SELECT pg_catalog.max(%s) FROM ONLY %s",
						 quote_identifier(t->id_column), qualified_name(nspid, t->name));
		if (spi_as_owner(work[i].owner, buf.data, 0, NULL, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read table \"%s\"", t->name);
		{
			Datum		mx = spi_get(1, &isnull);

			if (!isnull && DatumGetInt64(mx) > in[i].last)
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("cannot advance the shop: table \"%s\" has rows commerce_seed did not make", t->name),
						 errdetail("Its %s goes up to " INT64_FORMAT ", and the ids above " INT64_FORMAT " are the ones the shop's next rows take.",
								   t->id_column, DatumGetInt64(mx), in[i].last),
						 errhint("Delete the rows with %s above " INT64_FORMAT ", or seed again.",
								 t->id_column, in[i].last)));
		}
	}

	if (until > asof)
	{
		cs_init_context_asof(&g1, scale, seed, start, asof);
		cs_init_context_asof(&g2, scale, seed, start, until);
		cs_load_enums(&g1, nspid);
		cs_load_enums(&g2, nspid);
		/* what happens to a unit in the end does not depend on the as-of instant: plan it once */
		g1.final = cs_final(&g2);

		cxt_a = AllocSetContextCreate(CurrentMemoryContext, "commerce_seed advance E1", ALLOCSET_DEFAULT_SIZES);
		cxt_b = AllocSetContextCreate(CurrentMemoryContext, "commerce_seed advance E2", ALLOCSET_DEFAULT_SIZES);
		for (i = 0; i < cs_ntables; i++)
			prepare_table(&work[i], nspid);
		/* what runs as the tables' owners finds the built-in objects only (run_as_owner) */
		gucnest = NewGUCNestLevel();
		CS_RESTRICT_SEARCH_PATH();
		/* the drivers in the order a seed loads them: parents first */
		for (i = 0; i < (int) lengthof(advance_order); i++)
		{
			TimestampTz t0 = GetCurrentTimestamp();
			int			k;

			advance_group(&g1, &g2, advance_order[i], work, in, out, cxt_a, cxt_b, nspid);
			for (k = 0; k < cs_ntables; k++)
				if (cs_tables[k]->driver == advance_order[i])
					elog(DEBUG1, "commerce_seed_advance: %s from unit " INT64_FORMAT ": " INT64_FORMAT " inserted, "
						 INT64_FORMAT " updated, pass over %s %ld ms", cs_tables[k]->name, in[k].unit,
						 work[k].inserted, work[k].updated, cs_driver_name(advance_order[i]),
						 (long) TimestampDifferenceMilliseconds(t0, GetCurrentTimestamp()));
		}
		AtEOXact_GUC(false, gucnest);
		for (i = 0; i < cs_ntables; i++)
			delta_rows += work[i].inserted - work[i].deleted;

		/* what the tables now hold, written as seed_info's owner */
		{
			Oid			argtypes[4] = {TIMESTAMPTZOID, DATEOID, INT8OID, TEXTOID};
			Datum		args[4];

			resetStringInfo(&buf);
			appendStringInfoChar(&buf, '{');
			for (i = 0; i < cs_ntables; i++)
				cs_frontier_json(&buf, cs_tables[i], out[i].unit, &out[i].ids, out[i].last);
			appendStringInfoChar(&buf, '}');
			args[0] = TimestampTzGetDatum(until);
			args[1] = DateADTGetDatum(cs_date_of(until - 1));
			args[2] = Int64GetDatum(delta_rows);
			args[3] = CStringGetTextDatum(buf.data);
			resetStringInfo(&buf);
			appendStringInfo(&buf, "UPDATE ONLY %s SET as_of = $1, end_date = $2,"
							 " rows = rows OPERATOR(pg_catalog.+) $3, frontier = $4::pg_catalog.jsonb", info);
			if (spi_as_owner(info_owner, buf.data, 4, argtypes, args) != SPI_OK_UPDATE ||
				SPI_processed != 1)
				elog(ERROR, "could not record the advance in seed_info");
		}

		if (refresh)
			for (i = 0; i < (int) lengthof(advance_matviews); i++)
			{
				Oid			mv = get_relname_relid(advance_matviews[i], nspid);
				Relation	r;
				bool		populated;

				if (!OidIsValid(mv))
					continue;
				r = table_open(mv, AccessShareLock);
				populated = RelationIsPopulated(r);
				table_close(r, AccessShareLock);
				/* CONCURRENTLY needs rows to compare with: a view never filled is filled plainly */
				resetStringInfo(&buf);
				appendStringInfo(&buf, "REFRESH MATERIALIZED VIEW %s%s",
								 populated ? "CONCURRENTLY " : "", qualified_name(nspid, advance_matviews[i]));
				if (SPI_execute(buf.data, false, 0) != SPI_OK_UTILITY)
					elog(ERROR, "could not refresh %s", advance_matviews[i]);
			}

		/*
		 * Last, the sequences continue after the ids kept, as after a seed:
		 * every one, since setval() is not undone by a rollback (an advance
		 * rolled back leaves them ahead, and the next advance puts them back).
		 */
		for (i = 0; i < cs_ntables; i++)
		{
			Oid			argtypes[3] = {TEXTOID, TEXTOID, INT8OID};
			Datum		args[3];

			if (cs_tables[i]->id_column == NULL)
				continue;
			args[0] = CStringGetTextDatum(qualified_name(nspid, cs_tables[i]->name));
			args[1] = CStringGetTextDatum(cs_tables[i]->id_column);
			args[2] = Int64GetDatum(Max(out[i].last, 1));
			if (SPI_execute_with_args(out[i].last > 0 ?
									  "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence($1, $2), $3, true)" :
									  "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence($1, $2), $3, false)",
									  3, argtypes, args, NULL, false, 0) != SPI_OK_SELECT)
				elog(ERROR, "could not set the sequence of %s", cs_tables[i]->name);
		}
	}

	for (i = 0; i < cs_ntables; i++)
		table_close(work[i].rel, NoLock);
	table_close(info_rel, NoLock);
	SPI_finish();

	for (i = 0; i < cs_ntables; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(cs_tables[i]->name);
		values[1] = Int64GetDatum(work[i].inserted);
		values[2] = Int64GetDatum(work[i].updated);
		values[3] = Int64GetDatum(work[i].deleted);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
