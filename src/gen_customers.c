/*-------------------------------------------------------------------------
 *
 * gen_customers.c
 *	  Customer generators: customers and addresses, and the per-customer
 *	  facts other domains need (account state, home city, when an address
 *	  was added, until when a customer was active).
 *
 * Every fact about customer c is drawn from stream ST_CUSTOMER, row c, at a
 * fixed field number (CF_* below), and every fact about the k-th address of
 * c from ST_ADDRESS, row 4c + k, at fixed fields (AF_*).  Fixed fields let
 * other generators ask for one fact (the state, the home city) without
 * replaying the draws before it, and let a field be added without moving
 * the values of the others.  ST_CORE is not touched here: context.c owns it
 * (sign-up instant, core membership, address count).
 *
 * The default address is the one given at sign-up, so its created_at is the
 * sign-up instant: orders (gen_sales.c) ship to it from the customer's first
 * minute.  Further addresses come later, in address_id order, and never
 * after cs_customer_active_until(): an inactive (dormant) or blocked account
 * does nothing after that instant, which the basket and telemetry
 * generators respect too.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/datetime.h"

#include "commerce_seed.h"
#include "words.h"

/* Fields of ST_CUSTOMER row customer_id. */
enum
{
	CF_STATE = 0,
	CF_OPT_IN,
	CF_ACTIVE_UNTIL,
	CF_GENDER,
	CF_FIRST_NAME,
	CF_LAST_NAME,
	CF_DOMAIN,
	CF_PHONE,					/* 2 draws: null?, digits */
	CF_DOB = CF_PHONE + 2,		/* 4 draws: null?, age band, age, day */
	CF_COMMUNITY = CF_DOB + 4
};

/* Fields of ST_ADDRESS row ADDR_ROW(customer_id, k). */
enum
{
	AF_CITY = 0,				/* default: the city; others: same city as default? */
	AF_OTHER_CITY,
	AF_CREATED,
	AF_LABEL,
	AF_HOUSE,					/* 5 draws: format, number, block, floor, flat */
	AF_STREET = AF_HOUSE + 5,
	AF_LOCALITY					/* 2 draws: line2 left out?, which locality */
};

/* cs_address_count() is 1..3, so 4 rows per customer never overlap. */
#define ADDR_ROW(c, k)	(((uint64) (c) << 2) | (uint64) (k))

/* A dormant (inactive) account has shown no activity for at least this long. */
#define DORMANT_AFTER	(90 * US_DAY)
/* An account that stops (goes quiet, or is blocked) does so within this long of signing up. */
#define ACTIVE_SPAN		(730 * US_DAY)

/*
 * Whom the account's story leads to: 84% stay active, 12% go quiet some time
 * in their first two years, 4% get blocked then.  A pure function of the
 * customer, not of the as-of instant; at the end of the default window
 * about half of those have gone quiet or been blocked, so the accounts are
 * then about 92% active, 6% inactive and 2% blocked, as in a shop whose
 * dormant share grows with its age.
 */
static int
customer_fate(const GenCtx *g, int64 customer_id)
{
	static const int w[3] = {84, 12, 4};
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_CUSTOMER, customer_id);
	r.field = CF_STATE;
	return cs_weighted(&r, w, lengthof(w));
}

/*
 * The last instant the customer can have done anything (browsed, filled a
 * cart, added an address): never (PG_INT64_MAX) for an account that stays
 * active; for one that goes quiet or is blocked, an instant in its first
 * ACTIVE_SPAN, drawn once.  Never before sign-up, and the same whatever the
 * as-of instant, so the shop's history does not change as its clock moves.
 */
TimestampTz
cs_customer_active_until(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	if (customer_fate(g, customer_id) == CUST_ACTIVE)
		return PG_INT64_MAX;
	cs_rand_init(&r, g->seed, ST_CUSTOMER, customer_id);
	r.field = CF_ACTIVE_UNTIL;
	return cs_signup_at(g, customer_id) + (int64) ((double) ACTIVE_SPAN * cs_unit(&r));
}

