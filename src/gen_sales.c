/*-------------------------------------------------------------------------
 *
 * gen_sales.c
 *	  Sales generators: orders, order_items, payments, shipments, and the
 *	  order plan every order-driven table is made from.
 *
 * cs_plan_order() decides everything about order n as a pure function of
 * (seed, n): when it was placed (by the order calendar, so order_id grows
 * with placed_at), by whom (a customer already signed up, the loyal core
 * favoured), what it holds (skewed product popularity), its coupon, how it
 * is paid and how far its payment and parcel got by the end of the window.
 * Orders, lines, payments, shipments, coupon redemptions, reviews, returns,
 * loyalty points, tickets and audit events all read the same plan, which is
 * why they agree: a payment is the sum of its lines because both come from
 * one computation, not because anything was checked afterwards.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"

#include "commerce_seed.h"
#include "words.h"

/*
 * When order n of day d (0-based in the window; first is the day's first
 * order_no, count its orders) was placed: its place in the day's hourly
 * profile, jittered within its slot by the first draw of its stream.
 * Monotone in n.
 */
static TimestampTz
order_placed_at(const GenCtx *g, int64 order_no, int d, int64 first, int64 count, CsRand *r)
{
	return g->t_start + d * US_DAY +
		cs_time_of_day(((double) (order_no - first) + cs_unit(r)) / (double) count);
}

/* When order n was placed (what cs_plan_order says, without planning the rest). */
TimestampTz
cs_order_placed_at(const GenCtx *g, int64 order_no)
{
	int			d = cs_order_day(g, order_no);
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_ORDER, order_no);
	return order_placed_at(g, order_no, d, g->order_cum[d], g->order_cum[d + 1] - g->order_cum[d], &r);
}

/*
 * The first order placed at or after t (order_no), or the number of orders
 * when none is: a search of the day of t, since placed_at grows with order_no.
 */
int64
cs_order_at(const GenCtx *g, TimestampTz t)
{
	int64		d = cs_floor_div(t - g->t_start, US_DAY);
	int64		lo,
				hi,
				first,
				count;

	if (d < 0)
		return 0;
	if (d >= g->ndays)
		return g->n_drv[DRV_ORDERS];
	first = g->order_cum[d];
	count = g->order_cum[d + 1] - first;
	lo = first;
	hi = first + count;			/* the next day's first order is after t */
	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;
		CsRand		r;

		cs_rand_init(&r, g->seed, ST_ORDER, mid);
		if (order_placed_at(g, mid, (int) d, first, count, &r) >= t)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Day index (0-based in the window) of order n: the last d with order_cum[d] <= n. */
int
cs_order_day(const GenCtx *g, int64 n)
{
	int			lo = 0,
				hi = g->ndays - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi + 1) / 2;

		if (g->order_cum[mid] <= n)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/*
 * Lines per order: most orders hold one item (Olist 1.13 items per order,
 * about 90% single-item).
 */
static const int line_count_weight[5] = {80, 13, 4, 2, 1};
static const int promo_bp[] = {500, 1000, 1500, 2000, 2500, 1250, 3000, 4000};
/* festive and other sale days: deeper discounts */
static const int sale_promo_bp[] = {2000, 2500, 3000, 4000, 5000, 6000};
/* The order channel a device orders through (desktop and mobile web: web). */
const int	cs_device_channel[CS_N_DEVICES] = {0, 0, 1, 2};

int
cs_order_line_count(GenCtx *g, int64 order_no)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_LINE, order_no);
	return 1 + cs_weighted(&r, line_count_weight, lengthof(line_count_weight));
}

/* Round half up, as numeric round(x, 2) does for the positive amounts here. */
static int64
line_total(int32 qty, int64 price, int32 bp)
{
	return ((int64) qty * price * (10000 - bp) + 5000) / 10000;
}

/*
 * The customer of an order placed at t.  Customers differ in how often they
 * buy, and interest fades after sign-up, which is what makes most buyers buy
 * once and a few buy often:
 *	- 42% of orders go to the loyal core (2.5% of customers, see
 *	  cs_is_core_customer), a dozen or more orders each over two years;
 *	- 12% to someone who signed up in the last week (a first purchase soon
 *	  after sign-up);
 *	- 26% to someone who signed up in the last half year;
 *	- the rest to anyone signed up, uniformly.
 * With about 7,500 customers per 6,000 orders, most customers buy never or
 * once.  Dormant and blocked accounts stop ordering (cs_customer_active_until).
 */
