/*-------------------------------------------------------------------------
 *
 * gen_engagement.c
 *	  Engagement and quality generators: reviews and returns.
 *
 * Both are made per order (the driver) for the order's delivered lines only,
 * after delivery and before the end of the window.  Their rows refer to
 * order lines, whose ids are tracked as the companion ids: the first
 * order_item_id of order n is the running count of lines of orders before it.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"
#include "words.h"

/* The row key of order line i of order n in the review and return streams. */
#define LINE_KEY(p, i) ((uint64) (p)->order_no * CS_MAX_LINES + (i))

static const int reason_weight_default[7] = {14, 16, 10, 18, 4, 30, 8};
static const int reason_weight_fashion[7] = {6, 5, 8, 14, 45, 18, 4};

static int
line_department(const GenCtx *g, const CsLine *l)
{
	return cs_supplier_department(g, cs_product_supplier(g, l->product_id));
}

/*
 * Whether line i of a delivered order is returned, and how: the chance
 * depends on the department (fashion is returned most), the request comes
 * 1-10 days after delivery, and most are approved within a week with a
 * refund pro rata of the quantity sent back.
 */
bool
cs_line_return(const GenCtx *g, const CsOrderPlan *p, int line, CsReturn *out)
{
	const CsLine *l = &p->lines[line];
	CsRand		r;
	int			dept;
	TimestampTz resolved;

	if (p->delivered_at == 0)
		return false;
	dept = line_department(g, l);
	cs_rand_init(&r, g->seed, ST_RETURN, LINE_KEY(p, line));
	if (!cs_chance(&r, cs_departments[dept].return_permille / 1000.0))
		return false;
	out->requested_at = p->delivered_at + cs_range(&r, US_DAY, 10 * US_DAY);
	if (out->requested_at > g->t_end)
		return false;
	out->quantity = (int32) cs_range(&r, 1, l->quantity);
	out->reason = cs_weighted(&r, dept == 1 ? reason_weight_fashion : reason_weight_default, 7);
	resolved = out->requested_at + cs_range(&r, US_DAY, 6 * US_DAY);
	out->approved = cs_chance(&r, 0.88);
	if (resolved > g->t_end)
	{
		out->resolved_at = 0;
		out->approved = false;
		out->refund = 0;
	}
	else
	{
		out->resolved_at = resolved;
		out->refund = out->approved ?
			(l->line_total * out->quantity + l->quantity / 2) / l->quantity : 0;
	}
	return true;
}

/* returns */

static const ColumnSpec return_cols[] = {
	{"return_id", INT8OID},
	{"order_item_id", INT8OID},
	{"quantity", INT4OID},
	{"reason", InvalidOid, EN_RETURN_REASON},
	{"approved", BOOLOID, .nullable = true},
	{"requested_at", TIMESTAMPTZOID},
	{"resolved_at", TIMESTAMPTZOID, .nullable = true},
	{"refund_amount", NUMERICOID, .precision = 12, .scale = 2},
};

static void
emit_returns(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	int64		first_line = ids->next_other;
	int			i;

	ids->next_other += p->nlines;
	for (i = 0; i < p->nlines; i++)
	{
		CsReturn	ret;
		Datum	   *v;
		bool	   *n;

		if (!cs_line_return(g, p, i, &ret))
			continue;
		if (sink == NULL)
		{
			ids->next++;
			continue;
		}
		v = sink->values;
		n = sink->nulls;
		cs_row_begin(sink);
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(first_line + i);
		v[2] = Int32GetDatum(ret.quantity);
		v[3] = cs_enum(g, EN_RETURN_REASON, ret.reason);
		v[4] = BoolGetDatum(ret.approved);
		n[4] = ret.resolved_at == 0;
		v[5] = TimestampTzGetDatum(ret.requested_at);
		cs_put_ts(sink, 6, ret.resolved_at);
		v[7] = cs_money(ret.refund);
		cs_sink_put(sink);
	}
}