/*
 * Account state at the as-of instant: blocked from the moment activity
 * stopped for a blocked account; inactive (dormant) once an account that
 * went quiet has shown nothing for DORMANT_AFTER; active otherwise.  About
 * 92% active, 6% inactive and 2% blocked at the default window's end.
 */
int
cs_customer_state(const GenCtx *g, int64 customer_id)
{
	return cs_customer_state_at(g, customer_id, g->t_end);
}

int
cs_customer_state_at(const GenCtx *g, int64 customer_id, TimestampTz t)
{
	int			fate = customer_fate(g, customer_id);

	if (fate == CUST_ACTIVE)
		return CUST_ACTIVE;
	if (fate == CUST_BLOCKED)
		return cs_customer_active_until(g, customer_id) <= t ? CUST_BLOCKED : CUST_ACTIVE;
	return cs_customer_active_until(g, customer_id) + DORMANT_AFTER <= t ? CUST_INACTIVE : CUST_ACTIVE;
}

/* Whether anything of customer c's rows (state, addresses) changes in (from, to]. */
bool
cs_customer_changes(const GenCtx *g, int64 customer_id, TimestampTz from, TimestampTz to)
{
	int			k;

	if (cs_customer_state_at(g, customer_id, from) != cs_customer_state_at(g, customer_id, to))
		return true;
	for (k = cs_address_count(g, customer_id) - 1; k >= 0; k--)
	{
		TimestampTz at = cs_address_created_at(g, customer_id, k);

		if (at > from && at <= to)
			return true;
	}
	return false;
}

/* Whether the customer agreed to marketing messages at sign-up (55%). */
bool
cs_customer_opt_in(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_CUSTOMER, customer_id);
	r.field = CF_OPT_IN;
	return cs_chance(&r, 0.55);
}

/*
 * The first customer from customer_id on (wrapping round the signed_up
 * customers signed up by t) still active at t: dormant and blocked accounts
 * do nothing after cs_customer_active_until().  customer_id itself when no
 * one is (the caller decides what then).
 */
int64
cs_active_customer_from(const GenCtx *g, int64 customer_id, int64 signed_up, TimestampTz t)
{
	int64		c = customer_id;
	int64		tries;

	for (tries = 0; tries < signed_up && cs_customer_active_until(g, c) < t; tries++)
		c = c % signed_up + 1;
	return c;
}

/* Index into cs_cities, weighted by each city's share of shoppers. */
static int
pick_city(CsRand *r)
{
	int64		total = 0;
	int64		x;
	int			i;

	for (i = 0; i < cs_n_cities; i++)
		total += cs_cities[i].weight;
	x = cs_range(r, 0, total - 1);
	for (i = 0; i < cs_n_cities - 1; i++)
	{
		if (x < cs_cities[i].weight)
			return i;
		x -= cs_cities[i].weight;
	}
	return cs_n_cities - 1;
}

/*
 * Index into cs_cities of the city of the customer's default (first)
 * address, a pure function of the customer; gen_sales.c ships from a
 * warehouse near it.
 */
int
cs_customer_city(const GenCtx *g, int64 customer_id)
{
	CsRand		r;

	cs_rand_init(&r, g->seed, ST_ADDRESS, ADDR_ROW(customer_id, 0));
	r.field = AF_CITY;
	return pick_city(&r);
}

/* City of the k-th address: later ones are mostly in the same city (work, a second home). */
static int
address_city(const GenCtx *g, int64 customer_id, int k)
{
	CsRand		r;

	if (k == 0)
		return cs_customer_city(g, customer_id);
	cs_rand_init(&r, g->seed, ST_ADDRESS, ADDR_ROW(customer_id, k));
	r.field = AF_CITY;
	if (cs_chance(&r, 0.70))
		return cs_customer_city(g, customer_id);
	/* parents' home, a new job in another city */
	r.field = AF_OTHER_CITY;
	return pick_city(&r);
}

