/*-------------------------------------------------------------------------
 *
 * gen_telemetry.c
 *	  Telemetry generators: user_sessions and audit_events.
 *
 * Sessions are driven by DRV_VISITS: customers and orders merged in time
 * order (cs_merged_unit).  A customer's unit is the sign-up visit, at the
 * sign-up instant on their usual device (the channel of the sign-up audit
 * event); an order's, the visit it was placed in and the browsing visits of
 * its day that end without an order (cs_order_visit).  A customer's habits (usual
 * device, home network) come from stream ST_SESSION, row = customer_id; a
 * visit's own draws from ST_VISIT, row 64 n + k.
 *
 * Audit events are driven by DRV_AUDIT: units [0, P) are products (listing,
 * at the product's created_at, and for one in five a price change), then
 * customers (their sign-up) and orders (placement, payment, dispatch,
 * delivery, cancellation, as far as the order plan of gen_sales.c got by
 * the as-of instant) merged in time order, as for sessions.  Ids are kept
 * for what has not happened yet: every step an order comes to.
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

/* Fields of ST_SESSION row = customer_id: the customer's own habits. */
enum
{
	HF_DEVICE = 2,
	HF_HOME_NET,
	HF_HOME_HOST,
	HF_SIGNUP = 8				/* 2 draws: pages, pace of the sign-up visit */
};

/* Fields of ST_VISIT row VISIT_ROW(order_no, k). */
enum
{
	VF_COUNT = 0,				/* row VISIT_ROW(n, 0) only: 2 draws */
	VF_START = 2,				/* 2 draws: hour, instant */
	VF_CUSTOMER = 4,
	VF_DEVICE = 5,				/* 2 draws: usual device?, other device */
	VF_IP = 7,					/* 3 draws: from home?, network, host */
	VF_PAGES = 10,				/* 2 draws */
	VF_PACE = 12
};

#define VISIT_ROW(n, k)	(((uint64) (n) << 6) | (uint64) (k))


/* Indian e-commerce is mostly Android app traffic */
const int	cs_device_weight[CS_N_DEVICES] = {24, 16, 48, 12};

/*
 * When people browse, by hour of the day in India: little between 1 and
 * 6 am, a lunchtime plateau and the evening peak from 8 to 11 pm.
 */
static const int visit_hour_weight[24] = {
	5, 2, 1, 1, 1, 2, 4, 7, 9, 10, 11, 12, 12, 12, 11, 11, 11, 12, 14, 17, 20, 19, 15, 9
};


/* The device a customer usually shops from (CS_DEVICE_*). */
int
cs_customer_device(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_SESSION, customer_id);
	r.field = HF_DEVICE;
	return cs_weighted(&r, cs_device_weight, CS_N_DEVICES);
}

/*
 * The funnel.  Every order was placed in a visit of its buyer, and the
 * visits that end without an order are many more: order n brings with it
 * its own visit (k = 0) and cs_browsing_visits() visits of anyone signed
 * up that day that end without buying (k = 1 ..), about 30 on average, so
 * about 3% of visits end in an order (the reference: 2 to 3%).  Abandoned
 * carts (gen_basket.c) are filled in those visits.  With the sign-up visit
 * of every customer, these are all the rows of user_sessions.
 */
int
cs_browsing_visits(const GenCtx *g, int64 order_no)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_VISIT, VISIT_ROW(order_no, 0));
	r.field = VF_COUNT;
	return (int) (8 + cs_range(&r, 0, 23) + cs_range(&r, 0, 23));
}

/* The pages and length of a visit: most are short (about 5.6 pages, a few minutes). */
static void
visit_length(CsRand *r, int pages_field, int pace_field, int min_pages, CsVisit *v)
{
	double		u1,
				u2;
	int64		duration;

	r->field = pages_field;
	u1 = cs_unit(r);
	u2 = cs_unit(r);
	v->pages = min_pages + (int) (18.0 * u1 * u2);
	/* 20 s to 2 min a page, at least a minute, at most an hour and a half */
	r->field = pace_field;
	duration = v->pages * cs_range(r, 20, 120) * INT64CONST(1000000);
	duration = Max(duration, US_MINUTE);
	duration = Min(duration, 90 * US_MINUTE);
	v->ended_at = v->started_at + duration;
}

