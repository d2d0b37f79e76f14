/*-------------------------------------------------------------------------
 *
 * gen_support.c
 *	  Support generators: support_tickets and ticket_messages.
 *
 * Tickets are made per order, far more often when something went wrong: a
 * return, a cancellation, a slow delivery.  The thread of a ticket starts
 * with the customer and alternates with the agent; messages that would fall
 * after the end of the window are not written yet, and a ticket is resolved
 * only after its last message.  ticket_messages tracks ticket ids as its
 * companion, so a slice numbers its tickets as the whole table does.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"

#define MAX_MESSAGES 7

enum { TK_RETURN, TK_CANCELLED, TK_LATE, TK_WHERE, TK_PAYMENT, TK_GENERAL };

static const char *const subjects[][2] = {
	{"Refund status for my return", "Return pickup not scheduled"},
	{"Order cancelled but amount debited", "Why was my order cancelled?"},
	{"Delivery delayed", "Parcel stuck in transit"},
	{"Where is my order?", "Tracking not updating"},
	{"Payment failed but money deducted", "UPI payment pending"},
	{"Change delivery address", "Invoice required for my order"},
};

static const char *const customer_lines[] = {
	"Hi, I need help with order %lld.",
	"It has been a while and there is still no update on order %lld.",
	"Can you please check again? This is urgent.",
	"Thanks, that works for me.",
};

static const char *const agent_lines[] = {
	"Thank you for reaching out. We are looking into order %lld.",
	"We have escalated this to our logistics team and will update you within 24 hours.",
	"The issue has been resolved. Is there anything else we can help with?",
	"We apologise for the inconvenience caused.",
};

typedef struct TicketPlan
{
	int			kind;
	int			variant;
	int			priority;
	int			status;
	TimestampTz created_at;
	TimestampTz resolved_at;	/* 0 while open */
	int			nmessages;		/* written by the end of the window */
	TimestampTz sent_at[MAX_MESSAGES];
} TicketPlan;

/* Whether order p has a ticket, and its whole thread. */
static bool
plan_ticket(GenCtx *g, const CsOrderPlan *p, TicketPlan *t)
{
	CsRand		r;
	CsReturn	ret;
	TimestampTz trigger = 0;
	double		chance = 0.02;
	int			planned;
	int			i;

	cs_rand_init(&r, g->seed, ST_SUPPORT, p->order_no);
	t->kind = TK_GENERAL;
	for (i = 0; i < p->nlines; i++)
		if (cs_line_return(g, p, i, &ret))
		{
			t->kind = TK_RETURN;
			trigger = ret.requested_at;
			chance = 0.3;
			break;
		}
	if (t->kind == TK_GENERAL)
	{
		if (p->cancelled_at)
		{
			t->kind = TK_CANCELLED;
			trigger = p->cancelled_at;
			chance = 0.12;
		}
		else if (p->delivered_at && p->delivered_at - p->placed_at > 6 * US_DAY)
		{
			t->kind = TK_LATE;
			trigger = p->placed_at + 5 * US_DAY;
			chance = 0.2;
		}
		else if (cs_chance(&r, 0.5))
		{
			t->kind = p->paid_at || p->method == PM_COD ? TK_WHERE : TK_PAYMENT;
			trigger = p->placed_at;
		}
		else
			trigger = p->placed_at;
	}
	if (!cs_chance(&r, chance))
		return false;
	t->created_at = trigger + cs_range(&r, 20 * US_MINUTE, 3 * US_DAY);
	if (t->created_at > g->t_end)
		return false;
	t->variant = (int) cs_range(&r, 0, 1);
	t->priority = t->kind == TK_PAYMENT || t->kind == TK_CANCELLED ?
		(cs_chance(&r, 0.5) ? TP_URGENT : TP_HIGH) : (int) cs_range(&r, TP_LOW, TP_HIGH);

	planned = (int) cs_range(&r, 2, MAX_MESSAGES);
	t->sent_at[0] = t->created_at;
	t->nmessages = 1;
	for (i = 1; i < planned; i++)
	{
		TimestampTz at = t->sent_at[i - 1] + cs_range(&r, 15 * US_MINUTE, 20 * US_HOUR);

		if (at > g->t_end)
			break;
		t->sent_at[t->nmessages++] = at;
	}
	t->resolved_at = 0;
	if (t->nmessages == planned)
	{
		TimestampTz at = t->sent_at[planned - 1] + cs_range(&r, US_HOUR, 2 * US_DAY);

		if (at <= g->t_end)
			t->resolved_at = at;
	}
	if (t->resolved_at)
		t->status = cs_chance(&r, 0.6) ? TS_CLOSED : TS_RESOLVED;
	else
		/* waiting for the customer when the agent spoke last */
		t->status = (t->nmessages % 2 == 0) ? TS_PENDING : TS_OPEN;
	return true;
}

