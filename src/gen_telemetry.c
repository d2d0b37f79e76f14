/*-------------------------------------------------------------------------
 *
 * gen_telemetry.c
 *	  Telemetry generators: user_sessions and audit_events.
 *
 * Sessions are driven by customers.  Customer c's session count, usual
 * device and home IP come from stream ST_SESSION, row 64c + 63, field by
 * field, and so do the start times (one field each), which are sorted so
 * that session_id order is time order within a customer; the j-th session
 * after sorting then draws its own details from row 64c + j.  The first
 * session is the one in which the account was created: it starts at the
 * sign-up instant, and its device is the channel of the sign-up audit event.
 *
 * Audit events are driven by DRV_AUDIT: units [0, C) are customers (their
 * sign-up), [C, C + O) orders (placement, payment, dispatch, delivery,
 * cancellation, as far as the order plan of gen_sales.c got by the end of
 * the window) and [C + O, C + O + P) products (listing, at the product's
 * created_at, and for one in five a price change inside the window).
 * They only restate facts other tables hold, so an event never contradicts
 * its row: an order's events are read off the same CsOrderPlan as the
 * order, payment and shipment rows.  Random details of events (who
 * cancelled, why) come from stream ST_AUDIT, row = the audit unit.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"
#include "words.h"

#define MAX_SESSIONS	60
#define SESSION_ROW(c, j)	(((uint64) (c) << 6) | (uint64) (j))
#define SESSION_CUSTOMER_ROW(c) SESSION_ROW(c, 63)

/* Fields of ST_SESSION row SESSION_CUSTOMER_ROW(c). */
enum
{
	SF_COUNT = 0,				/* 2 draws */
	SF_DEVICE = 2,
	SF_HOME_NET,
	SF_HOME_HOST,
	SF_STARTS = 8				/* one per session after the first */
};

/* Fields of ST_SESSION row SESSION_ROW(c, j). */
enum
{
	EF_DEVICE = 0,				/* 2 draws: usual device?, other device */
	EF_IP = 2,					/* 3 draws: from home?, network, host */
	EF_PAGES = 5,				/* 2 draws */
	EF_PACE = 7
};

/* A new account has not had time for all its sessions: ramp up over 90 days. */
#define SESSION_RAMP	(90 * US_DAY)

static const char *const device_names[] = {"desktop", "mobile_web", "android", "ios"};
/* Indian e-commerce is mostly Android app traffic */
static const int device_weight[] = {24, 16, 48, 12};
/* non-core customers: 2..12 sessions, mostly few */
static const int other_session_weight[] = {14, 16, 15, 12, 10, 8, 7, 6, 5, 4, 3};

/* RFC 5737 documentation networks: addresses that can belong to no one. */
static const char *const doc_networks[] = {"192.0.2", "198.51.100", "203.0.113"};

/*
 * Sessions of a customer: the loyal core about 25 (15..35), others 2..12,
 * fewer for an account younger than SESSION_RAMP at the end of its activity.
 * At least one: the sign-up session.
 */
static int
session_count(const GenCtx *g, int64 customer_id, TimestampTz signup, TimestampTz until)
{
	CsRand		r;
	int64		n;
	int64		tenure = until - signup;

	cs_rand_init(&r, g->seed, ST_SESSION, SESSION_CUSTOMER_ROW(customer_id));
	r.field = SF_COUNT;
	if (cs_is_core_customer(g, customer_id))
	{
		/* triangular around 25 */
		n = 15 + cs_range(&r, 0, 10);
		n += cs_range(&r, 0, 10);
	}
	else
		n = 2 + cs_weighted(&r, other_session_weight, lengthof(other_session_weight));
	if (tenure < SESSION_RAMP)
		n = 1 + (n - 1) * tenure / SESSION_RAMP;
	Assert(n >= 1 && n <= MAX_SESSIONS);
	return (int) n;
}

/* Device of session j: usually the customer's own, sometimes another. */
static int
session_device(const GenCtx *g, int64 customer_id, int j)
{
	CsRand		rc;
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_SESSION, SESSION_ROW(customer_id, j));
	r.field = EF_DEVICE;
	if (cs_chance(&r, 0.80))
	{
		cs_rand_init(&rc, g->seed, ST_SESSION, SESSION_CUSTOMER_ROW(customer_id));
		rc.field = SF_DEVICE;
		return cs_weighted(&rc, device_weight, lengthof(device_weight));
	}
	return cs_weighted(&r, device_weight, lengthof(device_weight));
}

/* user_sessions */

static const ColumnSpec session_cols[] = {
	{"session_id", INT8OID},
	{"customer_id", INT8OID},
	{"started_at", TIMESTAMPTZOID},
	{"ended_at", TIMESTAMPTZOID},
	{"device", TEXTOID},
	{"ip_address", INETOID},
	{"pages_viewed", INT4OID},
};

