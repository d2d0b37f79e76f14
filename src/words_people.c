/*-------------------------------------------------------------------------
 *
 * words_people.c
 *	  The people and places of the shop: given names and surnames by
 *	  community, cities with the communities that live in them, their
 *	  localities and PIN codes, and street names.
 *
 * An Indian name belongs to a community: "Sourav Chatterjee" is Bengali,
 * "Senthil Subramanian" Tamil, and "Sourav Subramanian" is nobody.  So the
 * names are grouped by community (a language region, or a faith whose
 * names are shared across regions), and a customer takes both parts of the
 * name from one community.  Which community is a matter of where the
 * customer lives: each city lists its communities with weights close to its
 * population's make-up (a metro draws people from everywhere, a Tamil Nadu
 * town is mostly Tamil), so the city decides the names and not the reverse.
 *
 * A locality belongs to one city and has one PIN code: each city lists real
 * neighbourhoods with their head post office's PIN (or, where not known, one
 * in the city's range).  Every PIN of a city starts with the city's three
 * digits and no two cities share those, so a PIN code names one city.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "words.h"

#define NAMES(a) (a), (int) lengthof(a)

/* North India's Hindi belt: Uttar Pradesh, Bihar, Rajasthan, Madhya Pradesh, Delhi */
static const char *const hindi_male[] = {
	"Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Rahul", "Amit", "Vikram",
	"Rajesh", "Manoj", "Abhishek", "Deepak", "Gaurav", "Rakesh", "Sandeep", "Anil",
	"Ravi", "Kunal", "Yash", "Dhruv", "Shaurya", "Ankit", "Saurabh", "Vivek",
	"Alok", "Ashish", "Pankaj", "Nitin", "Manish", "Sanjay",
};
static const char *const hindi_female[] = {
	"Saanvi", "Ananya", "Diya", "Pari", "Priya", "Pooja", "Neha", "Anjali",
	"Shreya", "Riya", "Nisha", "Swati", "Sunita", "Rekha", "Geeta", "Jyoti",
	"Shalini", "Sangeeta", "Kavita", "Preeti", "Aarti", "Ritu", "Komal", "Khushi",
	"Megha",
};
static const char *const hindi_last[] = {
	"Sharma", "Verma", "Gupta", "Singh", "Kumar", "Mishra", "Tiwari", "Pandey",
	"Yadav", "Chauhan", "Rathore", "Srivastava", "Saxena", "Agarwal", "Jain", "Bansal",
	"Goyal", "Mittal", "Dubey", "Tripathi", "Shukla", "Chaturvedi", "Rastogi", "Maurya",
	"Sinha", "Prasad",
};

/* Sikh names of Punjab: many women take Kaur as their surname */
static const char *const sikh_male[] = {
	"Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Amandeep", "Gagandeep", "Navjot", "Jasbir",
	"Kuldeep", "Sukhwinder", "Harjeet", "Simranjeet", "Ravinder", "Balwinder", "Gurdeep", "Tejinder",
};
static const char *const sikh_female[] = {
	"Simran", "Harleen", "Gurleen", "Jasleen", "Navneet", "Amrit", "Kirandeep", "Parminder",
	"Rajwinder", "Sukhpreet", "Manjeet", "Baljeet", "Jaspreet", "Harpreet",
};
static const char *const sikh_last[] = {
	"Gill", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Bajwa", "Brar", "Randhawa",
	"Virk", "Bedi", "Chadha", "Sodhi", "Bains", "Cheema",
};

/* Punjabi Hindu families (Khatri, Arora), in Punjab, Delhi and Chandigarh */
static const char *const punjabi_male[] = {
	"Rohit", "Karan", "Varun", "Sahil", "Nikhil", "Rajat", "Akshay", "Tarun",
	"Mohit", "Ankur", "Kabir", "Vikas", "Sumit", "Gaurav", "Pranav",
};
static const char *const punjabi_female[] = {
	"Ritika", "Tanya", "Nikita", "Shivani", "Sonia", "Mehak", "Ishita", "Kritika",
	"Neha", "Simran", "Tanvi", "Pooja", "Divya", "Aanchal",
};
static const char *const punjabi_last[] = {
	"Kapoor", "Khanna", "Malhotra", "Chopra", "Sethi", "Bhatia", "Arora", "Ahuja",
	"Anand", "Mehra", "Talwar", "Tandon", "Kohli", "Suri", "Bhalla",
};

static const char *const bengali_male[] = {
	"Arindam", "Sourav", "Subhajit", "Debashish", "Anirban", "Sayan", "Arnab", "Partha",
	"Abhijit", "Indranil", "Soumya", "Rajib", "Tanmoy", "Sudipto", "Ritwik", "Kaushik",
};
static const char *const bengali_female[] = {
	"Moumita", "Priyanka", "Sreeja", "Tanushree", "Rituparna", "Payel", "Sudeshna", "Madhurima",
	"Debjani", "Sharmistha", "Ishani", "Oindrila", "Rupa", "Ananya", "Sohini", "Paromita",
};
static const char *const bengali_last[] = {
	"Das", "Ghosh", "Banerjee", "Chatterjee", "Mukherjee", "Bose", "Sen", "Roy",
	"Dutta", "Chakraborty", "Bhattacharya", "Saha", "Mondal", "Sarkar", "Ganguly", "Pal",
	"Biswas", "Majumdar",
};

