/*-------------------------------------------------------------------------
 *
 * words_aftersales.c
 *	  After-sales vocabulary: review titles and bodies, support ticket
 *	  subjects and the messages of a ticket's thread.
 *
 * Every text here is written for one situation and says only what the rows
 * of that situation show.  The review texts are chosen in gen_engagement.c
 * from a line's delivery and return; the ticket texts in gen_support.c from
 * the topic of the ticket (what happened to the order, and how it was paid)
 * and, for the agent, from the state of the order when the reply is sent.
 * Ticket texts carry placeholders in braces that gen_support.c fills from
 * the rows: {order} (order_id), {product} ("the <name>", or the name alone
 * when it has an article of its own), {qty}, {total} and {refund} (rupees),
 * {method} (the payment method as a customer names it), {carrier},
 * {warehouse} and {city} (city names), and the days of the order's steps:
 * {placed}, {paid}, {cancelled}, {dispatched}, {ofd}, {delivered},
 * {requested} and {resolved} (of the return).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"

/* reviews: titles by stars */
const char *const cs_review_titles[5][3] = {
	{"Very disappointed", "Waste of money", "Do not buy"},
	{"Not as expected", "Below average", "Could be better"},
	{"Okay for the price", "Average product", "Decent"},
	{"Good product", "Value for money", "Happy with it"},
	{"Excellent!", "Loved it", "Highly recommended"},
};

/* %s is the product with its article ("the Zentrix Pro Smartphone"). */
const char *const cs_review_kept_bodies[2][5][3] = {
	[CS_REVIEW_ON_TIME] = {
		{"%s is poor quality, not worth the price.", "%s looks nothing like the pictures.", "%s was a disappointment from the first day."},
		{"%s is fine but the finish is poor.", "%s does the job, barely.", "%s feels cheaper than it looks."},
		{"%s is okay. Nothing special.", "%s is as described, could be better made.", "%s is average for the price."},
		{"%s arrived well packed.", "%s is in daily use, no complaints so far.", "%s is nice, would buy again."},
		{"%s is exactly as shown, and it came on time.", "%s is the best I have bought online.", "%s was a gift for my parents, they love it."},
	},
	[CS_REVIEW_LATE] = {
		{"Delivery was late and %s feels cheap.", "Waited well past the promised date; %s is not worth it.", "Late delivery, and %s is poor quality."},
		{"Took far too long to arrive. %s is just okay.", "Delivery was late; %s is below average.", "Late delivery, average quality."},
		{"%s is fine, but delivery was late.", "Delivery was late; %s itself is okay.", "%s is decent. The delivery took too long."},
		{"%s is good, though delivery was late.", "Delivery was late, but %s is worth it.", "%s works well; it arrived late."},
		{"Worth the wait: %s is excellent, though it came late.", "%s is excellent; delivery was late.", "Late, but %s is superb."},
	},
};

/* returned lines, by return_reason */
const char *const cs_review_returned_bodies[7][2] = {
	{"%s arrived damaged, returned it.", "The box was crushed and %s was broken, sent it back."},
	{"%s had a manufacturing defect, returned it.", "%s was defective out of the box, returned it."},
	{"Received the wrong item instead of %s, sent it back.", "Wrong item delivered; returned it and asked for %s again."},
	{"%s looks nothing like the pictures, returned it.", "%s is not as described, returned it."},
	{"%s did not fit, had to return it.", "The size of %s runs small, returned it."},
	{"Changed my mind about %s and returned it. Nothing wrong with it.", "Found something else; returned %s unused."},
	{"Delivery was so late that I returned %s.", "Came after the promised date, so I returned %s."},
};

/* a return the shop turned down: the item stayed with the buyer */
const char *const cs_review_rejected_bodies[2] = {
	"Asked to return %s, but the request was turned down.",
	"Wanted to send %s back; the return request was rejected. Not happy."
};