/*
 * When the k-th (0-based) address of a customer was added: the default at
 * sign-up, each later one some time after the previous one (within
 * ADDRESS_GAP), but never after the customer's activity stopped, so
 * address_id order is time order within a customer.  A pure function of
 * the customer: an address added after the as-of instant is not in the
 * data yet (its id is kept for it).  An order placed at t may ship to
 * address k only if this is <= t.
 */
#define ADDRESS_GAP	(120 * US_DAY)

TimestampTz
cs_address_created_at(const GenCtx *g, int64 customer_id, int k)
{
	TimestampTz prev = cs_signup_at(g, customer_id);
	TimestampTz until = k > 0 ? cs_customer_active_until(g, customer_id) : 0;
	int			i;

	for (i = 1; i <= k; i++)
	{
		CsRand		r;
		TimestampTz last = prev + ADDRESS_GAP;

		if (until < last)
			last = until;
		cs_rand_init(&r, g->seed, ST_ADDRESS, ADDR_ROW(customer_id, i));
		r.field = AF_CREATED;
		prev += (int64) ((double) (last - prev) * cs_unit(&r));
	}
	return prev;
}

/* customers: customer_id = unit + 1 */

static const ColumnSpec customer_cols[] = {
	{.name = "customer_id", .typid = INT8OID},
	{.name = "full_name", .typid = TEXTOID},
	{.name = "email", .typid = TEXTOID, .c_collation = true},
	{.name = "phone", .typid = TEXTOID, .nullable = true},
	{.name = "status", .typid = InvalidOid, .enum_type = EN_CUSTOMER_STATUS},
	{.name = "date_of_birth", .typid = DATEOID, .nullable = true},
	{.name = "marketing_opt_in", .typid = BOOLOID},
	{.name = "signed_up_at", .typid = TIMESTAMPTZOID},
};

/* by cs_email_domains */
static const int email_domain_weight[] = {70, 15, 15};

/* Online shoppers in India are young: age at sign-up by band. */
static const int age_band_lo[] = {18, 25, 35, 45, 55};
static const int age_band_hi[] = {24, 34, 44, 54, 70};
static const int age_band_weight[] = {30, 36, 19, 10, 5};

/* Copy the letters of a name, lower-cased: "D'Souza" gives "dsouza". */
static void
email_word(char *dst, int room, const char *name)
{
	int			n = 0;

	for (; *name != '\0' && n < room - 1; name++)
		if ((*name >= 'A' && *name <= 'Z') || (*name >= 'a' && *name <= 'z'))
			dst[n++] = pg_ascii_tolower((unsigned char) *name);
	dst[n] = '\0';
}

/*
 * A date of birth that makes the customer exactly `age` years old on the
 * sign-up day (in India), uniform over that year of birthdays.  Ages count as
 * age() does: whole years, a birthday reached when its month and day are, so
 * someone born on 29 February turns a year older on 1 March in a common
 * year.  The births that give `age` are the days after the sign-up's month
 * and day age + 1 years earlier, up to that month and day age years earlier,
 * each clamped to a real day (a sign-up on 29 February: up to 28 February of
 * a common year, not 1 March, which would make the customer a year younger).
 */
static DateADT
birth_date(CsRand *r, TimestampTz signup)
{
	DateADT		day = cs_date_of(signup);
	int			band = cs_weighted(r, age_band_weight, lengthof(age_band_weight));
	int			age = (int) cs_range(r, age_band_lo[band], age_band_hi[band]);
	DateADT		lo = cs_years_before(day, age + 1) + 1;
	DateADT		hi = cs_years_before(day, age);

	return (DateADT) cs_range(r, lo, hi);
}

/*
 * Both parts of the name come from one community, drawn by the make-up of
 * the customer's home city: a Chennai customer is most likely Tamil, a
 * Mumbai one may be from anywhere.
 */
