/*-------------------------------------------------------------------------
 *
 * words_catalog.c
 *	  The catalogue's vocabulary: the category tree, departments, brands,
 *	  product nouns, adjectives, colours, variants, attribute values, book
 *	  titles and blurbs.
 *
 * Everything is keyed by meaning: a leaf's table entry is [CAT_COOKERS],
 * a department's [DEPT_HOME], so reordering a list cannot silently hand a
 * leaf another leaf's words.  Brands, publishers and titles are invented.
 *
 * A brand makes a few related leaves of one department, at one price tier:
 * gen_catalog.c places its prices in the leaf's range by the tier and derives
 * the product's quality from it.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"

/*
 * The category tree: departments (parent -1), then sub-categories, then the
 * leaves products belong to.  Prices are the leaf's plausible range in INR.
 */
const CsCategory cs_categories[CS_NUM_CATEGORIES] = {
	[CAT_ELECTRONICS] = {"Electronics", -1, DEPT_ELECTRONICS, NULL, 0, 0},
	[CAT_FASHION] = {"Fashion", -1, DEPT_FASHION, NULL, 0, 0},
	[CAT_HOME] = {"Home & Kitchen", -1, DEPT_HOME, NULL, 0, 0},
	[CAT_BEAUTY] = {"Beauty & Personal Care", -1, DEPT_BEAUTY, NULL, 0, 0},
	[CAT_BOOKS] = {"Books", -1, DEPT_BOOKS, NULL, 0, 0},
	[CAT_SPORTS] = {"Sports & Fitness", -1, DEPT_SPORTS, NULL, 0, 0},
	[CAT_GROCERY] = {"Grocery & Gourmet", -1, DEPT_GROCERY, NULL, 0, 0},
	[CAT_TOYS] = {"Toys & Baby", -1, DEPT_TOYS, NULL, 0, 0},
	[CAT_MOBILES] = {"Mobiles & Accessories", CAT_ELECTRONICS, DEPT_ELECTRONICS, NULL, 0, 0},
	[CAT_COMPUTERS] = {"Computers", CAT_ELECTRONICS, DEPT_ELECTRONICS, NULL, 0, 0},
	[CAT_AUDIO] = {"Audio", CAT_ELECTRONICS, DEPT_ELECTRONICS, NULL, 0, 0},
	[CAT_SMARTPHONES] = {"Smartphones", CAT_MOBILES, DEPT_ELECTRONICS, "Smartphone", 6999, 89999, 60, false},
	[CAT_PHONE_CASES] = {"Phone Cases", CAT_MOBILES, DEPT_ELECTRONICS, "Phone Case", 149, 999, 50, false},
	[CAT_POWER_BANKS] = {"Power Banks", CAT_MOBILES, DEPT_ELECTRONICS, "Power Bank", 699, 2999, 50, false},
	[CAT_LAPTOPS] = {"Laptops", CAT_COMPUTERS, DEPT_ELECTRONICS, "Laptop", 24999, 149999, 40, false},
	[CAT_KEYBOARDS] = {"Keyboards & Mice", CAT_COMPUTERS, DEPT_ELECTRONICS, "Wireless Keyboard", 399, 4999, 50, false},
	[CAT_HEADPHONES] = {"Headphones", CAT_AUDIO, DEPT_ELECTRONICS, "Headphones", 499, 24999, 70, false},
	[CAT_SPEAKERS] = {"Bluetooth Speakers", CAT_AUDIO, DEPT_ELECTRONICS, "Bluetooth Speaker", 799, 14999, 50, false},
	[CAT_MENS_CLOTHING] = {"Men's Clothing", CAT_FASHION, DEPT_FASHION, NULL, 0, 0},
	[CAT_WOMENS_CLOTHING] = {"Women's Clothing", CAT_FASHION, DEPT_FASHION, NULL, 0, 0},
	[CAT_FOOTWEAR] = {"Footwear", CAT_FASHION, DEPT_FASHION, NULL, 0, 0},
	[CAT_SHIRTS] = {"Men's Shirts", CAT_MENS_CLOTHING, DEPT_FASHION, "Cotton Shirt", 399, 2499, 300, true},
	[CAT_KURTAS] = {"Men's Kurtas", CAT_MENS_CLOTHING, DEPT_FASHION, "Kurta", 499, 3499, 280, true},
	[CAT_SAREES] = {"Sarees", CAT_WOMENS_CLOTHING, DEPT_FASHION, "Saree", 599, 14999, 250, false},	/* free size */
	[CAT_KURTIS] = {"Kurtis", CAT_WOMENS_CLOTHING, DEPT_FASHION, "Kurti", 349, 2999, 320, true},
	[CAT_SNEAKERS] = {"Sneakers", CAT_FOOTWEAR, DEPT_FASHION, "Sneakers", 799, 8999, 320, true},
	[CAT_SANDALS] = {"Sandals", CAT_FOOTWEAR, DEPT_FASHION, "Sandals", 299, 2499, 260, true},
	[CAT_COOKWARE] = {"Cookware", CAT_HOME, DEPT_HOME, NULL, 0, 0},
	[CAT_APPLIANCES] = {"Appliances", CAT_HOME, DEPT_HOME, NULL, 0, 0},
	[CAT_COOKERS] = {"Pressure Cookers", CAT_COOKWARE, DEPT_HOME, "Pressure Cooker", 899, 4999, 70, false},
	[CAT_PANS] = {"Non-stick Pans", CAT_COOKWARE, DEPT_HOME, "Non-stick Tawa", 499, 2999, 80, false},
	[CAT_MIXERS] = {"Mixer Grinders", CAT_APPLIANCES, DEPT_HOME, "Mixer Grinder", 1999, 9999, 80, false},
	[CAT_PURIFIERS] = {"Water Purifiers", CAT_APPLIANCES, DEPT_HOME, "Water Purifier", 4999, 24999, 60, false},
	[CAT_BEDSHEETS] = {"Bedsheets", CAT_HOME, DEPT_HOME, "Double Bedsheet", 399, 2999, 100, false},
	[CAT_SKIN_CARE] = {"Skin Care", CAT_BEAUTY, DEPT_BEAUTY, "Face Serum", 199, 1999, 0, false},
	[CAT_HAIR_CARE] = {"Hair Care", CAT_BEAUTY, DEPT_BEAUTY, "Hair Oil", 99, 899, 0, false},
	[CAT_FRAGRANCES] = {"Fragrances", CAT_BEAUTY, DEPT_BEAUTY, "Eau de Parfum", 399, 4999, 0, false},
	[CAT_FICTION] = {"Fiction", CAT_BOOKS, DEPT_BOOKS, "Novel", 149, 699, 25, false},
	[CAT_EXAM] = {"Exam Preparation", CAT_BOOKS, DEPT_BOOKS, "Guide Book", 199, 999, 30, false},
	[CAT_CHILDRENS_BOOKS] = {"Children's Books", CAT_BOOKS, DEPT_BOOKS, "Picture Book", 99, 499, 25, false},
	[CAT_YOGA_MATS] = {"Yoga Mats", CAT_SPORTS, DEPT_SPORTS, "Yoga Mat", 299, 2499, 60, false},
	[CAT_CRICKET] = {"Cricket", CAT_SPORTS, DEPT_SPORTS, "Cricket Bat", 699, 9999, 70, false},
	[CAT_CYCLES] = {"Cycles", CAT_SPORTS, DEPT_SPORTS, "Bicycle", 4999, 24999, 50, false},
	[CAT_TEA] = {"Tea & Coffee", CAT_GROCERY, DEPT_GROCERY, "Assam Tea", 149, 999, 0, false},
	[CAT_DRY_FRUITS] = {"Dry Fruits", CAT_GROCERY, DEPT_GROCERY, "Cashews", 299, 1999, 0, false},
	[CAT_SPICES] = {"Spices", CAT_GROCERY, DEPT_GROCERY, "Garam Masala", 59, 499, 0, false},
	[CAT_SOFT_TOYS] = {"Soft Toys", CAT_TOYS, DEPT_TOYS, "Teddy Bear", 299, 1999, 50, false},
	[CAT_EDU_TOYS] = {"Educational Toys", CAT_TOYS, DEPT_TOYS, "Building Blocks", 399, 3999, 50, false},
	[CAT_DIAPERS] = {"Diapers", CAT_TOYS, DEPT_TOYS, "Baby Diapers", 399, 1499, 0, false},
};
const int	cs_num_categories = lengthof(cs_categories);