int64
cs_pick_customer(const GenCtx *g, CsRand *r, TimestampTz t)
{
	int64		signed_up = cs_customers_signed_up_by(g, t);
	double		u = cs_unit(r);
	int64		c;
	int			tries;

	Assert(signed_up > 0);
	c = cs_range(r, 1, signed_up);
	if (u < 0.42)
	{
		for (tries = 0; tries < 160 && !cs_is_core_customer(g, c); tries++)
			c = cs_range(r, 1, signed_up);
	}
	else if (u < 0.80)
	{
		int64		before = cs_customers_signed_up_by(g, t - (u < 0.54 ? 7 : 182) * US_DAY);

		if (before < signed_up)
			c = cs_range(r, before + 1, signed_up);
	}
	return cs_active_customer_from(g, c, signed_up, t);
}

/* The warehouse a customer's parcels leave from: mostly one in their region. */
static int64
pick_warehouse(const GenCtx *g, CsRand *r, int64 customer_id)
{
	int			region = cs_cities[cs_customer_city(g, customer_id)].region;
	int			w[CS_NUM_WAREHOUSES];
	bool		local = cs_chance(r, 0.85);
	bool		any = false;
	int			i;

	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
	{
		w[i] = cs_warehouses[i].capacity;
		if (local && cs_cities[cs_warehouses[i].city].region != region)
			w[i] = 0;
		any |= w[i] > 0;
	}
	if (!any)
		for (i = 0; i < CS_NUM_WAREHOUSES; i++)
			w[i] = cs_warehouses[i].capacity;
	return 1 + cs_weighted(r, w, CS_NUM_WAREHOUSES);
}

/* The product's price when the order was placed (before or after its one price change). */
/*
 * Demand falls with price: a product drawn by popularity is kept with
 * probability (INR 1,500 / price)^0.5 above INR 1,500 (a laptop is looked at
 * far more often than it is bought), else redrawn, up to three times.
 */
int64
cs_pick_line_product(const GenCtx *g, CsRand *r)
{
	int64		prod = 0;
	int			tries;

	for (tries = 0; tries < 4; tries++)
	{
		int64		price;

		prod = cs_pick_popular_product(g, r);
		price = cs_product_price(g, prod);
		if (price <= 150000 || cs_unit(r) < sqrt(150000.0 / (double) price))
			break;
	}
	return prod;
}

/* Units of one line: several of a cheap thing, one of an expensive one. */
static int32
line_quantity(CsRand *r, int64 unit_price)
{
	static const int cheap[5] = {55, 25, 10, 6, 4};		/* under INR 300 */
	static const int low[4] = {76, 17, 5, 2};	/* under INR 1,000 */
	static const int mid[3] = {91, 7, 2};	/* under INR 5,000 */
	static const int high[2] = {97, 3};		/* under INR 20,000 */

	if (unit_price < 30000)
		return 1 + cs_weighted(r, cheap, lengthof(cheap));
	if (unit_price < 100000)
		return 1 + cs_weighted(r, low, lengthof(low));
	if (unit_price < 500000)
		return 1 + cs_weighted(r, mid, lengthof(mid));
	if (unit_price < 2000000)
		return 1 + cs_weighted(r, high, lengthof(high));
	(void) cs_unit(r);			/* keep the draws of later fields in place */
	return 1;
}

