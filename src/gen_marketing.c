/*-------------------------------------------------------------------------
 *
 * gen_marketing.c
 *	  Marketing generators: coupons, coupon_redemptions and gift_cards.
 *
 * Coupons are laid out along the timeline: coupon i starts in the i-th of K
 * equal steps from 30 days before the window to its end and runs for 7 to 60
 * days.  An order at instant t can therefore find the coupons that may be
 * valid then by arithmetic (cs_coupon_at), without a table of coupons.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/datetime.h"

#include "commerce_seed.h"
#include "words.h"

#define COUPON_LEAD COUPON_LEAD_US
#define COUPON_MAX_DAYS 60

static const int pct_values[] = {5, 10, 15, 20, 25, 30, 40, 50};
static const int pct_weight[] = {10, 30, 20, 15, 10, 7, 5, 3};
static const int flat_values[] = {50, 100, 150, 200, 250, 500, 1000};	/* rupees */
static const int flat_weight[] = {15, 30, 15, 15, 10, 10, 5};
static const int min_values[] = {0, 299, 499, 999, 1499, 2999};	/* rupees */

/* 25 coupons per unit of scale every two years, one per step from COUPON_LEAD before the window */
static int64
coupon_step(const GenCtx *g)
{
	return cs_calendar_step(g, 25);
}

void
cs_coupon_terms(const GenCtx *g, int64 coupon_id, CsCoupon *out)
{
	CsRand		r;
	int64		i = coupon_id - 1;
	int64		step = coupon_step(g);

	cs_rand_init(&r, g->seed, ST_COUPON, i);
	out->valid_from = g->t_start - COUPON_LEAD + i * step + cs_range(&r, 0, step - 1);
	/* campaigns run for whole days */
	out->valid_to = out->valid_from + cs_range(&r, 7, COUPON_MAX_DAYS) * US_DAY;
	if (cs_chance(&r, 0.65))
	{
		out->pct_bp = pct_values[cs_weighted(&r, pct_weight, lengthof(pct_weight))] * 100;
		out->amount_off = 0;
		out->min_order = (int64) min_values[cs_range(&r, 0, 3)] * 100;
	}
	else
	{
		int64		min_order;

		out->pct_bp = 0;
		out->amount_off = (int64) flat_values[cs_weighted(&r, flat_weight, lengthof(flat_weight))] * 100;
		/*
		 * a flat discount needs a basket of at least twice its value (one
		 * draw: Max() evaluates its arguments twice)
		 */
		min_order = (int64) min_values[cs_range(&r, 2, 5)] * 100;
		out->min_order = Max(2 * out->amount_off, min_order);
	}
}

/* A coupon that may be valid at t (its start is at most 60 days before t), or 0. */
int64
cs_coupon_at(const GenCtx *g, TimestampTz t, CsRand *r)
{
	int64		step = coupon_step(g);
	int64		k = g->n_drv[DRV_COUPONS];
	int64		since = t - (g->t_start - COUPON_LEAD);
	int64		hi = cs_floor_div(since, step);
	int64		lo = cs_floor_div(since - COUPON_MAX_DAYS * US_DAY - step, step);

	if (since < 0)
		return 0;
	if (lo < 0)
		lo = 0;
	if (hi > k - 1)
		hi = k - 1;
	if (lo > hi)
		return 0;
	return 1 + cs_range(r, lo, hi);
}

/* coupons */

