/*-------------------------------------------------------------------------
 *
 * context.c
 *	  A generation run's context: argument checks, volumes per scale, the
 *	  order calendar, customer sign-ups, enum OIDs, and slicing a table.
 *
 * Volumes (driver units) per scale s, over the default two-year window:
 *	customers about 7,500 s (sign-ups by the calendar, see signups_by());
 *	suppliers 10 s; products 200 s; orders about 6,000 s (by the calendar,
 *	see cs_init_context()); coupons 25 s, gift cards 50 s and purchase
 *	orders 500 s (a restock of each supplier every two weeks or so; pro
 *	rata for other window lengths).  Categories and
 *	warehouses are fixed.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "catalog/namespace.h"
#include "miscadmin.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "commerce_seed.h"
#include "words.h"

#define CS_MAX_SCALE 100000

/* Checked before anything else happens; see the README for the limits. */
void
cs_validate_args(int32 scale, DateADT start, DateADT end)
{
	if (scale < 1 || scale > CS_MAX_SCALE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scale must be between 1 and %d", CS_MAX_SCALE),
				 errdetail("The requested scale was %d.", scale),
				 errhint("Scale 1 is a shop of about 7,500 customers and 6,000 orders over two years; volumes grow linearly with scale.")));
	if (DATE_NOT_FINITE(start) || DATE_NOT_FINITE(end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("start_date and end_date must be finite")));
	if (start > end)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("start_date must not be after end_date")));
	if ((int64) end - start + 1 > CS_MAX_WINDOW_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the data window must not be longer than %d days", CS_MAX_WINDOW_DAYS)));
	/* keep every generated instant, a year before and after, inside 1990..2200 */
	if (start < date2j(1991, 1, 1) - POSTGRES_EPOCH_JDATE ||
		end > date2j(2199, 12, 31) - POSTGRES_EPOCH_JDATE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the data window must lie between 1991-01-01 and 2199-12-31")));
}

/* Share of the day's orders by hour of day in India: quiet nights, evening peak. */
static const int hour_weight[24] = {
	3, 2, 1, 1, 1, 2, 4, 7, 10, 12, 13, 14, 15, 14, 12, 11, 11, 12, 14, 17, 19, 18, 14, 8
};

/*
 * Time of day for the fraction f in [0, 1) of a day's orders (or sign-ups):
 * the inverse of the cumulative hourly profile, linear within an hour.
 * Monotone in f, so later orders of a day are placed later.
 */
int64
cs_time_of_day(double f)
{
	int			total = 0;
	double		target;
	int			h;

	for (h = 0; h < 24; h++)
		total += hour_weight[h];
	target = f * total;
	for (h = 0; h < 23; h++)
	{
		if (target < hour_weight[h])
			break;
		target -= hour_weight[h];
	}
	if (target > hour_weight[h])
		target = hour_weight[h];
	return h * US_HOUR + (int64) (target / hour_weight[h] * (double) (US_HOUR - 1));
}

/* The fraction of a day's orders (or sign-ups) by time of day tod: cs_time_of_day's inverse. */
static double
day_fraction(int64 tod)
{
	int			total = 0;
	int			before = 0;
	int			h = (int) (tod / US_HOUR);
	int			i;

	for (i = 0; i < 24; i++)
	{
		total += hour_weight[i];
		if (i < h)
			before += hour_weight[i];
	}
	return (before + hour_weight[h] * (double) (tod - h * US_HOUR) / (double) (US_HOUR - 1)) / total;
}

static const int weekday_weight[7] = {118, 100, 96, 95, 97, 104, 112};	/* Sun..Sat */

/* Diwali, the peak of the festive season, by year (later years: near 1 Nov). */
static DateADT
diwali(int year)
{
	static const int days[][3] = {
		{2015, 11, 11}, {2016, 10, 30}, {2017, 10, 19}, {2018, 11, 7},
		{2019, 10, 27}, {2020, 11, 14}, {2021, 11, 4}, {2022, 10, 24},
		{2023, 11, 12}, {2024, 11, 1}, {2025, 10, 21}, {2026, 11, 8},
		{2027, 10, 29}, {2028, 10, 17}, {2029, 11, 5}, {2030, 10, 26},
	};
	int			i;

	for (i = 0; i < (int) lengthof(days); i++)
		if (days[i][0] == year)
			return date2j(year, days[i][1], days[i][2]) - POSTGRES_EPOCH_JDATE;
	return date2j(year, 11, 1) - POSTGRES_EPOCH_JDATE;
}

/*
 * Relative order volume of a day: a growth trend of about 35% a year, a
 * weekly cycle (weekends busiest), a festive build-up peaking a week before
 * Diwali, and the Republic Day, Independence Day and year-end sales.
 */
static double
day_weight(const GenCtx *g, int d)
{
	DateADT		date = g->first_day + d;
	int			year,
				month,
				mday;
	double		w;
	int			before;

	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	w = (1.0 + 0.35 * d / 365.0) * weekday_weight[cs_weekday(date)] / 100.0;

	before = diwali(year) - date;
	if (before >= -3 && before <= 30)
	{
		double		dist = before > 8 ? (before - 8) / 22.0 : (8 - before) / 11.0;

		w *= 1.0 + 1.7 * (1.0 - dist);
	}
	if (month == 1 && mday >= 20 && mday <= 26)
		w *= 1.45;
	if (month == 8 && mday >= 10 && mday <= 15)
		w *= 1.4;
	if (month == 12 && mday >= 20)
		w *= 1.2;
	return w;
}

/*
 * Coupons and gift cards come at a steady rate: per_two_years per unit of
 * scale over two years of the calendar, unit k at about cs_calendar_step()
 * * k after the window's start.  The units that may exist by t: those whose
 * slot starts before t (each generator decides from the unit's own times
 * whether it exists yet).
 */
int64
cs_calendar_step(const GenCtx *g, int64 per_two_years)
{
	return Max(731 * US_DAY / (per_two_years * g->scale), 1);
}

static int64
calendar_units(const GenCtx *g, TimestampTz t, int64 per_two_years)
{
	if (t <= g->t_start)
		return 0;
	return (t - g->t_start + cs_calendar_step(g, per_two_years) - 1) / cs_calendar_step(g, per_two_years);
}

/*
 * Sign-ups: customers join at a rate that grows linearly with time, from
 * CS_SIGNUPS_PER_DAY per unit of scale at T0 = g->t_signups (the window's
 * first day a calendar year earlier), doubling every CS_SIGNUP_DOUBLING days.
 * The cumulative count at u days after T0 is
 *		L(u) = rate * (u + u^2 / (2 * doubling)),
 * a function of the calendar only (of T0, never of the window's end), so a
 * longer window has the same customers and more of them.  About 7,500
 * customers per unit of scale sign up by the end of the default window;
 * most never buy, or buy once (cs_pick_customer in gen_sales.c).
 */
#define CS_SIGNUPS_PER_DAY	3.909
#define CS_SIGNUP_DOUBLING	730.0

static double
signups_by(const GenCtx *g, double u)
{
	if (u <= 0)
		return 0;
	return CS_SIGNUPS_PER_DAY * g->scale * (u + u * u / (2 * CS_SIGNUP_DOUBLING));
}

/* The day offset u at which signups_by() reaches y (its inverse). */
static double
signup_day(const GenCtx *g, double y)
{
	double		k = y / (CS_SIGNUPS_PER_DAY * g->scale);

	/* u^2 / (2 D) + u - k = 0; written to stay exact for small k */
	return 2 * k / (1 + sqrt(1 + 2 * k / CS_SIGNUP_DOUBLING));
}

/*
 * Orders: the default two-year window has about 6,000 orders per unit of
 * scale.  The day weights are normalised once over the two years that start
 * on the window's first day, whatever the window's length, so the orders of
 * a day depend on the calendar and the scale only: a longer window adds days
 * and their orders without moving any earlier order.
 */
#define CS_ORDERS_PER_TWO_YEARS 6000.0

void
cs_init_context(GenCtx *g, int32 scale, int64 seed, DateADT start, DateADT end)
{
	cs_validate_args(scale, start, end);
	cs_init_context_asof(g, scale, seed, start, cs_day_start(end + 1));
}

/*
 * The arguments and as-of instant recorded in seed_info, as a seed or an
 * advance writes them: arguments a seed accepts, and as_of on the window's
 * last day (its end after a seed, any instant of it after an advance).
 * The workload helpers and commerce_seed_advance() read seed_info and
 * check it here before building a context from it.
 */
void
cs_check_seed_info(int32 scale, DateADT start, DateADT end, TimestampTz asof)
{
	cs_validate_args(scale, start, end);
	if (asof <= cs_day_start(end) || asof > cs_day_start(end + 1))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("seed_info.as_of is not on the window's last day, end_date"),
				 errhint("Seed again with commerce_seed().")));
}