static void
emit_sessions(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		c = unit + 1;
	TimestampTz signup = cs_signup_at(g, c);
	TimestampTz until = cs_customer_active_until(g, c);
	int			n = session_count(g, c, signup, until);
	TimestampTz start[MAX_SESSIONS];
	CsRand		rc;
	int			home_net;
	int			home_host;
	int			i,
				j;

	if (sink == NULL)
	{
		ids->next += n;
		return;
	}

	cs_rand_init(&rc, g->seed, ST_SESSION, SESSION_CUSTOMER_ROW(c));
	rc.field = SF_HOME_NET;
	home_net = (int) cs_range(&rc, 0, lengthof(doc_networks) - 1);
	home_host = (int) cs_range(&rc, 1, 254);

	/* the sign-up session first, the others any time the customer was active */
	start[0] = signup;
	rc.field = SF_STARTS;
	for (i = 1; i < n; i++)
	{
		TimestampTz t = signup + (int64) ((double) (until - signup) * cs_unit(&rc));

		for (j = i; j > 1 && start[j - 1] > t; j--)
			start[j] = start[j - 1];
		start[j] = t;
	}

	for (j = 0; j < n; j++)
	{
		Datum	   *v = sink->values;
		bool	   *nulls = sink->nulls;
		CsRand		r;
		int			net;
		int			host;
		int			pages;
		double		u1,
					u2;
		int64		duration;
		TimestampTz end;

		cs_rand_init(&r, g->seed, ST_SESSION, SESSION_ROW(c, j));

		/* mostly from home broadband, sometimes from mobile data or an office */
		r.field = EF_IP;
		if (cs_chance(&r, 0.65))
		{
			net = home_net;
			host = home_host;
		}
		else
		{
			net = (int) cs_range(&r, 0, lengthof(doc_networks) - 1);
			host = (int) cs_range(&r, 1, 254);
		}

		/* most visits are short: the product of two uniforms leans to 1 */
		r.field = EF_PAGES;
		u1 = cs_unit(&r);
		u2 = cs_unit(&r);
		pages = 1 + (int) (40.0 * u1 * u2);

		/* 20 s to 2 min a page, at least a minute, at most an hour and a half */
		r.field = EF_PACE;
		duration = pages * cs_range(&r, 20, 120) * INT64CONST(1000000);
		duration = Max(duration, US_MINUTE);
		duration = Min(duration, 90 * US_MINUTE);
		end = start[j] + duration;
		if (end > g->t_end)
			end = g->t_end;

		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(c);
		v[2] = TimestampTzGetDatum(start[j]);
		v[3] = TimestampTzGetDatum(end);
		v[4] = cs_text(device_names[session_device(g, c, j)]);
		{
			char		ip[24];

			snprintf(ip, sizeof(ip), "%s.%d", doc_networks[net], host);
			v[5] = cs_inet(ip);
		}
		v[6] = Int32GetDatum(pages);
		for (i = 0; i < 7; i++)
			nulls[i] = false;
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_user_sessions = {
	"user_sessions", session_cols, lengthof(session_cols), DRV_CUSTOMERS,
	emit_sessions, NULL, "session_id", 120, false
};

/* audit_events */

static const ColumnSpec audit_cols[] = {
	{"event_id", INT8OID},
	{"event_type", TEXTOID},
	{"entity", TEXTOID},
	{"entity_id", INT8OID},
	{"actor", TEXTOID},
	{"payload", JSONBOID},
	{"occurred_at", TIMESTAMPTZOID},
};

/* Labels of the plan's integer codes, as gen_sales.c writes them. */
static const char *const order_channel_names[] = {"web", "android", "ios"};
static const char *const method_names[] = {"card", "upi", "netbanking", "cod", "wallet"};

static void
put_event(RowSink *sink, RowIds *ids, const char *type, const char *entity,
		  int64 entity_id, const char *actor, CsJson *payload, TimestampTz at)
{
	Datum	   *v = sink->values;
	int			i;

	v[0] = Int64GetDatum(ids->next++);
	v[1] = cs_text(type);
	v[2] = cs_text(entity);
	v[3] = Int64GetDatum(entity_id);
	v[4] = cs_text(actor);
	v[5] = cs_json_datum(payload);
	v[6] = TimestampTzGetDatum(at);
	for (i = 0; i < 7; i++)
		sink->nulls[i] = false;
	cs_sink_put(sink);
}

/* customer.signed_up, from the channel the sign-up session was on */
static void
audit_customer(GenCtx *g, int64 customer_id, RowIds *ids, RowSink *sink)
{
	static const char *const device_channel[] = {"web", "web", "android", "ios"};
	CsJson		j = {0};

	if (sink == NULL)
	{
		ids->next++;
		return;
	}
	cs_json_str(&j, "channel", device_channel[session_device(g, customer_id, 0)]);
	cs_json_bool(&j, "marketing_opt_in", cs_customer_opt_in(g, customer_id));
	cs_json_str(&j, "city", cs_cities[cs_customer_city(g, customer_id)].name);
	put_event(sink, ids, "customer.signed_up", "customer", customer_id, "customer",
			  &j, cs_signup_at(g, customer_id));
}

/* The steps of an order that become events, in the order they are listed on a tie. */
enum
{
	OE_PLACED,
	OE_DISPATCHED,
	OE_DELIVERED,
	OE_CAPTURED,				/* after delivery on a tie: cash on delivery */
	OE_CANCELLED
};

static const char *const customer_cancel_reasons[] = {
	"changed_mind", "found_cheaper", "ordered_by_mistake", "delivery_too_slow"
};

/*
 * Insert step k at time t (0: it has not happened) into the n steps so far,
 * kept in time order, after any step at the same time; returns the new n.
 */
static int
add_step(int *kind, TimestampTz *at, int n, int k, TimestampTz t)
{
	int			j;

	if (t == 0)
		return n;
	for (j = n; j > 0 && at[j - 1] > t; j--)
	{
		kind[j] = kind[j - 1];
		at[j] = at[j - 1];
	}
	kind[j] = k;
	at[j] = t;
	return n + 1;
}

static void
audit_order(GenCtx *g, int64 unit, int64 order_no, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, order_no);
	int64		order_id = order_no + 1;
	int			kind[5];
	TimestampTz at[5];
	int			n = 0;
	int			i;

	/* a stable insertion by time: ties keep the listing order of OE_* */
	n = add_step(kind, at, n, OE_PLACED, p->placed_at);
	n = add_step(kind, at, n, OE_DISPATCHED, p->dispatched_at);
	n = add_step(kind, at, n, OE_DELIVERED, p->delivered_at);
	n = add_step(kind, at, n, OE_CAPTURED, p->paid_at);
	n = add_step(kind, at, n, OE_CANCELLED, p->cancelled_at);

	if (sink == NULL)
	{
		ids->next += n;
		return;
	}
	Assert(p->channel >= 0 && p->channel < (int) lengthof(order_channel_names));
	Assert(p->method >= 0 && p->method < (int) lengthof(method_names));
	Assert(p->carrier >= 0 && p->carrier < cs_n_carriers);

	for (i = 0; i < n; i++)
	{
		CsJson		js = {0};
		CsRand		r;

		switch (kind[i])
		{
			case OE_PLACED:
				cs_json_int(&js, "customer_id", p->customer_id);
				cs_json_money(&js, "total", p->total);
				cs_json_int(&js, "items", p->nlines);
				cs_json_str(&js, "channel", order_channel_names[p->channel]);
				cs_json_str(&js, "payment_method", method_names[p->method]);
				if (p->coupon_id != 0)
					cs_json_int(&js, "coupon_id", p->coupon_id);
				put_event(sink, ids, "order.placed", "order", order_id, "customer", &js, at[i]);
				break;
			case OE_DISPATCHED:
				cs_json_int(&js, "warehouse_id", p->warehouse_id);
				cs_json_str(&js, "carrier", cs_carriers[p->carrier]);
				put_event(sink, ids, "shipment.dispatched", "order", order_id, "system", &js, at[i]);
				break;
			case OE_DELIVERED:
				cs_json_str(&js, "carrier", cs_carriers[p->carrier]);
				put_event(sink, ids, "shipment.delivered", "order", order_id, "courier", &js, at[i]);
				break;
			case OE_CAPTURED:
				cs_json_money(&js, "amount", p->total);
				cs_json_str(&js, "method", method_names[p->method]);
				/* cash on delivery is collected by the courier at the door */
				put_event(sink, ids, "payment.captured", "order", order_id,
						  p->method == PM_COD ? "courier" : "system", &js, at[i]);
				break;
			case OE_CANCELLED:
				/* most cancellations are the buyer's; the rest the shop's */
				cs_rand_init(&r, g->seed, ST_AUDIT, unit);
				if (cs_chance(&r, 0.75))
				{
					cs_json_str(&js, "reason",
								customer_cancel_reasons[cs_range(&r, 0, lengthof(customer_cancel_reasons) - 1)]);
					put_event(sink, ids, "order.cancelled", "order", order_id, "customer", &js, at[i]);
				}
				else
				{
					/* a prepaid order whose payment never arrived, or stock that ran out */
					cs_json_str(&js, "reason",
								p->method != PM_COD && cs_chance(&r, 0.6) ? "payment_failed" : "out_of_stock");
					put_event(sink, ids, "order.cancelled", "order", order_id, "system", &js, at[i]);
				}
				break;
		}
	}
}

/* Fields of ST_AUDIT row = the product's audit unit. */
enum
{
	PF_CHANGED = 0,
	PF_CHANGED_AT,
	PF_OLD_PRICE				/* 2 draws */
};

/*
 * The price a product had before its change.  Shops mostly mark down (a
 * sale, a clearance, a cheaper batch): four changes in five lower the price
 * by 5-30%; the rest raise it by 3-10% (a cost or duty increase), so the
 * price before an increase is 1/1.03 to 1/1.10 of the new one.  Shop prices
 * end in 9 rupees, and never equal the new one.
 */
static int64
previous_price(CsRand *r, int64 new_paise)
{
	bool		markdown = cs_chance(r, 0.8);
	int64		pct = markdown ? cs_range(r, 5, 30) : cs_range(r, 3, 10);
	int64		rupees;

	if (markdown)
		/* new = old * (100 - pct) / 100 */
		rupees = (new_paise * 100 / (100 - pct) + 50) / 100;
	else
		rupees = (new_paise * 100 / (100 + pct) + 50) / 100;
	if (rupees >= 10)
		rupees = rupees / 10 * 10 + 9;
	if (rupees < 1)
		rupees = 1;
	if (rupees * 100 == new_paise)
		rupees += markdown ? 10 : -10;
	if (rupees < 1)
		rupees = 1;
	return rupees * 100;
}

/* Whether a product's price changes during the window (20%); no draws beyond that. */
static bool
product_price_changes(const GenCtx *g, CsRand *r, int64 product_id)
{
	cs_rand_init(r, g->seed, ST_AUDIT,
				 g->n_drv[DRV_CUSTOMERS] + g->n_drv[DRV_ORDERS] + product_id - 1);
	r->field = PF_CHANGED;
	return cs_chance(r, 0.20);
}

/*
 * The one price change of a product, if it has one: when (inside the window,
 * after the product was listed) and the price before it, in paise; the price
 * after it is cs_product_price().  A pure function of the product, so that
 * the price of an order line placed before *changed_at could be *old_price.
 */
bool
cs_product_price_change(const GenCtx *g, int64 product_id,
						TimestampTz *changed_at, int64 *old_price)
{
	CsRand		r;
	TimestampTz from;

	if (!product_price_changes(g, &r, product_id))
		return false;
	from = Max(cs_product_created_at(g, product_id), g->t_start);
	r.field = PF_CHANGED_AT;
	*changed_at = from + (int64) ((double) (g->t_end - from) * cs_unit(&r));
	r.field = PF_OLD_PRICE;
	*old_price = previous_price(&r, cs_product_price(g, product_id));
	return true;
}

/* product.listed when the products row says it was created, then any price change */
static void
audit_product(GenCtx *g, int64 product_id, RowIds *ids, RowSink *sink)
{
	CsRand		r;
	bool		changed;
	TimestampTz changed_at = 0;
	int64		price;
	int64		listed_price;
	CsJson		js = {0};

	if (sink == NULL)
	{
		ids->next += product_price_changes(g, &r, product_id) ? 2 : 1;
		return;
	}

	price = cs_product_price(g, product_id);
	changed = cs_product_price_change(g, product_id, &changed_at, &listed_price);
	if (!changed)
		listed_price = price;

	cs_json_money(&js, "price", listed_price);
	cs_json_int(&js, "supplier_id", cs_product_supplier(g, product_id));
	put_event(sink, ids, "product.listed", "product", product_id, "admin", &js,
			  cs_product_created_at(g, product_id));
	if (changed)
	{
		CsJson		jc = {0};

		cs_json_money(&jc, "old_price", listed_price);
		cs_json_money(&jc, "new_price", price);
		put_event(sink, ids, "product.price_changed", "product", product_id, "system", &jc, changed_at);
	}
}

static void
emit_audit(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		ncustomers = g->n_drv[DRV_CUSTOMERS];
	int64		norders = g->n_drv[DRV_ORDERS];

	if (unit < ncustomers)
		audit_customer(g, unit + 1, ids, sink);
	else if (unit < ncustomers + norders)
		audit_order(g, unit, unit - ncustomers, ids, sink);
	else
		audit_product(g, unit - ncustomers - norders + 1, ids, sink);
}

const TableSpec cs_table_audit_events = {
	"audit_events", audit_cols, lengthof(audit_cols), DRV_AUDIT,
	emit_audit, NULL, "event_id", 200, false
};
