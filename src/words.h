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

#endif							/* COMMERCE_SEED_WORDS_H */