static void
plan_lines(GenCtx *g, CsOrderPlan *p)
{
	double		sale = cs_sale_intensity(g, p->order_date);
	CsRand		r;
	int			i,
				j;

	cs_rand_init(&r, g->seed, ST_LINE, p->order_no);
	p->nlines = 1 + cs_weighted(&r, line_count_weight, lengthof(line_count_weight));
	p->gross = 0;
	for (i = 0; i < p->nlines; i++)
	{
		CsLine	   *l = &p->lines[i];
		int64		prod = cs_pick_line_product(g, &r);
		bool		dup;

		/*
		 * An order lists a product once, and only one already listed in the
		 * catalogue: step to the next id until both hold (most products are
		 * listed before the window, so this ends within a few steps).
		 */
		do
		{
			dup = cs_product_created_at(g, prod) > p->placed_at;
			for (j = 0; j < i && !dup; j++)
				if (p->lines[j].product_id == prod)
					dup = true;
			if (dup)
				prod = prod % g->n_drv[DRV_PRODUCTS] + 1;
		} while (dup);

		l->product_id = prod;
		l->unit_price = cs_product_price_at(g, prod, p->placed_at);
		l->quantity = line_quantity(&r, l->unit_price);
		/* a third of lines carry a promotion, more and deeper on sale days */
		if (cs_chance(&r, 0.30 + 0.35 * sale))
			l->discount_bp = cs_chance(&r, sale) ?
				sale_promo_bp[cs_range(&r, 0, lengthof(sale_promo_bp) - 1)] :
				promo_bp[cs_range(&r, 0, lengthof(promo_bp) - 1)];
		else
			l->discount_bp = 0;
		p->gross += l->quantity * l->unit_price;
	}
}

/*
 * A coupon, when one is valid at the moment of the order and the basket is
 * big enough, replaces the promotional discounts: its percentage (or, for a
 * flat amount, the equivalent percentage of the gross) becomes every line's
 * discount, so the payment is still exactly the sum of the line totals.
 * Buyers look for coupons more during sales.
 */
static void
plan_coupon(GenCtx *g, CsOrderPlan *p, CsRand *r)
{
	CsCoupon	c;
	int64		id;
	int32		bp;
	int			i;

	p->coupon_id = 0;
	if (!cs_chance(r, 0.10 + 0.20 * cs_sale_intensity(g, p->order_date)))
		return;
	id = cs_coupon_at(g, p->placed_at, r);
	if (id == 0)
		return;
	cs_coupon_terms(g, id, &c);
	if (p->placed_at < c.valid_from || p->placed_at >= c.valid_to || p->gross < c.min_order)
		return;
	if (c.pct_bp > 0)
		bp = c.pct_bp;
	else
		bp = (int32) ((c.amount_off * 10000 + p->gross / 2) / p->gross);
	if (bp > 10000)
		bp = 10000;
	p->coupon_id = id;
	for (i = 0; i < p->nlines; i++)
		p->lines[i].discount_bp = bp;
}

/*
 * How an order is paid, from its value and the buyer's city (Indian
 * payments 2024-25: UPI first, cash on delivery 20-25% overall and far
 * commoner in smaller towns and on small baskets, cards for big tickets):
 * cash on delivery is not offered above CS_COD_LIMIT, nor UPI above its
 * per-transaction limit for shopping, CS_UPI_LIMIT.
 */
static int
pick_method(const GenCtx *g, CsRand *r, const CsOrderPlan *p)
{
	int64		rupees = p->total / 100;
	bool		metro = cs_cities[cs_customer_city(g, p->customer_id)].weight >= 50;
	int			w[5];

	/* card upi netbanking cod wallet */
	w[PM_CARD] = 10 + (int) Min(rupees / 400, 60);
	w[PM_UPI] = p->total <= CS_UPI_LIMIT ? 58 : 0;
	w[PM_NETBANKING] = 4 + (int) Min(rupees / 5000, 8);
	w[PM_COD] = metro ? 18 : 40;
	if (rupees < 1000)
		w[PM_COD] = w[PM_COD] * 13 / 10;
	else if (rupees >= 10000)
		w[PM_COD] = w[PM_COD] * 3 / 10;
	else if (rupees >= 3000)
		w[PM_COD] = w[PM_COD] * 6 / 10;
	if (p->total > CS_COD_LIMIT)
		w[PM_COD] = 0;
	w[PM_WALLET] = rupees < 2000 ? 7 : 2;
	return cs_weighted(r, w, lengthof(w));
}

/* Keep a step's time only if it happened by the end of the window. */
static inline TimestampTz
by_end(const GenCtx *g, TimestampTz t)
{
	return (t != 0 && t <= g->t_end) ? t : 0;
}

/* The instant `hours` (fractional) after the start of the Indian day of t. */
static TimestampTz
hour_of_day(TimestampTz t, double hours)
{
	return cs_day_start(cs_date_of(t)) + (int64) (hours * (double) US_HOUR);
}

