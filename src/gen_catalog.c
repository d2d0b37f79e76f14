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


/*
 * Department indexes, in the order of cs_departments in words.c.  The
 * per-department tables below are indexed by them; a department added to
 * words.c without a row here falls back to the generic word lists.
 */
#define DEPT_ELECTRONICS	0
#define DEPT_FASHION		1
#define DEPT_HOME			2
#define DEPT_BEAUTY			3
#define DEPT_BOOKS			4
#define DEPT_SPORTS			5
#define DEPT_GROCERY		6
#define DEPT_TOYS			7

/* Salts of the keyed permutations drawn from ST_PERMUTE (gen_procurement.c uses 16 and up). */
#define PK_POPULARITY		1
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
	{"category_id", INT8OID},
	{"parent_category_id", INT8OID, .nullable = true},
	{"name", TEXTOID},
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
	"categories", category_cols, lengthof(category_cols), DRV_CATEGORIES,
	emit_category, NULL, "category_id", 120, true
};

/* warehouses: fixed list, warehouse_id = index + 1 */

static const ColumnSpec warehouse_cols[] = {
	{"warehouse_id", INT8OID},
	{"name", TEXTOID},
	{"city", TEXTOID},
	{"state", TEXTOID},
	{"pincode", TEXTOID},
	{"capacity_units", INT4OID},
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
	"warehouses", warehouse_cols, lengthof(warehouse_cols), DRV_WAREHOUSES,
	emit_warehouse, NULL, "warehouse_id", 150, true
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

static const char *const supplier_extras[] = {
	"Metro", "National", "Bharat", "Deccan", "Coastal", "Royal", "United", "Modern",
	"Star", "Golden", "Supreme", "Apex", "Jyoti", "Shakti", "Sagar", "Kamal",
	"Akash", "Prabhat", "Janata", "Mahalaxmi",
};

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
	int64		ne = lengthof(supplier_extras);
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
				 supplier_extras[(combo / nh) % ne], tail);
	else
		snprintf(buf, len, "%s %s %s %d", cs_company_heads[combo % nh],
				 supplier_extras[(combo / nh) % ne], tail, (int) round + 1);
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
	{"supplier_id", INT8OID},
	{"name", TEXTOID},
	{"rating", INT4OID},
	{"contact_email", TEXTOID},
	{"phone", TEXTOID, .nullable = true},
	{"city", TEXTOID},
	{"state", TEXTOID},
	{"created_at", TIMESTAMPTZOID},
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
	"suppliers", supplier_cols, lengthof(supplier_cols), DRV_SUPPLIERS,
	emit_supplier, NULL, "supplier_id", 280, true
};

/*
 * products
 *
 * The words of a product depend on its department (a "Pro" pressure cooker
 * but no "Pro" cashews) and its leaf category (a size, a volume, a weight).
 */

typedef struct DeptStyle
{
	const char *const *adjectives;
	int			nadjectives;
	const char *const *colours;
	int			ncolours;
	int			cost_lo_bp;		/* cost as a share of price, basis points */
	int			cost_hi_bp;
	const char *const *blurbs;
	int			nblurbs;
} DeptStyle;

static const char *const adj_electronics[] = {"Pro", "Lite", "Max", "Smart", "Ultra", "Nova", "Prime", "Neo"};
static const char *const adj_fashion[] = {"Classic", "Premium", "Everyday", "Signature", "Royal", "Festive", "Handcrafted", "Comfort"};
static const char *const adj_home[] = {"Classic", "Premium", "Deluxe", "Eco", "Smart", "Essential", "Pro", "Everyday"};
static const char *const adj_beauty[] = {"Natural", "Herbal", "Ayurvedic", "Premium", "Daily", "Pure", "Radiance", "Gentle"};
static const char *const adj_sports[] = {"Pro", "Classic", "Premium", "Comfort", "Elite", "Champion", "Lite", "Eco"};
static const char *const adj_grocery[] = {"Premium", "Organic", "Classic", "Royal", "Select", "Everyday", "Farm Fresh", "Pure"};
static const char *const adj_toys[] = {"Classic", "Deluxe", "Smart", "Junior", "Happy", "Mini", "Little", "Super"};

/* devices come in sober colours; the rest use the whole palette */
static const char *const colours_electronics[] = {"Black", "White", "Grey", "Navy Blue", "Teal", "Red"};

/* blurbs fit every leaf of their department; leaves that need their own have them in LeafInfo */
static const char *const blurbs_electronics[] = {
	"Sleek design and solid build quality.",
	"Thoughtfully engineered for everyday use.",
	"Backed by the brand's warranty and a pan-India service network.",
	"Compact, durable and easy to carry.",
};
static const char *const blurbs_fashion[] = {
	"Designed for festive occasions and everyday wear alike.",
	"Comfortable all day, made for Indian weather.",
	"Neat finishing and lasting quality.",
	"A versatile pick that pairs with almost anything.",
};
static const char *const blurbs_home[] = {
	"Easy to clean and made to last for years of daily use.",
	"Thoughtfully designed for Indian homes.",
	"Sturdy build with a clean, modern look.",
	"Quality-checked materials you can rely on.",
};
static const char *const blurbs_beauty[] = {
	"Made with time-tested natural ingredients, free from parabens.",
	"Dermatologically tested and suitable for daily use.",
	"Cruelty-free and made in India.",
	"A daily essential for your self-care routine.",
};
static const char *const blurbs_sports[] = {
	"Built for daily practice and weekend games.",
	"Durable, lightweight and comfortable for hours of use.",
	"Chosen by coaches for beginners and seasoned players.",
};
static const char *const blurbs_grocery[] = {
	"Carefully sourced and packed fresh in a resealable pouch.",
	"No added colours or preservatives.",
	"Rich aroma and full flavour, just like home.",
	"Hygienically processed and sealed for freshness.",
};
static const char *const blurbs_toys[] = {
	"Made from child-safe, non-toxic materials.",
	"A thoughtful gift for birthdays and festivals.",
	"Sturdy enough for years of play.",
};
static const char *const blurbs_generic[] = {
	"Quality you can trust, at a fair price.",
};