/*
 * The context of the shop of (scale, seed) whose window starts on `start`,
 * as of the instant asof (any instant after the window's start, checked by
 * the callers: cs_validate_args for a seed, commerce_seed_advance for an
 * advance).  Every volume is counted by the calendar up to asof: units are
 * numbered in the order they come into being, so the units of an earlier
 * as-of instant are a prefix of the units of a later one.
 */
void
cs_init_context_asof(GenCtx *g, int32 scale, int64 seed, DateADT start, TimestampTz asof)
{
	double		per_weight;
	double		ref = 0;
	double		cum = 0;
	int			d;

	memset(g, 0, sizeof(*g));
	g->mcxt = CurrentMemoryContext;
	g->scale = scale;
	g->seed = seed;
	g->first_day = start;
	g->t_start = cs_day_start(start);
	g->t_end = asof;
	/* the days that have begun by asof, the last one possibly in progress */
	g->ndays = (int32) ((asof - g->t_start + US_DAY - 1) / US_DAY);
	g->t_signups = cs_day_start(cs_years_before(start, 1));

	for (d = 0; d < 731; d++)
		ref += day_weight(g, d);
	per_weight = CS_ORDERS_PER_TWO_YEARS * scale / ref;
	g->order_cum = palloc((g->ndays + 1) * sizeof(int64));
	for (d = 0; d < g->ndays; d++)
	{
		g->order_cum[d] = (int64) (cum * per_weight);
		cum += day_weight(g, d);
	}
	g->order_cum[g->ndays] = (int64) (cum * per_weight);

	g->n_drv[DRV_CATEGORIES] = cs_num_categories;
	g->n_drv[DRV_WAREHOUSES] = CS_NUM_WAREHOUSES;
	g->n_drv[DRV_SUPPLIERS] = (int64) 10 * scale;
	g->n_drv[DRV_PRODUCTS] = (int64) 200 * scale;
	/* bounds first (the whole days), then the exact counts at asof */
	g->n_drv[DRV_CUSTOMERS] = (int64) signups_by(g, (double) (g->t_start + (int64) g->ndays * US_DAY - g->t_signups) / US_DAY) + 2;
	g->n_drv[DRV_ORDERS] = g->order_cum[g->ndays];
	g->n_drv[DRV_CUSTOMERS] = cs_customers_signed_up_by(g, asof);
	g->n_drv[DRV_ORDERS] = cs_order_at(g, asof);
	g->n_drv[DRV_COUPONS] = calendar_units(g, asof + COUPON_LEAD_US, 25);
	g->n_drv[DRV_GIFT_CARDS] = calendar_units(g, asof + GIFT_CARD_LEAD_US, 50);
	g->n_drv[DRV_PURCHASE_ORDERS] = cs_purchase_orders_by(g, asof);
	g->n_drv[DRV_VISITS] = g->n_drv[DRV_CUSTOMERS] + g->n_drv[DRV_ORDERS];
	g->n_drv[DRV_AUDIT] = g->n_drv[DRV_PRODUCTS] + g->n_drv[DRV_VISITS];
}