/*
 * Days a parcel travels from the warehouse's city to the buyer's, by region
 * (0 north, 1 west, 2 south, 3 east, 4 central): a day within a city, two
 * within a region, three to four across the country, a day more for a
 * smaller town (a city with a small share of shoppers).  What the shop
 * promises; a carrier may be faster or slower.
 */
static int
lane_days(int from_city, int to_city)
{
	static const int between[5][5] = {
		{2, 3, 4, 3, 2},
		{3, 2, 3, 4, 2},
		{4, 3, 2, 4, 3},
		{3, 4, 4, 2, 3},
		{2, 2, 3, 3, 2},
	};
	int			days;

	if (from_city == to_city)
		return 1;
	days = between[cs_cities[from_city].region][cs_cities[to_city].region];
	if (cs_cities[to_city].weight < 15)
		days++;
	return days;
}

/* Carriers' speed against the promised lane time, in hundredths (cs_carriers order). */
static const int carrier_pace[] = {90, 100, 95, 115, 105, 105};

/*
 * Journeys that keep every state an order or a parcel can be in present at
 * any as-of instant, even in the smallest shop.  Each day of the calendar
 * has one order on one of them, in turn (by the day number, so every third
 * day has each): an order held three days to confirm a cash-on-delivery
 * address (pending meanwhile), a prepaid order waiting three days for stock
 * (paid and preparing; promised accordingly), and a parcel whose delivery
 * fails three days running (out for delivery over three nights).  Each
 * lasts the three days until the next of its kind, so one is always in its
 * state; they follow from the calendar and the order's place in its day,
 * never from the window's end.
 */
enum
{
	J_NORMAL,
	J_COD_HOLD,
	J_BACKORDER,
	J_FAILED_ATTEMPT,
	J_COUNT
};

static int
designated_journey(const GenCtx *g, int64 order_no, int day, int64 first, int64 count)
{
	DateADT		date = g->first_day + day;
	uint64		key = cs_stream_key(g->seed, ST_ORDER) ^ (uint64) date;

	/* one place of the day, by a keyed permutation of its orders */
	if (cs_permute(key, (uint64) (order_no - first), (uint64) count) != 0)
		return J_NORMAL;
	return J_COD_HOLD + (int) cs_floor_mod(date, J_COUNT - 1);
}