/*
 * Cost is 55-80% of the price: thin margins on devices and groceries, fat
 * ones on clothes and cosmetics, as in Indian retail.  colours NULL means
 * the whole of cs_colours.
 */
static const DeptStyle dept_styles[] = {
	[DEPT_ELECTRONICS] = {CS_LIST(adj_electronics), CS_LIST(colours_electronics), 7000, 8000, CS_LIST(blurbs_electronics)},
	[DEPT_FASHION] = {CS_LIST(adj_fashion), NULL, 0, 5500, 6500, CS_LIST(blurbs_fashion)},
	[DEPT_HOME] = {CS_LIST(adj_home), NULL, 0, 6200, 7400, CS_LIST(blurbs_home)},
	[DEPT_BEAUTY] = {CS_LIST(adj_beauty), NULL, 0, 5500, 6500, CS_LIST(blurbs_beauty)},
	[DEPT_BOOKS] = {NULL, 0, NULL, 0, 6000, 7200, CS_LIST(blurbs_generic)},
	[DEPT_SPORTS] = {CS_LIST(adj_sports), NULL, 0, 6200, 7400, CS_LIST(blurbs_sports)},
	[DEPT_GROCERY] = {CS_LIST(adj_grocery), NULL, 0, 6800, 8000, CS_LIST(blurbs_grocery)},
	[DEPT_TOYS] = {CS_LIST(adj_toys), NULL, 0, 6000, 7200, CS_LIST(blurbs_toys)},
};

static const DeptStyle dept_style_generic = {NULL, 0, NULL, 0, 6000, 7500, CS_LIST(blurbs_generic)};

static const DeptStyle *
dept_style(int dept)
{
	if (dept < (int) lengthof(dept_styles) && dept_styles[dept].cost_hi_bp > 0)
		return &dept_styles[dept];
	return &dept_style_generic;
}

/*
 * Per leaf category: the variants a product comes in (in rising price
 * order: the variant follows the price drawn, so the 1 kg pack is dearer
 * than the 250 g one), the weight each variant adds, the packed shipping
 * weight range, and for books the title parts and blurbs.
 */
typedef struct LeafInfo
{
	const char *const *variants;
	int			nvariants;
	const int  *variant_grams;	/* net weight of each variant, or NULL */
	int			wmin;			/* shipping weight in grams, on top of variant_grams */
	int			wmax;
	const char *const *title_a;
	int			ntitle_a;
	const char *const *title_b;
	int			ntitle_b;
	const char *const *blurbs;	/* replaces the department's */
	int			nblurbs;
} LeafInfo;

static const char *const v_phone[] = {"4 GB RAM, 64 GB", "6 GB RAM, 128 GB", "8 GB RAM, 128 GB", "8 GB RAM, 256 GB", "12 GB RAM, 256 GB"};
static const char *const v_powerbank[] = {"5000 mAh", "10000 mAh", "20000 mAh"};
static const int g_powerbank[] = {0, 100, 250};
static const char *const v_laptop[] = {"15.6-inch, 8 GB RAM, 256 GB SSD", "14-inch, 8 GB RAM, 512 GB SSD", "15.6-inch, 16 GB RAM, 512 GB SSD", "14-inch, 16 GB RAM, 1 TB SSD"};
static const char *const v_headphones[] = {"In-Ear", "On-Ear", "Over-Ear"};
static const int g_headphones[] = {0, 100, 180};
static const char *const v_speaker[] = {"10 W", "20 W", "40 W"};
static const int g_speaker[] = {0, 400, 1200};
static const char *const v_cooker[] = {"2 L", "3 L", "5 L", "7.5 L"};
static const int g_cooker[] = {1500, 1900, 2600, 3800};
static const char *const v_tawa[] = {"26 cm", "28 cm", "30 cm"};
static const int g_tawa[] = {700, 850, 1000};
static const char *const v_mixer[] = {"500 W", "750 W", "1000 W"};
static const char *const v_purifier[] = {"UV", "RO+UV", "RO+UV+UF"};
static const char *const v_bedsheet[] = {"with 2 Pillow Covers"};
static const char *const v_serum[] = {"30 ml", "50 ml"};
static const int g_serum[] = {30, 50};
static const char *const v_hairoil[] = {"100 ml", "200 ml", "300 ml"};
static const int g_hairoil[] = {95, 190, 285};
static const char *const v_perfume[] = {"50 ml", "100 ml"};
static const int g_perfume[] = {50, 100};
static const char *const v_yogamat[] = {"4 mm", "6 mm", "8 mm"};
static const int g_yogamat[] = {800, 1100, 1400};
static const char *const v_bat[] = {"Size 5", "Size 6", "Short Handle"};
static const char *const v_cycle[] = {"24T, Single Speed", "26T, Single Speed", "27.5T, 21 Speed"};
static const char *const v_tea[] = {"250 g", "500 g", "1 kg"};
static const int g_tea[] = {250, 500, 1000};
static const char *const v_cashews[] = {"200 g", "500 g", "1 kg"};
static const int g_cashews[] = {200, 500, 1000};
static const char *const v_masala[] = {"100 g", "200 g", "500 g"};
static const int g_masala[] = {100, 200, 500};
static const char *const v_teddy[] = {"30 cm", "60 cm", "90 cm"};
static const int g_teddy[] = {0, 350, 900};
static const char *const v_blocks[] = {"100 Pieces", "250 Pieces", "500 Pieces"};
static const int g_blocks[] = {0, 450, 1000};
static const char *const v_diapers[] = {"Small, 86 Count", "Medium, 76 Count", "Large, 64 Count"};