static void
emit_customer(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		id = unit + 1;
	Datum	   *v;
	bool	   *n;
	CsRand		r;
	const CsCommunity *comm;
	bool		female;
	const char *first;
	const char *last;
	char		efirst[32];
	char		elast[32];
	TimestampTz signup;

	ids->next++;
	if (sink == NULL)
		return;
	v = sink->values;
	n = sink->nulls;
	signup = cs_signup_at(g, id);
	cs_rand_init(&r, g->seed, ST_CUSTOMER, id);

	r.field = CF_COMMUNITY;
	comm = &cs_communities[cs_weighted(&r, cs_cities[cs_customer_city(g, id)].mix,
									   CS_N_COMMUNITIES)];
	r.field = CF_GENDER;
	female = cs_chance(&r, 0.48);
	r.field = CF_FIRST_NAME;
	if (female)
		first = comm->female[cs_range(&r, 0, comm->nfemale - 1)];
	else
		first = comm->male[cs_range(&r, 0, comm->nmale - 1)];
	r.field = CF_LAST_NAME;
	if (female && comm->female_surname != NULL &&
		cs_chance(&r, comm->female_surname_pct / 100.0))
		last = comm->female_surname;
	else
		last = comm->last[cs_range(&r, 0, comm->nlast - 1)];

	v[0] = Int64GetDatum(id);
	n[0] = false;
	v[1] = cs_textf("%s %s", first, last);
	n[1] = false;

	/* unique because the id is in it, and the letters before it cannot end in a digit */
	email_word(efirst, sizeof(efirst), first);
	email_word(elast, sizeof(elast), last);
	r.field = CF_DOMAIN;
	v[2] = cs_textf("%s.%s" INT64_FORMAT "@%s", efirst, elast, id,
					cs_email_domains[cs_weighted(&r, email_domain_weight, lengthof(email_domain_weight))]);
	n[2] = false;

	/* "+91 00...": no Indian mobile number starts with 0, so none of these can ring */
	r.field = CF_PHONE;
	n[3] = cs_chance(&r, 0.10);
	v[3] = n[3] ? (Datum) 0 : cs_textf("+91 00%08d", (int) cs_range(&r, 0, 99999999));

	v[4] = cs_enum(g, EN_CUSTOMER_STATUS, cs_customer_state(g, id));
	n[4] = false;

	r.field = CF_DOB;
	n[5] = cs_chance(&r, 0.15);
	v[5] = n[5] ? (Datum) 0 : DateADTGetDatum(birth_date(&r, signup));

	v[6] = BoolGetDatum(cs_customer_opt_in(g, id));
	n[6] = false;
	v[7] = TimestampTzGetDatum(signup);
	n[7] = false;
	cs_sink_put(sink);
}

const TableSpec cs_table_customers = {
	.name = "customers",
	.cols = customer_cols,
	.ncols = lengthof(customer_cols),
	.driver = DRV_CUSTOMERS,
	.emit = emit_customer,
	.companion = NULL,
	.id_column = "customer_id",
	.approx_row_bytes = 200,
	.one_per_unit = true
};

/* addresses: cs_address_count() per customer, the first one the default */

static const ColumnSpec address_cols[] = {
	{.name = "address_id", .typid = INT8OID},
	{.name = "customer_id", .typid = INT8OID},
	{.name = "is_default", .typid = BOOLOID},
	{.name = "label", .typid = TEXTOID},
	{.name = "line1", .typid = TEXTOID},
	{.name = "line2", .typid = TEXTOID, .nullable = true},
	{.name = "city", .typid = TEXTOID},
	{.name = "state", .typid = TEXTOID},
	{.name = "pincode", .typid = TEXTOID},
	{.name = "country", .typid = TEXTOID},
	{.name = "created_at", .typid = TIMESTAMPTZOID},
};

/* by cs_address_labels */
static const int default_label_weight[] = {85, 12, 3};
static const int extra_label_weight[] = {25, 45, 30};