static void
plan_lifecycle(GenCtx *g, CsOrderPlan *p, CsRand *r, int journey)
{
	int			to_city = cs_customer_city(g, p->customer_id);
	int			from_city;
	bool		cod;
	TimestampTz paid,
				cancel,
				start,
				packed,
				dispatched,
				ofd,
				attempt,
				delivered;
	int64		backlog;
	DateADT		dispatch_day,
				promised_day;
	int			lane,
				transit;

	if (journey == J_COD_HOLD && p->total <= CS_COD_LIMIT)
		p->method = PM_COD;
	else if (journey == J_COD_HOLD)
		journey = J_NORMAL;
	if (journey == J_BACKORDER && p->method == PM_COD)
		p->method = PM_UPI;
	Assert(p->method != PM_GIFT_CARD || journey != J_COD_HOLD);
	cod = p->method == PM_COD;
	p->warehouse_id = pick_warehouse(g, r, p->customer_id);
	p->carrier = (int) cs_range(r, 0, cs_n_carriers - 1);
	from_city = cs_warehouses[p->warehouse_id - 1].city;
	lane = lane_days(from_city, to_city);

	/*
	 * The promise made at checkout: dispatched the same day when ordered by
	 * noon, else the next, then the lane's days and a day of margin, two
	 * for a lane of three days or more; "by 9 pm" on that day.
	 */
	dispatch_day = cs_date_of(p->placed_at) +
		(p->placed_at < hour_of_day(p->placed_at, 12) ? 0 : 1);
	promised_day = dispatch_day + lane + (lane >= 3 ? 2 : 1);
	if (journey == J_BACKORDER)
		promised_day += 3;		/* the shop knows the stock is three days away */
	p->promised_at = cs_day_start(promised_day) + 21 * US_HOUR;

	p->ship_created_at = p->placed_at;
	p->packed_at = p->dispatched_at = p->out_for_delivery_at = p->delivered_at = 0;
	p->cancelled_at = 0;

	/* a prepaid order is paid within minutes; a few UPI/netbanking retries take hours */
	paid = 0;
	if (!cod)
		paid = p->placed_at + cs_range(r, 30 * 1000000, 20 * US_MINUTE) +
			(cs_chance(r, 0.04) ? cs_range(r, US_HOUR, 6 * US_HOUR) : 0);

	/* cancellations happen before dispatch, more often for cash on delivery */
	cancel = cs_chance(r, cod ? 0.08 : 0.045) ? p->placed_at + cs_range(r, 10 * US_MINUTE, 30 * US_HOUR) : 0;
	if (journey != J_NORMAL)
		cancel = 0;

	if (cancel != 0)
	{
		if (cancel <= g->t_end)
		{
			p->cancelled_at = cancel;
			p->paid_at = 0;
			p->status = OS_CANCELLED;
			p->payment_status = PS_VOIDED;
			p->shipment_status = SS_CANCELLED;
			return;
		}
		/* to be cancelled after the window: as of its end, paid or pending, not packed */
		p->paid_at = by_end(g, paid);
		if (p->paid_at)
			p->ship_created_at = p->paid_at;
		p->status = p->paid_at ? OS_PAID : OS_PENDING;
		p->payment_status = p->paid_at ? PS_CAPTURED : PS_PENDING;
		p->shipment_status = SS_PREPARING;
		return;
	}

	/*
	 * The warehouse packs between 8 am and 10 pm, a few working hours after
	 * the order is confirmed (three days later for a held or backordered
	 * one), what came in overnight within the first three hours of the
	 * morning; carriers collect between 3 and 7 pm what was packed by 2 pm.
	 */
	start = cod ? p->placed_at : paid;
	if (journey == J_COD_HOLD || journey == J_BACKORDER)
		start += 3 * US_DAY;
	packed = start + cs_range(r, US_HOUR, 10 * US_HOUR);
	backlog = cs_range(r, 0, 3 * US_HOUR);
	packed = cs_in_hours(packed, 8 * US_HOUR, 22 * US_HOUR, backlog);
	dispatched = hour_of_day(packed, 15) + cs_range(r, 0, 4 * US_HOUR);
	if (packed >= hour_of_day(packed, 14))
		dispatched += US_DAY;	/* packed too late for today's collection */

	/*
	 * In transit: the lane's days at the carrier's pace, and a tail: one
	 * parcel in twelve a day or three more (a missed connection, a hub
	 * backlog), one in fifty four to nine more (misrouted, held).
	 */
	transit = (int) ((lane * carrier_pace[p->carrier] + cs_range(r, 0, 99)) / 100);
	if (cs_chance(r, 0.08))
		transit += (int) cs_range(r, 1, 3);
	else if (cs_chance(r, 0.02))
		transit += (int) cs_range(r, 4, 9);
	transit = Max(transit, 1);

	/*
	 * Out for delivery from 7 to 10:30 am, delivered from 10 am to 8:30 pm.
	 * The failed-attempt journey goes out on the third day after the order,
	 * whatever the lane (collected by the evening of the next day at the
	 * latest, it is at least 12 hours on the road by then), and is delivered
	 * at the fourth attempt, three days later.
	 */
	if (journey == J_FAILED_ATTEMPT)
		ofd = cs_day_start(cs_date_of(p->placed_at) + 3) + 7 * US_HOUR + cs_range(r, 0, 210 * US_MINUTE);
	else
		ofd = hour_of_day(dispatched, 7) + transit * US_DAY + cs_range(r, 0, 210 * US_MINUTE);
	attempt = hour_of_day(ofd, 10) + cs_range(r, 0, 630 * US_MINUTE);
	if (attempt < ofd + 15 * US_MINUTE)
		attempt = ofd + 15 * US_MINUTE;
	delivered = attempt;
	/* nobody home: the courier tries again the next day */
	if (journey == J_FAILED_ATTEMPT)
		delivered = hour_of_day(attempt, 3 * 24 + 10) + cs_range(r, 0, 600 * US_MINUTE);
	else if (cs_chance(r, 0.04))
		delivered = hour_of_day(attempt, 24 + 10) + cs_range(r, 0, 600 * US_MINUTE);

	p->packed_at = by_end(g, packed);
	p->dispatched_at = by_end(g, dispatched);
	p->out_for_delivery_at = by_end(g, ofd);

	/*
	 * Cash-on-delivery parcels are sometimes refused at the door (about 8%;
	 * most parcels returned to origin are COD): the order ends cancelled at
	 * the refusal, the payment is voided and the parcel goes back.
	 */
	if (cod && journey == J_NORMAL && cs_chance(r, 0.08))
	{
		if (attempt <= g->t_end)
		{
			p->cancelled_at = attempt;
			p->paid_at = 0;
			p->status = OS_CANCELLED;
			p->payment_status = PS_VOIDED;
			p->shipment_status = SS_RETURNED_TO_ORIGIN;
			return;
		}
		delivered = 0;
	}

	p->delivered_at = by_end(g, delivered);
	/* cash on delivery is paid at the door */
	p->paid_at = cod ? p->delivered_at : by_end(g, paid);

	/* a prepaid order goes to the warehouse once its payment is captured */
	if (!cod && p->paid_at)
		p->ship_created_at = p->paid_at;

	if (p->delivered_at)
	{
		p->status = OS_DELIVERED;
		p->shipment_status = SS_DELIVERED;
	}
	else if (p->dispatched_at)
	{
		p->status = OS_SHIPPED;
		if (p->out_for_delivery_at)
			p->shipment_status = SS_OUT_FOR_DELIVERY;
		else if (g->t_end - p->dispatched_at > 12 * US_HOUR)
			p->shipment_status = SS_IN_TRANSIT;
		else
			p->shipment_status = SS_DISPATCHED;
	}
	else
	{
		p->status = p->paid_at ? OS_PAID : OS_PENDING;
		p->shipment_status = p->packed_at ? SS_PACKED : SS_PREPARING;
	}
	p->payment_status = p->paid_at ? PS_CAPTURED : PS_PENDING;
}

