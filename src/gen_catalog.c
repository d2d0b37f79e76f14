/*-------------------------------------------------------------------------
 *
 * gen_catalog.c
 *	  Catalogue generators: categories, warehouses, suppliers, products,
 *	  inventory, product attributes and product images, and the per-product
 *	  facts (price, cost, supplier, name) the other domains read.
 *
 * Supplier s (1-based) of S sells products s, s + S, s + 2S, ...; each
 * supplier has a home department and its products are leaves of it, so
 * procurement can list a supplier's products without a lookup.
 *
 * Every fact about product p is drawn from the ST_PRODUCT stream at row p,
 * each at its own fixed field number (PF_* below), so cs_product_price()
 * draws the price without drawing the name first, and the products row,
 * the order lines and the purchase order lines all see the same numbers.
 * Which optional attributes a product lists is drawn from ST_ATTRIBUTE; the
 * name shows the colour exactly when the attributes list one, and a size,
 * volume or weight in the name is the value of the matching attribute when
 * the department has one, so the name and the specification never
 * contradict each other.
 *
 * Unique text is unique by construction: supplier names come from a keyed
 * permutation of supplier ids onto (head, extra word, tail, round), SKUs
 * from a keyed permutation of product ids onto 30-bit codes.  Nothing is
 * checked against other rows, so any slice can be generated alone.
 *
 * There is no state: every function is pure in (GenCtx, id), and only the
 * Datums allocate, in the caller's (per-batch) memory context.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/datetime.h"

#include "commerce_seed.h"
#include "words.h"


/* Salts of the keyed permutations drawn from ST_PERMUTE (gen_procurement.c uses 16 and up). */
/* 1 was the popularity rank permutation, no longer used */
#define PK_SKU				2
#define PK_SUPPLIER_NAME	3

#define SKU_BITS			30	/* 6 base32 characters */
#define MAX_CITIES			128

static uint64
perm_key(const GenCtx *g, int salt)
{
	/* mixed, not xor-ed, so the permutations are unrelated to each other */
	return cs_mix(cs_stream_key(g->seed, ST_PERMUTE) + (uint64) salt);
}



/* categories: fixed tree from words.c, category_id = index + 1 */

static const ColumnSpec category_cols[] = {
	{.name = "category_id", .typid = INT8OID},
	{.name = "parent_category_id", .typid = INT8OID, .nullable = true},
	{.name = "name", .typid = TEXTOID},
};

static void
emit_category(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsCategory *c = &cs_categories[unit];

	ids->next++;
	if (sink == NULL)
		return;
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(unit + 1);
	sink->nulls[1] = c->parent < 0;
	sink->values[1] = Int64GetDatum(c->parent + 1);
	sink->values[2] = cs_text(c->name);
	cs_sink_put(sink);
}

const TableSpec cs_table_categories = {
	.name = "categories",
	.cols = category_cols,
	.ncols = lengthof(category_cols),
	.driver = DRV_CATEGORIES,
	.emit = emit_category,
	.companion = NULL,
	.id_column = "category_id",
	.approx_row_bytes = 120,
	.one_per_unit = true
};

/* warehouses: fixed list, warehouse_id = index + 1 */

static const ColumnSpec warehouse_cols[] = {
	{.name = "warehouse_id", .typid = INT8OID},
	{.name = "name", .typid = TEXTOID},
	{.name = "city", .typid = TEXTOID},
	{.name = "state", .typid = TEXTOID},
	{.name = "pincode", .typid = TEXTOID},
	{.name = "capacity_units", .typid = INT4OID},
};

static void
emit_warehouse(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsWarehouse *w = &cs_warehouses[unit];
	const CsCity *city = &cs_cities[w->city];

	ids->next++;
	if (sink == NULL)
		return;
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(unit + 1);
	sink->values[1] = cs_text(w->name);
	sink->values[2] = cs_text(city->name);
	sink->values[3] = cs_text(city->state);
	/* a fulfilment centre sits in an industrial PIN area of its city */
	sink->values[4] = cs_textf("%03d%03d", city->pin_prefix, 300 + (int) unit * 7);
	/* room for the stock inventory puts there (about 70% full), and to spare */
	sink->values[5] = Int32GetDatum((int32) Min((int64) w->capacity * 160 * g->scale, PG_INT32_MAX));
	cs_sink_put(sink);
}

const TableSpec cs_table_warehouses = {
	.name = "warehouses",
	.cols = warehouse_cols,
	.ncols = lengthof(warehouse_cols),
	.driver = DRV_WAREHOUSES,
	.emit = emit_warehouse,
	.companion = NULL,
	.id_column = "warehouse_id",
	.approx_row_bytes = 150,
	.one_per_unit = true
};

/*
 * suppliers
 *
 * A name is head + extra word + tail ("Shree Deccan Traders"): each part one
 * word except the tail, so the parts can be read back from the string and
 * different parts give different names.  Supplier ids are spread over all
 * combinations by a keyed permutation, so ten suppliers look as varied as a
 * million; past the number of combinations a round number is appended.
 */

/*
 * A tail naming a trade is only right for that trade: a supplier of the
 * department whose plain tail is "plain" shows "shown" instead, and no one
 * else ever shows "shown".  The mapping is one-to-one and "shown" is never a
 * plain tail, so names stay unique.
 */
static const struct
{
	const char *plain;
	int			dept;
	const char *shown;
}			tail_flavours[] = {
	{"Industries", DEPT_ELECTRONICS, "Electronics"},
	{"Exports", DEPT_FASHION, "Textiles"},
};

/*
 * Home departments of suppliers 1, 2, ... in a cycle of 20: every department
 * is among the first eight, so even the ten suppliers of scale 1 cover the
 * whole catalogue; over a cycle fashion has 5, electronics 4, home 3.
 */
static const int supplier_dept_cycle[20] = {
	DEPT_ELECTRONICS, DEPT_FASHION, DEPT_HOME, DEPT_BEAUTY,
	DEPT_BOOKS, DEPT_SPORTS, DEPT_GROCERY, DEPT_TOYS,
	DEPT_FASHION, DEPT_ELECTRONICS, DEPT_HOME, DEPT_FASHION,
	DEPT_ELECTRONICS, DEPT_HOME, DEPT_FASHION, DEPT_BEAUTY,
	DEPT_ELECTRONICS, DEPT_SPORTS, DEPT_FASHION, DEPT_TOYS,
};