/* Marathi, and the Konkani Hindu families of Goa, whose surnames they share */
static const char *const marathi_male[] = {
	"Aniket", "Sachin", "Omkar", "Prasad", "Swapnil", "Tushar", "Nilesh", "Mahesh",
	"Sagar", "Shantanu", "Ganesh", "Vaibhav", "Akshay", "Santosh", "Ajinkya", "Tejas",
	"Rohit", "Amol",
};
static const char *const marathi_female[] = {
	"Aditi", "Gauri", "Madhuri", "Snehal", "Pranali", "Rutuja", "Shraddha", "Sayali",
	"Ketaki", "Manasi", "Aishwarya", "Vaishali", "Prajakta", "Mrunal", "Sneha", "Pallavi",
};
static const char *const marathi_last[] = {
	"Joshi", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Pawar", "More", "Shinde",
	"Deshmukh", "Gokhale", "Kale", "Chavan", "Gaikwad", "Bhosale", "Sawant", "Naik",
	"Apte", "Kadam", "Salunkhe", "Kamat",
};

static const char *const gujarati_male[] = {
	"Harsh", "Parth", "Dhaval", "Jignesh", "Hardik", "Chirag", "Bhavesh", "Ketan",
	"Nirav", "Darshan", "Meet", "Kalpesh", "Hitesh", "Jay", "Yash", "Pratik",
};
static const char *const gujarati_female[] = {
	"Bhavna", "Hetal", "Krupa", "Nidhi", "Riddhi", "Foram", "Dhara", "Khushbu",
	"Pooja", "Jinal", "Komal", "Mansi", "Hiral", "Dimple", "Urvi",
};
static const char *const gujarati_last[] = {
	"Patel", "Shah", "Mehta", "Desai", "Parikh", "Modi", "Trivedi", "Pandya",
	"Bhatt", "Vyas", "Thakkar", "Dave", "Panchal", "Solanki", "Gandhi", "Amin",
	"Kothari", "Joshi",
};

/*
 * Tamil families mostly use the father's name as a surname, so common
 * given names serve as surnames too; a few caste names are still in use.
 */
static const char *const tamil_male[] = {
	"Karthik", "Arun", "Senthil", "Vignesh", "Suresh", "Prakash", "Saravanan", "Murugan",
	"Balaji", "Dinesh", "Ganesh", "Ramesh", "Rajkumar", "Venkatesh", "Anand", "Gokul",
	"Harish", "Manikandan", "Praveen", "Sathish",
};
static const char *const tamil_female[] = {
	"Lakshmi", "Meenakshi", "Revathi", "Keerthi", "Priya", "Divya", "Kavya", "Deepa",
	"Gayathri", "Janani", "Nithya", "Sangeetha", "Sowmya", "Vidya", "Abirami", "Harini",
	"Pavithra", "Yamuna",
};
static const char *const tamil_last[] = {
	"Iyer", "Iyengar", "Pillai", "Mudaliar", "Chettiar", "Krishnan", "Subramanian", "Raman",
	"Rajan", "Murugesan", "Natarajan", "Balasubramanian", "Sundaram", "Venkataraman", "Srinivasan", "Ramasamy",
	"Kannan", "Selvaraj",
};

static const char *const telugu_male[] = {
	"Srinivas", "Venkat", "Ravi Teja", "Naveen", "Praveen", "Kiran", "Suresh", "Ramesh",
	"Mahesh", "Sai Kiran", "Krishna", "Chaitanya", "Vamsi", "Harsha", "Phani", "Srikanth",
	"Anil", "Sai",
};
static const char *const telugu_female[] = {
	"Lakshmi", "Swathi", "Sravani", "Sirisha", "Haritha", "Bhavani", "Padma", "Sandhya",
	"Mounika", "Sravya", "Keerthana", "Anusha", "Sahithi", "Harika", "Tejaswini",
};
static const char *const telugu_last[] = {
	"Reddy", "Rao", "Naidu", "Chowdary", "Varma", "Raju", "Goud", "Murthy",
	"Sastry", "Setty", "Rayudu", "Kondapalli", "Gollapudi", "Nallamothu", "Yadav",
};

/* Kannada, and the Tulu and Konkani families of coastal Karnataka */
static const char *const kannada_male[] = {
	"Manjunath", "Shivakumar", "Nagaraj", "Prashanth", "Raghavendra", "Santosh", "Sudeep", "Darshan",
	"Puneeth", "Chethan", "Kiran", "Girish", "Vinay", "Harish", "Pradeep", "Sandeep",
};
static const char *const kannada_female[] = {
	"Kavya", "Shwetha", "Chaitra", "Rashmi", "Deepa", "Pallavi", "Bhavya", "Sowmya",
	"Spoorthi", "Ramya", "Apoorva", "Shruthi", "Nandini", "Sahana", "Vidya",
};
static const char *const kannada_last[] = {
	"Gowda", "Shetty", "Hegde", "Rao", "Bhat", "Kamath", "Shenoy", "Pai",
	"Kulkarni", "Patil", "Naik", "Murthy", "Acharya", "Prabhu", "Poojary",
};

static const char *const malayali_male[] = {
	"Anoop", "Arjun", "Vishnu", "Sreejith", "Rajeev", "Unnikrishnan", "Abhilash", "Akhil",
	"Arun", "Manu", "Rahul", "Gokul", "Vineeth", "Sajith", "Jithin", "Harikrishnan",
};
static const char *const malayali_female[] = {
	"Anjali", "Lakshmi", "Aswathy", "Sreelakshmi", "Divya", "Reshma", "Arya", "Athira",
	"Gopika", "Meera", "Parvathy", "Remya", "Sruthi", "Nimisha", "Anupama",
};
static const char *const malayali_last[] = {
	"Nair", "Menon", "Pillai", "Kurup", "Panicker", "Nambiar", "Warrier", "Kaimal",
	"Unnithan", "Nambudiri", "Thampi", "Kartha", "Mohan", "Varma",
};