static const char *const fiction_a[] = {
	"The Monsoon", "The Silent", "The Last", "The Forgotten", "The Hidden", "The Paper",
	"The Crimson", "The Lost", "The Hollow", "The Burning", "The Midnight", "The Salt",
};
static const char *const fiction_b[] = {
	"Letters", "Harbour", "Kingdom", "Garden", "Promise", "Station", "Palace", "River",
	"Orchard", "Verandah", "Courtyard", "Horizon",
};
static const char *const exam_a[] = {
	"JEE Main", "NEET UG", "UPSC Prelims", "SSC CGL", "CAT", "GATE", "IBPS PO", "CBSE Class 12",
};
static const char *const exam_b[] = {
	"Physics", "Chemistry", "Mathematics", "General Studies", "Quantitative Aptitude",
	"Logical Reasoning", "English", "Biology",
};
static const char *const kids_a[] = {
	"The Brave Little", "The Curious", "The Sleepy", "The Clever", "The Tiny", "The Happy",
	"The Hungry", "The Magic",
};
static const char *const kids_b[] = {
	"Elephant", "Tiger", "Peacock", "Monkey", "Mango Tree", "Kite", "Rickshaw", "Parrot", "Tortoise",
};
static const char *const blurbs_fiction[] = {
	"A sweeping story of family, memory and the places we leave behind.",
	"A gripping page-turner set across three generations.",
	"A tender, funny and unforgettable debut.",
};
static const char *const blurbs_exam[] = {
	"Chapter-wise theory, solved examples and previous years' papers with answers.",
	"Updated to the latest syllabus, with practice sets and mock tests.",
	"Concise revision notes and thousands of practice questions.",
};
static const char *const blurbs_diapers[] = {
	"Up to 12 hours of dryness with a soft, breathable outer cover.",
	"Gentle on baby's skin, with a wetness indicator and stretchy sides.",
};
static const char *const blurbs_kids[] = {
	"A delightful read-aloud story with colourful illustrations.",
	"Bright pictures and simple words for young readers.",
	"A bedtime favourite about friendship and courage.",
};

/* Indexed by position in cs_categories; leaves without a row get 250-1500 g and no variants. */
static const LeafInfo leaf_info[] = {
	[11] = {CS_LIST(v_phone), NULL, 150, 230},
	[12] = {NULL, 0, NULL, 20, 60},
	[13] = {CS_LIST(v_powerbank), g_powerbank, 150, 220},
	[14] = {CS_LIST(v_laptop), NULL, 1300, 2400},
	[15] = {NULL, 0, NULL, 300, 900},
	[16] = {CS_LIST(v_headphones), g_headphones, 60, 150},
	[17] = {CS_LIST(v_speaker), g_speaker, 300, 800},
	[21] = {NULL, 0, NULL, 180, 300},
	[22] = {NULL, 0, NULL, 200, 450},
	[23] = {NULL, 0, NULL, 450, 900},
	[24] = {NULL, 0, NULL, 150, 350},
	[25] = {NULL, 0, NULL, 600, 1100},
	[26] = {NULL, 0, NULL, 300, 700},
	[29] = {CS_LIST(v_cooker), g_cooker, 300, 800},
	[30] = {CS_LIST(v_tawa), g_tawa, 100, 300},
	[31] = {CS_LIST(v_mixer), NULL, 3000, 5500},
	[32] = {CS_LIST(v_purifier), NULL, 6000, 10000},
	[33] = {CS_LIST(v_bedsheet), NULL, 700, 1500},
	[34] = {CS_LIST(v_serum), g_serum, 60, 120},
	[35] = {CS_LIST(v_hairoil), g_hairoil, 30, 70},
	[36] = {CS_LIST(v_perfume), g_perfume, 150, 300},
	[37] = {NULL, 0, NULL, 220, 600, CS_LIST(fiction_a), CS_LIST(fiction_b), CS_LIST(blurbs_fiction)},
	[38] = {NULL, 0, NULL, 500, 1400, CS_LIST(exam_a), CS_LIST(exam_b), CS_LIST(blurbs_exam)},
	[39] = {NULL, 0, NULL, 120, 350, CS_LIST(kids_a), CS_LIST(kids_b), CS_LIST(blurbs_kids)},
	[40] = {CS_LIST(v_yogamat), g_yogamat, 100, 300},
	[41] = {CS_LIST(v_bat), NULL, 1100, 1400},
	[42] = {CS_LIST(v_cycle), NULL, 12000, 17000},
	[43] = {CS_LIST(v_tea), g_tea, 20, 60},
	[44] = {CS_LIST(v_cashews), g_cashews, 15, 50},
	[45] = {CS_LIST(v_masala), g_masala, 10, 40},
	[46] = {CS_LIST(v_teddy), g_teddy, 200, 400},
	[47] = {CS_LIST(v_blocks), g_blocks, 300, 500},
	[48] = {CS_LIST(v_diapers), NULL, 1000, 2500, NULL, 0, NULL, 0, CS_LIST(blurbs_diapers)},
};