/* Where a trade clusters: a city's weight is multiplied for suppliers of that department. */
static const struct
{
	int			dept;
	const char *city;
	int			factor;
}			supplier_hubs[] = {
	{DEPT_FASHION, "Surat", 8}, {DEPT_FASHION, "Ludhiana", 5},
	{DEPT_FASHION, "Jaipur", 4}, {DEPT_FASHION, "Kolkata", 2},
	{DEPT_ELECTRONICS, "Noida", 5}, {DEPT_ELECTRONICS, "Delhi", 2},
	{DEPT_ELECTRONICS, "Bengaluru", 2}, {DEPT_ELECTRONICS, "Chennai", 2},
	{DEPT_HOME, "Coimbatore", 5}, {DEPT_HOME, "Ahmedabad", 3}, {DEPT_HOME, "Delhi", 2},
	{DEPT_BEAUTY, "Kochi", 3}, {DEPT_BEAUTY, "Mumbai", 2},
	{DEPT_BOOKS, "Delhi", 3}, {DEPT_BOOKS, "Kolkata", 3}, {DEPT_BOOKS, "Chennai", 2},
	{DEPT_SPORTS, "Ludhiana", 8}, {DEPT_SPORTS, "Jaipur", 2},
	{DEPT_GROCERY, "Guwahati", 6}, {DEPT_GROCERY, "Kochi", 4}, {DEPT_GROCERY, "Indore", 3},
	{DEPT_TOYS, "Mumbai", 2}, {DEPT_TOYS, "Delhi", 2},
};

/* Field numbers of the ST_SUPPLIER stream (row = supplier_id). */
enum
{
	SF_RATING,
	SF_EMAIL,
	SF_PHONE_NULL,
	SF_PHONE,
	SF_CITY,
	SF_AGE,
	SF_TIME
};

/*
 * The home department of a supplier (index into cs_departments): every
 * product of the supplier is a leaf category of it.  Pure in the id.
 */
int
cs_supplier_department(const GenCtx *g, int64 supplier_id)
{
	return supplier_dept_cycle[(supplier_id - 1) % lengthof(supplier_dept_cycle)] % cs_n_departments;
}

static bool
is_flavour_tail(const char *t)
{
	int			i;

	for (i = 0; i < (int) lengthof(tail_flavours); i++)
		if (strcmp(t, tail_flavours[i].shown) == 0)
			return true;
	return false;
}

/* Tail i of the plain tails (cs_company_tails without the trade-specific ones). */
static const char *
plain_tail(int i, int *count)
{
	const char *found = NULL;
	int			n = 0;
	int			j;

	for (j = 0; j < cs_n_company_tails; j++)
	{
		if (is_flavour_tail(cs_company_tails[j]))
			continue;
		if (n == i)
			found = cs_company_tails[j];
		n++;
	}
	if (count)
		*count = n;
	return found;
}

static const char *
shown_tail(const char *plain, int dept)
{
	int			i;

	for (i = 0; i < (int) lengthof(tail_flavours); i++)
		if (tail_flavours[i].dept == dept && strcmp(plain, tail_flavours[i].plain) == 0)
			return tail_flavours[i].shown;
	return plain;
}

static void
supplier_name(const GenCtx *g, int64 supplier_id, char *buf, int len)
{
	int64		nh = cs_n_company_heads;
	int64		ne = cs_n_supplier_extras;
	int			nt;
	int64		domain;
	int64		n;
	uint64		idx;
	uint64		combo;
	uint64		round;
	const char *tail;

	(void) plain_tail(0, &nt);
	if (nt == 0)
		elog(ERROR, "no plain company tails in the word list");
	domain = nh * ne * nt;
	/* the permuted range: the whole domain, or as many rounds of it as needed */
	n = (g->n_drv[DRV_SUPPLIERS] + domain - 1) / domain * domain;
	idx = cs_permute(perm_key(g, PK_SUPPLIER_NAME), (uint64) (supplier_id - 1), (uint64) n);
	combo = idx % domain;
	round = idx / domain;
	tail = shown_tail(plain_tail((int) (combo / (nh * ne)), NULL),
					  cs_supplier_department(g, supplier_id));
	if (round == 0)
		snprintf(buf, len, "%s %s %s", cs_company_heads[combo % nh],
				 cs_supplier_extras[(combo / nh) % ne], tail);
	else
		snprintf(buf, len, "%s %s %s %d", cs_company_heads[combo % nh],
				 cs_supplier_extras[(combo / nh) % ne], tail, (int) round + 1);
}

/* A DNS label from a name: lower-case letters and digits, runs of anything else as one '-'. */
static void
slugify(const char *name, char *out, int len)
{
	int			o = 0;
	bool		dash = false;

	for (; *name && o < len - 2; name++)
	{
		char		c = *name;

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		{
			if (dash && o > 0)
				out[o++] = '-';
			out[o++] = c;
			dash = false;
		}
		else
			dash = true;
	}
	out[o] = '\0';
}

static TimestampTz
supplier_created_at(const GenCtx *g, int64 supplier_id)
{
	CsRand		r;
	int64		days_before;

	cs_rand_init(&r, g->seed, ST_SUPPLIER, (uint64) supplier_id);
	r.field = SF_AGE;
	/* a calendar year or more: 366 days when that year holds a 29 February */
	days_before = cs_range(&r, g->first_day - cs_years_before(g->first_day, 1), 5 * 365);
	/* vendors are onboarded in office hours, 10:00-18:00 IST */
	r.field = SF_TIME;
	return cs_day_start(g->first_day - (DateADT) days_before) + 10 * US_HOUR +
		cs_range(&r, 0, 8 * US_HOUR - 1);
}

