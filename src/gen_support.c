/*-------------------------------------------------------------------------
 *
 * gen_support.c
 *	  Support generators: support_tickets and ticket_messages.
 *
 * A ticket follows an event of an order: a question before ordering, an
 * address to change before dispatch, a prepaid payment slow to confirm, a
 * cancellation, a parcel not delivered days after dispatch, a late delivery,
 * a return and its refund.  event_kinds[] lists them, each with the chance
 * that a customer writes when it happens and a function that says whether
 * it happened to an order and when; a new kind of event is one more entry.
 * An order can have a ticket for each of its events.  The ticket comes after
 * its event (and before the next fact when it asks about it: a "where is my
 * order" before the delivery), at a waking hour.
 *
 * The thread: the customer opens it; agents answer in support hours, 09:00
 * to 21:00 IST every day, and each reply says what the rows show when it is
 * sent (in transit, out for delivery, delivered; a return being processed,
 * approved with its refund, or not approved).  A ticket that asks about a
 * fact still to come stays open until the fact happens: the customer chases
 * meanwhile and confirms once it has (closed), or an agent sees it happen
 * and resolves the ticket; others are answered at once and resolved by that
 * answer, or closed by the customer's thanks.  What would fall after the end
 * of the window is not written: a ticket whose customer wrote last is open
 * (waiting for an agent), one whose agent wrote last without settling it is
 * pending (waiting for the facts or the customer).  A queue also loses some:
 * 1.5% of tickets are never answered (open), and 5% of answers wait for a
 * confirmation that never comes (pending), so that every status is there in
 * the smallest shop, not only at the window's end.
 *
 * Every draw of a ticket comes from the ST_SUPPORT row of its (order, event
 * kind), so adding a kind changes no other ticket.  ticket_messages tracks
 * ticket ids as its companion, so a slice numbers its tickets as the whole
 * table does.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datetime.h"

#include "commerce_seed.h"
#include "words.h"

/* Support hours, IST: agents write only in [OPENS, CLOSES). */
#define SUPPORT_OPENS	(9 * US_HOUR)
#define SUPPORT_CLOSES	(21 * US_HOUR)

#define MAX_MESSAGES	8
#define MAX_CHASES		2
/* event kinds per order, for the stream row of (order, kind) */
#define KIND_SLOTS		16

/* What happened to an order that a customer may write about, and when. */
typedef struct TicketEvent
{
	CsTicketTopic topic;
	TimestampTz from;			/* the ticket comes after this ... */
	TimestampTz until;			/* ... and before this (0: the window's end) */
	TimestampTz progress_at;	/* the agent tells of progress from then (0: never) */
	bool		has_fact;		/* the answer depends on a fact that may come later */
	TimestampTz settled_at;		/* that fact (0: not by the window's end) */
	bool		waits;			/* the ticket stays open until settled_at */
	bool		alt;			/* settled in the alternative outcome */
	bool		about_order;	/* false: a question before ordering, order_id NULL */
	int			line;			/* the order line it is about */
	CsReturn	ret;			/* the line's return, for the return topics */
	int			priority;
} TicketEvent;

typedef bool (*TicketEventFn) (const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev);

typedef struct TicketEventKind
{
	const char *name;
	double		chance;			/* that the customer writes, given the event */
	int64		delay_lo;		/* from the event to the ticket */
	int64		delay_hi;
	TicketEventFn occurs;
} TicketEventKind;

/* Start an event about line 0 of the order, waiting for nothing. */
static void
event_init(TicketEvent *ev, CsTicketTopic topic, TimestampTz from, int priority)
{
	memset(ev, 0, sizeof(*ev));
	ev->topic = topic;
	ev->from = from;
	ev->about_order = true;
	ev->priority = priority;
}

/* A question before ordering: cash on delivery, or how long delivery takes. */
static bool
event_presale(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	TimestampTz from = Max(p->placed_at - 3 * US_DAY,
						   Max(g->t_start, cs_signup_at(g, p->customer_id)));

	event_init(ev, cs_chance(r, 0.5) ? CS_TT_PRESALE_COD : CS_TT_PRESALE_DELIVERY,
			   from, TP_LOW);
	ev->until = p->placed_at - 30 * US_MINUTE;
	ev->about_order = false;
	return ev->until > from;
}

