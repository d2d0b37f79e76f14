/*-------------------------------------------------------------------------
 *
 * gen_procurement.c
 *	  Procurement generators: purchase orders, their lines and the payments
 *	  that settle them.
 *
 * Purchase order n (0-based; po_id = n + 1) is planned by plan_po() as a
 * pure function of (seed, n), and all three tables read that plan, which is
 * why a supplier payment is exactly the sum of its order's lines.  The plan
 * is made in two steps so that counting stays cheap: the header (supplier,
 * warehouse, timeline, number of lines) and, only when rows are written,
 * the lines and their total.
 *
 * Timeline as of the end of the window (g->t_end):
 *	created_at	follows the order calendar of context.c (restocking follows
 *				demand), in office hours, growing with po_id;
 *	expected_at	3-14 days later (sooner only when that would be past the
 *				end of the window: the dataset never holds a future instant);
 *	received_at	within two days of expected_at, more often late than early;
 *				a purchase order not received by t_end is still "ordered";
 *	paid_at		7-45 days after receipt (45 days is the longest an Indian
 *				buyer may take to pay a registered MSME supplier), if by t_end.
 * One purchase order in twenty is cancelled before it is due.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/datetime.h"

#include "commerce_seed.h"
#include "words.h"

#define PO_MAX_ITEMS 6

/* Salt of the payment reference permutation in ST_PERMUTE (gen_catalog.c uses 1-15). */
#define PK_PAYMENT_REF 16

/* Field numbers of the ST_PURCHASE_ORDER stream (row = po number). */
enum
{
	POF_TIME,
	POF_SUPPLIER,
	POF_WAREHOUSE,
	POF_LEAD,
	POF_CANCEL,
	POF_CANCEL_AT,
	POF_RECEIVED,
	POF_NITEMS,
	POF_ITEM_KEY,
	POF_PAY_DAYS,
	POF_PAY_TIME,
	POF_BANK,
	POF_QUANTITY				/* then one per line */
};

typedef struct PoPlan
{
	int64		po_no;
	int64		supplier_id;
	int64		nproducts;		/* products the supplier sells */
	int64		warehouse_id;
	int			status;			/* purchase_order_status */
	TimestampTz created_at;
	TimestampTz expected_at;
	TimestampTz received_at;	/* 0 unless received */
	TimestampTz paid_at;		/* 0 unless paid by the as-of instant */
	TimestampTz paid_final;		/* when it is paid, as-of or not (0: never) */
	int			nitems;
	uint64		item_key;
	/* filled by plan_po_items() */
	int64		product_id[PO_MAX_ITEMS];
	int32		quantity[PO_MAX_ITEMS];
	int64		cost[PO_MAX_ITEMS];		/* paise per unit */
	int64		amount;			/* paise */
} PoPlan;



#define ORDERS_PER_PO	12.0

/*
 * When purchase order n was raised: when the shop's orders by the order
 * calendar reach (n + u) * ORDERS_PER_PO (a restock of each supplier every
 * two weeks or so: 500 purchase orders per unit of scale over two years), so restocking is busiest when
 * selling is (the festive build-up, the sales), then in buyers' office hours
 * (09:30-18:30 IST) of that day.  Monotone in n, so po_id grows with
 * created_at.
 */
static TimestampTz
po_created_at(const GenCtx *g, int64 po_no, double u)
{
	double		target = ((double) po_no + u) * ORDERS_PER_PO;
	double		f;
	int			lo,
				hi;

	/* beyond the days the context knows: not raised by its as-of instant */
	if (target >= (double) g->order_cum[g->ndays])
		return PG_INT64_MAX;
	/* the last day whose first order is at or before target */
	lo = 0;
	hi = g->ndays - 1;
	while (lo < hi)
	{
		int			mid = (lo + hi + 1) / 2;

		if ((double) g->order_cum[mid] <= target)
			lo = mid;
		else
			hi = mid - 1;
	}
	/* order_cum[lo + 1] > target >= order_cum[lo], so the day is not empty */
	f = (target - (double) g->order_cum[lo]) /
		(double) (g->order_cum[lo + 1] - g->order_cum[lo]);
	if (f > 1.0)
		f = 1.0;
	return cs_day_start(g->first_day + lo) + 9 * US_HOUR + 30 * US_MINUTE +
		(int64) (f * (double) (9 * US_HOUR));
}