static const char *const odia_male[] = {
	"Debasish", "Prasanta", "Sibasis", "Manas", "Bikash", "Sanjib", "Ashutosh", "Biswajit",
	"Sudhansu", "Jagannath", "Satyajit", "Subrat", "Pradeep", "Soumya",
};
static const char *const odia_female[] = {
	"Sasmita", "Smita", "Suchismita", "Lipsa", "Subhashree", "Ipsita", "Sonali", "Mamata",
	"Jyotsna", "Pragyan", "Bandana", "Rashmita", "Priyanka",
};
static const char *const odia_last[] = {
	"Mohanty", "Mishra", "Patnaik", "Das", "Sahoo", "Panda", "Nayak", "Pradhan",
	"Behera", "Swain", "Jena", "Rath", "Mohapatra", "Senapati", "Rout",
};

static const char *const assamese_male[] = {
	"Pranjal", "Dhrubajyoti", "Bhargav", "Hiranya", "Rituraj", "Jyotirmoy", "Ankur", "Dipankar",
	"Kaushik", "Nayan", "Mridul", "Bikash", "Jintu", "Partha",
};
static const char *const assamese_female[] = {
	"Pallabi", "Nibedita", "Bhagyashree", "Juri", "Barnali", "Dipanjali", "Moromi", "Trishna",
	"Gitanjali", "Anamika", "Kabita", "Jonali", "Priyanka",
};
static const char *const assamese_last[] = {
	"Bora", "Baruah", "Gogoi", "Saikia", "Hazarika", "Kalita", "Phukan", "Deka",
	"Bhuyan", "Choudhury", "Mahanta", "Borthakur", "Sarma", "Talukdar",
};

/* Muslim names, shared across India's regions */
static const char *const muslim_male[] = {
	"Mohammed", "Imran", "Farhan", "Arshad", "Salman", "Aamir", "Irfan", "Javed",
	"Faisal", "Zaid", "Rehan", "Sameer", "Asif", "Tariq", "Shahid", "Adil",
};
static const char *const muslim_female[] = {
	"Ayesha", "Fatima", "Zoya", "Sana", "Nazia", "Shabana", "Rukhsar", "Farah",
	"Heena", "Nusrat", "Samreen", "Alina", "Mehreen", "Sadia", "Zainab",
};
static const char *const muslim_last[] = {
	"Khan", "Ahmed", "Qureshi", "Shaikh", "Ansari", "Siddiqui", "Syed", "Hussain",
	"Ali", "Pathan", "Mirza", "Rizvi", "Baig", "Malik", "Farooqui",
};

/*
 * Christian names: those of Kerala's Syrian Christians and of Goa and
 * Mangaluru's Catholics share the given names.
 */
static const char *const christian_male[] = {
	"Joseph", "Thomas", "John", "George", "Anthony", "Francis", "Peter", "Paul",
	"Sebastian", "Mathew", "Jacob", "Abraham", "Stephen", "Vincent",
};
static const char *const christian_female[] = {
	"Mary", "Grace", "Teresa", "Maria", "Sarah", "Rose", "Elizabeth", "Jessy",
	"Annie", "Sophia", "Christina", "Priscilla", "Merlin", "Anita",
};
static const char *const christian_last[] = {
	"D'Souza", "Fernandes", "Pereira", "Rodrigues", "Gomes", "D'Cruz", "Pinto", "Lobo",
	"Thomas", "Varghese", "Kurian", "Mathew", "George", "Joseph", "Chacko", "Abraham",
};

const CsCommunity cs_communities[] = {
	[COMM_HINDI] = {"Hindi belt", NAMES(hindi_male), NAMES(hindi_female), NAMES(hindi_last)},
	[COMM_SIKH] = {"Sikh", NAMES(sikh_male), NAMES(sikh_female), NAMES(sikh_last),
	.female_surname = "Kaur", .female_surname_pct = 50},
	[COMM_PUNJABI] = {"Punjabi", NAMES(punjabi_male), NAMES(punjabi_female), NAMES(punjabi_last)},
	[COMM_BENGALI] = {"Bengali", NAMES(bengali_male), NAMES(bengali_female), NAMES(bengali_last)},
	[COMM_MARATHI] = {"Marathi", NAMES(marathi_male), NAMES(marathi_female), NAMES(marathi_last)},
	[COMM_GUJARATI] = {"Gujarati", NAMES(gujarati_male), NAMES(gujarati_female), NAMES(gujarati_last)},
	[COMM_TAMIL] = {"Tamil", NAMES(tamil_male), NAMES(tamil_female), NAMES(tamil_last)},
	[COMM_TELUGU] = {"Telugu", NAMES(telugu_male), NAMES(telugu_female), NAMES(telugu_last)},
	[COMM_KANNADA] = {"Kannada", NAMES(kannada_male), NAMES(kannada_female), NAMES(kannada_last)},
	[COMM_MALAYALI] = {"Malayali", NAMES(malayali_male), NAMES(malayali_female), NAMES(malayali_last)},
	[COMM_ODIA] = {"Odia", NAMES(odia_male), NAMES(odia_female), NAMES(odia_last)},
	[COMM_ASSAMESE] = {"Assamese", NAMES(assamese_male), NAMES(assamese_female), NAMES(assamese_last)},
	[COMM_MUSLIM] = {"Muslim", NAMES(muslim_male), NAMES(muslim_female), NAMES(muslim_last)},
	[COMM_CHRISTIAN] = {"Christian", NAMES(christian_male), NAMES(christian_female), NAMES(christian_last)},
};
StaticAssertDecl(lengthof(cs_communities) == CS_N_COMMUNITIES,
				 "one entry of cs_communities per community");

