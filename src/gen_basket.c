/*-------------------------------------------------------------------------
 *
 * gen_basket.c
 *	  Basket generators: carts and cart_items.
 *
 * Both tables are driven by orders, as the funnel is (see cs_order_visit in
 * gen_telemetry.c).  Order n brings its checkout cart, filled in the visit
 * the order was placed in with exactly the order's lines and checked out
 * into it (carts.order_id), then cart_count(n) - 1 abandoned carts, the j-th
 * filled in browsing visit j + 1 of the order's day by that visit's
 * customer and never checked out.  About 70% of carts are abandoned.
 *
 * A cart's draws come from stream ST_CART, row CART_ROW(n, j), at fixed
 * fields (KF_*); the count from row CART_ROW(n, 7).  cart_items carries the
 * running cart_id in ids->next_other (its companion is the carts table) and
 * advances it by the order's cart count, as emit_carts advances its own.
 *
 * Every cart holds at least one item, and its products are distinct by
 * construction: a popular-product draw that repeats one already in the cart
 * is redrawn a few times, then stepped to the next product id that is not
 * in the cart, so the item count never depends on luck (counting a slice
 * needs no product draws at all).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"

#define MAX_ABANDONED 5
#define MAX_CART_ITEMS 4

#define CART_ROW(n, j)	(((uint64) (n) << 3) | (uint64) (j))
#define CART_COUNT_ROW(n) CART_ROW(n, 7)

/* Fields of ST_CART row CART_ROW(n, j). */
enum
{
	KF_COUNT = 0,				/* row CART_COUNT_ROW(n) only: 2 draws */
	KF_CREATED = 2,
	KF_CHECKOUT,
	KF_NITEMS = 6,
	KF_QUANTITY = 8,			/* one per item */
	KF_ADDED = KF_QUANTITY + CS_MAX_LINES,	/* one per item */
	KF_PRODUCTS = 32			/* product draws, a variable number, last */
};

/* Items in an abandoned cart: mostly one or two things looked at. */
static const int item_count_weight[MAX_CART_ITEMS] = {45, 30, 15, 10};
static const int cart_quantity_weight[3] = {82, 13, 5};

/* Abandoned carts that come with order n: 0 to 5, 2.33 on average (70% of all carts). */
static int
abandoned_count(const GenCtx *g, int64 order_no)
{
	CsRand		r;
	int			n;

	cs_rand_init(&r, g->seed, ST_CART, CART_COUNT_ROW(order_no));
	r.field = KF_COUNT;
	n = (int) cs_range(&r, 0, 4);
	if (cs_chance(&r, 0.33))
		n++;
	return n;
}

static int
abandoned_items(const GenCtx *g, int64 order_no, int j)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_CART, CART_ROW(order_no, j));
	r.field = KF_NITEMS;
	return 1 + cs_weighted(&r, item_count_weight, lengthof(item_count_weight));
}

typedef struct CartPlan
{
	int64		customer_id;
	int64		order_id;		/* 0: never checked out */
	TimestampTz created_at;
	TimestampTz updated_at;
	TimestampTz checked_out_at; /* 0 = never */
	int			nitems;
	int64		products[CS_MAX_LINES];
	int32		quantity[CS_MAX_LINES];
	TimestampTz added[CS_MAX_LINES];
	TimestampTz asof;			/* the as-of instant: items added later are not in yet */
} CartPlan;

/* Spread items 1.. over (from, to], sorted; item 0 opened the cart at `from`. */
static void
added_times(CsRand *r, CartPlan *c, TimestampTz from, TimestampTz to)
{
	int			i,
				j;

	c->added[0] = from;
	r->field = KF_ADDED;
	for (i = 1; i < c->nitems; i++)
	{
		TimestampTz t = from + (int64) ((double) (to - from) * cs_unit(r));

		for (j = i; j > 1 && c->added[j - 1] > t; j--)
			c->added[j] = c->added[j - 1];
		c->added[j] = t;
	}
}

/*
 * The checkout cart of order n: opened in the order's visit, the order's
 * lines added one by one, checked out just before the order was placed.
 */
static void
plan_checkout_cart(GenCtx *g, int64 order_no, CartPlan *c)
{
	const CsOrderPlan *p;
	CsVisit		v;
	CsRand		r;
	int64		span;
	int			i;

	/* the visit first: it plans the order, and the plan is the one cached */
	cs_order_visit(g, order_no, 0, &v);
	p = cs_plan_order(g, order_no);
	c->asof = g->t_end;
	span = p->placed_at - v.started_at;
	cs_rand_init(&r, g->seed, ST_CART, CART_ROW(order_no, 0));
	c->customer_id = p->customer_id;
	c->order_id = order_no + 1;
	r.field = KF_CREATED;
	c->created_at = v.started_at + (int64) ((double) span * 0.3 * cs_unit(&r));
	r.field = KF_CHECKOUT;
	c->checked_out_at = p->placed_at - (int64) ((double) span * 0.1 * cs_unit(&r));
	c->nitems = p->nlines;
	for (i = 0; i < p->nlines; i++)
	{
		c->products[i] = p->lines[i].product_id;
		c->quantity[i] = p->lines[i].quantity;
	}
	added_times(&r, c, c->created_at, c->checked_out_at);
	c->updated_at = c->added[c->nitems - 1];
}

/*
 * Abandoned cart j of order n, filled in browsing visit j + 1: opened during
 * the visit with its first item, the others added before the visit ended
 * (every item is added inside a session of its customer).
 */