/* An address to change while the order is not dispatched. */
static bool
event_address(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	if (p->cancelled_at)
		return false;
	event_init(ev, CS_TT_ADDRESS, p->placed_at, TP_HIGH);
	ev->until = p->dispatched_at;
	/* the answer is "dispatched, too late" once it is */
	ev->has_fact = true;
	ev->settled_at = p->dispatched_at;
	return true;
}

/* A prepaid payment still not confirmed 45 minutes after the order. */
static bool
event_payment(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	static const CsTicketTopic by_method[] = {
		[PM_CARD] = CS_TT_PAYMENT_CARD,
		[PM_UPI] = CS_TT_PAYMENT_UPI,
		[PM_NETBANKING] = CS_TT_PAYMENT_NETBANKING,
		[PM_WALLET] = CS_TT_PAYMENT_WALLET,
	};
	TimestampTz confirmed = p->paid_at ? p->paid_at : g->t_end;

	/* cash is paid at the door, and a gift card pays at once */
	if (p->method == PM_COD || p->method == PM_GIFT_CARD || p->cancelled_at ||
		confirmed - p->placed_at < 45 * US_MINUTE)
		return false;
	/* money debited and no confirmed order */
	event_init(ev, by_method[p->method], p->placed_at + 20 * US_MINUTE, TP_URGENT);
	ev->until = p->paid_at;
	ev->has_fact = true;
	ev->settled_at = p->paid_at;
	ev->waits = true;
	return true;
}

/* A cancelled prepaid order: what happens to the (voided) payment? */
static bool
event_cancelled_prepaid(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	if (!p->cancelled_at || p->method == PM_COD)
		return false;
	event_init(ev, CS_TT_CANCELLED_PREPAID, p->cancelled_at, TP_HIGH);
	return true;
}

/* A cancelled cash-on-delivery order: is it really cancelled? */
static bool
event_cancelled_cod(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	if (!p->cancelled_at || p->method != PM_COD)
		return false;
	event_init(ev, CS_TT_CANCELLED_COD, p->cancelled_at, TP_LOW);
	return true;
}

/* Dispatched a day and a half ago and not delivered: where is my order? */
static bool
event_where_is_my_order(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	/* a parcel refused at the door is a cancellation, not a missing parcel */
	if (!p->dispatched_at || p->shipment_status == SS_RETURNED_TO_ORIGIN)
		return false;
	event_init(ev, CS_TT_WHERE_IS_MY_ORDER, p->dispatched_at + 36 * US_HOUR, TP_NORMAL);
	ev->until = p->delivered_at;
	ev->has_fact = true;
	ev->progress_at = p->out_for_delivery_at;
	ev->settled_at = p->delivered_at;
	ev->waits = true;
	return true;
}

/* Delivered late: a complaint after the parcel came. */
static bool
event_late_delivery(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	if (!CS_DELIVERED_LATE(p))
		return false;
	event_init(ev, CS_TT_LATE_DELIVERY, p->delivered_at, TP_NORMAL);
	return true;
}

/* The order's first returned line, if any. */
static bool
first_return(const GenCtx *g, const CsOrderPlan *p, TicketEvent *ev)
{
	int			i;

	for (i = 0; i < p->nlines; i++)
		if (cs_line_return(g, p, i, &ev->ret))
		{
			ev->line = i;
			return true;
		}
	return false;
}

/* A return asked about before it is resolved. */
static bool
event_return_status(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	event_init(ev, CS_TT_RETURN_STATUS, 0, TP_NORMAL);
	if (!first_return(g, p, ev))
		return false;
	ev->from = ev->ret.requested_at;
	ev->until = ev->ret.resolved_at;
	ev->has_fact = true;
	ev->settled_at = ev->ret.resolved_at;
	ev->alt = !ev->ret.approved;
	ev->waits = true;
	return true;
}

