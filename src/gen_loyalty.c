/*-------------------------------------------------------------------------
 *
 * gen_loyalty.c
 *	  Loyalty generators: loyalty_accounts and loyalty_ledger.
 *
 * Every customer has one account (account_id = customer_id), opened at
 * sign-up.  The ledger is made per order: a paid order earns one point per
 * 100 rupees when its payment is captured, and some of those points are
 * redeemed later.  A redemption never exceeds the points earned by the entry
 * it follows, and comes after it, so no balance can ever go below zero.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"

/* loyalty_accounts */

static const ColumnSpec account_cols[] = {
	{"account_id", INT8OID},
	{"customer_id", INT8OID},
	{"tier", InvalidOid, EN_LOYALTY_TIER},
	{"opened_at", TIMESTAMPTZOID},
};

static void
emit_account(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		customer_id = unit + 1;
	CsRand		r;
	int			tier;

	ids->next++;
	if (sink == NULL)
		return;
	cs_rand_init(&r, g->seed, ST_LOYALTY, unit);
	/* the loyal core sits in the upper tiers */
	if (cs_is_core_customer(g, customer_id))
		tier = cs_chance(&r, 0.4) ? LT_PLATINUM : LT_GOLD;
	else
		tier = cs_chance(&r, 0.25) ? LT_SILVER : LT_BRONZE;
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(customer_id);
	sink->values[1] = Int64GetDatum(customer_id);
	sink->values[2] = cs_enum(g, EN_LOYALTY_TIER, tier);
	sink->values[3] = TimestampTzGetDatum(cs_signup_at(g, customer_id));
	cs_sink_put(sink);
}

const TableSpec cs_table_loyalty_accounts = {
	"loyalty_accounts", account_cols, lengthof(account_cols), DRV_CUSTOMERS,
	emit_account, NULL, "account_id", 90, true
};

/* loyalty_ledger */

static const ColumnSpec ledger_cols[] = {
	{"ledger_id", INT8OID},
	{"account_id", INT8OID},
	{"order_id", INT8OID, .nullable = true},
	{"points_delta", INT4OID},
	{"reason", TEXTOID},
	{"created_at", TIMESTAMPTZOID},
};

static void
put_entry(RowSink *sink, RowIds *ids, const CsOrderPlan *p, int32 delta, TimestampTz at)
{
	Datum	   *v = sink->values;

	cs_row_begin(sink);
	v[0] = Int64GetDatum(ids->next++);
	v[1] = Int64GetDatum(p->customer_id);
	v[2] = Int64GetDatum(p->order_no + 1);
	v[3] = Int32GetDatum(delta);
	v[4] = cs_text(delta > 0 ? "earn" : "redemption");
	v[5] = TimestampTzGetDatum(at);
	cs_sink_put(sink);
}

static void
emit_ledger(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	CsRand		r;
	int32		earned;
	int32		redeemed = 0;
	TimestampTz redeemed_at = 0;

	if (p->paid_at == 0)
		return;
	earned = (int32) Max(p->total / 10000, 1);
	cs_rand_init(&r, g->seed, ST_LOYALTY, (uint64) unit | (UINT64CONST(1) << 62));
	if (earned >= 20 && cs_chance(&r, 0.22))
	{
		redeemed_at = p->paid_at + cs_range(&r, 3 * US_DAY, 90 * US_DAY);
		redeemed = (int32) cs_range(&r, earned / 3, earned);
		if (redeemed_at > g->t_end)
			redeemed = 0;
	}
	if (sink == NULL)
	{
		ids->next += redeemed > 0 ? 2 : 1;
		return;
	}
	put_entry(sink, ids, p, earned, p->paid_at);
	if (redeemed > 0)
		put_entry(sink, ids, p, -redeemed, redeemed_at);
}

const TableSpec cs_table_loyalty_ledger = {
	"loyalty_ledger", ledger_cols, lengthof(ledger_cols), DRV_ORDERS,
	emit_ledger, NULL, "ledger_id", 120
};
