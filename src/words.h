/*-------------------------------------------------------------------------
 *
 * words.h
 *	  Word lists: the names, places and catalogue vocabulary of an Indian shop.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_WORDS_H
#define COMMERCE_SEED_WORDS_H

/* ---- People and places (words_people.c) ---- */

/*
 * A community whose names go together: a language region, or a faith whose
 * names are shared across regions.  A customer's given name and surname
 * come from one.
 */
typedef enum CsCommunityId
{
	COMM_HINDI = 0,
	COMM_SIKH,
	COMM_PUNJABI,
	COMM_BENGALI,
	COMM_MARATHI,
	COMM_GUJARATI,
	COMM_TAMIL,
	COMM_TELUGU,
	COMM_KANNADA,
	COMM_MALAYALI,
	COMM_ODIA,
	COMM_ASSAMESE,
	COMM_MUSLIM,
	COMM_CHRISTIAN,
	CS_N_COMMUNITIES
} CsCommunityId;

#define CS_LIST(a) (a), (int) lengthof(a)

typedef struct CsCommunity
{
	const char *name;
	const char *const *male;
	int			nmale;
	const char *const *female;
	int			nfemale;
	const char *const *last;
	int			nlast;
	const char *female_surname; /* taken by this share of women instead, or NULL */
	int			female_surname_pct;
} CsCommunity;

/* A neighbourhood of a city and the PIN code of its post office. */
typedef struct CsLocality
{
	const char *name;
	int			pincode;		/* six digits, starting with the city's pin_prefix */
} CsLocality;

typedef struct CsCity
{
	const char *name;
	const char *state;
	int			pin_prefix;		/* first three digits of the city's PIN codes */
	int			region;			/* 0 north, 1 west, 2 south, 3 east, 4 central */
	int			weight;			/* share of customers */
	int			mix[CS_N_COMMUNITIES];	/* its people by community, per cent */
	const CsLocality *localities;
	int			nlocalities;
} CsCity;

extern const CsCommunity cs_communities[];
extern const CsCity cs_cities[];
extern const int cs_n_cities;
extern const char *const cs_streets[];
extern const int cs_n_streets;
/* ---- end of people and places ---- */

typedef struct CsWarehouse
{
	const char *name;
	int			city;			/* index into cs_cities */
	int			capacity;		/* relative size; also its share of the stock */
} CsWarehouse;

extern const CsWarehouse cs_warehouses[];
extern const char *const cs_company_heads[];
extern const int cs_n_company_heads;
extern const char *const cs_company_tails[];
extern const int cs_n_company_tails;
extern const char *const cs_carriers[];
extern const int cs_n_carriers;

/*
 * ---- Catalogue vocabulary (words_catalog.c) ----
 *
 * The category tree, departments, brands and everything a product's name and
 * specification are made of.  Tables are keyed by meaning (a leaf's CsCat,
 * a department's CsDept), never by a position that a reordering could shift.
 */

/* Indexes into cs_categories: departments first (0..7), then groups and leaves. */
typedef enum CsCat
{
	CAT_ELECTRONICS, CAT_FASHION, CAT_HOME, CAT_BEAUTY, CAT_BOOKS, CAT_SPORTS,
	CAT_GROCERY, CAT_TOYS,
	CAT_MOBILES, CAT_COMPUTERS, CAT_AUDIO,
	CAT_SMARTPHONES, CAT_PHONE_CASES, CAT_POWER_BANKS, CAT_LAPTOPS, CAT_KEYBOARDS,
	CAT_HEADPHONES, CAT_SPEAKERS,
	CAT_MENS_CLOTHING, CAT_WOMENS_CLOTHING, CAT_FOOTWEAR,
	CAT_SHIRTS, CAT_KURTAS, CAT_SAREES, CAT_KURTIS, CAT_SNEAKERS, CAT_SANDALS,
	CAT_COOKWARE, CAT_APPLIANCES,
	CAT_COOKERS, CAT_PANS, CAT_MIXERS, CAT_PURIFIERS, CAT_BEDSHEETS,
	CAT_SKIN_CARE, CAT_HAIR_CARE, CAT_FRAGRANCES,
	CAT_FICTION, CAT_EXAM, CAT_CHILDRENS_BOOKS,
	CAT_YOGA_MATS, CAT_CRICKET, CAT_CYCLES,
	CAT_TEA, CAT_DRY_FRUITS, CAT_SPICES,
	CAT_SOFT_TOYS, CAT_EDU_TOYS, CAT_DIAPERS,
	CS_NUM_CATEGORIES
} CsCat;

/* Departments: the same numbers as their CsCat. */
typedef enum CsDept
{
	DEPT_ELECTRONICS = CAT_ELECTRONICS,
	DEPT_FASHION = CAT_FASHION,
	DEPT_HOME = CAT_HOME,
	DEPT_BEAUTY = CAT_BEAUTY,
	DEPT_BOOKS = CAT_BOOKS,
	DEPT_SPORTS = CAT_SPORTS,
	DEPT_GROCERY = CAT_GROCERY,
	DEPT_TOYS = CAT_TOYS,
	CS_NUM_DEPTS
} CsDept;

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
	const char *const *attributes;	/* attribute names after "brand", in order */
	int			nattributes;
} CsDepartment;