/*
 * Support tickets, by topic.  The subjects name a payment method only in the
 * topics of that method, and say that money left the customer's account only
 * where a payment was captured or is still being confirmed (never on cash on
 * delivery, never on a voided payment): the verify rule
 * support_tickets.subject_fits_payment reads them so.
 */
const CsTicketTexts cs_ticket_texts[CS_TT_COUNT] = {
	[CS_TT_PRESALE_COD] = {
		.subjects = {"Is cash on delivery available?", "Question before ordering"},
		.opening = {"Hi, can I pay cash on delivery for an order delivered to {city}?",
		"Before I order: is cash on delivery possible in {city}?"},
		.chase = {"Any answer to my question?", "Please reply, I want to place the order."},
		.agent_settled = {"Yes, cash on delivery is available for deliveries to {city}; choose it at checkout.",
		"Yes, cash on delivery is available for deliveries to {city}; choose it at checkout."},
	},
	[CS_TT_PRESALE_DELIVERY] = {
		.subjects = {"Delivery time to my city", "Question before ordering"},
		.opening = {"How long does delivery to {city} usually take?",
		"If I order {product} today, when would it reach {city}?"},
		.chase = {"Any answer to my question?", "Please reply, I want to place the order."},
		.agent_settled = {"Parcels to {city} usually arrive within a week of the order, depending on the courier.",
		"Parcels to {city} usually arrive within a week of the order, depending on the courier."},
	},
	[CS_TT_ADDRESS] = {
		.subjects = {"Change delivery address", "Wrong address on my order"},
		.opening = {"I entered the wrong address for order {order}. Can you change it before it is dispatched?",
		"Please change the delivery address of order {order}, I have moved."},
		.chase = {"Please reply soon, I don't want the parcel to go to the old address.",
		"Any update on the address change?"},
		.agent_waiting = {"Order {order} has not left our warehouse yet, but the address of a placed order cannot be changed. You can cancel it and order again with the new address.",
		"Order {order} is still with us, but we cannot change the address of a placed order. Cancelling it and ordering again to the new address is the quickest way."},
		.agent_settled = {"Order {order} was dispatched on {dispatched} with {carrier}, so its address can no longer be changed.",
		"Order {order} left our warehouse on {dispatched} with {carrier}; the address cannot be changed any more."},
	},
	[CS_TT_PAYMENT_UPI] = {
		.subjects = {"UPI payment pending", "Money debited via UPI but order not confirmed"},
		.opening = {"I paid Rs. {total} by UPI for order {order} and the money was debited, but the order still shows pending.",
		"UPI payment for order {order} is stuck on pending. Please check."},
		.chase = {"Still pending. Please check my UPI payment.", "It has been hours and order {order} is still not confirmed."},
		.customer_confirm = {"It shows confirmed now, thanks.", "The order is confirmed now. Thank you."},
		.agent_waiting = {"The UPI payment of Rs. {total} for order {order} is not confirmed by your bank yet. If it does not go through, any amount debited is returned by your bank.",
		"We are waiting for your bank to confirm the UPI payment for order {order}. We will update you."},
		.agent_settled = {"The UPI payment of Rs. {total} for order {order} was confirmed on {paid}, and the order is confirmed.",
		"Your UPI payment for order {order} went through on {paid}; the order is confirmed."},
	},
	[CS_TT_PAYMENT_CARD] = {
		.subjects = {"Card charged but order pending", "Card payment not confirmed"},
		.opening = {"My card was charged Rs. {total} for order {order} but the order is still pending.",
		"The card payment for order {order} is not showing as confirmed."},
		.chase = {"Still pending. Please check my card payment.", "It has been hours and order {order} is still not confirmed."},
		.customer_confirm = {"It shows confirmed now, thanks.", "The order is confirmed now. Thank you."},
		.agent_waiting = {"The card payment of Rs. {total} for order {order} is not confirmed by your bank yet. If it does not go through, the hold on your card is released.",
		"We are waiting for the card network to confirm the payment for order {order}. We will update you."},
		.agent_settled = {"The card payment of Rs. {total} for order {order} was confirmed on {paid}, and the order is confirmed.",
		"Your card payment for order {order} went through on {paid}; the order is confirmed."},
	},
	[CS_TT_PAYMENT_NETBANKING] = {
		.subjects = {"Net banking payment not confirmed", "Amount deducted in net banking, order pending"},
		.opening = {"I paid Rs. {total} by net banking for order {order}, but the order still shows pending.",
		"Net banking payment for order {order} is not confirmed yet."},
		.chase = {"Still pending. Please check my net banking payment.", "It has been hours and order {order} is still not confirmed."},
		.customer_confirm = {"It shows confirmed now, thanks.", "The order is confirmed now. Thank you."},
		.agent_waiting = {"The net banking payment of Rs. {total} for order {order} is not confirmed by your bank yet. If it does not go through, any amount deducted is returned by your bank.",
		"We are waiting for your bank to confirm the net banking payment for order {order}. We will update you."},
		.agent_settled = {"The net banking payment of Rs. {total} for order {order} was confirmed on {paid}, and the order is confirmed.",
		"Your net banking payment for order {order} went through on {paid}; the order is confirmed."},
	},
	[CS_TT_PAYMENT_WALLET] = {
		.subjects = {"Wallet payment pending", "Wallet balance deducted but order pending"},
		.opening = {"I paid Rs. {total} from my wallet for order {order}, but the order still shows pending.",
		"Wallet payment for order {order} is stuck on pending."},
		.chase = {"Still pending. Please check my wallet payment.", "It has been hours and order {order} is still not confirmed."},
		.customer_confirm = {"It shows confirmed now, thanks.", "The order is confirmed now. Thank you."},
		.agent_waiting = {"The wallet payment of Rs. {total} for order {order} is not confirmed yet. If it does not go through, the amount goes back to your wallet.",
		"We are waiting for the wallet provider to confirm the payment for order {order}. We will update you."},
		.agent_settled = {"The wallet payment of Rs. {total} for order {order} was confirmed on {paid}, and the order is confirmed.",
		"Your wallet payment for order {order} went through on {paid}; the order is confirmed."},
	},
	[CS_TT_CANCELLED_PREPAID] = {
		.subjects = {"Payment for my cancelled order", "Cancelled order: will my payment come back?"},
		.opening = {"Order {order} was cancelled. What happens to my {method} payment of Rs. {total}?",
		"Order {order} shows cancelled. Will the {method} payment be returned?"},
		.chase = {"Please confirm, my bank app still shows the amount.", "Any update?"},
		.agent_settled = {"The {method} payment of Rs. {total} for order {order} was voided when the order was cancelled on {cancelled}, so nothing was charged. If your bank shows a hold, it is released within 5-7 working days.",
		"Order {order} was cancelled on {cancelled} before its {method} payment was captured, so no money was taken. Any hold your bank shows is released within 5-7 working days."},
	},
	[CS_TT_CANCELLED_COD] = {
		.subjects = {"Confirm cancellation of my order", "Is my order cancelled?"},
		.opening = {"Please confirm that order {order} is cancelled.",
		"Order {order} shows cancelled. Do I have to pay anything?"},
		.chase = {"Please confirm.", "Any update?"},
		.agent_settled = {"Order {order} was cancelled on {cancelled}. It was a cash on delivery order, so there is nothing to pay or refund.",
		"Yes, order {order} was cancelled on {cancelled}. As it was cash on delivery, nothing was charged."},
	},
	[CS_TT_WHERE_IS_MY_ORDER] = {
		.subjects = {"Where is my order?", "Tracking not updating"},
		.opening = {"Order {order} was dispatched on {dispatched} and has still not arrived. Where is it?",
		"The tracking of order {order} does not say when it will come. When will it be delivered?"},
		.chase = {"Still not delivered. Please check with the courier.", "Any update on order {order}?"},
		.customer_confirm = {"It has arrived now, thanks.", "Got the parcel today. Thank you."},
		.agent_waiting = {"Order {order} left our {warehouse} warehouse on {dispatched} and is in transit with {carrier}. We have asked them for an update.",
		"Your parcel is with {carrier}, in transit since {dispatched}. We have raised a query with them."},
		.agent_progress = {"Order {order} is out for delivery with {carrier} since {ofd}.",
		"Good news: {carrier} has your parcel out for delivery since {ofd}."},
		.agent_settled = {"Order {order} was delivered on {delivered}.",
		"{carrier} delivered order {order} on {delivered}."},
	},
	[CS_TT_LATE_DELIVERY] = {
		.subjects = {"Delivery was very late", "Complaint about delivery delay"},
		.opening = {"I ordered on {placed} and order {order} only reached me on {delivered}. That is far too slow.",
		"Order {order} arrived on {delivered}; I had ordered it on {placed}. Not happy with the delay."},
		.chase = {"Any response?", "Please reply."},
		.agent_settled = {"We are sorry that order {order} took from {placed} to {delivered} to reach you. We have raised the delay with {carrier}.",
		"Apologies for the late delivery of order {order}. We have shared your feedback with {carrier}."},
	},
	[CS_TT_RETURN_STATUS] = {
		.subjects = {"Status of my return", "Return request: no update"},
		.opening = {"I asked to return {product} from order {order} on {requested}. What is the status?",
		"No update on my return of {product} (order {order}) requested on {requested}."},
		.chase = {"Still no update on the return.", "Please tell me when I get my refund."},
		.customer_confirm = {"The app shows my return is decided now, thanks.", "I can see the outcome of the return now. Thank you."},
		.agent_waiting = {"Your return of {product} from order {order}, requested on {requested}, is being processed. We will update you after the inspection.",
		"The return of {product} is waiting for inspection. We will let you know the outcome."},
		.agent_settled = {"Your return of {qty} x {product} was approved on {resolved} and a refund of Rs. {refund} was issued.",
		"Your return of {qty} x {product} was approved on {resolved}; a refund of Rs. {refund} was issued."},
		.agent_settled_alt = {"Your return of {product} was not approved at inspection on {resolved}, so no refund was issued.",
		"{product}, which you returned, did not pass inspection on {resolved}; the return was not approved and no refund was issued."},
	},
	[CS_TT_REFUND_MISSING] = {
		.subjects = {"Refund not received", "Where is my refund?"},
		.opening = {"My return of {product} from order {order} was approved, but I have not received the refund of Rs. {refund}.",
		"Refund of Rs. {refund} for the return of {product} is not in my account yet."},
		.chase = {"Still not received.", "Please check again."},
		.agent_settled = {"A refund of Rs. {refund} for your return of {product} was issued on {resolved}. Banks can take 5-7 working days to show it.",
		"We issued a refund of Rs. {refund} on {resolved} for the return of {product}. Please allow 5-7 working days for your bank."},
	},
	[CS_TT_RETURN_REJECTED] = {
		.subjects = {"Why was my return rejected?", "Return not approved"},
		.opening = {"My return of {product} from order {order} was rejected. Why?",
		"The return of {product} shows not approved. Please explain."},
		.chase = {"Please reply.", "I am not satisfied with this."},
		.agent_settled = {"Your return of {product} from order {order} was not approved at inspection on {resolved}, so no refund was issued.",
		"{product}, which you returned, did not pass inspection on {resolved}; the return was not approved and no refund was issued."},
	},
};

/* A customer's last word on an answered ticket. */
const char *const cs_ticket_thanks[] = {
	"Thanks, that helps.", "Okay, thank you.", "Got it, thanks.", "Thank you for the quick reply.",
};
const int	cs_n_ticket_thanks = lengthof(cs_ticket_thanks);

/* A payment method as a customer names it, by payment_method. */
const char *const cs_payment_method_words[6] = {"card", "UPI", "net banking", "cash on delivery", "wallet", "gift card"};

const char *const cs_month_abbrevs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