/*
 * How strongly a day is a sale day, 0 (an ordinary day) to 1 (the peak of
 * the festive season): discounts get deeper and coupons commoner with it.
 */
double
cs_sale_intensity(const GenCtx *g, DateADT date)
{
	int			year,
				month,
				mday;
	int			before;

	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	before = diwali(year) - date;
	if (before >= -3 && before <= 30)
		return 1.0 - (before > 8 ? (before - 8) / 22.0 : (8 - before) / 11.0);
	if ((month == 1 && mday >= 20 && mday <= 26) || (month == 8 && mday >= 10 && mday <= 15))
		return 0.6;
	if (month == 12 && mday >= 20)
		return 0.4;
	return 0;
}

/* What a driver's units are, for commerce_seed_sizes() and the NOTICEs. */
const char *
cs_driver_name(CsDriver d)
{
	static const char *const names[DRV_COUNT] = {
		"categories", "warehouses", "suppliers", "products", "customers",
		"orders", "coupons", "gift_cards", "purchase_orders", "customers and orders",
		"customers, orders and products"
	};

	return names[d];
}

int64
cs_driver_units(const GenCtx *g, CsDriver d)
{
	return g->n_drv[d];
}

/*
 * When customer c (1-based) signed up: the moment signups_by() reaches
 * c - 1 + jitter, its day's share placed by the hours people shop (few at
 * night, cs_time_of_day), so customer_id grows with signed_up_at.
 */