/* When purchase order po_no is raised. */
static TimestampTz
po_raised_at(const GenCtx *g, int64 po_no)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_PURCHASE_ORDER, (uint64) po_no);
	r.field = POF_TIME;
	return po_created_at(g, po_no, cs_unit(&r));
}

/* How many purchase orders were raised before t (they are raised in po_id order). */
int64
cs_purchase_orders_by(const GenCtx *g, TimestampTz t)
{
	int64		lo = 0,
				hi = (int64) ((double) g->order_cum[g->ndays] / ORDERS_PER_PO) + 1;

	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (po_raised_at(g, mid) < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The header of purchase order po_no: who, where, when, how far it got, how many lines. */
static void
plan_po(const GenCtx *g, int64 po_no, PoPlan *p)
{
	/* most purchase orders restock a handful of lines */
	static const int nitems_weight[PO_MAX_ITEMS] = {10, 22, 26, 20, 13, 9};
	int64		nsup = g->n_drv[DRV_SUPPLIERS];
	int64		nprod = g->n_drv[DRV_PRODUCTS];
	int			w[CS_NUM_WAREHOUSES];
	DateADT		created_day;
	int64		lead;
	int			i;
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_PURCHASE_ORDER, (uint64) po_no);
	p->po_no = po_no;

	r.field = POF_TIME;
	p->created_at = po_created_at(g, po_no, cs_unit(&r));

	/* any supplier with products: all of them unless there are fewer products than suppliers */
	r.field = POF_SUPPLIER;
	p->supplier_id = cs_range(&r, 1, Min(nsup, nprod));
	/* supplier s sells s, s + S, s + 2S, ... up to the last product */
	p->nproducts = (nprod - p->supplier_id) / nsup + 1;

	/* stock goes where the space is */
	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
		w[i] = cs_warehouses[i].capacity;
	r.field = POF_WAREHOUSE;
	p->warehouse_id = 1 + cs_weighted(&r, w, CS_NUM_WAREHOUSES);

	/* due at the end of a working day, 3-14 days on */
	created_day = cs_date_of(p->created_at);
	r.field = POF_LEAD;
	lead = cs_range(&r, 3, 14);
	p->expected_at = cs_day_start(created_day + (DateADT) lead) + 20 * US_HOUR;

	p->received_at = 0;
	p->paid_at = 0;
	p->paid_final = 0;
	r.field = POF_CANCEL;
	if (cs_chance(&r, 0.05))
	{
		/* called off some time before it was due */
		TimestampTz cancel_at;

		r.field = POF_CANCEL_AT;
		cancel_at = p->created_at +
			(int64) ((double) (p->expected_at - p->created_at) * cs_unit(&r));
		p->status = cancel_at <= g->t_end ? PO_CANCELLED : PO_ORDERED;
	}
	else
	{
		TimestampTz received;
		DateADT		pay_day;

		/* -2 to +2 days around the due date; sqrt skews it late (3 in 4 are late) */
		r.field = POF_RECEIVED;
		received = p->expected_at - 2 * US_DAY +
			(int64) (sqrt(cs_unit(&r)) * (double) (4 * US_DAY));
		/* a delivery takes a few hours at the very least */
		if (received < p->created_at + 4 * US_HOUR)
			received = p->created_at + 4 * US_HOUR;
		if (received <= g->t_end)
		{
			p->status = PO_RECEIVED;
			p->received_at = received;
		}
		else
			p->status = PO_ORDERED;

		/* paid 7-45 days after the goods came, in banking hours (10:00-17:30 IST) */
		r.field = POF_PAY_DAYS;
		pay_day = cs_date_of(received) + (DateADT) cs_range(&r, 7, 45);
		r.field = POF_PAY_TIME;
		p->paid_final = cs_day_start(pay_day) + 10 * US_HOUR +
			cs_range(&r, 0, 7 * US_HOUR + 30 * US_MINUTE - 1);
		if (p->paid_final <= g->t_end)
			p->paid_at = p->paid_final;
	}

	r.field = POF_NITEMS;
	p->nitems = 1 + cs_weighted(&r, nitems_weight, (int) Min(PO_MAX_ITEMS, p->nproducts));
	r.field = POF_ITEM_KEY;
	p->item_key = cs_next(&r);
}

/*
 * Units per line, in tens: fewer of the dear things (a carton of laptops is
 * a big order), up to 500 of the cheap ones.
 */
static int32
po_quantity(CsRand *r, int64 cost)
{
	int64		max_tens;

	if (cost > 2000000)			/* above 20,000 rupees */
		max_tens = 5;
	else if (cost > 500000)
		max_tens = 10;
	else if (cost > 100000)
		max_tens = 20;
	else
		max_tens = 50;
	return (int32) (10 * cs_range(r, 1, max_tens));
}

/*
 * The lines: distinct products of the supplier, positions 0..k-1 of a keyed
 * permutation of the supplier's product list (distinct because it is a
 * bijection), at the supplier's cost price.
 */
static void
plan_po_items(const GenCtx *g, PoPlan *p)
{
	int64		nsup = g->n_drv[DRV_SUPPLIERS];
	CsRand		r;
	int			i;

	int			want = p->nitems;
	uint64		pos = 0;

	cs_rand_init(&r, g->seed, ST_PURCHASE_ORDER, (uint64) p->po_no);
	p->amount = 0;
	for (i = 0; i < want; i++)
	{
		uint64		k;

		/* only what is listed when the order is raised: the next product of the permutation */
		do
		{
			if (pos >= (uint64) p->nproducts)
			{
				p->nitems = i;
				return;
			}
			k = cs_permute(p->item_key, pos++, (uint64) p->nproducts);
		} while (cs_product_created_at(g, p->supplier_id + (int64) k * nsup) > p->created_at);

		p->nitems = i + 1;
		p->product_id[i] = p->supplier_id + (int64) k * nsup;
		p->cost[i] = cs_product_cost(g, p->product_id[i]);
		r.field = POF_QUANTITY + i;
		p->quantity[i] = po_quantity(&r, p->cost[i]);
		p->amount += p->quantity[i] * p->cost[i];
	}
}

/* purchase_orders */

static const ColumnSpec purchase_order_cols[] = {
	{.name = "po_id", .typid = INT8OID},
	{.name = "supplier_id", .typid = INT8OID},
	{.name = "warehouse_id", .typid = INT8OID},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_PO_STATUS},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
	{.name = "expected_at", .typid = TIMESTAMPTZOID},
	{.name = "received_at", .typid = TIMESTAMPTZOID, .nullable = true},
};

