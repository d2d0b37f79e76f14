/*-------------------------------------------------------------------------
 *
 * gen_basket.c
 *	  Basket generators: carts and cart_items.
 *
 * Both tables are driven by customers.  A customer's carts are planned by
 * plan_carts() from stream ST_CART, row 4c + 3 (how many) and rows 4c + k
 * (cart k: its times, its size, then its items), so carts and cart_items
 * make the same carts without sharing any state.  Carts are numbered in
 * customer order, so cart_items carries the running cart_id in
 * ids->next_other (its companion is the carts table) and advances it by the
 * customer's cart count, exactly as emit_carts advances carts' own ids.
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

#define MAX_CARTS 2
#define MAX_CART_ITEMS 5

#define CART_ROW(c, k)	(((uint64) (c) << 2) | (uint64) (k))
#define CART_COUNT_ROW(c) CART_ROW(c, 3)

/* Fields of ST_CART row CART_ROW(c, k). */
enum
{
	KF_CREATED = 0,
	KF_IDLE,					/* 2 draws: quick visit?, length */
	KF_CHECKOUT = KF_IDLE + 2,	/* 2 draws: checked out?, delay */
	KF_NITEMS = KF_CHECKOUT + 2,
	KF_QUANTITY = 8,			/* one per item */
	KF_ADDED = KF_QUANTITY + MAX_CART_ITEMS, /* one per item */
	KF_PRODUCTS = 32			/* product draws, a variable number, last */
};

/* Carts per customer (0, 1, 2): the loyal core shops more. */
static const int core_cart_weight[MAX_CARTS + 1] = {15, 40, 45};
static const int other_cart_weight[MAX_CARTS + 1] = {45, 40, 15};
static const int item_count_weight[MAX_CART_ITEMS] = {30, 27, 20, 13, 10};
static const int cart_quantity_weight[3] = {78, 16, 6};

typedef struct CartPlan
{
	uint64		row;			/* ST_CART row of the cart's own draws */
	TimestampTz created_at;
	TimestampTz updated_at;
	TimestampTz checked_out_at; /* 0 = never */
	int			nitems;
} CartPlan;

static int
cart_count(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_CART, CART_COUNT_ROW(customer_id));
	if (cs_is_core_customer(g, customer_id))
		return cs_weighted(&r, core_cart_weight, lengthof(core_cart_weight));
	return cs_weighted(&r, other_cart_weight, lengthof(other_cart_weight));
}

/*
 * The carts of a customer in cart_id order, which is creation order.  A cart
 * is started any time the customer was active (see cs_customer_active_until),
 * last touched up to three days later, and 62% are checked out 5 to 120 minutes after the last change; a
 * checkout that would fall after the end of the window has not happened yet.
 * Returns the number of carts.
 */
static int
plan_carts(const GenCtx *g, int64 customer_id, CartPlan *carts)
{
	int			n = cart_count(g, customer_id);
	TimestampTz signup;
	TimestampTz until;
	int			k;

	if (n == 0)
		return 0;
	signup = cs_signup_at(g, customer_id);
	until = cs_customer_active_until(g, customer_id);
	for (k = 0; k < n; k++)
	{
		CartPlan   *p = &carts[k];
		CsRand		r;

		p->row = CART_ROW(customer_id, k);
		cs_rand_init(&r, g->seed, ST_CART, p->row);
		r.field = KF_CREATED;
		p->created_at = signup + (int64) ((double) (until - signup) * cs_unit(&r));
		/* most carts are filled in one sitting; some are returned to for days */
		r.field = KF_IDLE;
		if (cs_chance(&r, 0.55))
			p->updated_at = p->created_at + cs_range(&r, US_MINUTE, 2 * US_HOUR);
		else
			p->updated_at = p->created_at + cs_range(&r, 2 * US_HOUR, 3 * US_DAY);
		if (p->updated_at > g->t_end)
			p->updated_at = g->t_end;
		r.field = KF_CHECKOUT;
		p->checked_out_at = 0;
		if (cs_chance(&r, 0.62))
		{
			TimestampTz t = p->updated_at + cs_range(&r, 5 * US_MINUTE, 120 * US_MINUTE);

			if (t <= g->t_end)
				p->checked_out_at = t;
		}
		/* drawn as cart_item_total() draws it */
		r.field = KF_NITEMS;
		p->nitems = 1 + cs_weighted(&r, item_count_weight, lengthof(item_count_weight));
	}
	/* number in creation order (MAX_CARTS is 2: one swap at most) */
	if (n == 2 && carts[1].created_at < carts[0].created_at)
	{
		CartPlan	tmp = carts[0];

		carts[0] = carts[1];
		carts[1] = tmp;
	}
	return n;
}

/* carts */

static const ColumnSpec cart_cols[] = {
	{"cart_id", INT8OID},
	{"customer_id", INT8OID},
	{"created_at", TIMESTAMPTZOID},
	{"updated_at", TIMESTAMPTZOID},
	{"checked_out_at", TIMESTAMPTZOID, .nullable = true},
};