/*
 * Attribute names a department's products may list after "brand", in the
 * order they are listed; cs_attr_rules says which apply to which leaf.
 */
static const char *const attrs_electronics[] = {"colour", "screen_size", "ram", "storage", "battery", "connectivity", "warranty", "model_year"};
static const char *const attrs_fashion[] = {"colour", "size", "material", "fit"};
static const char *const attrs_home[] = {"colour", "material", "capacity", "power", "diameter", "purification", "warranty"};
static const char *const attrs_beauty[] = {"volume", "skin_type", "shelf_life"};
static const char *const attrs_books[] = {"author", "language", "format", "pages"};
static const char *const attrs_sports[] = {"colour", "material", "warranty"};
static const char *const attrs_grocery[] = {"net_weight", "shelf_life", "origin"};
static const char *const attrs_toys[] = {"age_group", "material", "colour"};

const CsDepartment cs_departments[CS_NUM_DEPTS] = {
	[DEPT_ELECTRONICS] = {"Electronics", "ELE", CS_LIST(attrs_electronics)},
	[DEPT_FASHION] = {"Fashion", "FAS", CS_LIST(attrs_fashion)},
	[DEPT_HOME] = {"Home & Kitchen", "HOM", CS_LIST(attrs_home)},
	[DEPT_BEAUTY] = {"Beauty & Personal Care", "BEA", CS_LIST(attrs_beauty)},
	[DEPT_BOOKS] = {"Books", "BOK", CS_LIST(attrs_books)},
	[DEPT_SPORTS] = {"Sports & Fitness", "SPO", CS_LIST(attrs_sports)},
	[DEPT_GROCERY] = {"Grocery & Gourmet", "GRO", CS_LIST(attrs_grocery)},
	[DEPT_TOYS] = {"Toys & Baby", "TOY", CS_LIST(attrs_toys)},
};
const int	cs_n_departments = lengthof(cs_departments);