/* support_tickets */

static const ColumnSpec ticket_cols[] = {
	{"ticket_id", INT8OID},
	{"customer_id", INT8OID},
	{"order_id", INT8OID, .nullable = true},
	{"subject", TEXTOID},
	{"status", InvalidOid, EN_TICKET_STATUS},
	{"priority", InvalidOid, EN_TICKET_PRIORITY},
	{"created_at", TIMESTAMPTZOID},
	{"resolved_at", TIMESTAMPTZOID, .nullable = true},
};

static void
emit_ticket(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	TicketPlan	t;
	Datum	   *v;

	if (!plan_ticket(g, p, &t))
		return;
	if (sink == NULL)
	{
		ids->next++;
		return;
	}
	v = sink->values;
	cs_row_begin(sink);
	v[0] = Int64GetDatum(ids->next++);
	v[1] = Int64GetDatum(p->customer_id);
	v[2] = Int64GetDatum(unit + 1);
	v[3] = cs_text(subjects[t.kind][t.variant]);
	v[4] = cs_enum(g, EN_TICKET_STATUS, t.status);
	v[5] = cs_enum(g, EN_TICKET_PRIORITY, t.priority);
	v[6] = TimestampTzGetDatum(t.created_at);
	cs_put_ts(sink, 7, t.resolved_at);
	cs_sink_put(sink);
}

const TableSpec cs_table_support_tickets = {
	"support_tickets", ticket_cols, lengthof(ticket_cols), DRV_ORDERS,
	emit_ticket, NULL, "ticket_id", 170
};

/* ticket_messages */

static const ColumnSpec message_cols[] = {
	{"message_id", INT8OID},
	{"ticket_id", INT8OID},
	{"author", TEXTOID},
	{"body", TEXTOID},
	{"sent_at", TIMESTAMPTZOID},
};

static void
emit_messages(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsOrderPlan *p = cs_plan_order(g, unit);
	TicketPlan	t;
	int64		ticket_id;
	int			i;

	if (!plan_ticket(g, p, &t))
		return;
	ticket_id = ids->next_other++;
	if (sink == NULL)
	{
		ids->next += t.nmessages;
		return;
	}
	cs_row_begin(sink);
	for (i = 0; i < t.nmessages; i++)
	{
		Datum	   *v = sink->values;
		bool		customer = i % 2 == 0;
		int			line = i / 2;
		const char *fmt;

		/* the last message of a resolved thread closes it */
		if (t.resolved_at && i == t.nmessages - 1)
			line = customer ? 3 : 2;
		else if (line > 1)
			line = customer ? 2 : 3;
		fmt = customer ? customer_lines[line] : agent_lines[line];
		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(ticket_id);
		v[2] = cs_text(customer ? "customer" : "agent");
		v[3] = cs_textf(fmt, (long long) (unit + 1));
		v[4] = TimestampTzGetDatum(t.sent_at[i]);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_ticket_messages = {
	"ticket_messages", message_cols, lengthof(message_cols), DRV_ORDERS,
	emit_messages, "support_tickets", "message_id", 150
};