TimestampTz
cs_signup_at(const GenCtx *g, int64 customer_id)
{
	CsRand		r;
	double		u;
	double		day;

	cs_rand_init(&r, g->seed, ST_CORE, customer_id);
	u = signup_day(g, (double) (customer_id - 1) + cs_unit(&r));
	day = floor(u);
	return g->t_signups + (int64) day * US_DAY + cs_time_of_day(u - day);
}

/* How many customers (the lowest ids) had signed up at instant t. */
int64
cs_customers_signed_up_by(const GenCtx *g, TimestampTz t)
{
	int64		n = g->n_drv[DRV_CUSTOMERS];
	int64		c;

	if (t <= g->t_signups)
		return 0;
	/* the day, and the share of its sign-ups by that time of day */
	c = (int64) signups_by(g, (double) ((t - g->t_signups) / US_DAY) +
						   day_fraction((t - g->t_signups) % US_DAY));
	if (c < 0)
		c = 0;
	if (c > n)
		c = n;
	/* exact answer from the estimate: the jitter moves it by at most one or two */
	while (c < n && cs_signup_at(g, c + 1) <= t)
		c++;
	while (c > 0 && cs_signup_at(g, c) > t)
		c--;
	return c;
}

/*
 * One customer in forty is in the loyal core, which places about a third of
 * all orders (cs_pick_customer in gen_sales.c): a dozen or more orders each,
 * against at most one or two for most others.
 */
bool
cs_is_core_customer(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_CORE, customer_id);
	r.field = 1;
	return cs_chance(&r, 0.025);
}

/* 65% of customers have one address, 25% two, 10% three. */
int
cs_address_count(const GenCtx *g, int64 customer_id)
{
	CsRand		r;
	uint64		u;

	/* on the hot path of every order: one draw compared with two thresholds */
	cs_rand_init(&r, g->seed, ST_CORE, customer_id);
	u = cs_draw(&r, 2) >> 32;
	return 1 + (u < UINT64CONST(1503238554)) + (u < UINT64CONST(429496730));
}

