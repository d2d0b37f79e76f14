/*-------------------------------------------------------------------------
 *
 * words.h
 *	  Word lists: the names, places and catalogue vocabulary of an Indian shop.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_WORDS_H
#define COMMERCE_SEED_WORDS_H

typedef struct CsCity
{
	const char *name;
	const char *state;
	int			pin_prefix;		/* first three digits of the city's PIN codes */
	int			region;			/* 0 north, 1 west, 2 south, 3 east, 4 central */
	int			weight;			/* share of customers */
} CsCity;

typedef struct CsCategory
{
	const char *name;
	int			parent;			/* index into cs_categories, -1 for a department */
	int			dept;			/* index of its department (itself for one) */
	const char *noun;			/* what a product of this leaf is called, NULL if not a leaf */
	int			min_price;		/* rupees */
	int			max_price;
	/*
	 * Leaves only.  Share of delivered lines sent back, per thousand: fashion
	 * 25-40%, electronics 4-7%, home 7-10% (references.md, "returns by
	 * category"); 0 for what Indian marketplaces do not take back (beauty,
	 * consumables, diapers).  sized: bought in a size, so it can be
	 * returned for size or fit.
	 */
	int			return_permille;
	bool		sized;
} CsCategory;

typedef struct CsDepartment
{
	const char *name;
	const char *code;			/* SKU prefix */
	const char *const *brands;
	int			nbrands;
	const char *const *attributes;	/* attribute names after "brand", in order */
	int			nattributes;
} CsDepartment;

typedef struct CsWarehouse
{
	const char *name;
	int			city;			/* index into cs_cities */
	int			capacity;		/* relative size; also its share of the stock */
} CsWarehouse;

#define CS_LIST(a) (a), (int) lengthof(a)

extern const char *const cs_first_names_male[];
extern const int cs_n_first_names_male;
extern const char *const cs_first_names_female[];
extern const int cs_n_first_names_female;
extern const char *const cs_last_names[];
extern const int cs_n_last_names;
extern const CsCity cs_cities[];
extern const int cs_n_cities;
extern const char *const cs_streets[];
extern const int cs_n_streets;
extern const char *const cs_localities[];
extern const int cs_n_localities;
extern const CsCategory cs_categories[];
extern const int cs_num_categories;
extern const CsDepartment cs_departments[];
extern const int cs_n_departments;
extern const CsWarehouse cs_warehouses[];
extern const char *const cs_adjectives[];
extern const int cs_n_adjectives;
extern const char *const cs_colours[];
extern const int cs_n_colours;
extern const char *const cs_company_heads[];
extern const int cs_n_company_heads;
extern const char *const cs_company_tails[];
extern const int cs_n_company_tails;
extern const char *const cs_carriers[];
extern const int cs_n_carriers;

/*
 * ---- After-sales vocabulary (words_aftersales.c) ----
 * Review texts, chosen in gen_engagement.c, and support ticket texts, chosen
 * in gen_support.c.
 */

/* kept lines' review bodies: the first index */
#define CS_REVIEW_ON_TIME	0
#define CS_REVIEW_LATE		1

extern const char *const cs_review_titles[5][3];	/* [stars - 1][variant] */
extern const char *const cs_review_kept_bodies[2][5][3];	/* [on time / late][stars - 1][variant] */
extern const char *const cs_review_returned_bodies[7][2];	/* [return_reason][variant] */

/* What a support ticket is about, as the rows of its order show it. */
typedef enum CsTicketTopic
{
	CS_TT_PRESALE_COD,			/* before ordering: can I pay cash on delivery? */
	CS_TT_PRESALE_DELIVERY,		/* before ordering: how long to my city? */
	CS_TT_ADDRESS,				/* change the address of an order not dispatched */
	CS_TT_PAYMENT_UPI,			/* a prepaid order whose payment is slow to confirm */
	CS_TT_PAYMENT_CARD,
	CS_TT_PAYMENT_NETBANKING,
	CS_TT_PAYMENT_WALLET,
	CS_TT_CANCELLED_PREPAID,	/* a cancelled order whose payment was voided */
	CS_TT_CANCELLED_COD,		/* a cancelled cash-on-delivery order */
	CS_TT_WHERE_IS_MY_ORDER,	/* dispatched, not delivered days later */
	CS_TT_LATE_DELIVERY,		/* delivered late (CS_DELIVERED_LATE) */
	CS_TT_RETURN_STATUS,		/* a return not yet resolved when asked about */
	CS_TT_REFUND_MISSING,		/* an approved return: where is the refund? */
	CS_TT_RETURN_REJECTED,		/* a return not approved */
	CS_TT_COUNT
} CsTicketTopic;

/*
 * The texts of one topic, two variants each.  A customer opens the ticket
 * and chases while the matter is open, or confirms once it is settled; the
 * agent's reply is the text of the state of the order when it is sent:
 * waiting for the fact the customer asks about, part way (progress), or
 * settled, in its alternative outcome (a return not approved) if need be.
 * Topics that wait for nothing have only agent_settled.
 */
typedef struct CsTicketTexts
{
	const char *subjects[2];
	const char *opening[2];
	const char *chase[2];
	const char *customer_confirm[2];
	const char *agent_waiting[2];
	const char *agent_progress[2];
	const char *agent_settled[2];
	const char *agent_settled_alt[2];
} CsTicketTexts;

extern const CsTicketTexts cs_ticket_texts[CS_TT_COUNT];
extern const char *const cs_ticket_thanks[];
extern const int cs_n_ticket_thanks;
extern const char *const cs_payment_method_words[5];	/* by payment_method */
extern const char *const cs_month_abbrevs[12];

/* ---- end of the after-sales vocabulary ---- */

#endif							/* COMMERCE_SEED_WORDS_H */