/* A leaf bit for CsBrand.leaves (there are fewer than 64 categories). */
#define CS_LEAF(c)	(UINT64CONST(1) << (c))

/* Price positioning of a brand: where in its leaves' price ranges it sells. */
typedef enum CsTier
{
	TIER_BUDGET,
	TIER_MID,
	TIER_PREMIUM
} CsTier;

/*
 * A brand makes the products of a few related leaves of one department (a
 * footwear brand makes sneakers and sandals, not sarees).
 */
typedef struct CsBrand
{
	const char *name;
	CsDept		dept;
	uint64		leaves;			/* CS_LEAF() bits of the leaves it makes */
	CsTier		tier;
} CsBrand;

/* How the products of a department are worded and what they cost us. */
typedef struct CsDeptStyle
{
	const char *const *adjectives;
	int			nadjectives;
	int			cost_lo_bp;		/* cost as a share of price, basis points */
	int			cost_hi_bp;
	const char *const *blurbs;
	int			nblurbs;
} CsDeptStyle;

/*
 * Per leaf category: the variants a product comes in (in rising price
 * order: the variant follows the price drawn, so the 1 kg pack is dearer
 * than the 250 g one), the weight each variant adds, the packed shipping
 * weight range, the colours it comes in (NULL: it is not sold by colour),
 * adjectives that fit it (NULL: the department's), and for books the title
 * parts.  Blurbs, when set, replace the department's.
 */
typedef struct CsLeafInfo
{
	const char *const *variants;
	int			nvariants;
	const int  *variant_grams;	/* net weight of each variant, or NULL */
	int			wmin;			/* shipping weight in grams, on top of variant_grams */
	int			wmax;
	const char *const *colours;
	int			ncolours;
	const char *const *adjectives;
	int			nadjectives;
	const char *const *title_a;
	int			ntitle_a;
	const char *const *title_b;
	int			ntitle_b;
	const char *const *blurbs;
	int			nblurbs;
} CsLeafInfo;

/*
 * Attribute values.  A rule gives the values of an attribute for a leaf, a
 * department, or anywhere (most specific wins); AV_NONE says the attribute
 * does not apply there (no "fit" for a saree), and an attribute without any
 * rule never applies.
 */
typedef enum CsAttrKind
{
	AV_LIST,					/* one of values[] */
	AV_NONE,					/* not applicable */
	AV_VARIANT,					/* the variant in the product's name */
	AV_VARIANT_PART,			/* part lo (0-based, split at ", ") of the variant */
	AV_COLOUR,					/* the colour in the product's name */
	AV_YEAR,					/* the year the product was listed */
	AV_PAGES,					/* lo..hi in steps of 8 (printed signatures) */
	AV_AUTHOR					/* a person's name from the name lists */
} CsAttrKind;

typedef struct CsAttrRule
{
	const char *attr;
	int			dept;			/* -1: any */
	int			leaf;			/* -1: any */
	CsAttrKind	kind;
	const char *const *values;
	int			nvalues;
	int			lo;
	int			hi;
} CsAttrRule;

extern const CsCategory cs_categories[];
extern const int cs_num_categories;
extern const CsDepartment cs_departments[];
extern const int cs_n_departments;
extern const CsBrand cs_brands[];
extern const int cs_n_brands;
extern const CsDeptStyle cs_dept_styles[];
extern const CsDeptStyle cs_dept_style_generic;
extern const CsLeafInfo cs_leaf_info[];
extern const CsLeafInfo cs_leaf_info_generic;
extern const CsAttrRule cs_attr_rules[];
extern const int cs_n_attr_rules;
extern const char *const cs_adjectives[];
extern const int cs_n_adjectives;
extern const char *const cs_colours[];
extern const int cs_n_colours;
extern const char *const cs_supplier_extras[];
extern const int cs_n_supplier_extras;

/* ---- end of catalogue vocabulary ---- */

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
extern const char *const cs_review_rejected_bodies[2];

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
extern const char *const cs_payment_method_words[6];	/* by payment_method */
extern const char *const cs_month_abbrevs[12];

/* ---- end of the after-sales vocabulary ---- */

/* ---- closed lists of text columns, and small identifier vocabularies (words.c) ---- */
extern const char *const cs_channel_names[];	/* 3, by CsOrderPlan.channel */
extern const char *const cs_device_names[];	/* 4, by CS_DEVICE_* */
extern const char *const cs_address_labels[];	/* 3: home, work, other */
extern const char *const cs_email_domains[];	/* 3 */
extern const char *const cs_doc_networks[];
extern const int cs_n_doc_networks;
extern const char *const cs_cancel_reasons[];
extern const int cs_n_cancel_reasons;
extern const char *const cs_shop_banks[];	/* 2 */

#endif							/* COMMERCE_SEED_WORDS_H */