/* An approved return whose refund the customer does not see yet. */
static bool
event_refund_missing(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	event_init(ev, CS_TT_REFUND_MISSING, 0, TP_HIGH);
	if (!first_return(g, p, ev) || !ev->ret.approved)
		return false;
	ev->from = ev->ret.resolved_at + US_DAY;
	return true;
}

/* A return not approved. */
static bool
event_return_rejected(const GenCtx *g, const CsOrderPlan *p, CsRand *r, TicketEvent *ev)
{
	event_init(ev, CS_TT_RETURN_REJECTED, 0, TP_NORMAL);
	if (!first_return(g, p, ev) || ev->ret.resolved_at == 0 || ev->ret.approved)
		return false;
	ev->from = ev->ret.resolved_at;
	return true;
}

/*
 * The kinds of event, in the order an order's tickets are numbered.  The
 * chances make about 6-7 tickets per 100 orders, a third of them "where is
 * my order" (references.md, "support tickets").
 */
static const TicketEventKind event_kinds[] = {
	{.name = "pre-sale question", .chance = 0.005,
	.delay_lo = 0, .delay_hi = 3 * US_DAY, .occurs = event_presale},
	{.name = "address change", .chance = 0.004,
	.delay_lo = 5 * US_MINUTE, .delay_hi = 12 * US_HOUR, .occurs = event_address},
	{.name = "payment not confirmed", .chance = 0.2,
	.delay_lo = 0, .delay_hi = 3 * US_HOUR, .occurs = event_payment},
	{.name = "cancelled prepaid order", .chance = 0.07,
	.delay_lo = 10 * US_MINUTE, .delay_hi = 2 * US_DAY, .occurs = event_cancelled_prepaid},
	{.name = "cancelled cash-on-delivery order", .chance = 0.05,
	.delay_lo = 10 * US_MINUTE, .delay_hi = 2 * US_DAY, .occurs = event_cancelled_cod},
	{.name = "where is my order", .chance = 0.11,
	.delay_lo = 0, .delay_hi = 4 * US_DAY, .occurs = event_where_is_my_order},
	{.name = "late delivery", .chance = 0.15,
	.delay_lo = US_HOUR, .delay_hi = 3 * US_DAY, .occurs = event_late_delivery},
	{.name = "return status", .chance = 0.06,
	.delay_lo = US_DAY, .delay_hi = 5 * US_DAY, .occurs = event_return_status},
	{.name = "refund not received", .chance = 0.03,
	.delay_lo = 0, .delay_hi = 6 * US_DAY, .occurs = event_refund_missing},
	{.name = "return rejected", .chance = 0.15,
	.delay_lo = US_HOUR, .delay_hi = 3 * US_DAY, .occurs = event_return_rejected},
};

StaticAssertDecl(lengthof(event_kinds) <= KIND_SLOTS, "too many ticket event kinds");

/* The texts of a thread, by who writes and what is known then. */
typedef enum MessageText
{
	MT_OPENING,
	MT_CHASE,
	MT_CONFIRM,
	MT_THANKS,
	MT_AGENT_WAITING,
	MT_AGENT_PROGRESS,
	MT_AGENT_SETTLED
} MessageText;

typedef struct TicketMessage
{
	TimestampTz at;
	MessageText text;
	int			variant;
} TicketMessage;

typedef struct TicketPlan
{
	TicketEvent ev;
	int			subject;		/* variant */
	int			status;
	int			priority;
	TimestampTz created_at;
	TimestampTz resolved_at;	/* 0 while open */
	int			nmessages;		/* the whole thread */
	TicketMessage msg[MAX_MESSAGES];
	/* the status and resolved_at from each instant on, in time order */
	int			nsteps;
	TimestampTz step_at[2 * MAX_MESSAGES];
	int			step_status[2 * MAX_MESSAGES];
	TimestampTz step_resolved[2 * MAX_MESSAGES];
} TicketPlan;