static void
plan_abandoned_cart(GenCtx *g, int64 order_no, int j, CartPlan *c, bool with_items)
{
	CsVisit		v;
	CsRand		r;
	int			i;

	cs_order_visit(g, order_no, j + 1, &v);
	c->asof = g->t_end;
	cs_rand_init(&r, g->seed, ST_CART, CART_ROW(order_no, j + 1));
	c->customer_id = v.customer_id;
	c->order_id = 0;
	c->checked_out_at = 0;
	r.field = KF_CREATED;
	c->created_at = v.started_at + (int64) ((double) (v.ended_at - v.started_at) * 0.5 * cs_unit(&r));
	r.field = KF_NITEMS;
	c->nitems = 1 + cs_weighted(&r, item_count_weight, lengthof(item_count_weight));
	added_times(&r, c, c->created_at, v.ended_at);
	c->updated_at = c->added[c->nitems - 1];
	if (!with_items)
		return;
	r.field = KF_PRODUCTS;
	for (i = 0; i < c->nitems; i++)
	{
		int64		prod = cs_pick_popular_product(g, &r);
		int			tries;
		int			k;
		bool		bad;

		/* distinct, and listed in the catalogue when added */
		for (tries = 0;; tries++)
		{
			bad = cs_product_created_at(g, prod) > c->created_at;
			for (k = 0; k < i && !bad; k++)
				bad = c->products[k] == prod;
			if (!bad)
				break;
			prod = tries < 3 ? cs_pick_popular_product(g, &r) : prod % g->n_drv[DRV_PRODUCTS] + 1;
		}
		c->products[i] = prod;
	}
	r.field = KF_QUANTITY;
	for (i = 0; i < c->nitems; i++)
		c->quantity[i] = 1 + cs_weighted(&r, cart_quantity_weight, lengthof(cart_quantity_weight));
}

/* carts */

static const ColumnSpec cart_cols[] = {
	{.name = "cart_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
	{.name = "updated_at", .typid = TIMESTAMPTZOID},
	{.name = "checked_out_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "order_id", .typid = INT8OID, .nullable = true},
};

static void
put_cart(RowIds *ids, RowSink *sink, const CartPlan *c)
{
	Datum	   *v = sink->values;
	int			last = c->nitems - 1;

	/* last touched: the last item added by the as-of instant */
	while (last > 0 && c->added[last] > c->asof)
		last--;

	cs_row_begin(sink);
	v[0] = Int64GetDatum(ids->next++);
	v[1] = Int64GetDatum(c->customer_id);
	v[2] = TimestampTzGetDatum(c->created_at);
	v[3] = TimestampTzGetDatum(c->checked_out_at != 0 ? c->updated_at : c->added[last]);
	cs_put_ts(sink, 4, c->checked_out_at);
	v[5] = Int64GetDatum(c->order_id);
	sink->nulls[5] = c->order_id == 0;
	cs_sink_put(sink);
}

static void
emit_carts(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int			nabandoned = abandoned_count(g, unit);
	CartPlan	c;
	int			j;

	if (sink == NULL)
	{
		ids->next += 1 + nabandoned;
		return;
	}
	plan_checkout_cart(g, unit, &c);
	put_cart(ids, sink, &c);
	for (j = 0; j < nabandoned; j++)
	{
		plan_abandoned_cart(g, unit, j, &c, false);
		/* a cart opened after the as-of instant keeps its id */
		if (c.created_at > g->t_end)
			ids->next++;
		else
			put_cart(ids, sink, &c);
	}
}

const TableSpec cs_table_carts = {
	.name = "carts",
	.cols = cart_cols,
	.ncols = lengthof(cart_cols),
	.driver = DRV_ORDERS,
	.emit = emit_carts,
	.id_column = "cart_id",
	.approx_row_bytes = 130,
};

/* cart_items */

static const ColumnSpec cart_item_cols[] = {
	{.name = "cart_item_id", .typid = INT8OID},
	{.name = "cart_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "quantity", .typid = INT4OID},
	{.name = "added_at", .typid = TIMESTAMPTZOID},
};

static void
put_items(RowIds *ids, RowSink *sink, int64 cart_id, const CartPlan *c)
{
	int			i;

	for (i = 0; i < c->nitems; i++)
	{
		Datum	   *v = sink->values;

		/* an item added after the as-of instant keeps its id */
		if (c->added[i] > c->asof)
		{
			ids->next++;
			continue;
		}
		cs_row_begin(sink);
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(cart_id);
		v[2] = Int64GetDatum(c->products[i]);
		v[3] = Int32GetDatum(c->quantity[i]);
		v[4] = TimestampTzGetDatum(c->added[i]);
		cs_sink_put(sink);
	}
}

static void
emit_cart_items(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int			nabandoned = abandoned_count(g, unit);
	CartPlan	c;
	int			j;

	if (sink == NULL)
	{
		ids->next += cs_order_line_count(g, unit);
		for (j = 0; j < nabandoned; j++)
			ids->next += abandoned_items(g, unit, j + 1);
		ids->next_other += 1 + nabandoned;
		return;
	}
	plan_checkout_cart(g, unit, &c);
	put_items(ids, sink, ids->next_other, &c);
	for (j = 0; j < nabandoned; j++)
	{
		plan_abandoned_cart(g, unit, j, &c, true);
		put_items(ids, sink, ids->next_other + 1 + j, &c);
	}
	ids->next_other += 1 + nabandoned;
}

const TableSpec cs_table_cart_items = {
	.name = "cart_items",
	.cols = cart_item_cols,
	.ncols = lengthof(cart_item_cols),
	.driver = DRV_ORDERS,
	.emit = emit_cart_items,
	.companion = "carts",
	.id_column = "cart_item_id",
	.approx_row_bytes = 135,
};