/* reviews */

static const ColumnSpec review_cols[] = {
	{"review_id", INT8OID},
	{"product_id", INT8OID},
	{"customer_id", INT8OID},
	{"order_item_id", INT8OID},
	{"rating", INT4OID},
	{"title", TEXTOID},
	{"body", TEXTOID, .nullable = true},
	{"helpful_votes", INT4OID},
	{"created_at", TIMESTAMPTZOID},
};

static const int rating_weight[5] = {7, 5, 11, 29, 48};	/* 1..5 stars */

static const char *const titles[5][3] = {
	{"Very disappointed", "Waste of money", "Do not buy"},
	{"Not as expected", "Below average", "Could be better"},
	{"Okay for the price", "Average product", "Decent"},
	{"Good product", "Value for money", "Happy with it"},
	{"Excellent!", "Loved it", "Highly recommended"},
};

static const char *const bodies[5][3] = {
	{"The %s stopped working within a week.", "The %s looks nothing like the pictures.", "Poor quality %s, returned it."},
	{"The %s is fine but the finish is poor.", "Delivery was late and the %s feels cheap.", "The %s does the job, barely."},
	{"The %s is okay. Nothing special.", "Works as described. The %s could be sturdier.", "An average %s for the price."},
	{"Good %s, arrived well packed.", "Using the %s daily, no complaints so far.", "Nice %s, would buy again."},
	{"Superb %s, exactly as shown. Fast delivery too.", "Best %s I have bought online.", "Gifted the %s to my parents, they love it."},
};

static void
emit_reviews(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	int64		first_line = ids->next_other;
	int			i;

	ids->next_other += p->nlines;
	if (p->delivered_at == 0)
		return;
	for (i = 0; i < p->nlines; i++)
	{
		const CsLine *l = &p->lines[i];
		CsReturn	ret;
		bool		unhappy;
		CsRand		r;
		TimestampTz at;
		int			rating;
		int			variant;
		char		name[128];
		Datum	   *v;

		/* a bad experience is more often written about */
		unhappy = cs_line_return(g, p, i, &ret) &&
			(ret.reason == RR_DAMAGED || ret.reason == RR_DEFECTIVE || ret.reason == RR_NOT_AS_DESCRIBED);
		cs_rand_init(&r, g->seed, ST_REVIEW, LINE_KEY(p, i));
		if (!cs_chance(&r, unhappy ? 0.55 : 0.2))
			continue;
		at = p->delivered_at + cs_range(&r, 6 * US_HOUR, 25 * US_DAY);
		if (at > g->t_end)
			continue;
		if (sink == NULL)
		{
			ids->next++;
			continue;
		}
		rating = unhappy ? (int) cs_range(&r, 1, 2) : 1 + cs_weighted(&r, rating_weight, 5);
		variant = (int) cs_range(&r, 0, 2);
		v = sink->values;
		cs_row_begin(sink);
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(l->product_id);
		v[2] = Int64GetDatum(p->customer_id);
		v[3] = Int64GetDatum(first_line + i);
		v[4] = Int32GetDatum(rating);
		v[5] = cs_text(titles[rating - 1][variant]);
		if (cs_chance(&r, 0.15))
			sink->nulls[6] = true;	/* a star rating without text */
		else
			v[6] = cs_textf(bodies[rating - 1][variant], cs_product_name(g, l->product_id, name, sizeof(name)));
		/* a few reviews collect most of the votes */
		{
			double		u = cs_unit(&r);

			v[7] = Int32GetDatum((int32) (u * u * u * u * 120));
		}
		v[8] = TimestampTzGetDatum(at);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_reviews = {
	"reviews", review_cols, lengthof(review_cols), DRV_ORDERS,
	emit_reviews, "order_items", "review_id", 220
};

const TableSpec cs_table_returns = {
	"returns", return_cols, lengthof(return_cols), DRV_ORDERS,
	emit_returns, "order_items", "return_id", 130
};