/*
 * How the order is paid, then its lifecycle.  A gift card that is to be
 * spent on this very order (cs_gift_card_of_order) pays it when it covers
 * the whole amount (one payment per order), except for the day's
 * cash-on-delivery hold; otherwise the method follows value and city.
 */
static void
plan_payment(GenCtx *g, CsOrderPlan *p, CsRand *r, int journey)
{
	int64		card = cs_gift_card_of_order(g, p->order_no, p->placed_at);

	p->method = pick_method(g, r, p);
	p->gift_card_id = 0;
	if (card != 0 && journey != J_COD_HOLD)
	{
		CsGiftCard	gc;

		cs_gift_card_terms(g, card, &gc);
		if (p->total <= gc.initial)
		{
			p->method = PM_GIFT_CARD;
			p->gift_card_id = card;
		}
	}
	plan_lifecycle(g, p, r, journey);
}

/*
 * The context that sees every order through to its end: the same shop with
 * its as-of instant pushed far into the future (CS_FINAL_ASOF).  Whatever
 * may still happen to an order (a return, a review, a ticket, a loyalty
 * redemption) is decided from the final plan, as a pure function of the
 * order, and the as-of instant only says how much of it has happened; ids
 * are numbered over everything that ever happens, so that rows that come
 * later keep the ids they get in a longer window.
 */
#define CS_FINAL_ASOF	(INT64CONST(250) * 365 * US_DAY)

GenCtx *
cs_final(GenCtx *g)
{
	if (g->final == NULL)
	{
		GenCtx	   *f;

		if (g->addr_prefix == NULL && g->n_drv[DRV_CUSTOMERS] > 0)
			(void) cs_first_address_id(g, 1);
		f = MemoryContextAlloc(g->mcxt, sizeof(GenCtx));
		memcpy(f, g, sizeof(GenCtx));
		f->t_end = CS_FINAL_ASOF;
		f->plan_valid = false;
		f->merged_valid = false;
		f->final = f;
		g->final = f;
	}
	return g->final;
}

/* What order n comes to in the end (cs_final). */
const CsOrderPlan *
cs_plan_order_final(GenCtx *g, int64 order_no)
{
	return cs_plan_order(cs_final(g), order_no);
}