static const ColumnSpec coupon_cols[] = {
	{.name = "coupon_id", .typid = INT8OID},
	{.name = "code", .typid = TEXTOID, .c_collation = true},
	{.name = "description", .typid = TEXTOID},
	{.name = "pct_off", .typid = NUMERICOID, .precision = 5, .scale = 2, .nullable = true},
	{.name = "amount_off", .typid = NUMERICOID, .precision = 12, .scale = 2, .nullable = true},
	{.name = "min_order_amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "valid_from", .typid = TIMESTAMPTZOID},
	{.name = "valid_to", .typid = TIMESTAMPTZOID},
};

static const char *
campaign_name(const GenCtx *g, TimestampTz from)
{
	int			year,
				month,
				day;

	j2date(cs_date_of(from) + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	if (month == 10 || (month == 11 && day <= 15))
		return "DIWALI";
	if (month == 1)
		return "REPUBLIC";
	if (month == 8)
		return "FREEDOM";
	if (month == 12)
		return "YEAREND";
	if (month == 3)
		return "HOLI";
	return "SAVE";
}

static void
emit_coupon(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	CsCoupon	c;
	char		suffix[8];
	Datum	   *v;
	bool	   *n;

	ids->next++;
	if (sink == NULL)
		return;
	cs_coupon_terms(g, unit + 1, &c);
	v = sink->values;
	n = sink->nulls;
	/* unique: the suffix tells the coupons apart (cs_unique_code) */
	cs_unique_code(cs_stream_key(g->seed, ST_PERMUTE) ^ 0x4350, unit, CS_CODE_SPACE(6), suffix, 6);
	v[0] = Int64GetDatum(unit + 1);
	if (c.pct_bp > 0)
	{
		v[1] = cs_textf("%s%d-%s", campaign_name(g, c.valid_from), c.pct_bp / 100, suffix);
		v[2] = c.min_order > 0 ?
			cs_textf("%d%% off on orders of INR %lld or more", c.pct_bp / 100, (long long) (c.min_order / 100)) :
			cs_textf("%d%% off on any order", c.pct_bp / 100);
	}
	else
	{
		v[1] = cs_textf("FLAT%lld-%s", (long long) (c.amount_off / 100), suffix);
		v[2] = cs_textf("INR %lld off on orders of INR %lld or more",
						(long long) (c.amount_off / 100), (long long) (c.min_order / 100));
	}
	v[3] = cs_numeric2(c.pct_bp);
	n[3] = c.pct_bp == 0;
	v[4] = cs_money(c.amount_off);
	n[4] = c.amount_off == 0;
	v[5] = cs_money(c.min_order);
	n[5] = false;
	v[6] = TimestampTzGetDatum(c.valid_from);
	n[6] = false;
	v[7] = TimestampTzGetDatum(c.valid_to);
	n[7] = false;
	n[0] = n[1] = n[2] = false;
	cs_sink_put(sink);
}

const TableSpec cs_table_coupons = {
	.name = "coupons",
	.cols = coupon_cols,
	.ncols = lengthof(coupon_cols),
	.driver = DRV_COUPONS,
	.emit = emit_coupon,
	.id_column = "coupon_id",
	.approx_row_bytes = 200,
	.one_per_unit = true,
};

/* coupon_redemptions: one per order that used a coupon */

static const ColumnSpec redemption_cols[] = {
	{.name = "redemption_id", .typid = INT8OID},
	{.name = "coupon_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID},
	{.name = "redeemed_at", .typid = TIMESTAMPTZOID},
	{.name = "discount_amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
};

static void
emit_redemption(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	Datum	   *v;

	if (p->coupon_id == 0)
		return;
	if (sink == NULL)
	{
		ids->next++;
		return;
	}
	v = sink->values;
	cs_row_begin(sink);
	v[0] = Int64GetDatum(ids->next++);
	v[1] = Int64GetDatum(p->coupon_id);
	v[2] = Int64GetDatum(unit + 1);
	v[3] = TimestampTzGetDatum(p->placed_at);
	v[4] = cs_money(p->gross - p->total);
	cs_sink_put(sink);
}

const TableSpec cs_table_coupon_redemptions = {
	.name = "coupon_redemptions",
	.cols = redemption_cols,
	.ncols = lengthof(redemption_cols),
	.driver = DRV_ORDERS,
	.emit = emit_redemption,
	.id_column = "redemption_id",
	.approx_row_bytes = 110,
};

/* gift_cards */

static const ColumnSpec gift_card_cols[] = {
	{.name = "gift_card_id", .typid = INT8OID},
	{.name = "code", .typid = TEXTOID, .c_collation = true},
	{.name = "initial_amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "balance", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "currency", .typid = TEXTOID},
	{.name = "purchaser_customer_id", .typid = INT8OID, .nullable = true},
	{.name = "issued_at", .typid = TIMESTAMPTZOID},
	{.name = "expires_at", .typid = TIMESTAMPTZOID},
	{.name = "active", .typid = BOOLOID},
};

static const int card_values[] = {500, 1000, 1500, 2000, 2500, 5000, 10000};	/* rupees */
static const int card_weight[] = {20, 30, 10, 15, 10, 10, 5};

/* Fields of ST_GIFT_CARD row = unit (gift_card_id - 1). */
enum
{
	GF_ANCHOR = 0,
	GF_VALUE,
	GF_SPEND,					/* 2 draws: spent?, how long after issue */
	GF_CODE = 4,
	GF_PURCHASER				/* 2 draws */
};

/*
 * Card u's place on the calendar: 50 cards per unit of scale every two
 * years from the window's start, card u somewhere in the u-th step, so it
 * grows with u.
 */
static TimestampTz
gift_card_anchor(const GenCtx *g, int64 unit)
{
	int64		step = cs_calendar_step(g, 50);
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_GIFT_CARD, unit);
	r.field = GF_ANCHOR;
	return g->t_start + unit * step + (int64) ((double) step * cs_unit(&r));
}

/*
 * A gift card's terms, valid a year and loaded with a common amount.  Cards
 * are laid out along the window by id (gift_card_anchor).  Seven in ten are
 * spent: the anchor is then the moment the holder shops with it, on the
 * first order placed from then on (gen_sales.c pays that order with the card
 * when the card covers it; emit_gift_card leaves the rest as balance), and
 * the card was issued a day to four months before (most within a month;
 * nearer when that would be before the window).  The others are never
 * used: issued at the anchor, they keep their full balance.  Spending
 * moments grow with the id, which is what lets an order find its card by a
 * search (cs_gift_card_of_order).
 */
void
cs_gift_card_terms(const GenCtx *g, int64 gift_card_id, CsGiftCard *out)
{
	int64		unit = gift_card_id - 1;
	TimestampTz anchor = gift_card_anchor(g, unit);
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_GIFT_CARD, unit);
	r.field = GF_VALUE;
	out->initial = (int64) card_values[cs_weighted(&r, card_weight, lengthof(card_weight))] * 100;
	r.field = GF_SPEND;
	if (cs_chance(&r, 0.70))
	{
		int64		before = cs_chance(&r, 0.65) ? cs_range(&r, US_DAY, 30 * US_DAY) :
			cs_range(&r, 30 * US_DAY, 120 * US_DAY);

		out->spend_from = anchor;
		out->issued_at = anchor - before;
		/* near the window's start: some time between it and the spending */
		if (out->issued_at < g->t_start)
			out->issued_at = g->t_start + (int64) ((double) (anchor - g->t_start) * cs_unit(&r));
	}
	else
	{
		out->spend_from = 0;
		out->issued_at = anchor;
	}
	out->expires_at = out->issued_at + 365 * US_DAY;
}

/*
 * The gift card spent on order n (placed at placed_at), or 0: a card whose
 * spending moment falls after the previous order and by this one, found by
 * a binary search over the anchors (which grow with the id); when two meet
 * on one order, the older card is spent and the other stays unused.
 */
int64
cs_gift_card_of_order(const GenCtx *g, int64 order_no, TimestampTz placed_at)
{
	int64		ncards = g->n_drv[DRV_GIFT_CARDS];
	TimestampTz after = order_no > 0 ? cs_order_placed_at(g, order_no - 1) : PG_INT64_MIN;
	int64		lo = 0,
				hi = ncards;

	/* the first card anchored after the previous order */
	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (gift_card_anchor(g, mid) > after)
			hi = mid;
		else
			lo = mid + 1;
	}
	for (; lo < ncards && gift_card_anchor(g, lo) <= placed_at; lo++)
	{
		CsGiftCard	gc;

		cs_gift_card_terms(g, lo + 1, &gc);
		if (gc.spend_from != 0)
			return lo + 1;
	}
	return 0;
}

static void
emit_gift_card(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		id = unit + 1;
	CsGiftCard	gc;
	CsRand		r;
	Datum	   *v;
	bool	   *n;
	char		head[8],
				tail[12];
	int64		balance,
				buyers;

	ids->next++;
	if (sink == NULL)
		return;
	cs_gift_card_terms(g, id, &gc);
	/* ids are kept for the cards not issued yet (gift_card_anchor) */
	if (gc.issued_at > g->t_end)
		return;
	v = sink->values;
	n = sink->nulls;
	cs_row_begin(sink);

	/* what is left: the whole amount, less the order it paid for once captured */
	balance = gc.initial;
	if (gc.spend_from != 0 && gc.spend_from < g->t_end)
	{
		int64		order = cs_order_at(g, gc.spend_from);

		if (order < g->n_drv[DRV_ORDERS])
		{
			const CsOrderPlan *p = cs_plan_order(g, order);

			if (p->gift_card_id == id && p->payment_status == PS_CAPTURED)
				balance -= p->total;
		}
	}

	/* unique: the first six characters tell the cards apart (cs_unique_code) */
	cs_rand_init(&r, g->seed, ST_GIFT_CARD, unit);
	cs_unique_code(cs_stream_key(g->seed, ST_PERMUTE) ^ 0x4743, unit, CS_CODE_SPACE(6), head, 6);
	r.field = GF_CODE;
	cs_base32(cs_next(&r), tail, 10);
	v[0] = Int64GetDatum(id);
	v[1] = cs_textf("%.4s-%.2s%.2s-%.4s-%.4s", head, head + 4, tail, tail + 2, tail + 6);
	v[2] = cs_money(gc.initial);
	v[3] = cs_money(balance);
	v[4] = cs_text("INR");
	/* most are bought by a customer; the rest in bulk by companies */
	buyers = cs_customers_signed_up_by(g, gc.issued_at);
	r.field = GF_PURCHASER;
	if (buyers > 0 && cs_chance(&r, 0.7))
		v[5] = Int64GetDatum(cs_range(&r, 1, buyers));
	else
		n[5] = true;
	v[6] = TimestampTzGetDatum(gc.issued_at);
	v[7] = TimestampTzGetDatum(gc.expires_at);
	v[8] = BoolGetDatum(balance > 0 && gc.expires_at > g->t_end);
	cs_sink_put(sink);
}

const TableSpec cs_table_gift_cards = {
	.name = "gift_cards",
	.cols = gift_card_cols,
	.ncols = lengthof(gift_card_cols),
	.driver = DRV_GIFT_CARDS,
	.emit = emit_gift_card,
	.id_column = "gift_card_id",
	.approx_row_bytes = 160,
	.one_per_unit = false,
};