/* From home broadband mostly, else mobile data or an office network. */
static void
visit_network(const GenCtx *g, CsRand *r, int64 customer_id, CsVisit *v)
{
	r->field = VF_IP;
	if (cs_chance(r, 0.65))
	{
		CsRand		rc;

		cs_rand_init(&rc, g->seed, ST_SESSION, customer_id);
		rc.field = HF_HOME_NET;
		v->net = (int) cs_range(&rc, 0, cs_n_doc_networks - 1);
		v->host = (int) cs_range(&rc, 1, 254);
	}
	else
	{
		v->net = (int) cs_range(r, 0, cs_n_doc_networks - 1);
		v->host = (int) cs_range(r, 1, 254);
	}
}

/*
 * Visit k of order n.  k = 0 is the buyer's visit in which the order was
 * placed: on the order's device, from a few minutes to 40 minutes before it
 * (never before the sign-up) to a few minutes after.  k >= 1 are browsing
 * visits on the order's day, at an hour people browse, by anyone signed up
 * and still active then.
 */
void
cs_order_visit(GenCtx *g, int64 order_no, int k, CsVisit *v)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_VISIT, VISIT_ROW(order_no, k));
	if (k == 0)
	{
		const CsOrderPlan *p = cs_plan_order(g, order_no);
		TimestampTz signup = cs_signup_at(g, p->customer_id);

		v->customer_id = p->customer_id;
		v->device = p->device;
		r.field = VF_START;
		v->started_at = p->placed_at - cs_range(&r, 5 * US_MINUTE, 40 * US_MINUTE);
		if (v->started_at < signup)
			v->started_at = signup;
		visit_length(&r, VF_PAGES, VF_PACE, 4, v);
		/* the visit goes on a little after the order: the confirmation page */
		if (v->ended_at < p->placed_at + US_MINUTE)
			v->ended_at = p->placed_at + US_MINUTE + cs_range(&r, 0, 5 * US_MINUTE);
	}
	else
	{
		DateADT		day = g->first_day + cs_order_day(g, order_no);
		int			hour;
		int64		signed_up;
		int64		c;

		r.field = VF_START;
		hour = cs_weighted(&r, visit_hour_weight, lengthof(visit_hour_weight));
		v->started_at = cs_day_start(day) + hour * US_HOUR + cs_range(&r, 0, US_HOUR - 1);
		signed_up = cs_customers_signed_up_by(g, v->started_at);
		r.field = VF_CUSTOMER;
		if (signed_up == 0)
		{
			/* nobody had signed up yet: the order's buyer, a little later */
			const CsOrderPlan *p = cs_plan_order(g, order_no);

			c = p->customer_id;
			if (v->started_at < cs_signup_at(g, c))
				v->started_at = cs_signup_at(g, c);
		}
		else
		{
			c = cs_active_customer_from(g, cs_range(&r, 1, signed_up), signed_up, v->started_at);
			/* everyone signed up is dormant or blocked: the order's buyer, who is active */
			if (cs_customer_active_until(g, c) < v->started_at)
				c = cs_plan_order(g, order_no)->customer_id;
		}
		v->customer_id = c;
		r.field = VF_DEVICE;
		v->device = cs_chance(&r, 0.80) ? cs_customer_device(g, c) :
			cs_weighted(&r, cs_device_weight, CS_N_DEVICES);
		visit_length(&r, VF_PAGES, VF_PACE, 1, v);
	}
	visit_network(g, &r, v->customer_id, v);
	if (v->ended_at > g->t_end)
		v->ended_at = g->t_end;
}

/* user_sessions */