/*
 * address_id of a customer's first (default) address.  Addresses are made in
 * customer order, so this is one plus the address count of all earlier
 * customers: kept for every 16th customer (half a byte per customer), the
 * rest counted from there.
 */
#define ADDR_BLOCK 16

int64
cs_first_address_id(GenCtx *g, int64 customer_id)
{
	int64		block = (customer_id - 1) / ADDR_BLOCK;
	int64		id;
	int64		c;

	if (g->addr_prefix == NULL)
	{
		int64		nblocks = (g->n_drv[DRV_CUSTOMERS] + ADDR_BLOCK - 1) / ADDR_BLOCK;
		int64		next = 1;

		g->addr_prefix = MemoryContextAllocHuge(g->mcxt, (nblocks + 1) * sizeof(int64));
		for (c = 1; c <= g->n_drv[DRV_CUSTOMERS]; c++)
		{
			if ((c - 1) % ADDR_BLOCK == 0)
				g->addr_prefix[(c - 1) / ADDR_BLOCK] = next;
			next += cs_address_count(g, c);
			if ((c & 0xffff) == 0)
				CHECK_FOR_INTERRUPTS();
		}
	}
	id = g->addr_prefix[block];
	for (c = block * ADDR_BLOCK + 1; c < customer_id; c++)
		id += cs_address_count(g, c);
	return id;
}

/* Our enum types and their labels in declaration order, as in schema/01_enums.sql. */
static const char *const enum_names[EN_COUNT] = {
	"customer_status", "order_status", "payment_method", "payment_status",
	"shipment_status", "return_reason", "loyalty_tier", "purchase_order_status",
	"ticket_status", "ticket_priority"
};

static const char *const enum_labels[EN_COUNT][CS_MAX_ENUM_LABELS] = {
	{"active", "inactive", "blocked"},
	{"pending", "paid", "shipped", "delivered", "cancelled"},
	{"card", "upi", "netbanking", "cod", "wallet", "gift_card"},
	{"pending", "captured", "voided"},
	{"preparing", "packed", "dispatched", "in_transit", "out_for_delivery", "delivered", "cancelled",
	"returned_to_origin"},
	{"damaged", "defective", "wrong_item", "not_as_described", "size_fit", "changed_mind", "late_delivery"},
	{"bronze", "silver", "gold", "platinum"},
	{"ordered", "received", "cancelled"},
	{"open", "pending", "resolved", "closed"},
	{"low", "normal", "high", "urgent"},
};

/* The label of an enum value as the schema spells it (payment methods in audit payloads). */
const char *
cs_enum_label(CsEnum e, int label)
{
	Assert(label >= 0 && label < CS_MAX_ENUM_LABELS && enum_labels[e][label] != NULL);
	return enum_labels[e][label];
}

Oid
cs_enum_type_oid(Oid nspid, int e)
{
	Oid			typoid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
										 CStringGetDatum(enum_names[e]),
										 ObjectIdGetDatum(nspid));

	if (!OidIsValid(typoid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type \"%s\" of extension \"commerce_seed\" does not exist", enum_names[e]),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	return typoid;
}

void
cs_load_enums(GenCtx *g, Oid nspid)
{
	int			e;

	for (e = 0; e < EN_COUNT; e++)
	{
		Oid			typoid = cs_enum_type_oid(nspid, e);
		int			i;

		for (i = 0; i < CS_MAX_ENUM_LABELS && enum_labels[e][i] != NULL; i++)
		{
			HeapTuple	tup = SearchSysCache2(ENUMTYPOIDNAME,
											  ObjectIdGetDatum(typoid),
											  CStringGetDatum(enum_labels[e][i]));

			if (!HeapTupleIsValid(tup))
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_OBJECT),
						 errmsg("enum type \"%s\" has no label \"%s\"", enum_names[e], enum_labels[e][i]),
						 errhint("Update the extension with ALTER EXTENSION commerce_seed UPDATE, or reinstall it.")));
			g->enum_oid[e][i] = ((Form_pg_enum) GETSTRUCT(tup))->oid;
			ReleaseSysCache(tup);
		}
	}
	g->enums_loaded = true;
}