/*
 * The locality the address is in, of its city's list: the same locality
 * always has the same PIN code.  Every address is in one, so it always has
 * a PIN of its city, but a quarter of people leave line2 (the locality)
 * out; *shown says whether it is written.
 */
static const CsLocality *
pick_locality(CsRand *r, const CsCity *city, bool *shown)
{
	const CsLocality *loc;

	*shown = !cs_chance(r, 0.25);
	loc = &city->localities[cs_range(r, 0, city->nlocalities - 1)];
	/* what makes a PIN code name one city: see words_people.c */
	Assert(loc->pincode / 1000 == city->pin_prefix);
	return loc;
}

static void
emit_addresses(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	int64		c = unit + 1;
	int			count = cs_address_count(g, c);
	Datum	   *v;
	bool	   *n;
	int			k;

	if (sink == NULL)
	{
		ids->next += count;
		return;
	}
	v = sink->values;
	n = sink->nulls;
	for (k = 0; k < count; k++)
	{
		const CsCity *city;
		TimestampTz created = cs_address_created_at(g, c, k);
		CsRand		r;
		const char *street;
		const CsLocality *locality;
		bool		shown;
		char		house[32];
		int			fmt;

		/* an address added after the as-of instant keeps its id for later */
		if (created > g->t_end)
		{
			ids->next++;
			continue;
		}
		city = &cs_cities[address_city(g, c, k)];
		cs_rand_init(&r, g->seed, ST_ADDRESS, ADDR_ROW(c, k));

		v[0] = Int64GetDatum(ids->next++);
		v[1] = Int64GetDatum(c);
		v[2] = BoolGetDatum(k == 0);
		r.field = AF_LABEL;
		if (k == 0)
			v[3] = cs_text(cs_address_labels[cs_weighted(&r, default_label_weight, lengthof(default_label_weight))]);
		else
			v[3] = cs_text(cs_address_labels[cs_weighted(&r, extra_label_weight, lengthof(extra_label_weight))]);

		/* a plain house number, a flat in a tower block, or "House No." */
		r.field = AF_HOUSE;
		fmt = (int) cs_range(&r, 0, 9);
		if (fmt < 5)
			snprintf(house, sizeof(house), "%d", (int) cs_range(&r, 1, 999));
		else if (fmt < 8)
		{
			int			block;
			int			floor;

			r.field = AF_HOUSE + 2;
			block = (int) cs_range(&r, 0, 5);
			floor = (int) cs_range(&r, 1, 20);
			snprintf(house, sizeof(house), "Flat %c-%d%02d", 'A' + block, floor,
					 (int) cs_range(&r, 1, 8));
		}
		else
			snprintf(house, sizeof(house), "House No. %d", (int) cs_range(&r, 1, 250));
		r.field = AF_STREET;
		street = cs_streets[cs_range(&r, 0, cs_n_streets - 1)];
		v[4] = cs_textf("%s, %s", house, street);

		r.field = AF_LOCALITY;
		locality = pick_locality(&r, city, &shown);
		n[5] = !shown;
		v[5] = shown ? cs_text(locality->name) : (Datum) 0;

		v[6] = cs_text(city->name);
		v[7] = cs_text(city->state);
		v[8] = cs_textf("%06d", locality->pincode);
		v[9] = cs_text("IN");
		v[10] = TimestampTzGetDatum(created);

		n[0] = n[1] = n[2] = n[3] = n[4] = false;
		n[6] = n[7] = n[8] = n[9] = n[10] = false;
		cs_sink_put(sink);
	}
}

const TableSpec cs_table_addresses = {
	.name = "addresses",
	.cols = address_cols,
	.ncols = lengthof(address_cols),
	.driver = DRV_CUSTOMERS,
	.emit = emit_addresses,
	.companion = NULL,
	.id_column = "address_id",
	.approx_row_bytes = 190,
	.one_per_unit = false
};