static const LeafInfo leaf_info_generic = {NULL, 0, NULL, 250, 1500};

static const LeafInfo *
leaf_of(int leaf)
{
	if (leaf < (int) lengthof(leaf_info) && leaf_info[leaf].wmax > 0)
		return &leaf_info[leaf];
	return &leaf_info_generic;
}

/*
 * Attribute values.  A rule gives the values of an attribute for a leaf, a
 * department, or anywhere (most specific wins); AV_NONE says the attribute
 * does not apply there (no "fit" for a saree), and an attribute without any
 * rule never applies.
 */
typedef enum AttrKind
{
	AV_LIST,					/* one of values[] */
	AV_NONE,					/* not applicable */
	AV_VARIANT,					/* the variant in the product's name */
	AV_COLOUR,					/* the colour in the product's name */
	AV_YEAR,					/* the year the product was listed */
	AV_PAGES					/* lo..hi in steps of 8 (printed signatures) */
} AttrKind;

typedef struct AttrRule
{
	const char *attr;
	int			dept;			/* -1: any */
	int			leaf;			/* -1: any */
	AttrKind	kind;
	const char *const *values;
	int			nvalues;
	int			lo;
	int			hi;
} AttrRule;

static const char *const a_warranty_elec[] = {"6 months", "1 year", "1 year", "1 year", "2 years"};
static const char *const a_warranty_home[] = {"1 year", "1 year", "2 years"};
static const char *const a_warranty_cooker[] = {"5 years", "5 years", "10 years"};
static const char *const a_warranty_sports[] = {"6 months", "1 year"};
static const char *const a_warranty_cycle[] = {"1 year on frame", "2 years on frame", "5 years on frame"};
static const char *const a_conn_phone[] = {"5G, Wi-Fi 6, Bluetooth 5.3", "5G, Wi-Fi 5, Bluetooth 5.2", "4G, Wi-Fi 5, Bluetooth 5.0"};
static const char *const a_conn_powerbank[] = {"USB-C PD, USB-A", "USB-C, Micro-USB, USB-A"};
static const char *const a_conn_laptop[] = {"Wi-Fi 6, Bluetooth 5.2", "Wi-Fi 6E, Bluetooth 5.3", "Wi-Fi 5, Bluetooth 5.0"};
static const char *const a_conn_keyboard[] = {"Bluetooth", "2.4 GHz USB receiver", "Bluetooth and 2.4 GHz"};
static const char *const a_conn_audio[] = {"Bluetooth 5.3", "Bluetooth 5.0", "Bluetooth 5.3, AUX"};
static const char *const a_size_apparel[] = {"S", "M", "M", "L", "L", "XL", "XXL"};
static const char *const a_size_saree[] = {"Free Size (5.5 m with 0.8 m blouse piece)"};
static const char *const a_size_shoes[] = {"UK 6", "UK 7", "UK 8", "UK 8", "UK 9", "UK 10"};
static const char *const a_mat_shirt[] = {"100% Cotton", "Cotton Blend", "Linen Blend"};
static const char *const a_mat_kurta[] = {"Cotton", "Khadi Cotton", "Silk Blend", "Rayon"};
static const char *const a_mat_saree[] = {"Banarasi Silk", "Cotton", "Georgette", "Chiffon", "Kanjeevaram Silk", "Chanderi"};
static const char *const a_mat_kurti[] = {"Rayon", "Cotton", "Georgette", "Crepe"};
static const char *const a_mat_sneakers[] = {"Mesh", "Synthetic Leather", "Canvas"};
static const char *const a_mat_sandals[] = {"Synthetic", "Leather", "EVA"};
static const char *const a_fit_shirt[] = {"Slim Fit", "Regular Fit"};
static const char *const a_fit_kurta[] = {"Regular Fit", "Straight", "Relaxed"};
static const char *const a_fit_kurti[] = {"Straight", "A-line", "Anarkali"};
static const char *const a_mat_cooker[] = {"Aluminium", "Stainless Steel", "Hard Anodised Aluminium"};
static const char *const a_mat_tawa[] = {"Aluminium, non-stick coated", "Cast Iron"};
static const char *const a_mat_mixer[] = {"Stainless steel jars, ABS body"};
static const char *const a_mat_purifier[] = {"Food-grade ABS"};
static const char *const a_mat_bedsheet[] = {"100% Cotton", "Microfibre", "Cotton Blend"};
static const char *const a_cap_mixer[] = {"3 jars", "3 jars", "4 jars"};
static const char *const a_cap_purifier[] = {"6 L", "7 L", "8 L", "10 L"};
static const char *const a_skin[] = {"All skin types", "Oily skin", "Dry skin", "Sensitive skin", "Combination skin"};
static const char *const a_shelf_beauty[] = {"24 months", "30 months", "36 months"};
static const char *const a_shelf_tea[] = {"18 months", "24 months"};
static const char *const a_shelf_nuts[] = {"6 months", "9 months"};
static const char *const a_shelf_masala[] = {"12 months", "18 months"};
static const char *const a_lang[] = {"English", "English", "English", "Hindi", "Tamil", "Bengali", "Marathi"};
static const char *const a_lang_exam[] = {"English", "English", "Hindi"};
static const char *const a_format[] = {"Paperback", "Paperback", "Paperback", "Hardcover"};
static const char *const a_format_kids[] = {"Paperback", "Board Book"};
static const char *const a_mat_yoga[] = {"TPE", "NBR Foam", "PVC"};
static const char *const a_mat_bat[] = {"Kashmir Willow", "English Willow"};
static const char *const a_mat_cycle[] = {"Steel frame", "Alloy frame"};
static const char *const a_origin_tea[] = {"Dibrugarh, Assam", "Jorhat, Assam", "Golaghat, Assam"};
static const char *const a_origin_nuts[] = {"Goa", "Kerala", "Konkan, Maharashtra"};
static const char *const a_origin_masala[] = {"Kerala", "Rajasthan", "Madhya Pradesh"};
static const char *const a_age_teddy[] = {"0+ years", "3+ years"};
static const char *const a_age_blocks[] = {"3+ years", "5+ years", "8+ years"};
static const char *const a_mat_teddy[] = {"Soft plush", "Velvet plush"};
static const char *const a_mat_blocks[] = {"ABS plastic", "Wood"};
static const char *const a_mat_diapers[] = {"Cotton-soft, breathable"};