static const ColumnSpec session_cols[] = {
	{.name = "session_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "started_at", .typid = TIMESTAMPTZOID},
	{.name = "ended_at", .typid = TIMESTAMPTZOID},
	{.name = "device", .typid = TEXTOID},
	{.name = "ip_address", .typid = INETOID},
	{.name = "pages_viewed", .typid = INT4OID},
};

static void
put_session(GenCtx *g, RowIds *ids, RowSink *sink, const CsVisit *v)
{
	Datum	   *values = sink->values;
	char		ip[24];

	cs_row_begin(sink);
	values[0] = Int64GetDatum(ids->next++);
	values[1] = Int64GetDatum(v->customer_id);
	values[2] = TimestampTzGetDatum(v->started_at);
	values[3] = TimestampTzGetDatum(v->ended_at);
	values[4] = cs_text(cs_device_names[v->device]);
	snprintf(ip, sizeof(ip), "%s.%d", cs_doc_networks[v->net], v->host);
	values[5] = cs_inet(ip);
	values[6] = Int32GetDatum(v->pages);
	cs_sink_put(sink);
}

/*
 * Units [0, C) are customers: the visit in which the account was created,
 * starting at the sign-up instant on the customer's usual device.  Units
 * [C, C + O) are orders: the order's visit and its browsing visits.
 */
static void
emit_sessions(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	CsVisit		v;
	int64		c;
	int64		n;

	if (cs_merged_unit(g, unit, &c, &n))
	{
		CsRand		r;

		if (sink == NULL)
		{
			ids->next++;
			return;
		}
		cs_rand_init(&r, g->seed, ST_SESSION, c);
		v.customer_id = c;
		v.device = cs_customer_device(g, c);
		v.started_at = cs_signup_at(g, c);
		visit_length(&r, HF_SIGNUP, HF_SIGNUP + 2, 3, &v);
		visit_network(g, &r, c, &v);
		if (v.ended_at > g->t_end)
			v.ended_at = g->t_end;
		put_session(g, ids, sink, &v);
	}
	else
	{
		int			nvisits = 1 + cs_browsing_visits(g, n);
		int			k;

		if (sink == NULL)
		{
			ids->next += nvisits;
			return;
		}
		for (k = 0; k < nvisits; k++)
		{
			cs_order_visit(g, n, k, &v);
			/* a browsing visit later on the order's day than the as-of instant keeps its id */
			if (v.started_at > g->t_end)
				ids->next++;
			else
				put_session(g, ids, sink, &v);
		}
	}
}

const TableSpec cs_table_user_sessions = {
	.name = "user_sessions",
	.cols = session_cols,
	.ncols = lengthof(session_cols),
	.driver = DRV_VISITS,
	.emit = emit_sessions,
	.id_column = "session_id",
	.approx_row_bytes = 120,
};

/* audit_events */

static const ColumnSpec audit_cols[] = {
	{.name = "event_id", .typid = INT8OID},
	{.name = "event_type", .typid = TEXTOID},
	{.name = "entity", .typid = TEXTOID},
	{.name = "entity_id", .typid = INT8OID},
	{.name = "actor", .typid = TEXTOID},
	{.name = "payload", .typid = JSONBOID},
	{.name = "occurred_at", .typid = TIMESTAMPTZOID},
};

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
	CsJson		j = {0};

	if (sink == NULL)
	{
		ids->next++;
		return;
	}
	cs_json_str(&j, "channel", cs_channel_names[cs_device_channel[cs_customer_device(g, customer_id)]]);
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
	const CsOrderPlan *p;
	int64		order_id = order_no + 1;
	int			kind[5];
	TimestampTz at[5];
	int			n = 0;
	int			nfinal;
	int			i;

	/* the steps the order ever comes to keep their ids: in time order, so a later as-of only adds */
	p = cs_plan_order_final(g, order_no);
	nfinal = (p->placed_at != 0) + (p->dispatched_at != 0) + (p->delivered_at != 0) +
		(p->paid_at != 0) + (p->cancelled_at != 0);
	if (sink == NULL)
	{
		ids->next += nfinal;
		return;
	}
	p = cs_plan_order(g, order_no);

	/* a stable insertion by time: ties keep the listing order of OE_* */
	n = add_step(kind, at, n, OE_PLACED, p->placed_at);
	n = add_step(kind, at, n, OE_DISPATCHED, p->dispatched_at);
	n = add_step(kind, at, n, OE_DELIVERED, p->delivered_at);
	n = add_step(kind, at, n, OE_CAPTURED, p->paid_at);
	n = add_step(kind, at, n, OE_CANCELLED, p->cancelled_at);

	Assert(n <= nfinal);
	Assert(p->channel >= 0 && p->channel < CS_N_CHANNELS);
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
				cs_json_str(&js, "channel", cs_channel_names[p->channel]);
				cs_json_str(&js, "payment_method", cs_enum_label(EN_PAYMENT_METHOD, p->method));
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
				cs_json_str(&js, "method", cs_enum_label(EN_PAYMENT_METHOD, p->method));
				/* cash on delivery is collected by the courier at the door */
				put_event(sink, ids, "payment.captured", "order", order_id,
						  p->method == PM_COD ? "courier" : "system", &js, at[i]);
				break;
			case OE_CANCELLED:
				/* most cancellations are the buyer's; the rest the shop's */
				cs_rand_init(&r, g->seed, ST_AUDIT, unit);
				if (p->shipment_status == SS_RETURNED_TO_ORIGIN)
				{
					/* cash on delivery refused at the door, reported by the courier */
					cs_json_str(&js, "reason", "refused_at_door");
					put_event(sink, ids, "order.cancelled", "order", order_id, "courier", &js, at[i]);
				}
				else if (cs_chance(&r, 0.75))
				{
					cs_json_str(&js, "reason",
								cs_cancel_reasons[cs_range(&r, 0, cs_n_cancel_reasons - 1)]);
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
	ids->next += nfinal - n;
}

/* Fields of ST_AUDIT row = the product's audit unit. */
enum
{
	PCF_CHANGED = 0,
	PCF_CHANGED_AT,
	PCF_OLD_PRICE				/* 2 draws */
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
	/* the product's audit unit (products come first) */
	cs_rand_init(r, g->seed, ST_AUDIT, product_id - 1);
	r->field = PCF_CHANGED;
	return cs_chance(r, 0.20);
}

#define PRICE_CHANGE_SPAN	(731 * US_DAY)

/* The price of a product at instant t: the old one before its price change. */
int64
cs_product_price_at(const GenCtx *g, int64 product_id, TimestampTz t)
{
	TimestampTz changed_at;
	int64		old_price;

	if (cs_product_price_change(g, product_id, &changed_at, &old_price) && t < changed_at)
		return old_price;
	return cs_product_price(g, product_id);
}

/*
 * The one price change of a product, if it has one: when (in the two years
 * from the window's start, after the product was listed) and the price before it, in paise; the price
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
	/* in the two years from the window's start, whatever its end */
	from = Max(cs_product_created_at(g, product_id), g->t_start);
	r.field = PCF_CHANGED_AT;
	*changed_at = from + (int64) ((double) (g->t_start + PRICE_CHANGE_SPAN - from) * cs_unit(&r));
	r.field = PCF_OLD_PRICE;
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

	/* ids are kept for what has not happened by the as-of instant */
	if (sink == NULL || cs_product_created_at(g, product_id) > g->t_end)
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
	if (changed && changed_at > g->t_end)
		ids->next++;
	else if (changed)
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
	int64		nproducts = g->n_drv[DRV_PRODUCTS];
	int64		customer_id;
	int64		order_no;

	if (unit < nproducts)
		audit_product(g, unit + 1, ids, sink);
	else if (cs_merged_unit(g, unit - nproducts, &customer_id, &order_no))
		audit_customer(g, customer_id, ids, sink);
	else
		audit_order(g, unit, order_no, ids, sink);
}

const TableSpec cs_table_audit_events = {
	.name = "audit_events",
	.cols = audit_cols,
	.ncols = lengthof(audit_cols),
	.driver = DRV_AUDIT,
	.emit = emit_audit,
	.id_column = "event_id",
	.approx_row_bytes = 200,
};