/*
 * Brands.  Each makes related leaves of one department, like a real brand
 * (a footwear label, a kitchen-appliance maker, an exam-guide publisher);
 * every leaf has at least two.  For books the brand is the publisher.
 */
const CsBrand cs_brands[] = {
	{"Zentrix", DEPT_ELECTRONICS, CS_LEAF(CAT_SMARTPHONES) | CS_LEAF(CAT_LAPTOPS) | CS_LEAF(CAT_HEADPHONES), TIER_PREMIUM},
	{"Nuvio", DEPT_ELECTRONICS, CS_LEAF(CAT_SMARTPHONES) | CS_LEAF(CAT_PHONE_CASES) | CS_LEAF(CAT_POWER_BANKS), TIER_MID},
	{"Pixelon", DEPT_ELECTRONICS, CS_LEAF(CAT_SMARTPHONES) | CS_LEAF(CAT_POWER_BANKS) | CS_LEAF(CAT_HEADPHONES), TIER_MID},
	{"Voltaq", DEPT_ELECTRONICS, CS_LEAF(CAT_POWER_BANKS) | CS_LEAF(CAT_PHONE_CASES) | CS_LEAF(CAT_KEYBOARDS), TIER_BUDGET},
	{"Trivolt", DEPT_ELECTRONICS, CS_LEAF(CAT_POWER_BANKS) | CS_LEAF(CAT_PHONE_CASES) | CS_LEAF(CAT_KEYBOARDS), TIER_BUDGET},
	{"Kinetiq", DEPT_ELECTRONICS, CS_LEAF(CAT_LAPTOPS) | CS_LEAF(CAT_KEYBOARDS), TIER_MID},
	{"Auralux", DEPT_ELECTRONICS, CS_LEAF(CAT_HEADPHONES) | CS_LEAF(CAT_SPEAKERS), TIER_PREMIUM},
	{"Sonaro", DEPT_ELECTRONICS, CS_LEAF(CAT_HEADPHONES) | CS_LEAF(CAT_SPEAKERS), TIER_BUDGET},

	{"Urban Tanka", DEPT_FASHION, CS_LEAF(CAT_SHIRTS) | CS_LEAF(CAT_KURTIS), TIER_BUDGET},
	{"Indigo Lane", DEPT_FASHION, CS_LEAF(CAT_SHIRTS) | CS_LEAF(CAT_KURTAS), TIER_MID},
	{"Rangrez", DEPT_FASHION, CS_LEAF(CAT_KURTAS) | CS_LEAF(CAT_KURTIS), TIER_MID},
	{"Mehr", DEPT_FASHION, CS_LEAF(CAT_KURTAS) | CS_LEAF(CAT_KURTIS) | CS_LEAF(CAT_SAREES), TIER_PREMIUM},
	{"Silkroot", DEPT_FASHION, CS_LEAF(CAT_SAREES), TIER_PREMIUM},
	{"Kaveri Weaves", DEPT_FASHION, CS_LEAF(CAT_SAREES), TIER_MID},
	{"Stride Co", DEPT_FASHION, CS_LEAF(CAT_SNEAKERS) | CS_LEAF(CAT_SANDALS), TIER_MID},
	{"Kadam", DEPT_FASHION, CS_LEAF(CAT_SNEAKERS) | CS_LEAF(CAT_SANDALS), TIER_BUDGET},

	{"Rasoi Pro", DEPT_HOME, CS_LEAF(CAT_COOKERS) | CS_LEAF(CAT_PANS), TIER_MID},
	{"Annapurna Ware", DEPT_HOME, CS_LEAF(CAT_COOKERS) | CS_LEAF(CAT_PANS), TIER_BUDGET},
	{"Chulha & Co", DEPT_HOME, CS_LEAF(CAT_COOKERS) | CS_LEAF(CAT_PANS) | CS_LEAF(CAT_MIXERS), TIER_PREMIUM},
	{"Tezz", DEPT_HOME, CS_LEAF(CAT_MIXERS), TIER_MID},
	{"Nirmal", DEPT_HOME, CS_LEAF(CAT_PURIFIERS), TIER_MID},
	{"Aqualeaf", DEPT_HOME, CS_LEAF(CAT_PURIFIERS), TIER_PREMIUM},
	{"Griha", DEPT_HOME, CS_LEAF(CAT_BEDSHEETS), TIER_BUDGET},
	{"Sutra Home", DEPT_HOME, CS_LEAF(CAT_BEDSHEETS), TIER_PREMIUM},

	{"Vanaushadhi", DEPT_BEAUTY, CS_LEAF(CAT_SKIN_CARE) | CS_LEAF(CAT_HAIR_CARE), TIER_MID},
	{"Tejas Naturals", DEPT_BEAUTY, CS_LEAF(CAT_SKIN_CARE) | CS_LEAF(CAT_HAIR_CARE), TIER_BUDGET},
	{"Mitti", DEPT_BEAUTY, CS_LEAF(CAT_SKIN_CARE) | CS_LEAF(CAT_HAIR_CARE), TIER_MID},
	{"Kesari Glow", DEPT_BEAUTY, CS_LEAF(CAT_SKIN_CARE), TIER_PREMIUM},
	{"Gulabo", DEPT_BEAUTY, CS_LEAF(CAT_FRAGRANCES), TIER_BUDGET},
	{"Itrawala", DEPT_BEAUTY, CS_LEAF(CAT_FRAGRANCES), TIER_PREMIUM},

	{"Peacock Press", DEPT_BOOKS, CS_LEAF(CAT_FICTION) | CS_LEAF(CAT_CHILDRENS_BOOKS), TIER_MID},
	{"Banyan Books", DEPT_BOOKS, CS_LEAF(CAT_FICTION), TIER_PREMIUM},
	{"Lotus Leaf Publishing", DEPT_BOOKS, CS_LEAF(CAT_FICTION) | CS_LEAF(CAT_CHILDRENS_BOOKS), TIER_MID},
	{"Chalk & Slate", DEPT_BOOKS, CS_LEAF(CAT_EXAM), TIER_MID},
	{"Pariksha Prakashan", DEPT_BOOKS, CS_LEAF(CAT_EXAM), TIER_BUDGET},

	{"Khel Pro", DEPT_SPORTS, CS_LEAF(CAT_CRICKET) | CS_LEAF(CAT_YOGA_MATS), TIER_MID},
	{"Yodha", DEPT_SPORTS, CS_LEAF(CAT_CRICKET) | CS_LEAF(CAT_YOGA_MATS), TIER_BUDGET},
	{"Samarth Sports", DEPT_SPORTS, CS_LEAF(CAT_CRICKET) | CS_LEAF(CAT_YOGA_MATS), TIER_PREMIUM},
	{"Ashwa Cycles", DEPT_SPORTS, CS_LEAF(CAT_CYCLES), TIER_PREMIUM},
	{"Sawari", DEPT_SPORTS, CS_LEAF(CAT_CYCLES), TIER_BUDGET},

	{"Chai Bagh", DEPT_GROCERY, CS_LEAF(CAT_TEA), TIER_MID},
	{"Brahmaputra Estates", DEPT_GROCERY, CS_LEAF(CAT_TEA), TIER_PREMIUM},
	{"Kesar Valley", DEPT_GROCERY, CS_LEAF(CAT_DRY_FRUITS) | CS_LEAF(CAT_SPICES), TIER_PREMIUM},
	{"Dhaniya Farms", DEPT_GROCERY, CS_LEAF(CAT_DRY_FRUITS) | CS_LEAF(CAT_SPICES), TIER_BUDGET},
	{"Masala Mandi", DEPT_GROCERY, CS_LEAF(CAT_SPICES), TIER_MID},

	{"Gudiya", DEPT_TOYS, CS_LEAF(CAT_SOFT_TOYS), TIER_BUDGET},
	{"Khilona Ghar", DEPT_TOYS, CS_LEAF(CAT_SOFT_TOYS) | CS_LEAF(CAT_EDU_TOYS), TIER_BUDGET},
	{"Chhota Genius", DEPT_TOYS, CS_LEAF(CAT_EDU_TOYS), TIER_PREMIUM},
	{"Little Lotus", DEPT_TOYS, CS_LEAF(CAT_DIAPERS), TIER_PREMIUM},
	{"Komal", DEPT_TOYS, CS_LEAF(CAT_DIAPERS), TIER_BUDGET},
};
const int	cs_n_brands = lengthof(cs_brands);