/*
 * The ids of the first row of driver unit lo of a table (and of its
 * companion): found by running the table's emit function over the earlier
 * units without a sink, so a slice numbers its rows exactly as the whole
 * table does.
 */
void
cs_slice_start(GenCtx *g, int table, int64 lo, RowIds *ids)
{
	const TableSpec *t = cs_tables[table];
	int64		u;

	ids->next = 1;
	ids->next_other = 1;
	for (u = 0; u < lo; u++)
	{
		t->emit(g, u, ids, NULL);
		if ((u & 0x3fff) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}

/* Produce the rows of driver units [lo, hi) of a table into sink. */
void
cs_generate_slice(GenCtx *g, int table, int64 lo, int64 hi, RowSink *sink)
{
	const TableSpec *t = cs_tables[table];
	RowIds		ids;
	int64		u;

	cs_slice_start(g, table, lo, &ids);
	for (u = lo; u < hi; u++)
	{
		t->emit(g, u, &ids, sink);
		if ((u & 0xff) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}

static void
count_put(RowSink *self)
{
}

/*
 * The rows every table gets, into rows[] (indexed like cs_tables), without
 * building any: each table's emit function runs without a sink, which only
 * counts, over every driver unit when a driver has at most CS_COUNT_UNITS of
 * them (exact[] true), and otherwise over CS_COUNT_UNITS units spread evenly
 * over the driver (one at the start of each equal stratum, so every part of
 * the window is represented in proportion), scaled up.  The units go in the
 * outer loop and the tables of their driver in the inner one, so an order
 * is planned once for all the tables made from orders (cs_plan_order keeps
 * the last plan).  A sample of 250,000 units puts the rarest tables (coupon
 * redemptions, support tickets: 1 order in 15) within about 1% of their
 * count, and costs about as much as counting scale 40 exactly.
 */
void
cs_count_rows(GenCtx *g, int64 *rows, bool *exact)
{
	RowIds	   *ids = palloc(sizeof(RowIds) * cs_ntables);
	int64	   *counted = palloc(sizeof(int64) * cs_ntables);
	int64	   *lo = palloc(sizeof(int64) * cs_ntables);
	int		   *tables = palloc(sizeof(int) * cs_ntables);
	int64		nproducts = g->n_drv[DRV_PRODUCTS];
	RowSink		counter;
	Datum		scratch_values[64];
	bool		scratch_nulls[64];
	/* scratch of the emit functions, reset as it goes */
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "commerce_seed sizes",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	int			d;

	/* a sink that only counts: the rows are made and dropped */
	memset(&counter, 0, sizeof(counter));
	counter.values = scratch_values;
	counter.nulls = scratch_nulls;
	counter.put = count_put;

	for (d = 0; d < DRV_COUNT; d++)
	{
		int64		units = cs_driver_units(g, (CsDriver) d);
		int64		sample = Min(units, CS_COUNT_UNITS);
		int			ntab = 0;
		int			i;
		int64		k;

		for (i = 0; i < cs_ntables; i++)
		{
			if (cs_tables[i]->driver != (CsDriver) d)
				continue;
			rows[i] = units;
			exact[i] = true;
			if (cs_tables[i]->one_per_unit)
				continue;
			ids[i].next = ids[i].next_other = 1;
			counted[i] = 0;
			lo[i] = cs_advance_lo(g, i, g->t_end);
			tables[ntab++] = i;
		}
		if (ntab == 0)
			continue;

		for (k = 0; k < sample; k++)
		{
			int64		unit = sample == units ? k : (int64) cs_slice_bound(units, k, sample);

			for (i = 0; i < ntab; i++)
			{
				int			ti = tables[i];
				int64		before = ids[ti].next;

				/*
				 * Ids are kept for rows still to come, so the ids a unit takes
				 * are its rows only once it has settled (before its table's
				 * frontier, advance.c); the rows of the others are counted by
				 * making them.
				 */
				if (unit < lo[ti] && !(d == DRV_AUDIT && unit < nproducts))
				{
					cs_tables[ti]->emit(g, unit, &ids[ti], NULL);
					counted[ti] += ids[ti].next - before;
				}
				else
				{
					Assert(cs_tables[ti]->ncols <= (int) lengthof(scratch_values));
					counter.natts = cs_tables[ti]->ncols;
					counter.rows = 0;
					cs_tables[ti]->emit(g, unit, &ids[ti], &counter);
					counted[ti] += counter.rows;
				}
			}
			if ((k & 0x3ff) == 0)
			{
				CHECK_FOR_INTERRUPTS();
				MemoryContextReset(cxt);
			}
		}
		for (i = 0; i < ntab; i++)
		{
			int64		n = counted[tables[i]];

			exact[tables[i]] = sample == units;
			rows[tables[i]] = sample == units ? n :
				(int64) ((double) n / (double) sample * (double) units + 0.5);
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	pfree(ids);
	pfree(tables);
}

/*
 * Visits and audit events follow the shop's clock: their units merge the
 * customers (at sign-up) and the orders (at placement) in time order, a
 * customer before an order of the same instant.  Since both grow with
 * their ids, the merged units of an earlier as-of instant are a prefix of
 * those of a later one, which keeps session and event ids where an advance
 * of the clock (commerce_seed_advance) finds them.
 *
 * Merged unit m is customer *customer_id (returns true) or order *order_no.
 * Called with m one past the previous call's, the answer costs one
 * comparison; any other m is found by a binary search over the customers.
 */
static int64
merged_position(const GenCtx *g, int64 c)
{
	/* customer c's place: the c - 1 customers before it, and the orders placed before it */
	return c - 1 + cs_order_at(g, cs_signup_at(g, c));
}

bool
cs_merged_unit(GenCtx *g, int64 m, int64 *customer_id, int64 *order_no)
{
	int64		ncust = g->n_drv[DRV_CUSTOMERS];
	int64		nord = g->n_drv[DRV_ORDERS];
	int64		c,
				o;

	Assert(m >= 0 && m < ncust + nord);
	/* the same unit again (a test of the unit, then its rows) */
	if (g->merged_valid && m == g->merged_next - 1)
	{
		if (g->merged_last_customer)
			*customer_id = g->merged_c;
		else
			*order_no = g->merged_o - 1;
		return g->merged_last_customer;
	}
	if (g->merged_valid && m == g->merged_next)
	{
		c = g->merged_c;
		o = g->merged_o;
	}
	else
	{
		int64		lo = 0,
					hi = ncust;

		/* c: how many customers come before unit m */
		while (lo < hi)
		{
			int64		mid = lo + (hi - lo + 1) / 2;

			if (merged_position(g, mid) < m)
				lo = mid;
			else
				hi = mid - 1;
		}
		c = lo;
		o = m - c;
	}
	/* the next customer comes first unless the next order was placed before it */
	if (c < ncust && (o >= nord || cs_signup_at(g, c + 1) <= cs_order_placed_at(g, o)))
	{
		*customer_id = c + 1;
		g->merged_c = c + 1;
		g->merged_o = o;
	}
	else
	{
		*order_no = o;
		g->merged_c = c;
		g->merged_o = o + 1;
	}
	g->merged_next = m + 1;
	g->merged_valid = true;
	g->merged_last_customer = g->merged_c > c;
	return g->merged_last_customer;
}

/* How many merged units (sign-ups and orders) there are at instant t. */
int64
cs_merged_units_by(const GenCtx *g, TimestampTz t)
{
	return cs_customers_signed_up_by(g, t) + cs_order_at(g, t);
}