#define RULE(attr, dept, leaf, list) {attr, dept, leaf, AV_LIST, CS_LIST(list)}
#define RULE_KIND(attr, dept, leaf, kind) {attr, dept, leaf, kind}

static const AttrRule attr_rules[] = {
	RULE_KIND("colour", -1, -1, AV_COLOUR),
	RULE_KIND("colour", -1, 41, AV_NONE),	/* a bat is the colour of willow */
	RULE_KIND("colour", -1, 48, AV_NONE),
	RULE("warranty", DEPT_ELECTRONICS, -1, a_warranty_elec),
	RULE_KIND("warranty", -1, 12, AV_NONE),
	RULE("warranty", DEPT_HOME, -1, a_warranty_home),
	RULE("warranty", -1, 29, a_warranty_cooker),
	RULE_KIND("warranty", -1, 33, AV_NONE),
	RULE("warranty", DEPT_SPORTS, -1, a_warranty_sports),
	RULE_KIND("warranty", -1, 40, AV_NONE),
	RULE("warranty", -1, 42, a_warranty_cycle),
	RULE_KIND("model_year", DEPT_ELECTRONICS, -1, AV_YEAR),
	RULE_KIND("model_year", -1, 12, AV_NONE),
	RULE("connectivity", -1, 11, a_conn_phone),
	RULE("connectivity", -1, 13, a_conn_powerbank),
	RULE("connectivity", -1, 14, a_conn_laptop),
	RULE("connectivity", -1, 15, a_conn_keyboard),
	RULE("connectivity", -1, 16, a_conn_audio),
	RULE("connectivity", -1, 17, a_conn_audio),
	RULE("size", -1, 21, a_size_apparel),
	RULE("size", -1, 22, a_size_apparel),
	RULE("size", -1, 23, a_size_saree),
	RULE("size", -1, 24, a_size_apparel),
	RULE("size", -1, 25, a_size_shoes),
	RULE("size", -1, 26, a_size_shoes),
	RULE("material", -1, 21, a_mat_shirt),
	RULE("material", -1, 22, a_mat_kurta),
	RULE("material", -1, 23, a_mat_saree),
	RULE("material", -1, 24, a_mat_kurti),
	RULE("material", -1, 25, a_mat_sneakers),
	RULE("material", -1, 26, a_mat_sandals),
	RULE("fit", -1, 21, a_fit_shirt),
	RULE("fit", -1, 22, a_fit_kurta),
	RULE("fit", -1, 24, a_fit_kurti),
	RULE("material", -1, 29, a_mat_cooker),
	RULE("material", -1, 30, a_mat_tawa),
	RULE("material", -1, 31, a_mat_mixer),
	RULE("material", -1, 32, a_mat_purifier),
	RULE("material", -1, 33, a_mat_bedsheet),
	RULE_KIND("capacity", -1, 29, AV_VARIANT),
	RULE("capacity", -1, 31, a_cap_mixer),
	RULE("capacity", -1, 32, a_cap_purifier),
	RULE_KIND("volume", DEPT_BEAUTY, -1, AV_VARIANT),
	RULE("skin_type", -1, 34, a_skin),
	RULE("shelf_life", DEPT_BEAUTY, -1, a_shelf_beauty),
	RULE("language", DEPT_BOOKS, -1, a_lang),
	RULE("language", -1, 38, a_lang_exam),
	RULE("format", DEPT_BOOKS, -1, a_format),
	RULE("format", -1, 39, a_format_kids),
	{"pages", -1, 37, AV_PAGES, NULL, 0, 160, 520},
	{"pages", -1, 38, AV_PAGES, NULL, 0, 240, 960},
	{"pages", -1, 39, AV_PAGES, NULL, 0, 24, 64},
	RULE("material", -1, 40, a_mat_yoga),
	RULE("material", -1, 41, a_mat_bat),
	RULE("material", -1, 42, a_mat_cycle),
	RULE_KIND("net_weight", DEPT_GROCERY, -1, AV_VARIANT),
	RULE("shelf_life", -1, 43, a_shelf_tea),
	RULE("shelf_life", -1, 44, a_shelf_nuts),
	RULE("shelf_life", -1, 45, a_shelf_masala),
	RULE("origin", -1, 43, a_origin_tea),
	RULE("origin", -1, 44, a_origin_nuts),
	RULE("origin", -1, 45, a_origin_masala),
	RULE("age_group", -1, 46, a_age_teddy),
	RULE("age_group", -1, 47, a_age_blocks),
	RULE("material", -1, 46, a_mat_teddy),
	RULE("material", -1, 47, a_mat_blocks),
	RULE("material", -1, 48, a_mat_diapers),
};

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
	PF_DESC
};

