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

/*
 * The words of text columns whose values are a closed list (the CHECKs of
 * schema/10_tables.sql allow these), and small vocabularies of identifiers.
 */

/* orders.channel, and user_sessions.device in the order of CS_DEVICE_* */
const char *const cs_channel_names[] = {"web", "android", "ios"};
const char *const cs_device_names[] = {"desktop", "mobile_web", "android", "ios"};

/* addresses.label */
const char *const cs_address_labels[] = {"home", "work", "other"};

/* Reserved for documentation (RFC 2606): mail to them reaches nobody. */
const char *const cs_email_domains[] = {"example.com", "example.net", "example.org"};

/* RFC 5737 documentation networks: addresses that can belong to no one. */
const char *const cs_doc_networks[] = {"192.0.2", "198.51.100", "203.0.113"};
const int	cs_n_doc_networks = lengthof(cs_doc_networks);

/* Why a customer cancels (the order.cancelled audit event's reason). */
const char *const cs_cancel_reasons[] = {
	"changed_mind", "found_cheaper", "ordered_by_mistake", "delivery_too_slow"
};
const int	cs_n_cancel_reasons = lengthof(cs_cancel_reasons);

/* The shop's two banks, by the first letters of their IFSC codes. */
const char *const cs_shop_banks[] = {"HDFC", "ICIC"};
