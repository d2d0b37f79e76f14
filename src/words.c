/*-------------------------------------------------------------------------
 *
 * words.c
 *	  The vocabulary the generators draw from.
 *
 * The catalogue, suppliers, warehouses and carriers; the people and
 * places (names, cities, localities) are in words_people.c.  Brands,
 * carriers and company names are invented.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"

/*
 * The category tree: departments (parent -1), then sub-categories, then the
 * leaves products belong to.  Prices are the leaf's plausible range in INR.
 */
const CsCategory cs_categories[] = {
	/* 0 */ {"Electronics", -1, 0, NULL, 0, 0},
	/* 1 */ {"Fashion", -1, 1, NULL, 0, 0},
	/* 2 */ {"Home & Kitchen", -1, 2, NULL, 0, 0},
	/* 3 */ {"Beauty & Personal Care", -1, 3, NULL, 0, 0},
	/* 4 */ {"Books", -1, 4, NULL, 0, 0},
	/* 5 */ {"Sports & Fitness", -1, 5, NULL, 0, 0},
	/* 6 */ {"Grocery & Gourmet", -1, 6, NULL, 0, 0},
	/* 7 */ {"Toys & Baby", -1, 7, NULL, 0, 0},
	/* 8 */ {"Mobiles & Accessories", 0, 0, NULL, 0, 0},
	/* 9 */ {"Computers", 0, 0, NULL, 0, 0},
	/* 10 */ {"Audio", 0, 0, NULL, 0, 0},
	/* 11 */ {"Smartphones", 8, 0, "Smartphone", 6999, 89999, 60, false},
	/* 12 */ {"Phone Cases", 8, 0, "Phone Case", 149, 999, 50, false},
	/* 13 */ {"Power Banks", 8, 0, "Power Bank", 699, 2999, 50, false},
	/* 14 */ {"Laptops", 9, 0, "Laptop", 24999, 149999, 40, false},
	/* 15 */ {"Keyboards & Mice", 9, 0, "Wireless Keyboard", 399, 4999, 50, false},
	/* 16 */ {"Headphones", 10, 0, "Headphones", 499, 24999, 70, false},
	/* 17 */ {"Bluetooth Speakers", 10, 0, "Bluetooth Speaker", 799, 14999, 50, false},
	/* 18 */ {"Men's Clothing", 1, 1, NULL, 0, 0},
	/* 19 */ {"Women's Clothing", 1, 1, NULL, 0, 0},
	/* 20 */ {"Footwear", 1, 1, NULL, 0, 0},
	/* 21 */ {"Men's Shirts", 18, 1, "Cotton Shirt", 399, 2499, 300, true},
	/* 22 */ {"Men's Kurtas", 18, 1, "Kurta", 499, 3499, 280, true},
	/* 23 */ {"Sarees", 19, 1, "Saree", 599, 14999, 250, true},
	/* 24 */ {"Kurtis", 19, 1, "Kurti", 349, 2999, 320, true},
	/* 25 */ {"Sneakers", 20, 1, "Sneakers", 799, 8999, 320, true},
	/* 26 */ {"Sandals", 20, 1, "Sandals", 299, 2499, 260, true},
	/* 27 */ {"Cookware", 2, 2, NULL, 0, 0},
	/* 28 */ {"Appliances", 2, 2, NULL, 0, 0},
	/* 29 */ {"Pressure Cookers", 27, 2, "Pressure Cooker", 899, 4999, 70, false},
	/* 30 */ {"Non-stick Pans", 27, 2, "Non-stick Tawa", 499, 2999, 80, false},
	/* 31 */ {"Mixer Grinders", 28, 2, "Mixer Grinder", 1999, 9999, 80, false},
	/* 32 */ {"Water Purifiers", 28, 2, "Water Purifier", 4999, 24999, 60, false},
	/* 33 */ {"Bedsheets", 2, 2, "Double Bedsheet", 399, 2999, 100, false},
	/* 34 */ {"Skin Care", 3, 3, "Face Serum", 199, 1999, 0, false},
	/* 35 */ {"Hair Care", 3, 3, "Hair Oil", 99, 899, 0, false},
	/* 36 */ {"Fragrances", 3, 3, "Eau de Parfum", 399, 4999, 0, false},
	/* 37 */ {"Fiction", 4, 4, "Novel", 149, 699, 25, false},
	/* 38 */ {"Exam Preparation", 4, 4, "Guide Book", 199, 999, 30, false},
	/* 39 */ {"Children's Books", 4, 4, "Picture Book", 99, 499, 25, false},
	/* 40 */ {"Yoga Mats", 5, 5, "Yoga Mat", 299, 2499, 60, false},
	/* 41 */ {"Cricket", 5, 5, "Cricket Bat", 699, 9999, 70, false},
	/* 42 */ {"Cycles", 5, 5, "Bicycle", 4999, 24999, 50, false},
	/* 43 */ {"Tea & Coffee", 6, 6, "Assam Tea", 149, 999, 0, false},
	/* 44 */ {"Dry Fruits", 6, 6, "Cashews", 299, 1999, 0, false},
	/* 45 */ {"Spices", 6, 6, "Garam Masala", 59, 499, 0, false},
	/* 46 */ {"Soft Toys", 7, 7, "Teddy Bear", 299, 1999, 50, false},
	/* 47 */ {"Educational Toys", 7, 7, "Building Blocks", 399, 3999, 50, false},
	/* 48 */ {"Diapers", 7, 7, "Baby Diapers", 399, 1499, 0, false},
};
const int	cs_num_categories = lengthof(cs_categories);