/*
 * Localities with the PIN code of their post office.  Several localities
 * may share a PIN (one post office serves them); a locality has one PIN.
 */
#define LOC(a) (a), (int) lengthof(a)

static const CsLocality loc_mumbai[] = {
	{"Andheri East", 400069}, {"Bandra West", 400050}, {"Powai", 400076}, {"Borivali West", 400092},
	{"Malad West", 400064}, {"Ghatkopar East", 400077}, {"Chembur", 400071}, {"Dadar West", 400028},
	{"Colaba", 400005}, {"Goregaon East", 400063}, {"Mulund West", 400080}, {"Worli", 400018},
};
static const CsLocality loc_delhi[] = {
	{"Lajpat Nagar", 110024}, {"Dwarka Sector 7", 110075}, {"Rohini Sector 9", 110085}, {"Mayur Vihar Phase 1", 110091},
	{"Janakpuri", 110058}, {"Saket", 110017}, {"Karol Bagh", 110005}, {"Green Park", 110016},
	{"Pitampura", 110034}, {"Vasant Kunj", 110070}, {"Preet Vihar", 110092}, {"Rajouri Garden", 110027},
};
static const CsLocality loc_bengaluru[] = {
	{"Koramangala", 560034}, {"Indiranagar", 560038}, {"Jayanagar 4th Block", 560011}, {"Whitefield", 560066},
	{"HSR Layout", 560102}, {"Malleshwaram", 560003}, {"Electronic City", 560100}, {"BTM Layout", 560076},
	{"Marathahalli", 560037}, {"Banashankari", 560050}, {"Yelahanka", 560064}, {"Rajajinagar", 560010},
};
static const CsLocality loc_hyderabad[] = {
	{"Banjara Hills", 500034}, {"Jubilee Hills", 500033}, {"Gachibowli", 500032}, {"Kukatpally", 500072},
	{"Madhapur", 500081}, {"Begumpet", 500016}, {"Ameerpet", 500016}, {"Secunderabad", 500003},
	{"Dilsukhnagar", 500060}, {"Kondapur", 500084}, {"Miyapur", 500049}, {"Mehdipatnam", 500028},
};
static const CsLocality loc_chennai[] = {
	{"Anna Nagar West", 600040}, {"Velachery", 600042}, {"T. Nagar", 600017}, {"Adyar", 600020},
	{"Mylapore", 600004}, {"Tambaram", 600045}, {"Porur", 600116}, {"Nungambakkam", 600034},
	{"Besant Nagar", 600090}, {"Perambur", 600011}, {"Chromepet", 600044},
};
static const CsLocality loc_kolkata[] = {
	{"Salt Lake Sector 1", 700064}, {"Ballygunge", 700019}, {"Behala", 700034}, {"New Town", 700156},
	{"Park Circus", 700017}, {"Garia", 700084}, {"Dum Dum", 700028}, {"Tollygunge", 700033},
	{"Shyambazar", 700004}, {"Jadavpur", 700032},
};
static const CsLocality loc_pune[] = {
	{"Kothrud", 411038}, {"Aundh", 411007}, {"Baner", 411045}, {"Hadapsar", 411028},
	{"Viman Nagar", 411014}, {"Wakad", 411057}, {"Kalyani Nagar", 411006}, {"Shivajinagar", 411005},
	{"Pimple Saudagar", 411027}, {"Kharadi", 411014},
};
static const CsLocality loc_ahmedabad[] = {
	{"Vastrapur", 380015}, {"Satellite", 380015}, {"Navrangpura", 380009}, {"Maninagar", 380008},
	{"Bopal", 380058}, {"Paldi", 380007}, {"Naranpura", 380013}, {"Ghatlodia", 380061},
};
static const CsLocality loc_jaipur[] = {
	{"Malviya Nagar", 302017}, {"Vaishali Nagar", 302021}, {"Mansarovar", 302020}, {"C-Scheme", 302001},
	{"Raja Park", 302004}, {"Bani Park", 302016}, {"Jhotwara", 302012}, {"Pratap Nagar", 302033},
};
static const CsLocality loc_lucknow[] = {
	{"Gomti Nagar", 226010}, {"Hazratganj", 226001}, {"Aliganj", 226024}, {"Alambagh", 226005},
	{"Mahanagar", 226006}, {"Indira Nagar", 226016}, {"Aminabad", 226018}, {"Jankipuram", 226021},
};
static const CsLocality loc_gurugram[] = {
	{"DLF Phase 2", 122002}, {"Sector 56", 122011}, {"Sushant Lok 1", 122009}, {"Sohna Road", 122018},
	{"Palam Vihar", 122017}, {"South City 1", 122001}, {"Sector 14", 122001}, {"Golf Course Road", 122002},
};
static const CsLocality loc_noida[] = {
	{"Sector 62", 201309}, {"Sector 18", 201301}, {"Sector 137", 201305}, {"Sector 50", 201303},
	{"Sector 76", 201304}, {"Sector 15", 201301}, {"Sector 120", 201307},
};
static const CsLocality loc_surat[] = {
	{"Adajan", 395009}, {"Vesu", 395007}, {"Athwa", 395001}, {"Varachha", 395006},
	{"Katargam", 395004}, {"Piplod", 395007}, {"Pal", 395009},
};
static const CsLocality loc_kochi[] = {
	{"Edappally", 682024}, {"Kakkanad", 682030}, {"Kaloor", 682017}, {"Vyttila", 682019},
	{"Fort Kochi", 682001}, {"Palarivattom", 682025}, {"Panampilly Nagar", 682036},
};
static const CsLocality loc_thiruvananthapuram[] = {
	{"Pattom", 695004}, {"Kowdiar", 695003}, {"Kazhakkoottam", 695582}, {"Vazhuthacaud", 695014},
	{"Sasthamangalam", 695010}, {"Peroorkada", 695005},
};
static const CsLocality loc_coimbatore[] = {
	{"R.S. Puram", 641002}, {"Gandhipuram", 641012}, {"Peelamedu", 641004}, {"Saibaba Colony", 641011},
	{"Singanallur", 641005}, {"Saravanampatti", 641035}, {"Vadavalli", 641041},
};
static const CsLocality loc_indore[] = {
	{"Vijay Nagar", 452010}, {"Palasia", 452001}, {"Rajendra Nagar", 452012}, {"Sudama Nagar", 452009},
	{"Saket Nagar", 452018}, {"Bhawarkuan", 452014},
};
static const CsLocality loc_bhopal[] = {
	{"Arera Colony", 462016}, {"MP Nagar", 462011}, {"Kolar Road", 462042}, {"Shahpura", 462039},
	{"TT Nagar", 462003}, {"Bairagarh", 462030},
};
static const CsLocality loc_nagpur[] = {
	{"Dharampeth", 440010}, {"Sitabuldi", 440012}, {"Manish Nagar", 440015}, {"Civil Lines", 440001},
	{"Pratap Nagar", 440022}, {"Wardhaman Nagar", 440008},
};
static const CsLocality loc_chandigarh[] = {
	{"Sector 17", 160017}, {"Sector 22", 160022}, {"Sector 35", 160022}, {"Manimajra", 160101},
	{"Sector 43", 160036}, {"Sector 9", 160009},
};
static const CsLocality loc_bhubaneswar[] = {
	{"Saheed Nagar", 751007}, {"Nayapalli", 751012}, {"Patia", 751024}, {"Chandrasekharpur", 751016},
	{"Old Town", 751002}, {"Khandagiri", 751030},
};
static const CsLocality loc_patna[] = {
	{"Boring Road", 800001}, {"Kankarbagh", 800020}, {"Rajendra Nagar", 800016}, {"Patliputra Colony", 800013},
	{"Bailey Road", 800014}, {"Ashiana Nagar", 800025},
};
static const CsLocality loc_guwahati[] = {
	{"Dispur", 781006}, {"Beltola", 781028}, {"Chandmari", 781003}, {"Paltan Bazaar", 781008},
	{"Ganeshguri", 781006}, {"Uzan Bazar", 781001}, {"Maligaon", 781011},
};
static const CsLocality loc_visakhapatnam[] = {
	{"MVP Colony", 530017}, {"Dwaraka Nagar", 530016}, {"Madhurawada", 530048}, {"Gajuwaka", 530026},
	{"Seethammadhara", 530013}, {"Siripuram", 530003},
};
static const CsLocality loc_vijayawada[] = {
	{"Benz Circle", 520010}, {"Governorpet", 520002}, {"Patamata", 520010}, {"Gunadala", 520004},
	{"Bhavanipuram", 520012},
};
static const CsLocality loc_mysuru[] = {
	{"Kuvempu Nagar", 570023}, {"Vijayanagar", 570017}, {"Saraswathipuram", 570009}, {"Gokulam", 570002},
	{"Jayalakshmipuram", 570012},
};
static const CsLocality loc_vadodara[] = {
	{"Alkapuri", 390007}, {"Akota", 390020}, {"Manjalpur", 390011}, {"Gotri", 390021},
	{"Fatehgunj", 390002}, {"Karelibaug", 390018},
};
static const CsLocality loc_nashik[] = {
	{"College Road", 422005}, {"Gangapur Road", 422013}, {"Indira Nagar", 422009}, {"Nashik Road", 422101},
	{"Panchavati", 422003}, {"CIDCO", 422008},
};
static const CsLocality loc_dehradun[] = {
	{"Rajpur Road", 248001}, {"Vasant Vihar", 248006}, {"Clement Town", 248002}, {"Prem Nagar", 248007},
	{"Dalanwala", 248001},
};
static const CsLocality loc_ludhiana[] = {
	{"Sarabha Nagar", 141001}, {"Model Town", 141002}, {"BRS Nagar", 141012}, {"Dugri", 141013},
	{"Civil Lines", 141001}, {"Focal Point", 141010},
};
static const CsLocality loc_ranchi[] = {
	{"Lalpur", 834001}, {"Morabadi", 834008}, {"Doranda", 834002}, {"Kanke", 834006},
	{"Bariatu", 834009}, {"Harmu", 834012},
};
static const CsLocality loc_raipur[] = {
	{"Shankar Nagar", 492007}, {"Pandri", 492004}, {"Civil Lines", 492001}, {"Devendra Nagar", 492009},
	{"Telibandha", 492006},
};
static const CsLocality loc_madurai[] = {
	{"Anna Nagar", 625020}, {"K.K. Nagar", 625020}, {"Tallakulam", 625002}, {"S.S. Colony", 625016},
	{"Goripalayam", 625002}, {"Thiruparankundram", 625005},
};
static const CsLocality loc_mangaluru[] = {
	{"Kadri", 575002}, {"Hampankatta", 575001}, {"Bejai", 575004}, {"Kankanady", 575002},
	{"Surathkal", 575014}, {"Kodialbail", 575003},
};
/* Goa is listed as one city: its towns stand for localities */
static const CsLocality loc_goa[] = {
	{"Panaji", 403001}, {"Margao", 403601}, {"Mapusa", 403507}, {"Vasco da Gama", 403802},
	{"Porvorim", 403521}, {"Ponda", 403401},
};

