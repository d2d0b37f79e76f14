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

#endif							/* COMMERCE_SEED_WORDS_H */