/* ST_ATTRIBUTE (row = product_id): the count, the selection, then one field per attribute */
#define AF_COUNT	0
#define AF_SELECT	1
#define AF_VALUE	16

#define MAX_ATTRS	8

/* What other columns and tables need to know about one product. */
typedef struct ProductFacts
{
	int64		id;
	int64		supplier_id;
	int			dept;
	int			leaf;			/* index in cs_categories */
	const DeptStyle *style;
	const LeafInfo *info;
	double		quantile;		/* where the price sits in the leaf's range, 0..1 */
	int64		price;			/* paise */
	int64		cost;			/* paise */
	int			variant;		/* index in info->variants, or -1 */
	const char *brand;
	const char *colour;
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
 * Price in paise within the leaf's range, most products near its cheap end
 * (the square of a uniform draw), and where it sits in the range.
 */
static int64
product_price_of(const GenCtx *g, int64 product_id, int leaf, double *quantile)
{
	const CsCategory *c = &cs_categories[leaf];
	CsRand		r;
	double		u;
	double		q;
	int64		rupees;

	product_rand(&r, g, product_id, PF_PRICE);
	u = cs_unit(&r);
	q = u * u;
	rupees = charm_rupees(c->min_price + (double) (c->max_price - c->min_price) * q);
	rupees = Max(rupees, c->min_price);
	rupees = Min(rupees, c->max_price);
	if (quantile)
		*quantile = q;
	return rupees * 100;
}

/* The supplier's price to us: a department-typical share of the selling price, in paise. */
static int64
product_cost_of(const GenCtx *g, int64 product_id, int dept, int64 price)
{
	const DeptStyle *st = dept_style(dept);
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
	return product_price_of(g, product_id, product_leaf(g, product_id, NULL), NULL);
}

/* products.cost_price in paise: what a purchase order pays per unit. */
int64
cs_product_cost(const GenCtx *g, int64 product_id)
{
	int			dept;
	int			leaf = product_leaf(g, product_id, &dept);

	return product_cost_of(g, product_id, dept, product_price_of(g, product_id, leaf, NULL));
}

/* products.category_id - 1: the product's leaf as an index into cs_categories. */
int
cs_product_category(const GenCtx *g, int64 product_id)
{
	return product_leaf(g, product_id, NULL);
}

/*
 * products.created_at: most products were listed between their supplier's
 * onboarding and the window; one in sixteen is new during the window.
 */
TimestampTz
cs_product_created_at(const GenCtx *g, int64 product_id)
{
	CsRand		r;
	TimestampTz from;

	product_rand(&r, g, product_id, PF_NEW);
	if (cs_chance(&r, 0.0625))
	{
		r.field = PF_CREATED;
		return g->t_start + (int64) ((double) (g->t_end - g->t_start) * cs_unit(&r));
	}
	/* a month after onboarding at the earliest; onboarding is a year or more before the window */
	from = supplier_created_at(g, cs_product_supplier(g, product_id)) + 30 * US_DAY;
	r.field = PF_CREATED;
	return from + (int64) ((double) (g->t_start - from) * cs_unit(&r));
}

static bool
product_discontinued(const GenCtx *g, int64 product_id)
{
	CsRand		r;

	product_rand(&r, g, product_id, PF_DISCONTINUED);
	return cs_chance(&r, 0.04);
}

/* The most specific rule for attribute attr of a leaf, or NULL. */
static const AttrRule *
attr_rule(const char *attr, int dept, int leaf)
{
	const AttrRule *best = NULL;
	int			best_rank = -1;
	int			i;

	for (i = 0; i < (int) lengthof(attr_rules); i++)
	{
		const AttrRule *ru = &attr_rules[i];
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
	const AttrRule *ru = attr_rule(cs_departments[f->dept].attributes[a], f->dept, f->leaf);

	if (ru == NULL || ru->kind == AV_NONE)
		return false;
	if (ru->kind == AV_VARIANT && f->variant < 0)
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
	r.field = AF_COUNT;
	return (int) cs_range(&r, Min(2, hi), hi);
}

/* Brands named after one trade ("Ashwa Cycles") make only that leaf's products. */
static const struct
{
	const char *brand;
	int			leaf;
}			brand_only_for[] = {
	{"Ashwa Cycles", 42},
	{"Chai Bagh", 43},
};

static bool
brand_fits(const char *brand, int leaf)
{
	int			i;

	for (i = 0; i < (int) lengthof(brand_only_for); i++)
		if (strcmp(brand, brand_only_for[i].brand) == 0)
			return brand_only_for[i].leaf == leaf;
	return true;
}

/* One of the department's brands that fit the leaf, uniformly (one draw). */
static const char *
product_brand(const CsDepartment *d, int leaf, CsRand *r)
{
	int			n = 0;
	int			k;
	int			i;

	for (i = 0; i < d->nbrands; i++)
		if (brand_fits(d->brands[i], leaf))
			n++;
	if (n == 0)
		return d->brands[cs_range(r, 0, d->nbrands - 1)];
	k = (int) cs_range(r, 0, n - 1);
	for (i = 0; i < d->nbrands; i++)
		if (brand_fits(d->brands[i], leaf) && k-- == 0)
			break;
	return d->brands[i];
}

/*
 * Everything about a product but its timestamps, weight and text: leaf,
 * price, cost, variant, brand, colour and which attributes it lists.
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
	f->price = product_price_of(g, product_id, f->leaf, &f->quantile);
	f->cost = product_cost_of(g, product_id, f->dept, f->price);

	/* the dearer end of the range gets the bigger pack, the more memory */
	f->variant = -1;
	if (f->info->nvariants > 0)
		f->variant = Min(f->info->nvariants - 1, (int) (f->quantile * f->info->nvariants));

	product_rand(&r, g, product_id, PF_BRAND);
	f->brand = product_brand(d, f->leaf, &r);
	r.field = PF_COLOUR;
	if (f->style->colours)
		f->colour = f->style->colours[cs_range(&r, 0, f->style->ncolours - 1)];
	else
		f->colour = cs_colours[cs_range(&r, 0, cs_n_colours - 1)];

	/* k of the applicable attributes, in the department's order (selection sampling) */
	k = attr_count(g, f, app, &napp);
	cs_rand_init(&r, g->seed, ST_ATTRIBUTE, (uint64) product_id);
	f->nattr = 0;
	f->shows_colour = false;
	for (i = 0; i < napp; i++)
	{
		r.field = AF_SELECT + i;
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

/* The book title: two parts drawn from the leaf's lists. */
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

/* An adjective not already in the brand (no "Khel Pro Pro Yoga Mat"), uniformly (one draw). */
static const char *
product_adjective(const GenCtx *g, const ProductFacts *f)
{
	const char *const *list = f->style->adjectives ? f->style->adjectives : cs_adjectives;
	int			n = f->style->adjectives ? f->style->nadjectives : cs_n_adjectives;
	int			fit = 0;
	int			k;
	int			i;
	CsRand		r;

	for (i = 0; i < n; i++)
		if (strstr(f->brand, list[i]) == NULL)
			fit++;
	product_rand(&r, g, f->id, PF_ADJ);
	if (fit == 0)
		return pick(&r, list, n);
	k = (int) cs_range(&r, 0, fit - 1);
	for (i = 0; i < n; i++)
		if (strstr(f->brand, list[i]) == NULL && k-- == 0)
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
	const char *variant = f->variant >= 0 ? f->info->variants[f->variant] : NULL;

	if (f->info->title_a)
	{
		char		title[128];

		book_title(g, f, title, sizeof(title));
		snprintf(buf, len, "%s - %s (%s)", title, noun, f->brand);
		return;
	}
	if (f->shows_colour && variant)
		snprintf(buf, len, "%s %s %s (%s, %s)", f->brand, product_adjective(g, f), noun, f->colour, variant);
	else if (f->shows_colour)
		snprintf(buf, len, "%s %s %s (%s)", f->brand, product_adjective(g, f), noun, f->colour);
	else if (variant)
		snprintf(buf, len, "%s %s %s (%s)", f->brand, product_adjective(g, f), noun, variant);
	else
		snprintf(buf, len, "%s %s %s", f->brand, product_adjective(g, f), noun);
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
 * A product as a shopper picks one: the popularity rank is P * u^4, so the
 * top 10% of ranks get 0.1^(1/4) = 56% of the picks and the top 1% 32%, and
 * a keyed permutation scatters the ranks over the product ids so best-sellers
 * are not simply the lowest ids.  Always consumes exactly one draw of r.
 */
int64
cs_pick_popular_product(const GenCtx *g, CsRand *r)
{
	int64		n = g->n_drv[DRV_PRODUCTS];
	double		u = cs_unit(r);
	int64		rank = (int64) ((double) n * (u * u * u * u));

	if (rank >= n)
		rank = n - 1;
	return 1 + (int64) cs_permute(perm_key(g, PK_POPULARITY), (uint64) rank, (uint64) n);
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
	{"product_id", INT8OID},
	{"supplier_id", INT8OID},
	{"category_id", INT8OID},
	{"sku", TEXTOID, .c_collation = true},
	{"name", TEXTOID},
	{"description", TEXTOID, .nullable = true},
	{"price", NUMERICOID, .precision = 12, .scale = 2},
	{"cost_price", NUMERICOID, .precision = 12, .scale = 2},
	{"weight_grams", INT4OID},
	{"discontinued", BOOLOID},
	{"created_at", TIMESTAMPTZOID},
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
	if (sink == NULL)
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
								   pick(&r, f.info->blurbs, f.info->nblurbs), f.brand);
	else
		sink->values[5] = cs_textf("%s %s by %s. %s", product_adjective(g, &f),
								   cs_categories[f.leaf].noun, f.brand,
								   f.info->blurbs ? pick(&r, f.info->blurbs, f.info->nblurbs)
								   : pick(&r, f.style->blurbs, f.style->nblurbs));

	sink->values[6] = cs_money(f.price);
	sink->values[7] = cs_money(f.cost);
	r.field = PF_WEIGHT;
	grams = cs_range(&r, f.info->wmin, f.info->wmax);
	if (f.variant >= 0 && f.info->variant_grams)
		grams += f.info->variant_grams[f.variant];
	sink->values[8] = Int32GetDatum((int32) grams);
	sink->values[9] = BoolGetDatum(product_discontinued(g, f.id));
	sink->values[10] = TimestampTzGetDatum(cs_product_created_at(g, f.id));
	cs_sink_put(sink);
}

const TableSpec cs_table_products = {
	"products", product_cols, lengthof(product_cols), DRV_PRODUCTS,
	emit_product, NULL, "product_id", 300, true
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
	{"warehouse_id", INT8OID},
	{"product_id", INT8OID},
	{"quantity", INT4OID},
	{"reorder_level", INT4OID},
	{"updated_at", TIMESTAMPTZOID},
};

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
	if (sink == NULL)
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

	discontinued = product_discontinued(g, product_id);
	created = cs_product_created_at(g, product_id);
	for (i = 0; i < CS_NUM_WAREHOUSES; i++)
	{
		int32		qty;
		int32		reorder;
		TimestampTz updated;
		double		u;

		if (!stocked[i])
			continue;
		r.field = IF_CELL + IF_STRIDE * i;
		reorder = (int32) cs_range(&r, 5, 50);
		r.field = IF_CELL + IF_STRIDE * i + 1;
		if (discontinued)
		{
			/* being sold off: mostly gone, a few units left here and there */
			qty = cs_chance(&r, 0.75) ? 0 : (int32) cs_range(&r, 1, 20);
		}
		else
		{
			/*
			 * 6% out of stock awaiting a purchase order, 8% running low (at or
			 * below the reorder level), the rest above it up to 500, most
			 * near the low end: about 70% of warehouse capacity overall.
			 */
			static const int state_weight[3] = {6, 8, 86};

			switch (cs_weighted(&r, state_weight, 3))
			{
				case 0:
					qty = 0;
					break;
				case 1:
					qty = (int32) cs_range(&r, 1, reorder);
					break;
				default:
					u = cs_unit(&r);
					qty = reorder + 1 + (int32) ((double) (499 - reorder) * u * u);
					break;
			}
		}

		cs_row_begin(sink);
		sink->values[0] = Int64GetDatum(i + 1);
		sink->values[1] = Int64GetDatum(product_id);
		sink->values[2] = Int32GetDatum(qty);
		sink->values[3] = Int32GetDatum(reorder);
		/* counted in the last 30 days, and not before the product was listed */
		r.field = IF_CELL + IF_STRIDE * i + 3;
		updated = g->t_end - cs_range(&r, 1, 30 * US_DAY);
		if (updated < created)
			updated = created + (int64) ((double) (g->t_end - created) * cs_unit(&r));
		sink->values[4] = TimestampTzGetDatum(updated);
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_inventory = {
	"inventory", inventory_cols, lengthof(inventory_cols), DRV_PRODUCTS,
	emit_inventory, NULL, NULL, 110, false
};

/*
 * product_attributes: "brand" first, then the listed attributes in the
 * department's order, so (product_id, name) is unique by construction.
 */

static const ColumnSpec attribute_cols[] = {
	{"attribute_id", INT8OID},
	{"product_id", INT8OID},
	{"name", TEXTOID},
	{"value", TEXTOID},
};

static Datum
attr_value(const GenCtx *g, const ProductFacts *f, int a)
{
	const char *attr = cs_departments[f->dept].attributes[a];
	const AttrRule *ru = attr_rule(attr, f->dept, f->leaf);
	CsRand		r;
	int			year,
				month,
				mday;

	cs_rand_init(&r, g->seed, ST_ATTRIBUTE, (uint64) f->id);
	r.field = AF_VALUE + a;
	Assert(ru != NULL);
	switch (ru->kind)
	{
		case AV_LIST:
			return cs_text(pick(&r, ru->values, ru->nvalues));
		case AV_VARIANT:
			return cs_text(f->info->variants[f->variant]);
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

	if (sink == NULL)
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
	sink->values[3] = cs_text(f.brand);
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
	"product_attributes", attribute_cols, lengthof(attribute_cols), DRV_PRODUCTS,
	emit_product_attributes, NULL, "attribute_id", 125, false
};

/* product_images: 1-4 gallery images on the reserved example domain, position 1 the main one */

static const ColumnSpec image_cols[] = {
	{"image_id", INT8OID},
	{"product_id", INT8OID},
	{"url", TEXTOID},
	{"alt_text", TEXTOID},
	{"position", INT4OID},
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
	if (sink == NULL)
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
	"product_images", image_cols, lengthof(image_cols), DRV_PRODUCTS,
	emit_product_images, NULL, "image_id", 210, false
};