/*
 * Cities.  mix: the communities of the people who live there, in per cent
 * (from the census's languages and religions by district, rounded; metros
 * with their migrants).  Names are drawn by it, so the mix is also the
 * share of each community's names among the city's customers.
 */
const CsCity cs_cities[] = {
	{.name = "Mumbai", .state = "Maharashtra", .pin_prefix = 400, .region = 1, .weight = 120,
		.mix = {[COMM_MARATHI] = 35, [COMM_HINDI] = 18, [COMM_GUJARATI] = 12, [COMM_MUSLIM] = 18,
			[COMM_CHRISTIAN] = 4, [COMM_TAMIL] = 2, [COMM_TELUGU] = 1, [COMM_KANNADA] = 2,
		[COMM_MALAYALI] = 2, [COMM_BENGALI] = 2, [COMM_PUNJABI] = 3, [COMM_SIKH] = 1},
	.localities = LOC(loc_mumbai)},
	{.name = "Delhi", .state = "Delhi", .pin_prefix = 110, .region = 0, .weight = 120,
		.mix = {[COMM_HINDI] = 55, [COMM_PUNJABI] = 12, [COMM_SIKH] = 5, [COMM_MUSLIM] = 13,
			[COMM_BENGALI] = 3, [COMM_CHRISTIAN] = 1, [COMM_MALAYALI] = 2, [COMM_TAMIL] = 2,
			[COMM_MARATHI] = 1, [COMM_GUJARATI] = 1, [COMM_TELUGU] = 1, [COMM_ODIA] = 1,
		[COMM_ASSAMESE] = 1, [COMM_KANNADA] = 1},
	.localities = LOC(loc_delhi)},
	{.name = "Bengaluru", .state = "Karnataka", .pin_prefix = 560, .region = 2, .weight = 110,
		.mix = {[COMM_KANNADA] = 38, [COMM_TAMIL] = 14, [COMM_TELUGU] = 12, [COMM_MALAYALI] = 6,
			[COMM_HINDI] = 8, [COMM_MUSLIM] = 12, [COMM_CHRISTIAN] = 4, [COMM_BENGALI] = 2,
		[COMM_MARATHI] = 1, [COMM_GUJARATI] = 1, [COMM_PUNJABI] = 1, [COMM_ODIA] = 1},
	.localities = LOC(loc_bengaluru)},
	{.name = "Hyderabad", .state = "Telangana", .pin_prefix = 500, .region = 2, .weight = 80,
		.mix = {[COMM_TELUGU] = 55, [COMM_MUSLIM] = 30, [COMM_HINDI] = 5, [COMM_TAMIL] = 2,
			[COMM_KANNADA] = 1, [COMM_MARATHI] = 2, [COMM_MALAYALI] = 1, [COMM_CHRISTIAN] = 2,
		[COMM_BENGALI] = 1, [COMM_PUNJABI] = 1},
	.localities = LOC(loc_hyderabad)},
	{.name = "Chennai", .state = "Tamil Nadu", .pin_prefix = 600, .region = 2, .weight = 75,
		.mix = {[COMM_TAMIL] = 72, [COMM_TELUGU] = 7, [COMM_MUSLIM] = 8, [COMM_CHRISTIAN] = 7,
		[COMM_MALAYALI] = 3, [COMM_HINDI] = 2, [COMM_KANNADA] = 1},
	.localities = LOC(loc_chennai)},
	{.name = "Kolkata", .state = "West Bengal", .pin_prefix = 700, .region = 3, .weight = 70,
		.mix = {[COMM_BENGALI] = 68, [COMM_HINDI] = 15, [COMM_MUSLIM] = 13, [COMM_ODIA] = 1,
		[COMM_PUNJABI] = 1, [COMM_SIKH] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_kolkata)},
	{.name = "Pune", .state = "Maharashtra", .pin_prefix = 411, .region = 1, .weight = 60,
		.mix = {[COMM_MARATHI] = 60, [COMM_HINDI] = 10, [COMM_MUSLIM] = 9, [COMM_GUJARATI] = 4,
			[COMM_KANNADA] = 3, [COMM_TAMIL] = 2, [COMM_TELUGU] = 2, [COMM_MALAYALI] = 2,
		[COMM_CHRISTIAN] = 3, [COMM_PUNJABI] = 2, [COMM_BENGALI] = 1, [COMM_SIKH] = 1, [COMM_ODIA] = 1},
	.localities = LOC(loc_pune)},
	{.name = "Ahmedabad", .state = "Gujarat", .pin_prefix = 380, .region = 1, .weight = 50,
		.mix = {[COMM_GUJARATI] = 78, [COMM_MUSLIM] = 12, [COMM_HINDI] = 6, [COMM_MARATHI] = 2,
		[COMM_PUNJABI] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_ahmedabad)},
	{.name = "Jaipur", .state = "Rajasthan", .pin_prefix = 302, .region = 0, .weight = 35,
		.mix = {[COMM_HINDI] = 78, [COMM_MUSLIM] = 12, [COMM_PUNJABI] = 4, [COMM_SIKH] = 3,
		[COMM_GUJARATI] = 1, [COMM_BENGALI] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_jaipur)},
	{.name = "Lucknow", .state = "Uttar Pradesh", .pin_prefix = 226, .region = 0, .weight = 30,
		.mix = {[COMM_HINDI] = 67, [COMM_MUSLIM] = 28, [COMM_PUNJABI] = 2, [COMM_SIKH] = 1,
		[COMM_BENGALI] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_lucknow)},
	{.name = "Gurugram", .state = "Haryana", .pin_prefix = 122, .region = 0, .weight = 35,
		.mix = {[COMM_HINDI] = 55, [COMM_PUNJABI] = 14, [COMM_SIKH] = 5, [COMM_MUSLIM] = 5,
			[COMM_BENGALI] = 4, [COMM_TAMIL] = 3, [COMM_TELUGU] = 3, [COMM_MALAYALI] = 3,
			[COMM_KANNADA] = 2, [COMM_MARATHI] = 2, [COMM_GUJARATI] = 1, [COMM_ODIA] = 1,
		[COMM_ASSAMESE] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_gurugram)},
	{.name = "Noida", .state = "Uttar Pradesh", .pin_prefix = 201, .region = 0, .weight = 30,
		.mix = {[COMM_HINDI] = 65, [COMM_PUNJABI] = 8, [COMM_SIKH] = 3, [COMM_MUSLIM] = 8,
			[COMM_BENGALI] = 5, [COMM_MALAYALI] = 2, [COMM_TAMIL] = 2, [COMM_TELUGU] = 2,
		[COMM_ODIA] = 2, [COMM_ASSAMESE] = 1, [COMM_CHRISTIAN] = 1, [COMM_MARATHI] = 1},
	.localities = LOC(loc_noida)},
	{.name = "Surat", .state = "Gujarat", .pin_prefix = 395, .region = 1, .weight = 25,
		.mix = {[COMM_GUJARATI] = 65, [COMM_HINDI] = 15, [COMM_MARATHI] = 6, [COMM_ODIA] = 4,
		[COMM_MUSLIM] = 9, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_surat)},
	{.name = "Kochi", .state = "Kerala", .pin_prefix = 682, .region = 2, .weight = 22,
		.mix = {[COMM_MALAYALI] = 50, [COMM_CHRISTIAN] = 33, [COMM_MUSLIM] = 15, [COMM_TAMIL] = 2},
	.localities = LOC(loc_kochi)},
	{.name = "Thiruvananthapuram", .state = "Kerala", .pin_prefix = 695, .region = 2, .weight = 15,
		.mix = {[COMM_MALAYALI] = 68, [COMM_CHRISTIAN] = 18, [COMM_MUSLIM] = 12, [COMM_TAMIL] = 2},
	.localities = LOC(loc_thiruvananthapuram)},
	{.name = "Coimbatore", .state = "Tamil Nadu", .pin_prefix = 641, .region = 2, .weight = 18,
		.mix = {[COMM_TAMIL] = 78, [COMM_MALAYALI] = 6, [COMM_TELUGU] = 3, [COMM_KANNADA] = 1,
		[COMM_MUSLIM] = 7, [COMM_CHRISTIAN] = 4, [COMM_HINDI] = 1},
	.localities = LOC(loc_coimbatore)},
	{.name = "Indore", .state = "Madhya Pradesh", .pin_prefix = 452, .region = 4, .weight = 20,
		.mix = {[COMM_HINDI] = 75, [COMM_MUSLIM] = 12, [COMM_MARATHI] = 6, [COMM_GUJARATI] = 2,
		[COMM_SIKH] = 2, [COMM_PUNJABI] = 2, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_indore)},
	{.name = "Bhopal", .state = "Madhya Pradesh", .pin_prefix = 462, .region = 4, .weight = 15,
		.mix = {[COMM_HINDI] = 68, [COMM_MUSLIM] = 25, [COMM_MARATHI] = 2, [COMM_SIKH] = 2,
		[COMM_PUNJABI] = 2, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_bhopal)},
	{.name = "Nagpur", .state = "Maharashtra", .pin_prefix = 440, .region = 4, .weight = 18,
		.mix = {[COMM_MARATHI] = 65, [COMM_HINDI] = 18, [COMM_MUSLIM] = 9, [COMM_TELUGU] = 2,
			[COMM_SIKH] = 2, [COMM_BENGALI] = 1, [COMM_CHRISTIAN] = 1, [COMM_PUNJABI] = 1,
		[COMM_GUJARATI] = 1},
	.localities = LOC(loc_nagpur)},
	{.name = "Chandigarh", .state = "Chandigarh", .pin_prefix = 160, .region = 0, .weight = 16,
		.mix = {[COMM_HINDI] = 35, [COMM_PUNJABI] = 28, [COMM_SIKH] = 28, [COMM_MUSLIM] = 4,
			[COMM_CHRISTIAN] = 1, [COMM_BENGALI] = 1, [COMM_TAMIL] = 1, [COMM_MALAYALI] = 1,
		[COMM_MARATHI] = 1},
	.localities = LOC(loc_chandigarh)},
	{.name = "Bhubaneswar", .state = "Odisha", .pin_prefix = 751, .region = 3, .weight = 12,
		.mix = {[COMM_ODIA] = 85, [COMM_BENGALI] = 4, [COMM_HINDI] = 3, [COMM_MUSLIM] = 3,
		[COMM_TELUGU] = 2, [COMM_CHRISTIAN] = 2, [COMM_MALAYALI] = 1},
	.localities = LOC(loc_bhubaneswar)},
	{.name = "Patna", .state = "Bihar", .pin_prefix = 800, .region = 3, .weight = 14,
		.mix = {[COMM_HINDI] = 80, [COMM_MUSLIM] = 16, [COMM_BENGALI] = 2, [COMM_SIKH] = 1,
		[COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_patna)},
	{.name = "Guwahati", .state = "Assam", .pin_prefix = 781, .region = 3, .weight = 10,
		.mix = {[COMM_ASSAMESE] = 62, [COMM_BENGALI] = 16, [COMM_HINDI] = 10, [COMM_MUSLIM] = 8,
		[COMM_CHRISTIAN] = 2, [COMM_PUNJABI] = 1, [COMM_ODIA] = 1},
	.localities = LOC(loc_guwahati)},
	{.name = "Visakhapatnam", .state = "Andhra Pradesh", .pin_prefix = 530, .region = 2, .weight = 14,
		.mix = {[COMM_TELUGU] = 82, [COMM_MUSLIM] = 5, [COMM_CHRISTIAN] = 4, [COMM_ODIA] = 3,
		[COMM_HINDI] = 2, [COMM_TAMIL] = 2, [COMM_BENGALI] = 1, [COMM_MALAYALI] = 1},
	.localities = LOC(loc_visakhapatnam)},
	{.name = "Vijayawada", .state = "Andhra Pradesh", .pin_prefix = 520, .region = 2, .weight = 10,
		.mix = {[COMM_TELUGU] = 85, [COMM_MUSLIM] = 8, [COMM_CHRISTIAN] = 6, [COMM_HINDI] = 1},
	.localities = LOC(loc_vijayawada)},
	{.name = "Mysuru", .state = "Karnataka", .pin_prefix = 570, .region = 2, .weight = 10,
		.mix = {[COMM_KANNADA] = 75, [COMM_MUSLIM] = 12, [COMM_TAMIL] = 4, [COMM_MALAYALI] = 3,
		[COMM_CHRISTIAN] = 3, [COMM_TELUGU] = 2, [COMM_HINDI] = 1},
	.localities = LOC(loc_mysuru)},
	{.name = "Vadodara", .state = "Gujarat", .pin_prefix = 390, .region = 1, .weight = 12,
		.mix = {[COMM_GUJARATI] = 75, [COMM_MARATHI] = 8, [COMM_MUSLIM] = 10, [COMM_HINDI] = 5,
		[COMM_CHRISTIAN] = 2},
	.localities = LOC(loc_vadodara)},
	{.name = "Nashik", .state = "Maharashtra", .pin_prefix = 422, .region = 1, .weight = 10,
		.mix = {[COMM_MARATHI] = 78, [COMM_HINDI] = 8, [COMM_MUSLIM] = 9, [COMM_GUJARATI] = 3,
		[COMM_SIKH] = 1, [COMM_CHRISTIAN] = 1},
	.localities = LOC(loc_nashik)},
	{.name = "Dehradun", .state = "Uttarakhand", .pin_prefix = 248, .region = 0, .weight = 8,
		.mix = {[COMM_HINDI] = 75, [COMM_PUNJABI] = 8, [COMM_SIKH] = 5, [COMM_MUSLIM] = 8,
		[COMM_BENGALI] = 1, [COMM_CHRISTIAN] = 2, [COMM_MALAYALI] = 1},
	.localities = LOC(loc_dehradun)},
	{.name = "Ludhiana", .state = "Punjab", .pin_prefix = 141, .region = 0, .weight = 10,
		.mix = {[COMM_SIKH] = 50, [COMM_PUNJABI] = 20, [COMM_HINDI] = 25, [COMM_MUSLIM] = 3,
		[COMM_CHRISTIAN] = 2},
	.localities = LOC(loc_ludhiana)},
	{.name = "Ranchi", .state = "Jharkhand", .pin_prefix = 834, .region = 3, .weight = 8,
		.mix = {[COMM_HINDI] = 72, [COMM_BENGALI] = 6, [COMM_MUSLIM] = 12, [COMM_CHRISTIAN] = 8,
		[COMM_ODIA] = 2},
	.localities = LOC(loc_ranchi)},
	{.name = "Raipur", .state = "Chhattisgarh", .pin_prefix = 492, .region = 4, .weight = 8,
		.mix = {[COMM_HINDI] = 80, [COMM_MUSLIM] = 6, [COMM_MARATHI] = 4, [COMM_SIKH] = 3,
		[COMM_PUNJABI] = 2, [COMM_ODIA] = 2, [COMM_TELUGU] = 1, [COMM_CHRISTIAN] = 2},
	.localities = LOC(loc_raipur)},
	{.name = "Madurai", .state = "Tamil Nadu", .pin_prefix = 625, .region = 2, .weight = 9,
		.mix = {[COMM_TAMIL] = 88, [COMM_MUSLIM] = 6, [COMM_CHRISTIAN] = 5, [COMM_TELUGU] = 1},
	.localities = LOC(loc_madurai)},
	{.name = "Mangaluru", .state = "Karnataka", .pin_prefix = 575, .region = 2, .weight = 7,
		.mix = {[COMM_KANNADA] = 50, [COMM_CHRISTIAN] = 20, [COMM_MUSLIM] = 22, [COMM_MALAYALI] = 6,
		[COMM_HINDI] = 2},
	.localities = LOC(loc_mangaluru)},
	{.name = "Goa", .state = "Goa", .pin_prefix = 403, .region = 1, .weight = 6,
		.mix = {[COMM_MARATHI] = 50, [COMM_CHRISTIAN] = 28, [COMM_MUSLIM] = 8, [COMM_HINDI] = 8,
		[COMM_KANNADA] = 4, [COMM_MALAYALI] = 2},
	.localities = LOC(loc_goa)},
};
const int	cs_n_cities = lengthof(cs_cities);

/*
 * Street names found in every part of India, so that any of them fits any
 * city (a Shivaji Marg would be odd in Chennai, a Rajaji Street in Jaipur).
 */
const char *const cs_streets[] = {
	"MG Road", "Station Road", "Gandhi Road", "Nehru Street", "Temple Road",
	"Church Street", "Park Street", "Lake View Road", "Ring Road", "Main Road",
	"Market Road", "College Road", "Hospital Road", "Court Road", "Tilak Road",
	"Bazaar Street", "Ambedkar Road", "Subhash Road", "Sardar Patel Road", "Link Road",
};
const int	cs_n_streets = lengthof(cs_streets);
