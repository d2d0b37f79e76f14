/*-------------------------------------------------------------------------
 *
 * gen_loyalty.c
 *	  Loyalty generators: loyalty_accounts and loyalty_ledger.
 *
 * Every customer has one account (account_id = customer_id), opened at
 * sign-up.  The ledger is made per order: a paid order earns one point per
 * 100 rupees when its payment is captured, and most of those points are
 * redeemed later: retail programmes see 70-80% of points redeemed and 20-30%
 * never (breakage, references.md "loyalty points"), so 82% of earnings are
 * redeemed, in full or in part, 3 to 90 days later (about 76% of the points;
 * fewer show in the data when the window ends before a redemption).  A
 * redemption never exceeds the points earned by the entry it follows, and
 * comes after it, so no balance can ever go below zero.
 *
 * A redemption names the order that earned its points: an order does not
 * know the customer's next order (orders pick their customer independently),
 * so spending the points on a later order of the same customer waits for the
 * order plan to know a customer's orders.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"

/* loyalty_accounts */

static const ColumnSpec account_cols[] = {
	{.name = "account_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "tier", .typid = InvalidOid, .enum_type = EN_LOYALTY_TIER},
	{.name = "opened_at", .typid = TIMESTAMPTZOID},
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
	.name = "loyalty_accounts",
	.cols = account_cols,
	.ncols = lengthof(account_cols),
	.driver = DRV_CUSTOMERS,
	.emit = emit_account,
	.companion = NULL,
	.id_column = "account_id",
	.approx_row_bytes = 90,
	.one_per_unit = true,
};

/* loyalty_ledger */

static const ColumnSpec ledger_cols[] = {
	{.name = "ledger_id", .typid = INT8OID},
	{.name = "account_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID, .nullable = true},
	{.name = "points_delta", .typid = INT4OID},
	{.name = "reason", .typid = TEXTOID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
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

/*
 * The order's ledger as decided on what it comes to: the points earned (0:
 * never paid) and when, and the points redeemed (0: none) and when.
 */
static void
plan_ledger(GenCtx *g, int64 unit, const CsOrderPlan *p, int32 *earned, int32 *redeemed,
			TimestampTz *redeemed_at)
{
	CsRand		r;

	*earned = 0;
	*redeemed = 0;
	*redeemed_at = 0;
	if (p->paid_at == 0)
		return;
	*earned = (int32) Max(p->total / 10000, 1);
	cs_rand_init(&r, g->seed, ST_LOYALTY, (uint64) unit | (UINT64CONST(1) << 62));
	if (cs_chance(&r, 0.82))
	{
		/* while the customer is awake */
		*redeemed_at = cs_in_hours(p->paid_at + cs_range(&r, 3 * US_DAY, 89 * US_DAY),
								   CS_WAKING_FROM, US_DAY, cs_range(&r, 0, CS_NIGHT_SPREAD));
		/* mostly the whole balance at checkout, sometimes part of it */
		*redeemed = cs_chance(&r, 0.7) ? *earned : (int32) cs_range(&r, *earned / 2, *earned);
	}
}

/* When order n's ledger rows come: its earning and its redemption (0: never). */
void
cs_ledger_times(GenCtx *g, int64 order_no, TimestampTz *earn_at, TimestampTz *redeem_at)
{
	const CsOrderPlan *p = cs_plan_order_final(g, order_no);
	int32		earned,
				redeemed;

	plan_ledger(g, order_no, p, &earned, &redeemed, redeem_at);
	*earn_at = p->paid_at;
	if (redeemed == 0)
		*redeem_at = 0;
}

static void
emit_ledger(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	/* decided on what the order comes to: a payment captured some day earns */
	const CsOrderPlan *p = cs_plan_order_final(g, unit);
	int32		earned;
	int32		redeemed;
	TimestampTz redeemed_at;

	plan_ledger(g, unit, p, &earned, &redeemed, &redeemed_at);
	if (earned == 0)
		return;
	/* ids are kept for the entries to come */
	if (sink == NULL || p->paid_at > g->t_end)
	{
		ids->next += redeemed > 0 ? 2 : 1;
		return;
	}
	put_entry(sink, ids, p, earned, p->paid_at);
	if (redeemed > 0 && redeemed_at <= g->t_end)
		put_entry(sink, ids, p, -redeemed, redeemed_at);
	else if (redeemed > 0)
		ids->next++;
}

const TableSpec cs_table_loyalty_ledger = {
	.name = "loyalty_ledger",
	.cols = ledger_cols,
	.ncols = lengthof(ledger_cols),
	.driver = DRV_ORDERS,
	.emit = emit_ledger,
	.companion = NULL,
	.id_column = "ledger_id",
	.approx_row_bytes = 120,
};