/* Record that from `at` on the ticket has its current status and resolved_at. */
static void
mark(TicketPlan *t, TimestampTz at)
{
	Assert(t->nsteps < 2 * MAX_MESSAGES);
	t->step_at[t->nsteps] = at;
	t->step_status[t->nsteps] = t->status;
	t->step_resolved[t->nsteps] = t->resolved_at;
	t->nsteps++;
}

/* Time of day in India. */
static inline int64
ist_time_of_day(TimestampTz t)
{
	return cs_floor_mod(t + IST_OFFSET, US_DAY);
}

/* The instant after `work` microseconds of support hours from t. */
static TimestampTz
support_time_after(TimestampTz t, int64 work)
{
	for (;;)
	{
		int64		tod = ist_time_of_day(t);
		TimestampTz midnight = t - tod;

		if (tod < SUPPORT_OPENS)
		{
			t = midnight + SUPPORT_OPENS;
			tod = SUPPORT_OPENS;
		}
		else if (tod >= SUPPORT_CLOSES)
		{
			t = midnight + US_DAY + SUPPORT_OPENS;
			continue;
		}
		if (tod + work < SUPPORT_CLOSES)
			return t + work;
		work -= SUPPORT_CLOSES - tod;
		t = midnight + US_DAY + SUPPORT_OPENS;
	}
}

/*
 * Support-hours time an agent takes to reply: most within two hours, a
 * tail of a working day and more.  With the nights a ticket waits through,
 * the first reply comes about two hours after the ticket (median).
 */
static int64
agent_delay(CsRand *r)
{
	double		u = cs_unit(r);

	if (u < 0.6)
		return cs_range(r, 5 * US_MINUTE, 75 * US_MINUTE);
	if (u < 0.85)
		return cs_range(r, 90 * US_MINUTE, 5 * US_HOUR);
	if (u < 0.97)
		return cs_range(r, 5 * US_HOUR, 12 * US_HOUR);
	return cs_range(r, 12 * US_HOUR, 36 * US_HOUR);
}

/* t, or a morning hour if t falls while customers sleep. */
static TimestampTz
waking(CsRand *r, TimestampTz t)
{
	int64		shift = cs_range(r, 0, 3 * US_HOUR);

	return cs_in_hours(t, CS_WAKING_FROM, US_DAY, shift);
}

static void
add_message(TicketPlan *t, CsRand *r, TimestampTz at, MessageText text)
{
	TicketMessage *m = &t->msg[t->nmessages++];

	Assert(t->nmessages <= MAX_MESSAGES);
	m->at = at;
	m->text = text;
	m->variant = (int) cs_range(r, 0, 1);
}

/*
 * Ticket k (an index into event_kinds) of order p, and its whole thread to
 * its end; false if the customer never writes.  Planned on what the order
 * comes to (cs_final), so a ticket and its messages do not depend on the
 * as-of instant: ticket_asof() says how much of the thread is there by then.
 */
