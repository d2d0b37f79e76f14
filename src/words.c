/*-------------------------------------------------------------------------
 *
 * words.c
 *	  The vocabulary the generators draw from.
 *
 * Names are common Indian given names and surnames; cities come with their
 * state, the first digits of their real PIN codes and a weight close to
 * their share of online shoppers.  Carriers and company names are
 * invented.  The catalogue's vocabulary is in words_catalog.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"

const char *const cs_first_names_male[] = {
	"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan",
	"Krishna", "Ishaan", "Shaurya", "Atharv", "Rohan", "Rahul", "Amit", "Vikram",
	"Suresh", "Rajesh", "Manoj", "Arun", "Karthik", "Pranav", "Nikhil", "Siddharth",
	"Harsh", "Varun", "Abhishek", "Deepak", "Gaurav", "Rakesh", "Sandeep", "Vijay",
	"Anil", "Ravi", "Kunal", "Yash", "Dhruv", "Kabir", "Farhan", "Imran",
	"Joseph", "Thomas", "Gurpreet", "Harpreet", "Manish", "Naveen", "Prakash", "Sanjay",
};
const int	cs_n_first_names_male = lengthof(cs_first_names_male);

const char *const cs_first_names_female[] = {
	"Saanvi", "Aanya", "Aadhya", "Ananya", "Diya", "Pari", "Myra", "Anika",
	"Priya", "Pooja", "Neha", "Sneha", "Divya", "Kavya", "Lakshmi", "Meera",
	"Anjali", "Shreya", "Riya", "Isha", "Nisha", "Swati", "Deepika", "Aishwarya",
	"Sunita", "Rekha", "Geeta", "Lata", "Asha", "Nandini", "Radhika", "Tanvi",
	"Ayesha", "Fatima", "Zoya", "Mary", "Simran", "Harleen", "Bhavna", "Jyoti",
	"Pallavi", "Shalini", "Madhuri", "Revathi", "Keerthi", "Sangeeta", "Trisha", "Vidya",
};
const int	cs_n_first_names_female = lengthof(cs_first_names_female);

const char *const cs_last_names[] = {
	"Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Shah", "Mehta",
	"Reddy", "Rao", "Naidu", "Iyer", "Iyengar", "Nair", "Menon", "Pillai",
	"Das", "Ghosh", "Banerjee", "Chatterjee", "Mukherjee", "Bose", "Sen", "Roy",
	"Joshi", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Pawar", "More", "Shinde",
	"Agarwal", "Jain", "Bansal", "Goyal", "Mittal", "Khanna", "Kapoor", "Malhotra",
	"Chopra", "Sethi", "Bhatia", "Saxena", "Srivastava", "Mishra", "Tiwari", "Pandey",
	"Yadav", "Chauhan", "Rathore", "Thakur", "Gill", "Sandhu", "Dhillon", "Khan",
	"Ahmed", "Qureshi", "Sheikh", "D'Souza", "Fernandes", "Gomes", "Thomas", "Varghese",
};
const int	cs_n_last_names = lengthof(cs_last_names);

const CsCity cs_cities[] = {
	{"Mumbai", "Maharashtra", 400, 1, 120},
	{"Delhi", "Delhi", 110, 0, 120},
	{"Bengaluru", "Karnataka", 560, 2, 110},
	{"Hyderabad", "Telangana", 500, 2, 80},
	{"Chennai", "Tamil Nadu", 600, 2, 75},
	{"Kolkata", "West Bengal", 700, 3, 70},
	{"Pune", "Maharashtra", 411, 1, 60},
	{"Ahmedabad", "Gujarat", 380, 1, 50},
	{"Jaipur", "Rajasthan", 302, 0, 35},
	{"Lucknow", "Uttar Pradesh", 226, 0, 30},
	{"Gurugram", "Haryana", 122, 0, 35},
	{"Noida", "Uttar Pradesh", 201, 0, 30},
	{"Surat", "Gujarat", 395, 1, 25},
	{"Kochi", "Kerala", 682, 2, 22},
	{"Thiruvananthapuram", "Kerala", 695, 2, 15},
	{"Coimbatore", "Tamil Nadu", 641, 2, 18},
	{"Indore", "Madhya Pradesh", 452, 4, 20},
	{"Bhopal", "Madhya Pradesh", 462, 4, 15},
	{"Nagpur", "Maharashtra", 440, 4, 18},
	{"Chandigarh", "Chandigarh", 160, 0, 16},
	{"Bhubaneswar", "Odisha", 751, 3, 12},
	{"Patna", "Bihar", 800, 3, 14},
	{"Guwahati", "Assam", 781, 3, 10},
	{"Visakhapatnam", "Andhra Pradesh", 530, 2, 14},
	{"Vijayawada", "Andhra Pradesh", 520, 2, 10},
	{"Mysuru", "Karnataka", 570, 2, 10},
	{"Vadodara", "Gujarat", 390, 1, 12},
	{"Nashik", "Maharashtra", 422, 1, 10},
	{"Dehradun", "Uttarakhand", 248, 0, 8},
	{"Ludhiana", "Punjab", 141, 0, 10},
	{"Ranchi", "Jharkhand", 834, 3, 8},
	{"Raipur", "Chhattisgarh", 492, 4, 8},
	{"Madurai", "Tamil Nadu", 625, 2, 9},
	{"Mangaluru", "Karnataka", 575, 2, 7},
	{"Goa", "Goa", 403, 1, 6},
};
const int	cs_n_cities = lengthof(cs_cities);

const char *const cs_streets[] = {
	"MG Road", "Station Road", "Gandhi Nagar", "Nehru Street", "Temple Road",
	"Church Street", "Park Street", "Lake View Road", "Ring Road", "Main Road",
	"Market Road", "College Road", "Hospital Road", "Rajaji Street", "Tilak Road",
	"Shivaji Marg", "Ambedkar Road", "Subhash Chowk", "Sardar Patel Road", "Link Road",
};
const int	cs_n_streets = lengthof(cs_streets);

const char *const cs_localities[] = {
	"Sector 12", "Sector 45", "Phase 2", "Indira Nagar", "Rajendra Nagar",
	"Civil Lines", "Model Town", "Green Park", "Koramangala 5th Block", "Anna Nagar West",
	"Salt Lake Sector 1", "Banjara Hills", "Andheri East", "Kothrud", "Vastrapur",
	"Malviya Nagar", "Gomti Nagar", "Jayanagar 4th Block", "Velachery", "Aundh",
};
const int	cs_n_localities = lengthof(cs_localities);

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