const CsOrderPlan *
cs_plan_order(GenCtx *g, int64 order_no)
{
	CsOrderPlan *p = &g->plan;
	CsRand		r;
	int			d;
	int64		first,
				count;
	int			i;

	if (g->plan_valid && p->order_no == order_no)
		return p;

	memset(p, 0, sizeof(*p));
	p->order_no = order_no;
	cs_rand_init(&r, g->seed, ST_ORDER, order_no);

	d = cs_order_day(g, order_no);
	first = g->order_cum[d];
	count = g->order_cum[d + 1] - first;
	p->order_date = g->first_day + d;
	p->placed_at = order_placed_at(g, order_no, d, first, count, &r);

	p->customer_id = cs_pick_customer(g, &r, p->placed_at);
	p->address_id = cs_first_address_id(g, p->customer_id);
	/* on the customer's usual device, sometimes another */
	p->device = cs_chance(&r, 0.85) ? cs_customer_device(g, p->customer_id) :
		cs_weighted(&r, cs_device_weight, CS_N_DEVICES);
	p->channel = cs_device_channel[p->device];

	plan_lines(g, p);
	plan_coupon(g, p, &r);
	p->total = 0;
	for (i = 0; i < p->nlines; i++)
	{
		CsLine	   *l = &p->lines[i];

		l->line_total = line_total(l->quantity, l->unit_price, l->discount_bp);
		p->total += l->line_total;
	}
	plan_payment(g, p, &r, designated_journey(g, order_no, d, first, count));

	g->plan_valid = true;
	return p;
}

/* orders */

static const ColumnSpec order_cols[] = {
	{.name = "order_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "shipping_address_id", .typid = INT8OID},
	{.name = "order_date", .typid = DATEOID},
	{.name = "placed_at", .typid = TIMESTAMPTZOID},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_ORDER_STATUS},
	{.name = "channel", .typid = TEXTOID},
	{.name = "currency", .typid = TEXTOID},
	{.name = "cancelled_at", .typid = TIMESTAMPTZOID, .nullable = true},
};

static void
emit_order(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p;
	Datum	   *v;

	ids->next++;
	if (sink == NULL)
		return;
	p = cs_plan_order(g, unit);
	v = sink->values;
	cs_row_begin(sink);
	v[0] = Int64GetDatum(unit + 1);
	v[1] = Int64GetDatum(p->customer_id);
	v[2] = Int64GetDatum(p->address_id);
	v[3] = DateADTGetDatum(p->order_date);
	v[4] = TimestampTzGetDatum(p->placed_at);
	v[5] = cs_enum(g, EN_ORDER_STATUS, p->status);
	v[6] = cs_text(cs_channel_names[p->channel]);
	v[7] = cs_text("INR");
	cs_put_ts(sink, 8, p->cancelled_at);
	cs_sink_put(sink);
}

const TableSpec cs_table_orders = {
	.name = "orders",
	.cols = order_cols,
	.ncols = lengthof(order_cols),
	.driver = DRV_ORDERS,
	.emit = emit_order,
	.id_column = "order_id",
	.approx_row_bytes = 150,
	.one_per_unit = true,
};

/* order_items */