static void
emit_carts(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		c = unit + 1;
	CartPlan	carts[MAX_CARTS];
	int			n;
	int			k;

	if (sink == NULL)
	{
		ids->next += cart_count(g, c);
		return;
	}
	n = plan_carts(g, c, carts);
	for (k = 0; k < n; k++)
	{
		Datum	   *v = sink->values;
		bool	   *nulls = sink->nulls;

		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(c);
		v[2] = TimestampTzGetDatum(carts[k].created_at);
		v[3] = TimestampTzGetDatum(carts[k].updated_at);
		nulls[0] = nulls[1] = nulls[2] = nulls[3] = false;
		cs_put_ts(sink, 4, carts[k].checked_out_at);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_carts = {
	"carts", cart_cols, lengthof(cart_cols), DRV_CUSTOMERS,
	emit_carts, NULL, "cart_id", 120, false
};

/* cart_items */

static const ColumnSpec cart_item_cols[] = {
	{"cart_item_id", INT8OID},
	{"cart_id", INT8OID},
	{"product_id", INT8OID},
	{"quantity", INT4OID},
	{"added_at", TIMESTAMPTZOID},
};

static bool
in_cart(const int64 *products, int n, int64 product_id)
{
	int			i;

	for (i = 0; i < n; i++)
		if (products[i] == product_id)
			return true;
	return false;
}

/*
 * Fill products[0..n-1] with distinct products, popular ones more often,
 * each already listed in the catalogue when the cart was created.
 */
static bool
unusable(const GenCtx *g, const int64 *products, int i, int64 p, TimestampTz by)
{
	return in_cart(products, i, p) || cs_product_created_at(g, p) > by;
}

static void
pick_cart_products(const GenCtx *g, CsRand *r, int64 *products, int n, TimestampTz by)
{
	int64		nproducts = g->n_drv[DRV_PRODUCTS];
	int			i;

	Assert(n <= nproducts);
	for (i = 0; i < n; i++)
	{
		int64		p = cs_pick_popular_product(g, r);
		int			tries;

		for (tries = 0; tries < 3 && unusable(g, products, i, p, by); tries++)
			p = cs_pick_popular_product(g, r);
		/* most products are listed before the window, so this walk ends soon */
		while (unusable(g, products, i, p, by))
			p = p % nproducts + 1;
		products[i] = p;
	}
}

/* Items in the customer's carts, for counting: only the sizes are drawn. */
static int
cart_item_total(const GenCtx *g, int64 customer_id, int ncarts)
{
	int			total = 0;
	int			k;

	for (k = 0; k < ncarts; k++)
	{
		CsRand		r;

		cs_rand_init(&r, g->seed, ST_CART, CART_ROW(customer_id, k));
		r.field = KF_NITEMS;
		total += 1 + cs_weighted(&r, item_count_weight, lengthof(item_count_weight));
	}
	return total;
}

static void
emit_cart_items(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		c = unit + 1;
	CartPlan	carts[MAX_CARTS];
	int			n;
	int			k;

	if (sink == NULL)
	{
		n = cart_count(g, c);
		ids->next += cart_item_total(g, c, n);
		ids->next_other += n;
		return;
	}
	n = plan_carts(g, c, carts);
	for (k = 0; k < n; k++)
	{
		const CartPlan *p = &carts[k];
		int64		cart_id = ids->next_other + k;
		int64		products[MAX_CART_ITEMS];
		TimestampTz added[MAX_CART_ITEMS];
		CsRand		r;
		int			i,
					j;

		cs_rand_init(&r, g->seed, ST_CART, p->row);
		r.field = KF_PRODUCTS;
		pick_cart_products(g, &r, products, p->nitems, p->created_at);

		/* the first item opened the cart; the rest came while it was in use */
		added[0] = p->created_at;
		r.field = KF_ADDED;
		for (i = 1; i < p->nitems; i++)
		{
			TimestampTz t = p->created_at +
				(int64) ((double) (p->updated_at - p->created_at) * cs_unit(&r));

			for (j = i; j > 1 && added[j - 1] > t; j--)
				added[j] = added[j - 1];
			added[j] = t;
		}

		r.field = KF_QUANTITY;
		for (i = 0; i < p->nitems; i++)
		{
			Datum	   *v = sink->values;
			bool	   *nulls = sink->nulls;

			v[0] = Int64GetDatum(ids->next++);
			v[1] = Int64GetDatum(cart_id);
			v[2] = Int64GetDatum(products[i]);
			v[3] = Int32GetDatum(1 + cs_weighted(&r, cart_quantity_weight, lengthof(cart_quantity_weight)));
			v[4] = TimestampTzGetDatum(added[i]);
			nulls[0] = nulls[1] = nulls[2] = nulls[3] = nulls[4] = false;
			cs_sink_put(sink);
		}
	}
	ids->next_other += n;
}

const TableSpec cs_table_cart_items = {
	"cart_items", cart_item_cols, lengthof(cart_item_cols), DRV_CUSTOMERS,
	emit_cart_items, "carts", "cart_item_id", 135, false
};
