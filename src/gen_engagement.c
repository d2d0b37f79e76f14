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
#include "utils/builtins.h"

#include "commerce_seed.h"
#include "words.h"

/* The row key of order line i of order n in the review and return streams. */
#define LINE_KEY(p, i) ((uint64) (p)->order_no * CS_MAX_LINES + (i))

/*
 * Why a line comes back, by return_reason: damaged, defective, wrong_item,
 * not_as_described, size_fit, changed_mind, late_delivery.  Size and fit
 * only where the product is bought in a size (about 40% of fashion returns,
 * references.md), late delivery only when the parcel was late.
 */
static const int reason_weight_sized[7] = {6, 4, 8, 14, 45, 19, 4};
static const int reason_weight_unsized[7] = {18, 22, 12, 20, 0, 22, 6};

static const CsCategory *
line_leaf(const GenCtx *g, const CsLine *l)
{
	return &cs_categories[cs_product_category(g, l->product_id)];
}

/*
 * Whether line i of a delivered order is returned, and how: the chance is
 * the product category's (none for categories that are not taken back), a
 * late parcel and a poorer product (cs_product_quality) make a return
 * likelier, and faults commoner among the reasons, the reason fits the product and the
 * delivery, the request comes 1-10 days after delivery, and most are
 * approved within a week with a refund pro rata of the quantity sent back.
 */
bool
cs_line_return(const GenCtx *g, const CsOrderPlan *p, int line, CsReturn *out)

{
	const CsLine *l = &p->lines[line];
	const CsCategory *leaf;
	CsRand		r;
	int			weight[7];
	bool		late;
	double		quality;
	TimestampTz resolved;

	if (p->delivered_at == 0)
		return false;
	leaf = line_leaf(g, l);
	if (leaf->return_permille == 0)
		return false;
	late = CS_DELIVERED_LATE(p);
	quality = cs_product_quality(g, l->product_id);
	cs_rand_init(&r, g->seed, ST_RETURN, LINE_KEY(p, line));
	/* a poorer product comes back more often (quality averages about 0.6) */
	if (!cs_chance(&r, leaf->return_permille * (late ? 1.5 : 1.0) * (1.25 - 0.4 * quality) / 1000.0))
		return false;
	/* asked for while the buyer is awake; decided in office hours (9 am-7 pm) */
	out->requested_at = cs_in_hours(p->delivered_at + cs_range(&r, US_DAY, 9 * US_DAY),
									CS_WAKING_FROM, US_DAY, cs_range(&r, 0, CS_NIGHT_SPREAD));
	out->quantity = (int32) cs_range(&r, 1, l->quantity);
	memcpy(weight, leaf->sized ? reason_weight_sized : reason_weight_unsized, sizeof(weight));
	/* and for faults: damage in a flimsy pack, defects, not what was described */
	weight[RR_DAMAGED] = (int) (weight[RR_DAMAGED] * (1.6 - quality) + 0.5);
	weight[RR_DEFECTIVE] = (int) (weight[RR_DEFECTIVE] * (1.6 - quality) + 0.5);
	weight[RR_NOT_AS_DESCRIBED] = (int) (weight[RR_NOT_AS_DESCRIBED] * (1.6 - quality) + 0.5);
	if (!late)
		weight[RR_LATE_DELIVERY] = 0;
	else
		weight[RR_LATE_DELIVERY] *= 5;
	out->reason = cs_weighted(&r, weight, 7);
	resolved = cs_in_hours(out->requested_at + cs_range(&r, US_DAY, 5 * US_DAY),
						   9 * US_HOUR, 19 * US_HOUR, cs_range(&r, 0, 10 * US_HOUR - 1));
	out->approved = cs_chance(&r, 0.88);
	out->resolved_at = resolved;
	out->refund = out->approved ?
		(l->line_total * out->quantity + l->quantity / 2) / l->quantity : 0;
	return true;
}

/*
 * The return of line `line` of order n as the as-of instant of g sees it:
 * decided on the final plan (cs_line_return), then cut.  False when the
 * line is never returned, or the return is not asked for yet (*requested
 * tells which, for keeping its id); a return not decided yet is pending.
 */
bool
cs_line_return_asof(GenCtx *g, int64 order_no, int line, CsReturn *out, bool *requested)
{
	const CsOrderPlan *pf = cs_plan_order_final(g, order_no);

	*requested = cs_line_return(cs_final(g), pf, line, out);
	if (!*requested)
		return false;
	if (out->requested_at > g->t_end)
		return false;
	if (out->resolved_at > g->t_end)
	{
		out->resolved_at = 0;
		out->approved = false;
		out->refund = 0;
	}
	return true;
}