/* Generic words, for a department or leaf without its own. */
const char *const cs_adjectives[] = {
	"Classic", "Premium", "Essential", "Everyday", "Signature", "Prime",
};
const int	cs_n_adjectives = lengthof(cs_adjectives);

const char *const cs_colours[] = {
	"Black", "White", "Navy Blue", "Maroon", "Mustard", "Teal", "Grey", "Red",
	"Olive Green", "Peach", "Indigo", "Beige",
};
const int	cs_n_colours = lengthof(cs_colours);

/* The middle word of supplier names ("Shree Deccan Traders"). */
const char *const cs_supplier_extras[] = {
	"Metro", "National", "Bharat", "Deccan", "Coastal", "Royal", "United", "Modern",
	"Star", "Golden", "Supreme", "Apex", "Jyoti", "Shakti", "Sagar", "Kamal",
	"Akash", "Prabhat", "Janata", "Mahalaxmi",
};
const int	cs_n_supplier_extras = lengthof(cs_supplier_extras);

/*
 * Adjectives by department, and by leaf where the department's would
 * mislead (no "Mini" teddy of 90 cm, no "Smart" pressure cooker, no
 * "Ayurvedic" perfume).
 */
static const char *const adj_electronics[] = {"Pro", "Lite", "Max", "Smart", "Ultra", "Nova", "Prime", "Neo"};
static const char *const adj_fashion[] = {"Classic", "Premium", "Everyday", "Signature", "Royal", "Festive", "Handcrafted", "Comfort"};
static const char *const adj_footwear[] = {"Classic", "Everyday", "Comfort", "Urban", "Sport", "Premium"};
static const char *const adj_home[] = {"Classic", "Premium", "Deluxe", "Essential", "Pro", "Everyday"};
static const char *const adj_appliance[] = {"Classic", "Premium", "Deluxe", "Smart", "Pro", "Turbo"};
static const char *const adj_bedsheet[] = {"Classic", "Premium", "Floral", "Printed", "Jaipuri", "Everyday"};
static const char *const adj_beauty[] = {"Natural", "Herbal", "Ayurvedic", "Premium", "Daily", "Pure", "Radiance", "Gentle"};
static const char *const adj_fragrance[] = {"Oud", "Musk", "Rose", "Sandalwood", "Citrus", "Signature"};
static const char *const adj_sports[] = {"Pro", "Classic", "Premium", "Comfort", "Elite", "Champion", "Lite", "Eco"};
static const char *const adj_grocery[] = {"Premium", "Organic", "Classic", "Royal", "Select", "Everyday", "Farm Fresh", "Pure"};
static const char *const adj_toys[] = {"Classic", "Deluxe", "Smart", "Junior", "Happy", "Super"};
static const char *const adj_soft_toys[] = {"Cuddly", "Classic", "Huggable", "Fluffy", "Happy"};
static const char *const adj_diapers[] = {"Ultra Soft", "Gentle", "Dry Comfort", "Premium", "Everyday"};