static const ColumnSpec supplier_cols[] = {
	{.name = "supplier_id", .typid = INT8OID},
	{.name = "name", .typid = TEXTOID},
	{.name = "rating", .typid = INT4OID},
	{.name = "contact_email", .typid = TEXTOID},
	{.name = "phone", .typid = TEXTOID, .nullable = true},
	{.name = "city", .typid = TEXTOID},
	{.name = "state", .typid = TEXTOID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
};

static void
emit_supplier(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	/* the buyers keep few bad vendors for long: mostly 3-5 */
	static const int rating_weight[5] = {2, 6, 24, 42, 26};
	static const int email_weight[3] = {65, 20, 15};
	int64		id = unit + 1;
	int			dept;
	int			cw[MAX_CITIES];
	int			i,
				j;
	const CsCity *city;
	char		name[160];
	char		slug[160];
	CsRand		r;

	ids->next++;
	if (sink == NULL)
		return;
	if (cs_n_cities > MAX_CITIES)
		elog(ERROR, "too many cities in the word list: %d", cs_n_cities);

	dept = cs_supplier_department(g, id);
	supplier_name(g, id, name, sizeof(name));
	slugify(name, slug, sizeof(slug));
	cs_rand_init(&r, g->seed, ST_SUPPLIER, (uint64) id);

	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(id);
	sink->values[1] = cs_text(name);
	r.field = SF_RATING;
	sink->values[2] = Int32GetDatum(1 + cs_weighted(&r, rating_weight, 5));

	/* reserved example domains only, so no generated address reaches anyone */
	r.field = SF_EMAIL;
	switch (cs_weighted(&r, email_weight, 3))
	{
		case 0:
			sink->values[3] = cs_textf("sales@%s.example.com", slug);
			break;
		case 1:
			sink->values[3] = cs_textf("orders@%s.example.com", slug);
			break;
		default:
			sink->values[3] = cs_textf("accounts.%lld@example.net", (long long) id);
			break;
	}

	/*
	 * +91 then a ten-digit number starting 00: Indian numbers start 6-9
	 * (mobile) or with an area code, never 00, so it cannot ring anyone.
	 */
	r.field = SF_PHONE_NULL;
	sink->nulls[4] = cs_chance(&r, 0.03);
	r.field = SF_PHONE;
	sink->values[4] = cs_textf("+91 00%08d", (int) cs_range(&r, 0, 99999999));

	/* the city weight of online shoppers, multiplied where the trade clusters */
	for (i = 0; i < cs_n_cities; i++)
	{
		cw[i] = cs_cities[i].weight;
		for (j = 0; j < (int) lengthof(supplier_hubs); j++)
			if (supplier_hubs[j].dept == dept && strcmp(supplier_hubs[j].city, cs_cities[i].name) == 0)
				cw[i] *= supplier_hubs[j].factor;
	}
	r.field = SF_CITY;
	city = &cs_cities[cs_weighted(&r, cw, cs_n_cities)];
	sink->values[5] = cs_text(city->name);
	sink->values[6] = cs_text(city->state);
	sink->values[7] = TimestampTzGetDatum(supplier_created_at(g, id));
	cs_sink_put(sink);
}

const TableSpec cs_table_suppliers = {
	.name = "suppliers",
	.cols = supplier_cols,
	.ncols = lengthof(supplier_cols),
	.driver = DRV_SUPPLIERS,
	.emit = emit_supplier,
	.companion = NULL,
	.id_column = "supplier_id",
	.approx_row_bytes = 280,
	.one_per_unit = true
};

/*
 * products
 *
 * The words of a product depend on its department (a "Pro" pressure cooker
 * but no "Pro" cashews) and its leaf category (a size, a volume, a weight).
 */

static const CsDeptStyle *
dept_style(int dept)
{
	if (dept >= 0 && dept < CS_NUM_DEPTS && cs_dept_styles[dept].cost_hi_bp > 0)
		return &cs_dept_styles[dept];
	return &cs_dept_style_generic;
}

static const CsLeafInfo *
leaf_of(int leaf)
{
	if (leaf >= 0 && leaf < CS_NUM_CATEGORIES && cs_leaf_info[leaf].wmax > 0)
		return &cs_leaf_info[leaf];
	return &cs_leaf_info_generic;
}

/* Field numbers of the ST_PRODUCT stream (row = product_id). */
enum
{
	PF_LEAF,
	PF_PRICE,
	PF_COST,
	PF_BRAND,
	PF_ADJ,
	PF_COLOUR,
	PF_TITLE_A,
	PF_TITLE_B,
	PF_WEIGHT,
	PF_DISCONTINUED,
	PF_NEW,
	PF_CREATED,
	PF_DESC_NULL,
	PF_DESC,
	PF_QUALITY,					/* 2 draws */
	PF_POPULARITY = PF_QUALITY + 2
};

/* ST_ATTRIBUTE (row = product_id): the count, the selection, then one field per attribute */
#define ATF_COUNT	0
#define ATF_SELECT	1
#define ATF_VALUE	16
#define ATF_STRIDE	4			/* fields per attribute value */

#define MAX_ATTRS	8

/* What other columns and tables need to know about one product. */
typedef struct ProductFacts
{
	int64		id;
	int64		supplier_id;
	int			dept;
	int			leaf;			/* index in cs_categories */
	const CsDeptStyle *style;
	const CsLeafInfo *info;
	double		quantile;		/* where the price sits in the leaf's range, 0..1 */
	int64		price;			/* paise */
	int64		cost;			/* paise */
	int			variant;		/* index in info->variants, or -1 */
	const CsBrand *brand;
	const char *colour;			/* NULL when the leaf is not sold by colour */
	int			nattr;			/* optional attributes listed */
	int			attr[MAX_ATTRS];	/* their indexes in the department's list */
	bool		shows_colour;
} ProductFacts;

static inline void
product_rand(CsRand *r, const GenCtx *g, int64 product_id, uint32 field)
{
	cs_rand_init(r, g->seed, ST_PRODUCT, (uint64) product_id);
	r->field = field;
}

/* products.supplier_id: supplier s sells products s, s + S, s + 2S, ... */
int64
cs_product_supplier(const GenCtx *g, int64 product_id)
{
	return 1 + (product_id - 1) % g->n_drv[DRV_SUPPLIERS];
}

static inline bool
is_leaf_of(const CsCategory *c, int dept)
{
	return c->noun != NULL && c->dept == dept;
}

/* The leaf category of a product: uniform among its supplier's department's leaves. */
static int
product_leaf(const GenCtx *g, int64 product_id, int *dept_out)
{
	int			dept = cs_supplier_department(g, cs_product_supplier(g, product_id));
	int			nleaves = 0;
	int			k;
	int			i;
	CsRand		r;

	for (i = 0; i < cs_num_categories; i++)
		if (is_leaf_of(&cs_categories[i], dept))
			nleaves++;
	if (nleaves == 0)
		elog(ERROR, "department \"%s\" has no leaf category", cs_departments[dept].name);
	product_rand(&r, g, product_id, PF_LEAF);
	k = (int) cs_range(&r, 0, nleaves - 1);
	for (i = 0; i < cs_num_categories; i++)
		if (is_leaf_of(&cs_categories[i], dept) && k-- == 0)
			break;
	if (dept_out)
		*dept_out = dept;
	return i;
}

/*
 * The brand of a product: uniform among the brands that make its leaf, so a
 * brand's products stay in its few leaves and in one department.
 */
static const CsBrand *
product_brand(const GenCtx *g, int64 product_id, int leaf)
{
	uint64		bit = CS_LEAF(leaf);
	int			n = 0;
	int			k;
	int			i;
	CsRand		r;

	for (i = 0; i < cs_n_brands; i++)
		if (cs_brands[i].leaves & bit)
			n++;
	if (n == 0)
		elog(ERROR, "no brand makes \"%s\"", cs_categories[leaf].name);
	product_rand(&r, g, product_id, PF_BRAND);
	k = (int) cs_range(&r, 0, n - 1);
	for (i = 0; i < cs_n_brands; i++)
		if ((cs_brands[i].leaves & bit) && k-- == 0)
			break;
	return &cs_brands[i];
}

/* A shop price: ...9 rupees below 1,000, ...99 below 10,000, then 499 or 999. */
static int64
charm_rupees(double x)
{
	int64		v = (int64) x;

	if (v < 1000)
		return v / 10 * 10 + 9;
	if (v < 10000)
		return v / 100 * 100 + 99;
	return (v + 1) / 500 * 500 - 1;
}

/*
 * Where a product's price sits in its leaf's range, 0..1, by its brand's
 * tier: a budget brand in the cheapest third, a premium one from a quarter
 * up, each mostly near the cheap end of its band (the square of a uniform
 * draw), so the catalogue as a whole still crowds the cheap end.
 */
static double
price_quantile(const GenCtx *g, int64 product_id, const CsBrand *brand)
{
	static const double band_lo[3] = {0.0, 0.05, 0.25};
	static const double band_width[3] = {0.35, 0.60, 0.75};
	CsRand		r;
	double		u;

	product_rand(&r, g, product_id, PF_PRICE);
	u = cs_unit(&r);
	return band_lo[brand->tier] + band_width[brand->tier] * (u * u);
}

/* Price in paise at quantile q of the leaf's range. */
static int64
price_at_quantile(int leaf, double q)
{
	const CsCategory *c = &cs_categories[leaf];
	int64		rupees;

	rupees = charm_rupees(c->min_price + (double) (c->max_price - c->min_price) * q);
	rupees = Max(rupees, c->min_price);
	rupees = Min(rupees, c->max_price);
	return rupees * 100;
}

/* The supplier's price to us: a department-typical share of the selling price, in paise. */
static int64
product_cost_of(const GenCtx *g, int64 product_id, int dept, int64 price)
{
	const CsDeptStyle *st = dept_style(dept);
	CsRand		r;
	int64		bp;

	product_rand(&r, g, product_id, PF_COST);
	bp = cs_range(&r, st->cost_lo_bp, st->cost_hi_bp);
	return (price * bp + 5000) / 10000;
}

/*
 * SQL-visible as products.price: the current selling price in paise.  Order
 * lines, carts and audit events take the price from here.
 */
int64
cs_product_price(const GenCtx *g, int64 product_id)
{
	int			leaf = product_leaf(g, product_id, NULL);

	return price_at_quantile(leaf, price_quantile(g, product_id,
												   product_brand(g, product_id, leaf)));
}

/* products.cost_price in paise: what a purchase order pays per unit. */
int64
cs_product_cost(const GenCtx *g, int64 product_id)
{
	int			dept;
	int			leaf = product_leaf(g, product_id, &dept);

	return product_cost_of(g, product_id, dept,
						   price_at_quantile(leaf, price_quantile(g, product_id,
																  product_brand(g, product_id, leaf))));
}

/* products.category_id - 1: the product's leaf as an index into cs_categories. */
int
cs_product_category(const GenCtx *g, int64 product_id)
{
	return product_leaf(g, product_id, NULL);
}

/* Quality from a product's brand tier, its price quantile and its own draws. */
static double
quality_of(const GenCtx *g, int64 product_id, const CsBrand *brand, double q)
{
	static const double tier_base[3] = {0.40, 0.55, 0.70};
	CsRand		r;
	double		noise;
	double		quality;

	product_rand(&r, g, product_id, PF_QUALITY);
	/* triangular on [-0.3, 0.3]: most products near their tier, a few far off */
	noise = 0.3 * (cs_unit(&r) + cs_unit(&r) - 1.0);
	quality = tier_base[brand->tier] + 0.15 * q + noise;
	return Min(Max(quality, 0.0), 1.0);
}

/*
 * The quality of a product, 0 (shoddy) to 1 (excellent): what its ratings
 * and defect returns should follow.  A pure function of (seed, product):
 * the brand's tier sets the level (budget 0.40, mid-range 0.55, premium
 * 0.70), the dearer end of the leaf's range adds up to 0.15, and the
 * product's own draw moves it by up to 0.3 either way (triangular, so most
 * stay near their tier and a few budget products beat a premium dud).
 * Averages about 0.6; never computed from other rows.
 */
double
cs_product_quality(const GenCtx *g, int64 product_id)
{
	int			leaf = product_leaf(g, product_id, NULL);
	const CsBrand *brand = product_brand(g, product_id, leaf);

	return quality_of(g, product_id, brand, price_quantile(g, product_id, brand));
}

/*
 * products.created_at: most products were listed between their supplier's
 * onboarding and the window; one in sixteen is new, listed some time in the
 * two years from the window's start (NEW_PRODUCT_SPAN), whatever the
 * window's end: a product listed after the as-of instant is not in the data
 * yet (no row, no stock, no orders), and comes with a later as-of.
 */
#define NEW_PRODUCT_SPAN	(731 * US_DAY)

TimestampTz
cs_product_created_at(const GenCtx *g, int64 product_id)
{
	CsRand		r;
	TimestampTz from;

	product_rand(&r, g, product_id, PF_NEW);
	if (cs_chance(&r, 0.0625))
	{
		r.field = PF_CREATED;
		return g->t_start + (int64) ((double) NEW_PRODUCT_SPAN * cs_unit(&r));
	}
	/* a month after onboarding at the earliest; onboarding is a year or more before the window */
	from = supplier_created_at(g, cs_product_supplier(g, product_id)) + 30 * US_DAY;
	r.field = PF_CREATED;
	return from + (int64) ((double) (g->t_start - from) * cs_unit(&r));
}

bool
cs_product_discontinued(const GenCtx *g, int64 product_id)
{
	CsRand		r;

	product_rand(&r, g, product_id, PF_DISCONTINUED);
	return cs_chance(&r, 0.04);
}

/* The most specific rule for attribute attr of a leaf, or NULL. */
static const CsAttrRule *
attr_rule(const char *attr, int dept, int leaf)
{
	const CsAttrRule *best = NULL;
	int			best_rank = -1;
	int			i;

	for (i = 0; i < cs_n_attr_rules; i++)
	{
		const CsAttrRule *ru = &cs_attr_rules[i];
		int			rank;

		if (ru->attr[0] != attr[0] || strcmp(ru->attr, attr) != 0)
			continue;
		if (ru->leaf >= 0)
		{
			if (ru->leaf != leaf)
				continue;
			rank = 2;
		}
		else if (ru->dept >= 0)
		{
			if (ru->dept != dept)
				continue;
			rank = 1;
		}
		else
			rank = 0;
		if (rank > best_rank)
		{
			best = ru;
			best_rank = rank;
		}
	}
	return best;
}

static bool
attr_applies(const ProductFacts *f, int a)
{
	const CsAttrRule *ru = attr_rule(cs_departments[f->dept].attributes[a], f->dept, f->leaf);

	if (ru == NULL || ru->kind == AV_NONE)
		return false;
	if ((ru->kind == AV_VARIANT || ru->kind == AV_VARIANT_PART) && f->variant < 0)
		return false;
	/* a colour only where the leaf is sold by colour: none on a pressure cooker */
	if (ru->kind == AV_COLOUR && f->info->colours == NULL)
		return false;
	return true;
}

/*
 * The department's attributes that apply to the product's leaf, and how
 * many of them it lists: 2 to 4 (fewer if fewer apply).  Returns that count
 * and fills app[] with the applicable ones.
 */
static int
attr_count(const GenCtx *g, const ProductFacts *f, int *app, int *napp_out)
{
	const CsDepartment *d = &cs_departments[f->dept];
	int			napp = 0;
	int			hi;
	int			a;
	CsRand		r;

	for (a = 0; a < d->nattributes && napp < MAX_ATTRS; a++)
		if (attr_applies(f, a))
			app[napp++] = a;
	*napp_out = napp;
	hi = Min(napp, 4);
	cs_rand_init(&r, g->seed, ST_ATTRIBUTE, (uint64) f->id);
	r.field = ATF_COUNT;
	return (int) cs_range(&r, Min(2, hi), hi);
}

/*
 * Everything about a product but its timestamps, weight and text: leaf,
 * brand, price, cost, variant, colour and which attributes it lists.
 */
static void
product_facts(const GenCtx *g, int64 product_id, ProductFacts *f)
{
	const CsDepartment *d;
	CsRand		r;
	int			app[MAX_ATTRS];
	int			napp;
	int			k;
	int			i;

	f->id = product_id;
	f->supplier_id = cs_product_supplier(g, product_id);
	f->leaf = product_leaf(g, product_id, &f->dept);
	d = &cs_departments[f->dept];
	f->style = dept_style(f->dept);
	f->info = leaf_of(f->leaf);
	f->brand = product_brand(g, product_id, f->leaf);
	f->quantile = price_quantile(g, product_id, f->brand);
	f->price = price_at_quantile(f->leaf, f->quantile);
	f->cost = product_cost_of(g, product_id, f->dept, f->price);

	/* the dearer end of the range gets the bigger pack, the more memory */
	f->variant = -1;
	if (f->info->nvariants > 0)
		f->variant = Min(f->info->nvariants - 1, (int) (f->quantile * f->info->nvariants));

	product_rand(&r, g, product_id, PF_COLOUR);
	f->colour = NULL;
	if (f->info->colours)
		f->colour = f->info->colours[cs_range(&r, 0, f->info->ncolours - 1)];

	/* k of the applicable attributes, in the department's order (selection sampling) */
	k = attr_count(g, f, app, &napp);
	cs_rand_init(&r, g->seed, ST_ATTRIBUTE, (uint64) product_id);
	f->nattr = 0;
	f->shows_colour = false;
	for (i = 0; i < napp; i++)
	{
		r.field = ATF_SELECT + i;
		if (cs_range(&r, 0, napp - i - 1) < k - f->nattr)
		{
			f->attr[f->nattr++] = app[i];
			if (strcmp(d->attributes[app[i]], "colour") == 0)
				f->shows_colour = true;
		}
	}
}

static const char *
pick(CsRand *r, const char *const *list, int n)
{
	return list[cs_range(r, 0, n - 1)];
}

/*
 * The book title: two parts drawn from the leaf's lists, used as they are
 * (a title part that starts with "The" gets no second article).
 */
static void
book_title(const GenCtx *g, const ProductFacts *f, char *buf, int len)
{
	CsRand		r;
	const char *a;

	product_rand(&r, g, f->id, PF_TITLE_A);
	a = pick(&r, f->info->title_a, f->info->ntitle_a);
	r.field = PF_TITLE_B;
	snprintf(buf, len, "%s %s", a, pick(&r, f->info->title_b, f->info->ntitle_b));
}

/* Whether word w already appears in s as a whole word. */
static bool
has_word(const char *s, const char *w)
{
	size_t		n = strlen(w);
	const char *p;

	for (p = strstr(s, w); p != NULL; p = strstr(p + 1, w))
		if ((p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return true;
	return false;
}

/* An adjective that no word of brand or noun repeats or contains ("Smart Smartphone", "Khel Pro Pro"). */
static bool
adjective_fits(const ProductFacts *f, const char *adj)
{
	return !has_word(f->brand->name, adj) && strstr(cs_categories[f->leaf].noun, adj) == NULL;
}

/* The leaf's adjectives, else the department's, else the generic ones: one that fits, uniformly (one draw). */
static const char *
product_adjective(const GenCtx *g, const ProductFacts *f)
{
	const char *const *list = cs_adjectives;
	int			n = cs_n_adjectives;
	int			fit = 0;
	int			k;
	int			i;
	CsRand		r;

	if (f->info->adjectives)
	{
		list = f->info->adjectives;
		n = f->info->nadjectives;
	}
	else if (f->style->adjectives)
	{
		list = f->style->adjectives;
		n = f->style->nadjectives;
	}
	for (i = 0; i < n; i++)
		if (adjective_fits(f, list[i]))
			fit++;
	product_rand(&r, g, f->id, PF_ADJ);
	if (fit == 0)
		return pick(&r, list, n);
	k = (int) cs_range(&r, 0, fit - 1);
	for (i = 0; i < n; i++)
		if (adjective_fits(f, list[i]) && k-- == 0)
			break;
	return list[i];
}

/*
 * "Brand Adjective Noun (Colour, Variant)" as Indian marketplaces list
 * them, e.g. "Zentrix Pro Smartphone (Black, 8 GB RAM, 128 GB)"; a book is
 * "Title - Noun (Publisher)".
 */
static void
format_name(const GenCtx *g, const ProductFacts *f, char *buf, int len)
{
	const char *noun = cs_categories[f->leaf].noun;
	const char *brand = f->brand->name;
	const char *variant = f->variant >= 0 ? f->info->variants[f->variant] : NULL;

	if (f->info->title_a)
	{
		char		title[128];

		book_title(g, f, title, sizeof(title));
		snprintf(buf, len, "%s - %s (%s)", title, noun, brand);
		return;
	}
	if (f->shows_colour && variant)
		snprintf(buf, len, "%s %s %s (%s, %s)", brand, product_adjective(g, f), noun, f->colour, variant);
	else if (f->shows_colour)
		snprintf(buf, len, "%s %s %s (%s)", brand, product_adjective(g, f), noun, f->colour);
	else if (variant)
		snprintf(buf, len, "%s %s %s (%s)", brand, product_adjective(g, f), noun, variant);
	else
		snprintf(buf, len, "%s %s %s", brand, product_adjective(g, f), noun);
}

/* products.name of a product, written into buf (len bytes, truncated if need be). */
const char *
cs_product_name(const GenCtx *g, int64 product_id, char *buf, int len)
{
	ProductFacts f;

	product_facts(g, product_id, &f);
	format_name(g, &f, buf, len);
	return buf;
}

/*
 * The popularity shape: a product's own draw v counts as v^k.  Products
 * are picked uniformly and kept with a chance proportional to their
 * popularity, so the best-seller's share of units is about its popularity
 * over n times the mean, (k + 1) / (0.75 n).  k = 6 gives a long tail (the
 * top fifth of the products sell about four units in five); a small
 * catalogue gets a flatter curve so that no product passes about 2% of all
 * units, as in general merchandise (references.md, "best-seller share").
 * The mean acceptance is about 0.75 / (k + 1), so a pick takes at most
 * about ten cheap trials and one or two full evaluations.
 */
static int
popularity_power(const GenCtx *g)
{
	int64		k = g->n_drv[DRV_PRODUCTS] / 60 - 1;

	return (int) Max(1, Min(k, 6));
}

/* v^k of a product's own popularity draw: the first, cheap, stage of the acceptance. */
static double
base_popularity(const GenCtx *g, int64 product_id, int k)
{
	CsRand		r;
	double		v;
	double		p = 1.0;

	product_rand(&r, g, product_id, PF_POPULARITY);
	v = cs_unit(&r);
	while (k-- > 0)
		p *= v;
	return p;
}

/*
 * The second stage, 0.5 to 1: within its leaf a better product sells more
 * (quality) and so does a cheaper one (the price quantile); the leaf itself
 * does not change it, so the category mix stays the catalogue's.
 */
static double
merit(const GenCtx *g, int64 product_id)
{
	int			leaf = product_leaf(g, product_id, NULL);
	const CsBrand *brand = product_brand(g, product_id, leaf);
	double		q = price_quantile(g, product_id, brand);

	return (0.6 + 0.4 * quality_of(g, product_id, brand, q)) * (1.0 - 0.3 * q);
}

/*
 * A product as a shopper picks one: a uniform product kept with a chance
 * equal to its popularity (base_popularity() times merit(), a pure function
 * of seed and product), else another, up to a bound after which the last
 * candidate stands.  The trials draw from a stream keyed by one draw of r,
 * so this always consumes exactly one draw of r, and nothing per product is
 * stored: any catalogue size costs the same per pick.
 */
#define POPULAR_MAX_TRIALS 200

int64
cs_pick_popular_product(const GenCtx *g, CsRand *r)
{
	int64		n = g->n_drv[DRV_PRODUCTS];
	int			k = popularity_power(g);
	CsRand		t;
	int64		p = 1;
	int			i;

	cs_rand_init(&t, g->seed, ST_PRODUCT, 0);
	t.key = cs_mix(t.key ^ cs_next(r));
	for (i = 0; i < POPULAR_MAX_TRIALS; i++)
	{
		p = 1 + cs_range(&t, 0, n - 1);
		if (cs_unit(&t) >= base_popularity(g, p, k))
			continue;
		if (cs_unit(&t) < merit(g, p))
			break;
	}
	return p;
}

/* "ELE-7Q2K9X": the department code and 6 base32 characters unique to the product. */
static void
product_sku(const GenCtx *g, const ProductFacts *f, char *buf)
{
	char		code[8];

	if (g->n_drv[DRV_PRODUCTS] > (INT64CONST(1) << SKU_BITS))
		elog(ERROR, "too many products for 6-character SKUs");
	cs_base32(cs_permute(perm_key(g, PK_SKU), (uint64) (f->id - 1), UINT64CONST(1) << SKU_BITS),
			  code, 6);
	snprintf(buf, 16, "%s-%s", cs_departments[f->dept].code, code);
}

static const ColumnSpec product_cols[] = {
	{.name = "product_id", .typid = INT8OID},
	{.name = "supplier_id", .typid = INT8OID},
	{.name = "category_id", .typid = INT8OID},
	{.name = "sku", .typid = TEXTOID, .c_collation = true},
	{.name = "name", .typid = TEXTOID},
	{.name = "description", .typid = TEXTOID, .nullable = true},
	{.name = "price", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "cost_price", .typid = NUMERICOID, .precision = 12, .scale = 2},
	{.name = "weight_grams", .typid = INT4OID},
	{.name = "discontinued", .typid = BOOLOID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
};

static void
emit_product(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	ProductFacts f;
	CsRand		r;
	char		sku[16];
	char		name[256];
	int64		grams;

	ids->next++;
	/* a product listed after the as-of instant keeps its id for later */
	if (sink == NULL || cs_product_created_at(g, unit + 1) > g->t_end)
		return;

	product_facts(g, unit + 1, &f);
	product_sku(g, &f, sku);
	format_name(g, &f, name, sizeof(name));

	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(f.id);
	sink->values[1] = Int64GetDatum(f.supplier_id);
	sink->values[2] = Int64GetDatum(f.leaf + 1);
	sink->values[3] = cs_text(sku);
	sink->values[4] = cs_text(name);

	product_rand(&r, g, f.id, PF_DESC_NULL);
	sink->nulls[5] = cs_chance(&r, 0.03);
	r.field = PF_DESC;
	if (f.info->title_a)
		sink->values[5] = cs_textf("%s Published by %s.",
								   pick(&r, f.info->blurbs, f.info->nblurbs), f.brand->name);
	else
		sink->values[5] = cs_textf("%s %s by %s. %s", product_adjective(g, &f),
								   cs_categories[f.leaf].noun, f.brand->name,
								   f.info->blurbs ? pick(&r, f.info->blurbs, f.info->nblurbs)
								   : pick(&r, f.style->blurbs, f.style->nblurbs));

	/* the price of the as-of instant: before a price change, the old one */
	sink->values[6] = cs_money(cs_product_price_at(g, f.id, g->t_end));
	sink->values[7] = cs_money(f.cost);
	r.field = PF_WEIGHT;
	grams = cs_range(&r, f.info->wmin, f.info->wmax);
	if (f.variant >= 0 && f.info->variant_grams)
		grams += f.info->variant_grams[f.variant];
	sink->values[8] = Int32GetDatum((int32) grams);
	sink->values[9] = BoolGetDatum(cs_product_discontinued(g, f.id));
	sink->values[10] = TimestampTzGetDatum(cs_product_created_at(g, f.id));
	cs_sink_put(sink);
}

const TableSpec cs_table_products = {
	.name = "products",
	.cols = product_cols,
	.ncols = lengthof(product_cols),
	.driver = DRV_PRODUCTS,
	.emit = emit_product,
	.companion = NULL,
	.id_column = "product_id",
	.approx_row_bytes = 300,
	.one_per_unit = false
};

/*
 * inventory
 *
 * Each product is stocked in 2-5 distinct warehouses, the big ones more
 * often: drawn one after another by capacity, each drawn warehouse's weight
 * then set to zero, so no warehouse can come twice.  Rows are emitted in
 * warehouse order.  The values of a (product, warehouse) pair come from
 * fields of their own, so they do not depend on the other warehouses drawn.
 */

#define IF_COUNT	0
#define IF_PICK		1
#define IF_CELL		8		/* then IF_STRIDE fields per warehouse: */
						/* reorder level, stock (2 draws), updated_at (2 draws) */
#define IF_STRIDE	5

static const ColumnSpec inventory_cols[] = {
	{.name = "warehouse_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "quantity", .typid = INT4OID},
	{.name = "reorder_level", .typid = INT4OID},
	{.name = "updated_at", .typid = TIMESTAMPTZOID},
};

/*
 * Cycle counting: each warehouse counts every stocked product once every
 * CYCLE_COUNT_PERIOD, at a phase of its own (a pure function of the cell),
 * and inventory.updated_at is the last count, or the listing when no count
 * has come since.  *count_no numbers the counts of the cell (-1 for the
 * listing's stock-in), so the quantity found can be drawn afresh at each.
 */
#define CYCLE_COUNT_PERIOD	(30 * US_DAY)
#define COUNT_NO_BIAS		(INT64CONST(1) << 20)

static TimestampTz
cycle_count(const GenCtx *g, int64 product_id, int warehouse, TimestampTz created,
			TimestampTz t, int64 *count_no)
{
	CsRand		r;
	TimestampTz first;
	int64		k;

	cs_rand_init(&r, g->seed, ST_INVENTORY, (uint64) product_id);
	r.field = IF_CELL + IF_STRIDE * warehouse + 3;
	/* count k of the cell is at first + k * period; k = 0 in the window's first period */
	first = g->t_start + cs_range(&r, 0, CYCLE_COUNT_PERIOD - 1);
	k = cs_floor_div(t - first, CYCLE_COUNT_PERIOD);
	if (first + k * CYCLE_COUNT_PERIOD <= created)
	{
		*count_no = -1;
		return created;
	}
	*count_no = k;
	return first + k * CYCLE_COUNT_PERIOD;
}

/*
 * Whether the rows of product p (the product, its inventory, attributes,
 * images and audit events) change in (from, to]: listed, repriced, or
 * counted in a warehouse then.
 */
bool
cs_product_changes(const GenCtx *g, int64 product_id, TimestampTz from, TimestampTz to)
{
	TimestampTz created = cs_product_created_at(g, product_id);
	TimestampTz changed_at;
	int64		old_price;
	int			i;

	if (created > from && created <= to)
		return true;
	if (created > to)
		return false;
	if (cs_product_price_change(g, product_id, &changed_at, &old_price) &&
		changed_at > from && changed_at <= to)
		return true;
	/* any warehouse: a count in (from, to] moves the last count */
	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
	{
		int64		k1,
					k2;

		cycle_count(g, product_id, i, created, from, &k1);
		cycle_count(g, product_id, i, created, to, &k2);
		if (k1 != k2)
			return true;
	}
	return false;
}

static void
emit_inventory(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		product_id = unit + 1;
	int			w[CS_NUM_WAREHOUSES];
	bool		stocked[CS_NUM_WAREHOUSES];
	int			k;
	int			i;
	bool		discontinued;
	TimestampTz created;
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_INVENTORY, (uint64) product_id);
	r.field = IF_COUNT;
	k = (int) cs_range(&r, 2, 5);
	ids->next += k;
	created = cs_product_created_at(g, product_id);
	if (sink == NULL || created > g->t_end)
		return;

	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
	{
		w[i] = cs_warehouses[i].capacity;
		stocked[i] = false;
	}
	for (i = 0; i < k; i++)
	{
		int			h;

		r.field = IF_PICK + i;
		h = cs_weighted(&r, w, CS_NUM_WAREHOUSES);
		stocked[h] = true;
		w[h] = 0;
	}

	discontinued = cs_product_discontinued(g, product_id);
	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
	{
		int32		qty;
		int32		reorder;
		TimestampTz updated;
		double		u;
		int64		count_no;
		CsRand		q;

		if (!stocked[i])
			continue;
		r.field = IF_CELL + IF_STRIDE * i;
		reorder = (int32) cs_range(&r, 5, 50);
		/* the stock found by the last cycle count, drawn afresh at each count */
		updated = cycle_count(g, product_id, i, created, g->t_end, &count_no);
		cs_rand_init(&q, g->seed, ST_INVENTORY,
					 (uint64) product_id | ((uint64) (count_no + COUNT_NO_BIAS) << 32));
		q.field = IF_CELL + IF_STRIDE * i + 1;
		if (discontinued)
		{
			/* being sold off: mostly gone, a few units left here and there */
			qty = cs_chance(&q, 0.75) ? 0 : (int32) cs_range(&q, 1, 20);
		}
		else
		{
			/*
			 * 6% out of stock awaiting a purchase order, 8% running low (at or
			 * below the reorder level), the rest above it up to 500, most
			 * near the low end: about 70% of warehouse capacity overall.
			 */
			static const int state_weight[3] = {6, 8, 86};

			switch (cs_weighted(&q, state_weight, 3))
			{
				case 0:
					qty = 0;
					break;
				case 1:
					qty = (int32) cs_range(&q, 1, reorder);
					break;
				default:
					u = cs_unit(&q);
					qty = reorder + 1 + (int32) ((double) (499 - reorder) * u * u);
					break;
			}
		}

		cs_row_begin(sink);
		sink->values[0] = Int64GetDatum(i + 1);
		sink->values[1] = Int64GetDatum(product_id);
		sink->values[2] = Int32GetDatum(qty);
		sink->values[3] = Int32GetDatum(reorder);
		sink->values[4] = TimestampTzGetDatum(updated);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_inventory = {
	.name = "inventory",
	.cols = inventory_cols,
	.ncols = lengthof(inventory_cols),
	.driver = DRV_PRODUCTS,
	.emit = emit_inventory,
	.companion = NULL,
	.id_column = NULL,
	.approx_row_bytes = 110,
	.one_per_unit = false
};

/*
 * product_attributes: "brand" first, then the listed attributes in the
 * department's order, so (product_id, name) is unique by construction.
 */

static const ColumnSpec attribute_cols[] = {
	{.name = "attribute_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "name", .typid = TEXTOID},
	{.name = "value", .typid = TEXTOID},
};

static Datum
attr_value(const GenCtx *g, const ProductFacts *f, int a)
{
	const char *attr = cs_departments[f->dept].attributes[a];
	const CsAttrRule *ru = attr_rule(attr, f->dept, f->leaf);
	CsRand		r;
	int			year,
				month,
				mday;

	cs_rand_init(&r, g->seed, ST_ATTRIBUTE, (uint64) f->id);
	r.field = ATF_VALUE + ATF_STRIDE * a;
	Assert(ru != NULL);
	switch (ru->kind)
	{
		case AV_LIST:
			return cs_text(pick(&r, ru->values, ru->nvalues));
		case AV_VARIANT:
			return cs_text(f->info->variants[f->variant]);
		case AV_VARIANT_PART:
			{
				/* "8 GB RAM, 128 GB": part 0 is the memory, part 1 the storage */
				const char *s = f->info->variants[f->variant];
				const char *end;
				int			part;

				for (part = 0; part < ru->lo && s != NULL; part++)
				{
					s = strstr(s, ", ");
					if (s)
						s += 2;
				}
				if (s == NULL)
					elog(ERROR, "variant \"%s\" has no part %d", f->info->variants[f->variant], ru->lo);
				end = strstr(s, ", ");
				if (end == NULL)
					end = s + strlen(s);
				/* "8 GB RAM" is the ram attribute's "8 GB" */
				if (end - s > 4 && strncmp(end - 4, " RAM", 4) == 0)
					end -= 4;
				return cs_text(pnstrdup(s, end - s));
			}
		case AV_AUTHOR:
			{
				/* both parts of an author's name from one community */
				const CsCommunity *cm = &cs_communities[cs_range(&r, 0, CS_N_COMMUNITIES - 1)];

				if (cs_chance(&r, 0.5))
					return cs_textf("%s %s", pick(&r, cm->female, cm->nfemale),
									pick(&r, cm->last, cm->nlast));
				return cs_textf("%s %s", pick(&r, cm->male, cm->nmale),
								pick(&r, cm->last, cm->nlast));
			}
		case AV_COLOUR:
			return cs_text(f->colour);
		case AV_YEAR:
			j2date(cs_date_of(cs_product_created_at(g, f->id)) + POSTGRES_EPOCH_JDATE,
				   &year, &month, &mday);
			return cs_textf("%d", year);
		case AV_PAGES:
			return cs_textf("%d", ru->lo + 8 * (int) cs_range(&r, 0, (ru->hi - ru->lo) / 8));
		case AV_NONE:
			break;
	}
	elog(ERROR, "attribute \"%s\" does not apply", attr);
	return (Datum) 0;
}

static void
emit_product_attributes(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	ProductFacts f;
	int			i;

	if (sink == NULL || cs_product_created_at(g, unit + 1) > g->t_end)
	{
		int			app[MAX_ATTRS];
		int			napp;

		/* only the count: the department, the leaf and one draw */
		f.id = unit + 1;
		f.leaf = product_leaf(g, f.id, &f.dept);
		f.info = leaf_of(f.leaf);
		f.variant = f.info->nvariants > 0 ? 0 : -1;	/* only whether there is one matters */
		ids->next += 1 + attr_count(g, &f, app, &napp);
		return;
	}

	product_facts(g, unit + 1, &f);
	cs_row_begin(sink);
	sink->values[0] = Int64GetDatum(ids->next++);
	sink->values[1] = Int64GetDatum(f.id);
	sink->values[2] = cs_text("brand");
	sink->values[3] = cs_text(f.brand->name);
	cs_sink_put(sink);
	for (i = 0; i < f.nattr; i++)
	{
		cs_row_begin(sink);
		sink->values[0] = Int64GetDatum(ids->next++);
		sink->values[1] = Int64GetDatum(f.id);
		sink->values[2] = cs_text(cs_departments[f.dept].attributes[f.attr[i]]);
		sink->values[3] = attr_value(g, &f, f.attr[i]);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_product_attributes = {
	.name = "product_attributes",
	.cols = attribute_cols,
	.ncols = lengthof(attribute_cols),
	.driver = DRV_PRODUCTS,
	.emit = emit_product_attributes,
	.companion = NULL,
	.id_column = "attribute_id",
	.approx_row_bytes = 125,
	.one_per_unit = false
};

/* product_images: 1-4 gallery images on the reserved example domain, position 1 the main one */

static const ColumnSpec image_cols[] = {
	{.name = "image_id", .typid = INT8OID},
	{.name = "product_id", .typid = INT8OID},
	{.name = "url", .typid = TEXTOID},
	{.name = "alt_text", .typid = TEXTOID},
	{.name = "position", .typid = INT4OID},
};

static void
emit_product_images(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	static const int count_weight[4] = {15, 30, 35, 20};
	ProductFacts f;
	CsRand		r;
	char		sku[16];
	char		name[256];
	int			k;
	int			i;

	cs_rand_init(&r, g->seed, ST_IMAGE, (uint64) (unit + 1));
	k = 1 + cs_weighted(&r, count_weight, 4);
	if (sink == NULL || cs_product_created_at(g, unit + 1) > g->t_end)
	{
		ids->next += k;
		return;
	}

	product_facts(g, unit + 1, &f);
	product_sku(g, &f, sku);
	format_name(g, &f, name, sizeof(name));
	for (i = 1; i <= k; i++)
	{
		cs_row_begin(sink);
		sink->values[0] = Int64GetDatum(ids->next++);
		sink->values[1] = Int64GetDatum(f.id);
		sink->values[2] = cs_textf("https://img.example.com/products/%s/%d.jpg", sku, i);
		sink->values[3] = cs_textf("%s image %d", name, i);
		sink->values[4] = Int32GetDatum(i);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_product_images = {
	.name = "product_images",
	.cols = image_cols,
	.ncols = lengthof(image_cols),
	.driver = DRV_PRODUCTS,
	.emit = emit_product_images,
	.companion = NULL,
	.id_column = "image_id",
	.approx_row_bytes = 210,
	.one_per_unit = false
};