static bool
plan_ticket(GenCtx *g, const CsOrderPlan *p, int k, TicketPlan *t)
{
	const TicketEventKind *kind = &event_kinds[k];
	TicketEvent *ev = &t->ev;
	CsRand		r;
	TimestampTz created;
	int			chases = 0;

	cs_rand_init(&r, g->seed, ST_SUPPORT, (uint64) p->order_no * KIND_SLOTS + k);
	if (!cs_chance(&r, kind->chance))
		return false;
	if (!kind->occurs(g, p, &r, ev))
		return false;
	created = waking(&r, ev->from + cs_range(&r, kind->delay_lo, kind->delay_hi));
	if (ev->until != 0 && created >= ev->until)
		return false;
	t->created_at = created;
	t->subject = (int) cs_range(&r, 0, 1);
	t->priority = ev->priority;
	/* a parcel four days out of the warehouse is chased harder */
	if (ev->topic == CS_TT_WHERE_IS_MY_ORDER && created - p->dispatched_at > 4 * US_DAY)
		t->priority = TP_HIGH;

	t->nmessages = 0;
	t->nsteps = 0;
	t->resolved_at = 0;
	t->status = TS_OPEN;
	add_message(t, &r, created, MT_OPENING);
	mark(t, created);
	if (cs_chance(&r, 0.015))
		return true;			/* lost in the queue: never answered, still open */
	for (;;)
	{
		TimestampTz prev = t->msg[t->nmessages - 1].at;
		TimestampTz at = support_time_after(prev, agent_delay(&r));
		bool		settled = !ev->has_fact ||
			(ev->settled_at != 0 && ev->settled_at <= at);
		TimestampTz c;

		if (settled || !ev->waits)
		{
			/* the answer, from what the rows show then */
			double		u;

			add_message(t, &r, at, settled ? MT_AGENT_SETTLED : MT_AGENT_WAITING);
			u = cs_unit(&r);
			if (u < 0.05)
			{
				/* left waiting for a confirmation that never comes */
				t->status = TS_PENDING;
				mark(t, at);
				break;
			}
			t->resolved_at = at;
			t->status = TS_RESOLVED;
			mark(t, at);
			if (u < 0.4)
			{
				c = waking(&r, at + cs_range(&r, 5 * US_MINUTE, 4 * US_HOUR));
				add_message(t, &r, c, MT_THANKS);
				t->resolved_at = c;
				t->status = TS_CLOSED;
				mark(t, c);
			}
			break;
		}
		add_message(t, &r, at, ev->progress_at != 0 && ev->progress_at <= at ?
					MT_AGENT_PROGRESS : MT_AGENT_WAITING);
		t->status = TS_PENDING;
		mark(t, at);
		c = waking(&r, at + cs_range(&r, 3 * US_HOUR, 2 * US_DAY));
		if (ev->settled_at != 0 && (ev->settled_at <= c || chases == MAX_CHASES))
		{
			if (cs_chance(&r, 0.6))
			{
				/* the customer sees it happen, and says so */
				c = waking(&r, ev->settled_at + cs_range(&r, 10 * US_MINUTE, 4 * US_HOUR));
				add_message(t, &r, c, MT_CONFIRM);
				t->resolved_at = c;
				t->status = TS_CLOSED;
			}
			else
			{
				/* an agent sees it in the order and resolves the ticket */
				c = support_time_after(ev->settled_at, agent_delay(&r));
				t->resolved_at = c;
				t->status = TS_RESOLVED;
			}
			mark(t, c);
			break;
		}
		if (chases == MAX_CHASES)
			break;				/* waiting for the facts: pending */
		add_message(t, &r, c, MT_CHASE);
		t->status = TS_OPEN;
		mark(t, c);
		chases++;
	}
	return true;
}

/*
 * The ticket as of instant `asof`: false if not written yet; else its
 * status and resolved_at then, and how many of its messages are sent.
 */
static bool
ticket_asof(TicketPlan *t, TimestampTz asof, int *nsent)
{
	int			i;

	*nsent = 0;
	if (t->created_at > asof)
		return false;
	for (i = 0; i < t->nsteps && t->step_at[i] <= asof; i++)
	{
		t->status = t->step_status[i];
		t->resolved_at = t->step_resolved[i];
	}
	for (i = 0; i < t->nmessages && t->msg[i].at <= asof; i++)
		(*nsent)++;
	return true;
}

/* Text of the thread */

/* "1,23,456.78": rupees with Indian digit grouping (texts say "Rs." before it). */
static void
append_rupees(StringInfo s, int64 paise)
{
	char		digits[32];
	int			n,
				i;

	n = snprintf(digits, sizeof(digits), "%lld", (long long) (paise / 100));
	for (i = 0; i < n; i++)
	{
		int			after = n - i - 1;	/* digits still to come */

		appendStringInfoChar(s, digits[i]);
		/* a comma before the last three digits, then every two */
		if (after >= 3 && (after - 3) % 2 == 0)
			appendStringInfoChar(s, ',');
	}
	appendStringInfo(s, ".%02d", (int) (paise % 100));
}

