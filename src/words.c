/*-------------------------------------------------------------------------
 *
 * words.c
 *	  The vocabulary the generators draw from.
 *
 * Suppliers' company names, warehouses and carriers, all invented; the
 * catalogue's vocabulary is in words_catalog.c, the people and places
 * (names, cities, localities, streets) in words_people.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"


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