/* Colours a leaf is sold in; a leaf without a list has no colour variants. */
static const char *const col_phone[] = {"Black", "White", "Grey", "Navy Blue", "Teal", "Red"};
static const char *const col_case[] = {"Black", "Clear", "Navy Blue", "Red", "Teal", "Peach", "Olive Green"};
static const char *const col_laptop[] = {"Silver", "Grey", "Black"};
static const char *const col_device[] = {"Black", "White", "Grey", "Navy Blue"};
static const char *const col_audio[] = {"Black", "White", "Grey", "Navy Blue", "Teal", "Red"};
static const char *const col_appliance[] = {"White", "Black", "Red", "Grey"};
static const char *const col_purifier[] = {"White", "Black", "Grey"};
static const char *const col_yoga[] = {"Teal", "Peach", "Navy Blue", "Grey", "Olive Green", "Maroon", "Black"};
static const char *const col_cycle[] = {"Black", "Red", "Navy Blue", "Grey", "White"};
static const char *const col_teddy[] = {"Brown", "White", "Pink", "Beige", "Grey"};

/* blurbs fit every leaf of their department; leaves that need their own have them in cs_leaf_info */
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
static const char *const blurbs_fragrance[] = {
	"A long-lasting fragrance for day and evening.",
	"Cruelty-free and made in India.",
	"Notes that linger from morning to night.",
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
 * ones on clothes and cosmetics, as in Indian retail.
 */
const CsDeptStyle cs_dept_styles[CS_NUM_DEPTS] = {
	[DEPT_ELECTRONICS] = {CS_LIST(adj_electronics), 7000, 8000, CS_LIST(blurbs_electronics)},
	[DEPT_FASHION] = {CS_LIST(adj_fashion), 5500, 6500, CS_LIST(blurbs_fashion)},
	[DEPT_HOME] = {CS_LIST(adj_home), 6200, 7400, CS_LIST(blurbs_home)},
	[DEPT_BEAUTY] = {CS_LIST(adj_beauty), 5500, 6500, CS_LIST(blurbs_beauty)},
	[DEPT_BOOKS] = {NULL, 0, 6000, 7200, CS_LIST(blurbs_generic)},
	[DEPT_SPORTS] = {CS_LIST(adj_sports), 6200, 7400, CS_LIST(blurbs_sports)},
	[DEPT_GROCERY] = {CS_LIST(adj_grocery), 6800, 8000, CS_LIST(blurbs_grocery)},
	[DEPT_TOYS] = {CS_LIST(adj_toys), 6000, 7200, CS_LIST(blurbs_toys)},
};

const CsDeptStyle cs_dept_style_generic = {NULL, 0, 6000, 7500, CS_LIST(blurbs_generic)};

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

/*
 * Book titles: a first part and a second part.  The name template adds no
 * article of its own, so a title that starts with "The" reads once.
 */
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

/* Leaves without an entry get 250-1500 g, no variants and no colours. */
const CsLeafInfo cs_leaf_info[CS_NUM_CATEGORIES] = {
	[CAT_SMARTPHONES] = {CS_LIST(v_phone), NULL, 150, 230, CS_LIST(col_phone)},
	[CAT_PHONE_CASES] = {NULL, 0, NULL, 20, 60, CS_LIST(col_case)},
	[CAT_POWER_BANKS] = {CS_LIST(v_powerbank), g_powerbank, 150, 220, CS_LIST(col_device)},
	[CAT_LAPTOPS] = {CS_LIST(v_laptop), NULL, 1300, 2400, CS_LIST(col_laptop)},
	[CAT_KEYBOARDS] = {NULL, 0, NULL, 300, 900, CS_LIST(col_device)},
	[CAT_HEADPHONES] = {CS_LIST(v_headphones), g_headphones, 60, 150, CS_LIST(col_audio)},
	[CAT_SPEAKERS] = {CS_LIST(v_speaker), g_speaker, 300, 800, CS_LIST(col_audio)},
	[CAT_SHIRTS] = {NULL, 0, NULL, 180, 300, CS_LIST(cs_colours)},
	[CAT_KURTAS] = {NULL, 0, NULL, 200, 450, CS_LIST(cs_colours)},
	[CAT_SAREES] = {NULL, 0, NULL, 450, 900, CS_LIST(cs_colours)},
	[CAT_KURTIS] = {NULL, 0, NULL, 150, 350, CS_LIST(cs_colours)},
	[CAT_SNEAKERS] = {NULL, 0, NULL, 600, 1100, CS_LIST(cs_colours), CS_LIST(adj_footwear)},
	[CAT_SANDALS] = {NULL, 0, NULL, 300, 700, CS_LIST(cs_colours), CS_LIST(adj_footwear)},
	[CAT_COOKERS] = {CS_LIST(v_cooker), g_cooker, 300, 800},
	[CAT_PANS] = {CS_LIST(v_tawa), g_tawa, 100, 300},
	[CAT_MIXERS] = {CS_LIST(v_mixer), NULL, 3000, 5500, CS_LIST(col_appliance), CS_LIST(adj_appliance)},
	[CAT_PURIFIERS] = {CS_LIST(v_purifier), NULL, 6000, 10000, CS_LIST(col_purifier), CS_LIST(adj_appliance)},
	[CAT_BEDSHEETS] = {CS_LIST(v_bedsheet), NULL, 700, 1500, CS_LIST(cs_colours), CS_LIST(adj_bedsheet)},
	[CAT_SKIN_CARE] = {CS_LIST(v_serum), g_serum, 60, 120},
	[CAT_HAIR_CARE] = {CS_LIST(v_hairoil), g_hairoil, 30, 70},
	[CAT_FRAGRANCES] = {CS_LIST(v_perfume), g_perfume, 150, 300, NULL, 0, CS_LIST(adj_fragrance),
	NULL, 0, NULL, 0, CS_LIST(blurbs_fragrance)},
	[CAT_FICTION] = {NULL, 0, NULL, 220, 600, NULL, 0, NULL, 0, CS_LIST(fiction_a), CS_LIST(fiction_b), CS_LIST(blurbs_fiction)},
	[CAT_EXAM] = {NULL, 0, NULL, 500, 1400, NULL, 0, NULL, 0, CS_LIST(exam_a), CS_LIST(exam_b), CS_LIST(blurbs_exam)},
	[CAT_CHILDRENS_BOOKS] = {NULL, 0, NULL, 120, 350, NULL, 0, NULL, 0, CS_LIST(kids_a), CS_LIST(kids_b), CS_LIST(blurbs_kids)},
	[CAT_YOGA_MATS] = {CS_LIST(v_yogamat), g_yogamat, 100, 300, CS_LIST(col_yoga)},
	[CAT_CRICKET] = {CS_LIST(v_bat), NULL, 1100, 1400},
	[CAT_CYCLES] = {CS_LIST(v_cycle), NULL, 12000, 17000, CS_LIST(col_cycle)},
	[CAT_TEA] = {CS_LIST(v_tea), g_tea, 20, 60},
	[CAT_DRY_FRUITS] = {CS_LIST(v_cashews), g_cashews, 15, 50},
	[CAT_SPICES] = {CS_LIST(v_masala), g_masala, 10, 40},
	[CAT_SOFT_TOYS] = {CS_LIST(v_teddy), g_teddy, 200, 400, CS_LIST(col_teddy), CS_LIST(adj_soft_toys)},
	[CAT_EDU_TOYS] = {CS_LIST(v_blocks), g_blocks, 300, 500},
	[CAT_DIAPERS] = {CS_LIST(v_diapers), NULL, 1000, 2500, NULL, 0, CS_LIST(adj_diapers),
	NULL, 0, NULL, 0, CS_LIST(blurbs_diapers)},
};

const CsLeafInfo cs_leaf_info_generic = {NULL, 0, NULL, 250, 1500};

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
static const char *const a_battery_phone[] = {"5000 mAh", "5000 mAh", "4500 mAh", "6000 mAh"};
static const char *const a_screen_phone[] = {"6.5-inch", "6.67-inch", "6.7-inch", "6.1-inch"};
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

#define RULE(a, d, l, list) {.attr = (a), .dept = (d), .leaf = (l), .kind = AV_LIST, .values = (list), .nvalues = lengthof(list)}
#define RULE_KIND(a, d, l, k) {.attr = (a), .dept = (d), .leaf = (l), .kind = (k)}
#define RULE_PART(a, l, part) {.attr = (a), .dept = -1, .leaf = (l), .kind = AV_VARIANT_PART, .lo = (part)}
#define RULE_PAGES(l, from, to) {.attr = "pages", .dept = -1, .leaf = (l), .kind = AV_PAGES, .lo = (from), .hi = (to)}

/*
 * Colour applies wherever the leaf has colours (cs_leaf_info); sizes only
 * to what is bought in a size; memory and storage to phones and laptops,
 * capacity to cookers and purifiers, author and pages to books.
 */
const CsAttrRule cs_attr_rules[] = {
	RULE_KIND("colour", -1, -1, AV_COLOUR),
	RULE_PART("screen_size", CAT_LAPTOPS, 0),
	RULE("screen_size", -1, CAT_SMARTPHONES, a_screen_phone),
	RULE_PART("ram", CAT_SMARTPHONES, 0),
	RULE_PART("ram", CAT_LAPTOPS, 1),
	RULE_PART("storage", CAT_SMARTPHONES, 1),
	RULE_PART("storage", CAT_LAPTOPS, 2),
	RULE("battery", -1, CAT_SMARTPHONES, a_battery_phone),
	RULE_KIND("battery", -1, CAT_POWER_BANKS, AV_VARIANT),
	RULE("warranty", DEPT_ELECTRONICS, -1, a_warranty_elec),
	RULE_KIND("warranty", -1, CAT_PHONE_CASES, AV_NONE),
	RULE("warranty", DEPT_HOME, -1, a_warranty_home),
	RULE("warranty", -1, CAT_COOKERS, a_warranty_cooker),
	RULE_KIND("warranty", -1, CAT_BEDSHEETS, AV_NONE),
	RULE("warranty", DEPT_SPORTS, -1, a_warranty_sports),
	RULE_KIND("warranty", -1, CAT_YOGA_MATS, AV_NONE),
	RULE("warranty", -1, CAT_CYCLES, a_warranty_cycle),
	RULE_KIND("model_year", DEPT_ELECTRONICS, -1, AV_YEAR),
	RULE_KIND("model_year", -1, CAT_PHONE_CASES, AV_NONE),
	RULE("connectivity", -1, CAT_SMARTPHONES, a_conn_phone),
	RULE("connectivity", -1, CAT_POWER_BANKS, a_conn_powerbank),
	RULE("connectivity", -1, CAT_LAPTOPS, a_conn_laptop),
	RULE("connectivity", -1, CAT_KEYBOARDS, a_conn_keyboard),
	RULE("connectivity", -1, CAT_HEADPHONES, a_conn_audio),
	RULE("connectivity", -1, CAT_SPEAKERS, a_conn_audio),
	RULE("size", -1, CAT_SHIRTS, a_size_apparel),
	RULE("size", -1, CAT_KURTAS, a_size_apparel),
	RULE("size", -1, CAT_SAREES, a_size_saree),
	RULE("size", -1, CAT_KURTIS, a_size_apparel),
	RULE("size", -1, CAT_SNEAKERS, a_size_shoes),
	RULE("size", -1, CAT_SANDALS, a_size_shoes),
	RULE("material", -1, CAT_SHIRTS, a_mat_shirt),
	RULE("material", -1, CAT_KURTAS, a_mat_kurta),
	RULE("material", -1, CAT_SAREES, a_mat_saree),
	RULE("material", -1, CAT_KURTIS, a_mat_kurti),
	RULE("material", -1, CAT_SNEAKERS, a_mat_sneakers),
	RULE("material", -1, CAT_SANDALS, a_mat_sandals),
	RULE("fit", -1, CAT_SHIRTS, a_fit_shirt),
	RULE("fit", -1, CAT_KURTAS, a_fit_kurta),
	RULE("fit", -1, CAT_KURTIS, a_fit_kurti),
	RULE("material", -1, CAT_COOKERS, a_mat_cooker),
	RULE("material", -1, CAT_PANS, a_mat_tawa),
	RULE("material", -1, CAT_MIXERS, a_mat_mixer),
	RULE("material", -1, CAT_PURIFIERS, a_mat_purifier),
	RULE("material", -1, CAT_BEDSHEETS, a_mat_bedsheet),
	RULE_KIND("capacity", -1, CAT_COOKERS, AV_VARIANT),
	RULE("capacity", -1, CAT_MIXERS, a_cap_mixer),
	RULE("capacity", -1, CAT_PURIFIERS, a_cap_purifier),
	RULE_KIND("power", -1, CAT_MIXERS, AV_VARIANT),
	RULE_KIND("diameter", -1, CAT_PANS, AV_VARIANT),
	RULE_KIND("purification", -1, CAT_PURIFIERS, AV_VARIANT),
	RULE_KIND("volume", DEPT_BEAUTY, -1, AV_VARIANT),
	RULE("skin_type", -1, CAT_SKIN_CARE, a_skin),
	RULE("shelf_life", DEPT_BEAUTY, -1, a_shelf_beauty),
	RULE_KIND("author", DEPT_BOOKS, -1, AV_AUTHOR),
	RULE("language", DEPT_BOOKS, -1, a_lang),
	RULE("language", -1, CAT_EXAM, a_lang_exam),
	RULE("format", DEPT_BOOKS, -1, a_format),
	RULE("format", -1, CAT_CHILDRENS_BOOKS, a_format_kids),
	RULE_PAGES(CAT_FICTION, 160, 520),
	RULE_PAGES(CAT_EXAM, 240, 960),
	RULE_PAGES(CAT_CHILDRENS_BOOKS, 24, 64),
	RULE("material", -1, CAT_YOGA_MATS, a_mat_yoga),
	RULE("material", -1, CAT_CRICKET, a_mat_bat),
	RULE("material", -1, CAT_CYCLES, a_mat_cycle),
	RULE_KIND("net_weight", DEPT_GROCERY, -1, AV_VARIANT),
	RULE("shelf_life", -1, CAT_TEA, a_shelf_tea),
	RULE("shelf_life", -1, CAT_DRY_FRUITS, a_shelf_nuts),
	RULE("shelf_life", -1, CAT_SPICES, a_shelf_masala),
	RULE("origin", -1, CAT_TEA, a_origin_tea),
	RULE("origin", -1, CAT_DRY_FRUITS, a_origin_nuts),
	RULE("origin", -1, CAT_SPICES, a_origin_masala),
	RULE("age_group", -1, CAT_SOFT_TOYS, a_age_teddy),
	RULE("age_group", -1, CAT_EDU_TOYS, a_age_blocks),
	RULE("material", -1, CAT_SOFT_TOYS, a_mat_teddy),
	RULE("material", -1, CAT_EDU_TOYS, a_mat_blocks),
	RULE("material", -1, CAT_DIAPERS, a_mat_diapers),
};
const int	cs_n_attr_rules = lengthof(cs_attr_rules);