static const char *const brands_electronics[] = {"Zentrix", "Voltaq", "Nuvio", "Auralux", "Kinetiq", "Pixelon", "Sonaro", "Trivolt"};
static const char *const brands_fashion[] = {"Rangrez", "Urban Tanka", "Silkroot", "Kaveri Weaves", "Stride Co", "Mehr", "Indigo Lane"};
static const char *const brands_home[] = {"Rasoi Pro", "Griha", "Annapurna Ware", "Nirmal", "Chulha & Co", "Aqualeaf"};
static const char *const brands_beauty[] = {"Vanaushadhi", "Gulabo", "Tejas Naturals", "Kesari Glow", "Mitti"};
static const char *const brands_books[] = {"Peacock Press", "Banyan Books", "Lotus Leaf Publishing", "Chalk & Slate"};
static const char *const brands_sports[] = {"Khel Pro", "Yodha", "Ashwa Cycles", "Samarth Sports"};
static const char *const brands_grocery[] = {"Dhaniya Farms", "Kesar Valley", "Chai Bagh", "Masala Mandi"};
static const char *const brands_toys[] = {"Chhota Genius", "Gudiya", "Little Lotus", "Khilona Ghar"};

static const char *const attrs_electronics[] = {"colour", "warranty", "model_year", "connectivity"};
static const char *const attrs_fashion[] = {"colour", "size", "material", "fit"};
static const char *const attrs_home[] = {"colour", "material", "capacity", "warranty"};
static const char *const attrs_beauty[] = {"volume", "skin_type", "shelf_life"};
static const char *const attrs_books[] = {"language", "format", "pages"};
static const char *const attrs_sports[] = {"colour", "material", "warranty"};
static const char *const attrs_grocery[] = {"net_weight", "shelf_life", "origin"};
static const char *const attrs_toys[] = {"age_group", "material", "colour"};

const CsDepartment cs_departments[] = {
	{"Electronics", "ELE", CS_LIST(brands_electronics), CS_LIST(attrs_electronics)},
	{"Fashion", "FAS", CS_LIST(brands_fashion), CS_LIST(attrs_fashion)},
	{"Home & Kitchen", "HOM", CS_LIST(brands_home), CS_LIST(attrs_home)},
	{"Beauty & Personal Care", "BEA", CS_LIST(brands_beauty), CS_LIST(attrs_beauty)},
	{"Books", "BOK", CS_LIST(brands_books), CS_LIST(attrs_books)},
	{"Sports & Fitness", "SPO", CS_LIST(brands_sports), CS_LIST(attrs_sports)},
	{"Grocery & Gourmet", "GRO", CS_LIST(brands_grocery), CS_LIST(attrs_grocery)},
	{"Toys & Baby", "TOY", CS_LIST(brands_toys), CS_LIST(attrs_toys)},
};
const int	cs_n_departments = lengthof(cs_departments);

/* cities by index into cs_cities; one per region at least */
const CsWarehouse cs_warehouses[10] = {
	{"Bhiwandi Fulfilment Centre", 0, 140},
	{"Gurugram Fulfilment Centre", 10, 130},
	{"Hoskote Fulfilment Centre", 2, 125},
	{"Chennai Fulfilment Centre", 4, 100},
	{"Kolkata Fulfilment Centre", 5, 95},
	{"Hyderabad Fulfilment Centre", 3, 100},
	{"Ahmedabad Fulfilment Centre", 7, 80},
	{"Lucknow Fulfilment Centre", 9, 70},
	{"Nagpur Fulfilment Centre", 18, 70},
	{"Guwahati Fulfilment Centre", 22, 50},
};

const char *const cs_adjectives[] = {
	"Classic", "Premium", "Essential", "Pro", "Lite", "Max", "Deluxe", "Eco",
	"Smart", "Ultra", "Royal", "Comfort", "Everyday", "Signature", "Prime", "Nova",
};
const int	cs_n_adjectives = lengthof(cs_adjectives);

const char *const cs_colours[] = {
	"Black", "White", "Navy Blue", "Maroon", "Mustard", "Teal", "Grey", "Red",
	"Olive Green", "Peach", "Indigo", "Beige",
};
const int	cs_n_colours = lengthof(cs_colours);

const char *const cs_company_heads[] = {
	"Shree", "Om", "Ganesh", "Laxmi", "Sai", "Balaji", "Krishna", "Durga",
	"Sunrise", "Everest", "Ganga", "Himalaya", "Kaveri", "Narmada", "Sahyadri", "Vindhya",
	"Tara", "Surya", "Chandra", "Navratna", "Pragati", "Unnati", "Vikas", "Amrit",
};
const int	cs_n_company_heads = lengthof(cs_company_heads);

const char *const cs_company_tails[] = {
	"Traders", "Enterprises", "Industries", "Exports", "Distributors", "Textiles",
	"Electronics", "Agencies", "Suppliers", "Impex", "Manufacturing Co", "Brands",
};
const int	cs_n_company_tails = lengthof(cs_company_tails);

const char *const cs_carriers[] = {"Bharat Express", "Desh Couriers", "Swift Parcel", "Dak Seva Logistics", "Garuda Freight", "Pavan Cargo"};
const int	cs_n_carriers = lengthof(cs_carriers);