/* returns */

static const ColumnSpec return_cols[] = {
	{.name = "return_id", .typid = INT8OID},
	{.name = "order_item_id", .typid = INT8OID},
	{.name = "quantity", .typid = INT4OID},
	{.name = "reason", .typid = InvalidOid, .enum_type = EN_RETURN_REASON},
	{.name = "approved", .typid = BOOLOID, .nullable = true},
	{.name = "requested_at", .typid = TIMESTAMPTZOID},
	{.name = "resolved_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "refund_amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
};

static void
emit_returns(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int			nlines = cs_order_line_count(g, unit);
	int64		first_line = ids->next_other;
	int			i;

	ids->next_other += nlines;
	for (i = 0; i < nlines; i++)
	{
		CsReturn	ret;
		Datum	   *v;
		bool	   *n;
		bool		ever;

		/* the id of a return is kept from the order's start, asked for or not yet */
		if (!cs_line_return_asof(g, unit, i, &ret, &ever) || sink == NULL)
		{
			if (ever)
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
	{.name = "review_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "order_item_id", .typid = INT8OID},
	{.name = "rating", .typid = INT4OID},
	{.name = "title", .typid = TEXTOID},
	{.name = "body", .typid = TEXTOID, .nullable = true},
	{.name = "helpful_votes", .typid = INT4OID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
};

/*
 * A review is written from the facts of its line: whether it came back and
 * why, whether the parcel was late (CS_DELIVERED_LATE), and for a kept
 * item the product's quality (cs_product_quality).  Stars follow them (on-time deliveries average about 4.3 stars, late ones about 2.6,
 * references.md), and the text only states what the rows show: "returned"
 * only on a returned line, "late" only on a late delivery, a gift only of
 * what is given as one.
 */
enum
{
	RV_ON_TIME = CS_REVIEW_ON_TIME, /* kept, delivered in time */
	RV_LATE = CS_REVIEW_LATE,	/* kept, delivered late */
	RV_RETURNED_FAULT,			/* returned: damaged, defective, wrong, not as described */
	RV_RETURNED_SIZE,			/* returned for size or fit */
	RV_RETURNED_MIND,			/* returned: changed mind */
	RV_RETURNED_LATE			/* returned because it came late */
};

/* 1..5 stars per situation */
static const int rating_weight[6][5] = {
	[RV_ON_TIME] = {4, 3, 8, 22, 63},
	[RV_LATE] = {22, 24, 28, 16, 10},
	[RV_RETURNED_FAULT] = {70, 30, 0, 0, 0},
	[RV_RETURNED_SIZE] = {0, 30, 50, 20, 0},
	[RV_RETURNED_MIND] = {0, 0, 60, 40, 0},
	[RV_RETURNED_LATE] = {65, 35, 0, 0, 0},
};

/* the chance that a line is reviewed, per situation */
static const double review_chance[6] = {
	[RV_ON_TIME] = 0.2,
	[RV_LATE] = 0.35,
	[RV_RETURNED_FAULT] = 0.4,
	[RV_RETURNED_SIZE] = 0.25,
	[RV_RETURNED_MIND] = 0.15,
	[RV_RETURNED_LATE] = 0.5,
};

/* The texts (titles and bodies) are in words_aftersales.c. */

/* Whether a product of this leaf is given as a gift in a review's story. */
static bool
giftable(const CsCategory *leaf)
{
	/* not beauty, food or diapers (not taken back), nor an exam guide or a child's thing */
	return leaf->return_permille > 0 &&
		leaf != &cs_categories[CAT_EXAM] && leaf != &cs_categories[CAT_CHILDRENS_BOOKS] &&
		leaf != &cs_categories[CAT_SOFT_TOYS] && leaf != &cs_categories[CAT_EDU_TOYS];
}

/*
 * "the <name>", or the name alone when it starts with an article of its own
 * (a book's title); the body's first letter is then made a capital.
 */
static char *
product_subject(const GenCtx *g, int64 product_id)
{
	char		name[128];

	cs_product_name(g, product_id, name, sizeof(name));
	return strncmp(name, "The ", 4) == 0 ? pstrdup(name) : psprintf("the %s", name);
}

static Datum
review_body(const char *fmt, const char *subject)
{
	const char *at = strstr(fmt, "%s");
	char	   *text = psprintf(fmt, subject);
	int			i = at ? (int) (at - fmt) : -1;

	/* the subject opens a sentence: the text's start, or after a full stop */
	if (i == 0 || (i >= 2 && fmt[i - 2] == '.' && fmt[i - 1] == ' '))
		if (text[i] >= 'a' && text[i] <= 'z')
			text[i] += 'A' - 'a';
	if (text[0] >= 'a' && text[0] <= 'z')
		text[0] += 'A' - 'a';
	return CStringGetTextDatum(text);
}

static void
emit_reviews(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	/* decided on what the order comes to; written when its time has come */
	GenCtx	   *f = cs_final(g);
	const CsOrderPlan *p = cs_plan_order(f, unit);
	int64		first_line = ids->next_other;
	bool		late;
	int			i;

	ids->next_other += p->nlines;
	if (p->delivered_at == 0)
		return;
	late = CS_DELIVERED_LATE(p);
	for (i = 0; i < p->nlines; i++)
	{
		const CsLine *l = &p->lines[i];
		CsReturn	ret;
		int			situation;
		CsRand		r;
		TimestampTz at;
		int			rating;
		int			variant;
		bool		rejected;
		const char *body;
		Datum	   *v;

		if (cs_line_return(f, p, i, &ret))
			situation = ret.reason == RR_SIZE_FIT ? RV_RETURNED_SIZE :
				ret.reason == RR_CHANGED_MIND ? RV_RETURNED_MIND :
				ret.reason == RR_LATE_DELIVERY ? RV_RETURNED_LATE : RV_RETURNED_FAULT;
		else
			situation = late ? RV_LATE : RV_ON_TIME;
		cs_rand_init(&r, g->seed, ST_REVIEW, LINE_KEY(p, i));
		/* a bad experience is more often written about */
		if (!cs_chance(&r, review_chance[situation]))
			continue;
		/*
		 * Written after the parcel came; about a returned line, after the
		 * return was asked for, and after a rejection once it was rejected.
		 */
		at = p->delivered_at + cs_range(&r, 6 * US_HOUR, 24 * US_DAY);
		rejected = situation >= RV_RETURNED_FAULT && ret.resolved_at != 0 && !ret.approved;
		if (rejected)
			at = ret.resolved_at + (at - p->delivered_at) % (8 * US_DAY);
		else if (situation >= RV_RETURNED_FAULT)
			at = ret.requested_at + (at - p->delivered_at) % (14 * US_DAY);
		at = cs_in_hours(at, CS_WAKING_FROM, US_DAY, cs_range(&r, 0, CS_NIGHT_SPREAD));
		if (sink == NULL || at > g->t_end)
		{
			ids->next++;
			continue;
		}
		rating = 1 + cs_weighted(&r, rating_weight[situation], 5);
		if (situation == RV_ON_TIME || situation == RV_LATE)
		{
			double		quality = cs_product_quality(g, l->product_id);

			/* a poor product disappoints even in time, a fine one pleases */
			if (quality < 0.45 && rating > 1 && cs_chance(&r, (0.45 - quality) * 2.5))
				rating--;
			else if (quality > 0.70 && rating < 5 && cs_chance(&r, (quality - 0.70) * 2.5))
				rating++;
		}
		variant = (int) cs_range(&r, 0, 2);
		if (situation == RV_ON_TIME || situation == RV_LATE)
		{
			body = cs_review_kept_bodies[situation][rating - 1][variant];
			/* the gift story only for what is given as a gift */
			if (situation == RV_ON_TIME && rating == 5 && variant == 2 &&
				!giftable(line_leaf(g, l)))
				body = cs_review_kept_bodies[situation][rating - 1][0];
		}
		else if (rejected)
			body = cs_review_rejected_bodies[variant & 1];
		else
			body = cs_review_returned_bodies[ret.reason][variant & 1];
		v = sink->values;
		cs_row_begin(sink);
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(l->product_id);
		v[2] = Int64GetDatum(p->customer_id);
		v[3] = Int64GetDatum(first_line + i);
		v[4] = Int32GetDatum(rating);
		v[5] = cs_text(cs_review_titles[rating - 1][variant]);
		if (cs_chance(&r, 0.15))
			sink->nulls[6] = true;	/* a star rating without text */
		else
			v[6] = review_body(body, product_subject(g, l->product_id));
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
	.name = "reviews",
	.cols = review_cols,
	.ncols = lengthof(review_cols),
	.driver = DRV_ORDERS,
	.emit = emit_reviews,
	.companion = "order_items",
	.id_column = "review_id",
	.approx_row_bytes = 220,
};

const TableSpec cs_table_returns = {
	.name = "returns",
	.cols = return_cols,
	.ncols = lengthof(return_cols),
	.driver = DRV_ORDERS,
	.emit = emit_returns,
	.companion = "order_items",
	.id_column = "return_id",
	.approx_row_bytes = 130,
};