static void
emit_purchase_order(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	PoPlan		p;

	ids->next++;
	if (sink == NULL)
		return;
	plan_po(g, unit, &p);
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(unit + 1);
	sink->values[1] = Int64GetDatum(p.supplier_id);
	sink->values[2] = Int64GetDatum(p.warehouse_id);
	sink->values[3] = cs_enum(g, EN_PO_STATUS, p.status);
	sink->values[4] = TimestampTzGetDatum(p.created_at);
	sink->values[5] = TimestampTzGetDatum(p.expected_at);
	cs_put_ts(sink, 6, p.received_at);
	cs_sink_put(sink);
}

const TableSpec cs_table_purchase_orders = {
	.name = "purchase_orders",
	.cols = purchase_order_cols,
	.ncols = lengthof(purchase_order_cols),
	.driver = DRV_PURCHASE_ORDERS,
	.emit = emit_purchase_order,
	.id_column = "po_id",
	.approx_row_bytes = 140,
	.one_per_unit = true,
};

/* purchase_order_items */

static const ColumnSpec purchase_order_item_cols[] = {
	{.name = "po_item_id", .typid = INT8OID},
	{.name = "po_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "quantity", .typid = INT4OID},
	{.name = "cost_price", .typid = NUMERICOID, .precision = 12, .scale = 2},
};

static void
emit_purchase_order_items(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	PoPlan		p;
	int			i;

	plan_po(g, unit, &p);
	plan_po_items(g, &p);
	if (sink == NULL)
	{
		ids->next += p.nitems;
		return;
	}
	for (i = 0; i < p.nitems; i++)
	{
		cs_row_begin(sink);
		sink->values[0] = Int64GetDatum(ids->next++);
		sink->values[1] = Int64GetDatum(unit + 1);
		sink->values[2] = Int64GetDatum(p.product_id[i]);
		sink->values[3] = Int32GetDatum(p.quantity[i]);
		sink->values[4] = cs_money(p.cost[i]);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_purchase_order_items = {
	.name = "purchase_order_items",
	.cols = purchase_order_item_cols,
	.ncols = lengthof(purchase_order_item_cols),
	.driver = DRV_PURCHASE_ORDERS,
	.emit = emit_purchase_order_items,
	.id_column = "po_item_id",
	.approx_row_bytes = 155,
};

/*
 * supplier_payments: one bank transfer per received purchase order, paid by
 * the end of the window.
 *
 * The reference is a UTR as Indian banks print them: the remitting bank's
 * IFSC prefix, N (NEFT) or R + channel (RTGS, for 2 lakh rupees and up),
 * the date, then a serial number.  The serial is a keyed permutation of the
 * po number, so the reference is unique by construction; the N or R at the
 * fifth character and the fixed widths keep the two formats apart.
 */

static const ColumnSpec supplier_payment_cols[] = {
	{.name = "supplier_payment_id", .typid = INT8OID},
	{.name = "supplier_id", .typid = INT8OID},
	{.name = "po_id", .typid = INT8OID, .nullable = true},
	{.name = "amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "paid_at", .typid = TIMESTAMPTZOID},
	{.name = "reference", .typid = TEXTOID, .c_collation = true},
};

static Datum
payment_reference(const GenCtx *g, const PoPlan *p)
{
	/* the shop banks with two banks, most payments from the first */
	static const int bank_weight[] = {70, 30};	/* by cs_shop_banks */
	int64		npos = g->n_drv[DRV_PURCHASE_ORDERS];
	/* room for the purchase orders of the longest window (20 years) */
	uint64		domain = (uint64) Max(INT64CONST(100000000), npos);
	uint64		serial;
	const char *bank;
	DateADT		d = cs_date_of(p->paid_at);
	int			year,
				month,
				mday;
	int			doy;
	CsRand		r;

	serial = cs_permute(cs_mix(cs_stream_key(g->seed, ST_PERMUTE) + PK_PAYMENT_REF),
						(uint64) p->po_no, domain);
	cs_rand_init(&r, g->seed, ST_PURCHASE_ORDER, (uint64) p->po_no);
	r.field = POF_BANK;
	bank = cs_shop_banks[cs_weighted(&r, bank_weight, lengthof(bank_weight))];
	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	doy = d - (date2j(year, 1, 1) - POSTGRES_EPOCH_JDATE) + 1;

	/* 8 serial digits cover any scale (at most 6 million purchase orders) */
	if (p->amount >= INT64CONST(20000000))
		return cs_textf("%sR5%04d%02d%02d%08llu", bank, year, month, mday,
						(unsigned long long) serial);
	return cs_textf("%sN%02d%03d%08llu", bank, year % 100, doy, (unsigned long long) serial);
}

static void
emit_supplier_payment(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	PoPlan		p;

	plan_po(g, unit, &p);
	if (p.paid_final == 0)
		return;
	/* a payment still to come keeps its id */
	if (sink == NULL || p.paid_at == 0)
	{
		ids->next++;
		return;
	}
	plan_po_items(g, &p);
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(ids->next++);
	sink->values[1] = Int64GetDatum(p.supplier_id);
	sink->values[2] = Int64GetDatum(unit + 1);
	sink->values[3] = cs_money(p.amount);
	sink->values[4] = TimestampTzGetDatum(p.paid_at);
	sink->values[5] = payment_reference(g, &p);
	cs_sink_put(sink);
}

const TableSpec cs_table_supplier_payments = {
	.name = "supplier_payments",
	.cols = supplier_payment_cols,
	.ncols = lengthof(supplier_payment_cols),
	.driver = DRV_PURCHASE_ORDERS,
	.emit = emit_supplier_payment,
	.id_column = "supplier_payment_id",
	.approx_row_bytes = 230,
};