static const ColumnSpec order_item_cols[] = {
	{.name = "order_item_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "quantity", .typid = INT4OID},
	{.name = "unit_price", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "discount", .typid = NUMERICOID, .precision = 5, .scale = 2},
};

static void
emit_order_items(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p;
	int			i;

	if (sink == NULL)
	{
		ids->next += cs_order_line_count(g, unit);
		return;
	}
	p = cs_plan_order(g, unit);
	cs_row_begin(sink);
	for (i = 0; i < p->nlines; i++)
	{
		const CsLine *l = &p->lines[i];
		Datum	   *v = sink->values;

		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(unit + 1);
		v[2] = Int64GetDatum(l->product_id);
		v[3] = Int32GetDatum(l->quantity);
		v[4] = cs_money(l->unit_price);
		v[5] = cs_numeric2(l->discount_bp);	/* 1 bp = 0.01 percentage point */
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_order_items = {
	.name = "order_items",
	.cols = order_item_cols,
	.ncols = lengthof(order_item_cols),
	.driver = DRV_ORDERS,
	.emit = emit_order_items,
	.id_column = "order_item_id",
	.approx_row_bytes = 110,
};

/* payments: one per order, payment_id = order_id */

static const ColumnSpec payment_cols[] = {
	{.name = "payment_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID},
	{.name = "method", .typid = InvalidOid, .enum_type = EN_PAYMENT_METHOD},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_PAYMENT_STATUS},
	{.name = "amount", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "currency", .typid = TEXTOID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
	{.name = "paid_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "transaction_ref", .typid = TEXTOID, .c_collation = true},
	{.name = "gift_card_id", .typid = INT8OID, .nullable = true},
};

static void
emit_payment(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p;
	Datum	   *v;
	char		ref[16];

	ids->next++;
	if (sink == NULL)
		return;
	p = cs_plan_order(g, unit);
	v = sink->values;
	cs_row_begin(sink);
	v[0] = Int64GetDatum(unit + 1);
	v[1] = Int64GetDatum(unit + 1);
	v[2] = cs_enum(g, EN_PAYMENT_METHOD, p->method);
	v[3] = cs_enum(g, EN_PAYMENT_STATUS, p->payment_status);
	v[4] = cs_money(p->total);
	v[5] = cs_text("INR");
	v[6] = TimestampTzGetDatum(p->placed_at);
	cs_put_ts(sink, 7, p->paid_at);
	/* unique: built on a keyed bijection of the order number */
	cs_unique_code(cs_stream_key(g->seed, ST_PERMUTE) ^ 0x5041, unit, CS_CODE_SPACE(12), ref, 12);
	v[8] = cs_textf("TXN%s", ref);
	v[9] = Int64GetDatum(p->gift_card_id);
	sink->nulls[9] = p->gift_card_id == 0;
	cs_sink_put(sink);
}

const TableSpec cs_table_payments = {
	.name = "payments",
	.cols = payment_cols,
	.ncols = lengthof(payment_cols),
	.driver = DRV_ORDERS,
	.emit = emit_payment,
	.id_column = "payment_id",
	.approx_row_bytes = 170,
	.one_per_unit = true,
};

/* shipments: one per order, shipment_id = order_id */

static const ColumnSpec shipment_cols[] = {
	{.name = "shipment_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID},
	{.name = "warehouse_id", .typid = INT8OID},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_SHIPMENT_STATUS},
	{.name = "carrier", .typid = TEXTOID},
	{.name = "tracking_no", .typid = TEXTOID, .c_collation = true},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
	{.name = "packed_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "dispatched_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "out_for_delivery_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "delivered_at", .typid = TIMESTAMPTZOID, .nullable = true},
	{.name = "promised_at", .typid = TIMESTAMPTZOID},
};

static void
emit_shipment(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p;
	Datum	   *v;
	char		code[16];

	ids->next++;
	if (sink == NULL)
		return;
	p = cs_plan_order(g, unit);
	v = sink->values;
	cs_row_begin(sink);
	v[0] = Int64GetDatum(unit + 1);
	v[1] = Int64GetDatum(unit + 1);
	v[2] = Int64GetDatum(p->warehouse_id);
	v[3] = cs_enum(g, EN_SHIPMENT_STATUS, p->shipment_status);
	v[4] = cs_text(cs_carriers[p->carrier]);
	/* unique: built on a keyed bijection of the order number */
	cs_unique_code(cs_stream_key(g->seed, ST_PERMUTE) ^ 0x5348, unit, CS_CODE_SPACE(10), code, 10);
	v[5] = cs_textf("IN%s", code);
	cs_put_ts(sink, 6, p->ship_created_at);
	cs_put_ts(sink, 7, p->packed_at);
	cs_put_ts(sink, 8, p->dispatched_at);
	cs_put_ts(sink, 9, p->out_for_delivery_at);
	cs_put_ts(sink, 10, p->delivered_at);
	cs_put_ts(sink, 11, p->promised_at);
	cs_sink_put(sink);
}

const TableSpec cs_table_shipments = {
	.name = "shipments",
	.cols = shipment_cols,
	.ncols = lengthof(shipment_cols),
	.driver = DRV_ORDERS,
	.emit = emit_shipment,
	.id_column = "shipment_id",
	.approx_row_bytes = 200,
	.one_per_unit = true,
};