/* "5 Mar": the day in India. */
static void
append_day(StringInfo s, TimestampTz t)
{
	int			year,
				month,
				day;

	j2date(cs_date_of(t) + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	appendStringInfo(s, "%d %s", day, cs_month_abbrevs[month - 1]);
}

/* The product with its article, as reviews name it. */
static void
append_product(StringInfo s, const GenCtx *g, int64 product_id)
{
	char		name[128];

	cs_product_name(g, product_id, name, sizeof(name));
	if (strncmp(name, "The ", 4) != 0)
		appendStringInfoString(s, "the ");
	appendStringInfoString(s, name);
}

/* Fill the placeholders of a text from the rows of the ticket's order. */
static Datum
fill_text(const GenCtx *g, const CsOrderPlan *p, const TicketEvent *ev, const char *tmpl)
{
	StringInfoData s;
	const char *c = tmpl;

	initStringInfo(&s);
	while (*c)
	{
		const char *end;
		int			len;

		if (*c != '{' || (end = strchr(c, '}')) == NULL)
		{
			appendStringInfoChar(&s, *c++);
			continue;
		}
		len = (int) (end - c - 1);
#define KEY(k) (len == (int) strlen(k) && strncmp(c + 1, k, len) == 0)
		if (KEY("order"))
			appendStringInfo(&s, "%lld", (long long) (p->order_no + 1));
		else if (KEY("product"))
			append_product(&s, g, p->lines[ev->line].product_id);
		else if (KEY("qty"))
			appendStringInfo(&s, "%d", (int) ev->ret.quantity);
		else if (KEY("total"))
			append_rupees(&s, p->total);
		else if (KEY("refund"))
			append_rupees(&s, ev->ret.refund);
		else if (KEY("method"))
			appendStringInfoString(&s, cs_payment_method_words[p->method]);
		else if (KEY("carrier"))
			appendStringInfoString(&s, cs_carriers[p->carrier]);
		else if (KEY("warehouse"))
			appendStringInfoString(&s, cs_cities[cs_warehouses[p->warehouse_id - 1].city].name);
		else if (KEY("city"))
			appendStringInfoString(&s, cs_cities[cs_customer_city(g, p->customer_id)].name);
		else if (KEY("placed"))
			append_day(&s, p->placed_at);
		else if (KEY("paid"))
			append_day(&s, p->paid_at);
		else if (KEY("cancelled"))
			append_day(&s, p->cancelled_at);
		else if (KEY("dispatched"))
			append_day(&s, p->dispatched_at);
		else if (KEY("ofd"))
			append_day(&s, p->out_for_delivery_at);
		else if (KEY("delivered"))
			append_day(&s, p->delivered_at);
		else if (KEY("requested"))
			append_day(&s, ev->ret.requested_at);
		else if (KEY("resolved"))
			append_day(&s, ev->ret.resolved_at);
		else
			elog(ERROR, "unknown placeholder in ticket text \"%s\"", tmpl);
#undef KEY
		c = end + 1;
	}
	/* a text that starts with a placeholder starts with a capital */
	if (s.data[0] >= 'a' && s.data[0] <= 'z')
		s.data[0] += 'A' - 'a';
	return PointerGetDatum(cstring_to_text_with_len(s.data, s.len));
}

static const char *
message_template(const TicketPlan *t, const TicketMessage *m)
{
	const CsTicketTexts *x = &cs_ticket_texts[t->ev.topic];
	const char *s = NULL;

	switch (m->text)
	{
		case MT_OPENING:
			s = x->opening[m->variant];
			break;
		case MT_CHASE:
			s = x->chase[m->variant];
			break;
		case MT_CONFIRM:
			s = x->customer_confirm[m->variant];
			break;
		case MT_THANKS:
			s = cs_ticket_thanks[m->variant];
			break;
		case MT_AGENT_WAITING:
			s = x->agent_waiting[m->variant];
			break;
		case MT_AGENT_PROGRESS:
			s = x->agent_progress[m->variant];
			break;
		case MT_AGENT_SETTLED:
			s = t->ev.alt ? x->agent_settled_alt[m->variant] : x->agent_settled[m->variant];
			break;
	}
	if (s == NULL)
		elog(ERROR, "no ticket text %d for topic %d", (int) m->text, (int) t->ev.topic);
	return s;
}

/* support_tickets */

static const ColumnSpec ticket_cols[] = {
	{.name = "ticket_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "order_id", .typid = INT8OID, .nullable = true},
	{.name = "subject", .typid = TEXTOID},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_TICKET_STATUS},
	{.name = "priority", .typid = InvalidOid, .enum_type = EN_TICKET_PRIORITY},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
	{.name = "resolved_at", .typid = TIMESTAMPTZOID, .nullable = true},
};

static void
emit_tickets(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int			k;

	for (k = 0; k < (int) lengthof(event_kinds); k++)
	{
		const CsOrderPlan *p = cs_plan_order_final(g, unit);
		TicketPlan	t;
		Datum	   *v;
		int			nsent;

		if (!plan_ticket(cs_final(g), p, k, &t))
			continue;
		/* a ticket still to be written keeps its id */
		if (sink == NULL || !ticket_asof(&t, g->t_end, &nsent))
		{
			ids->next++;
			continue;
		}
		v = sink->values;
		cs_row_begin(sink);
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(p->customer_id);
		v[2] = Int64GetDatum(unit + 1);
		sink->nulls[2] = !t.ev.about_order;
		v[3] = cs_text(cs_ticket_texts[t.ev.topic].subjects[t.subject]);
		v[4] = cs_enum(g, EN_TICKET_STATUS, t.status);
		v[5] = cs_enum(g, EN_TICKET_PRIORITY, t.priority);
		v[6] = TimestampTzGetDatum(t.created_at);
		cs_put_ts(sink, 7, t.resolved_at);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_support_tickets = {
	.name = "support_tickets",
	.cols = ticket_cols,
	.ncols = lengthof(ticket_cols),
	.driver = DRV_ORDERS,
	.emit = emit_tickets,
	.companion = NULL,
	.id_column = "ticket_id",
	.approx_row_bytes = 170,
};

/* ticket_messages */

static const ColumnSpec message_cols[] = {
	{.name = "message_id", .typid = INT8OID},
	{.name = "ticket_id", .typid = INT8OID},
	{.name = "author", .typid = TEXTOID},
	{.name = "body", .typid = TEXTOID},
	{.name = "sent_at", .typid = TIMESTAMPTZOID},
};

static void
emit_messages(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int			k;

	for (k = 0; k < (int) lengthof(event_kinds); k++)
	{
		const CsOrderPlan *p = cs_plan_order_final(g, unit);
		TicketPlan	t;
		int64		ticket_id;
		int			nsent;
		int			i;

		if (!plan_ticket(cs_final(g), p, k, &t))
			continue;
		ticket_id = ids->next_other++;
		/* messages still to be sent keep their ids */
		if (sink == NULL || !ticket_asof(&t, g->t_end, &nsent))
		{
			ids->next += t.nmessages;
			continue;
		}
		for (i = 0; i < nsent; i++)
		{
			Datum	   *v = sink->values;
			const TicketMessage *m = &t.msg[i];
			bool		agent = m->text >= MT_AGENT_WAITING;

			cs_row_begin(sink);
			v[0] = Int64GetDatum(ids->next++);
			v[1] = Int64GetDatum(ticket_id);
			v[2] = cs_text(agent ? "agent" : "customer");
			v[3] = fill_text(g, p, &t.ev, message_template(&t, m));
			v[4] = TimestampTzGetDatum(m->at);
			cs_sink_put(sink);
		}
		ids->next += t.nmessages - nsent;
	}
}

const TableSpec cs_table_ticket_messages = {
	.name = "ticket_messages",
	.cols = message_cols,
	.ncols = lengthof(message_cols),
	.driver = DRV_ORDERS,
	.emit = emit_messages,
	.companion = "support_tickets",
	.id_column = "message_id",
	.approx_row_bytes = 150,
};
