/*-------------------------------------------------------------------------
 *
 * commerce_seed.h
 *	  Types shared by the generators, the row sinks and the entry points.
 *
 * A generator never decides anything from state it accumulated: every value
 * of a row is a pure function of (seed, table, row number, field), drawn
 * through the counter-based stream in random.c, so any slice of any table can
 * be produced alone, in any order, by the SRFs or by the bulk loader.
 *
 * Each table is described by a TableSpec: its columns (checked against the
 * real relation or SRF result type before anything is written), the "driver"
 * whose units it is generated from (one customer, one order, ...) and an emit
 * function that produces the rows of one driver unit.  Called without a sink
 * the emit function only counts, which is how a slice learns the first id it
 * must use; counting and producing are the same code, so they cannot disagree.
 *
 * src/include layout: commerce_seed.h (this), random.h (the stream).
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_H
#define COMMERCE_SEED_H

#include "fmgr.h"
#include "utils/timestamp.h"
#include "utils/date.h"

#include "random.h"

/* Units generated from; each table names one. */
typedef enum CsDriver
{
	DRV_CATEGORIES,
	DRV_WAREHOUSES,
	DRV_SUPPLIERS,
	DRV_PRODUCTS,
	DRV_CUSTOMERS,
	DRV_ORDERS,
	DRV_COUPONS,
	DRV_GIFT_CARDS,
	DRV_PURCHASE_ORDERS,
	DRV_VISITS,					/* customers (the sign-up visit) and orders, in time order */
	DRV_AUDIT,					/* products, then customers and orders in time order */
	DRV_COUNT
} CsDriver;

/* The enum types of the schema, looked up once per run. */
typedef enum CsEnum
{
	EN_CUSTOMER_STATUS,
	EN_ORDER_STATUS,
	EN_PAYMENT_METHOD,
	EN_PAYMENT_STATUS,
	EN_SHIPMENT_STATUS,
	EN_RETURN_REASON,
	EN_LOYALTY_TIER,
	EN_PO_STATUS,
	EN_TICKET_STATUS,
	EN_TICKET_PRIORITY,
	EN_COUNT
} CsEnum;

#define CS_MAX_ENUM_LABELS 8

/* Labels in declaration order; generators use the index, sinks the OID. */
enum { CUST_ACTIVE, CUST_INACTIVE, CUST_BLOCKED };
enum { OS_PENDING, OS_PAID, OS_SHIPPED, OS_DELIVERED, OS_CANCELLED };
enum { PM_CARD, PM_UPI, PM_NETBANKING, PM_COD, PM_WALLET, PM_GIFT_CARD };
enum { PS_PENDING, PS_CAPTURED, PS_VOIDED };
enum { SS_PREPARING, SS_PACKED, SS_DISPATCHED, SS_IN_TRANSIT, SS_OUT_FOR_DELIVERY, SS_DELIVERED, SS_CANCELLED, SS_RETURNED_TO_ORIGIN };
enum { RR_DAMAGED, RR_DEFECTIVE, RR_WRONG_ITEM, RR_NOT_AS_DESCRIBED, RR_SIZE_FIT, RR_CHANGED_MIND, RR_LATE_DELIVERY };
enum { LT_BRONZE, LT_SILVER, LT_GOLD, LT_PLATINUM };
enum { PO_ORDERED, PO_RECEIVED, PO_CANCELLED };
enum { TS_OPEN, TS_PENDING, TS_RESOLVED, TS_CLOSED };
enum { TP_LOW, TP_NORMAL, TP_HIGH, TP_URGENT };

/* Microseconds, for timestamp arithmetic. */
#define US_MINUTE	INT64CONST(60000000)
#define US_HOUR		INT64CONST(3600000000)
#define US_DAY		INT64CONST(86400000000)
/* India has one time zone and no daylight saving: +05:30 all year. */
#define IST_OFFSET	(5 * US_HOUR + 30 * US_MINUTE)

/*
 * Floor division and modulo (b > 0).  Day numbers (DateADT) and timestamps
 * count from 2000-01-01 and are negative before it, where C's / and % round
 * toward zero: every calendar computation on them (the day of an instant, the
 * weekday of a day, an index into a table) goes through these two.
 */
static inline int64
cs_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	return (a % b < 0) ? q - 1 : q;
}

static inline int64
cs_floor_mod(int64 a, int64 b)
{
	int64		m = a % b;

	return (m < 0) ? m + b : m;
}

/* Weekday of a day number, 0 = Sunday .. 6 = Saturday (2000-01-01 was a Saturday). */
static inline int
cs_weekday(DateADT d)
{
	return (int) cs_floor_mod((int64) d + 6, 7);
}

/* The instant a calendar day starts in India. */
static inline TimestampTz
cs_day_start(DateADT d)
{
	return (TimestampTz) d * US_DAY - IST_OFFSET;
}

/*
 * t when its time of day in India is within [open, close) (microseconds
 * after midnight), else the next opening plus `late`: what happens out of
 * hours (a customer's night, a closed warehouse) waits for the morning,
 * spread over its first hours rather than piled on the opening minute.
 */
static inline TimestampTz
cs_in_hours(TimestampTz t, int64 open, int64 close, int64 late)
{
	int64		tod = cs_floor_mod(t + IST_OFFSET, US_DAY);

	if (tod < open)
		return t - tod + open + late;
	if (tod >= close)
		return t - tod + US_DAY + open + late;
	return t;
}

/*
 * Customers act from 7 am to midnight in India; what they would have done in
 * the night is done some time the next day (within CS_NIGHT_SPREAD of 7 am),
 * not all at the opening hour.
 */
#define CS_WAKING_FROM	(7 * US_HOUR)
#define CS_NIGHT_SPREAD	(14 * US_HOUR)

/* An order line as planned; money in paise, discounts in basis points. */
typedef struct CsLine
{
	int64		product_id;
	int32		quantity;
	int64		unit_price;		/* paise */
	int32		discount_bp;	/* 0..10000 = 0.00%..100.00% */
	int64		line_total;		/* paise, rounded half up as numeric round() */
} CsLine;

#define CS_MAX_LINES 8

/*
 * Everything about one order that any table needs: header, lines, coupon,
 * payment and shipment timeline, all as of the end of the data window.
 * Timestamps are 0 when the step has not happened.  TimestampTz 0 is
 * 2000-01-01 05:30 IST, inside the allowed range (windows from 1991), so a
 * step drawn to that very microsecond would read as not reached: the draws
 * are microsecond-uniform over hours or days, so the odds are about one in
 * 10^9 per step near that instant, and nothing guards against it.
 */
typedef struct CsOrderPlan
{
	int64		order_no;		/* 0-based unit number; order_id = order_no + 1 */
	int64		customer_id;
	int64		address_id;
	DateADT		order_date;
	TimestampTz placed_at;
	int			device;			/* CS_DEVICE_* of the session it was placed in */
	int			channel;		/* web, android, ios: follows the device */
	int			nlines;
	CsLine		lines[CS_MAX_LINES];
	int64		gross;			/* sum of quantity * unit_price */
	int64		total;			/* sum of line totals = payment amount */
	int64		coupon_id;		/* 0 = none */
	int64		gift_card_id;	/* the gift card that pays it (method gift_card), or 0 */
	int			method;
	int			status;			/* order_status */
	int			payment_status;
	TimestampTz paid_at;
	TimestampTz cancelled_at;
	int64		warehouse_id;
	int			carrier;
	TimestampTz promised_at;	/* delivery promised by this instant at checkout */
	int			shipment_status;
	TimestampTz ship_created_at;
	TimestampTz packed_at;
	TimestampTz dispatched_at;
	TimestampTz out_for_delivery_at;
	TimestampTz delivered_at;
} CsOrderPlan;

/* The longest data window, in days (context.c checks it; an advance may not go past it) */
#define CS_MAX_WINDOW_DAYS (366 * 20)

/* Fixed reference data sizes (the same at every scale). */
#define CS_NUM_WAREHOUSES 10

/*
 * The state of one generation run.  Everything here is derived from the
 * arguments; nothing grows with the data except addr_prefix, the first
 * address_id of every 16th customer (half a byte per customer).
 */
typedef struct GenCtx
{
	int32		scale;
	int64		seed;
	DateADT		first_day;		/* window start (inclusive) */
	int32		ndays;			/* window length in days */
	TimestampTz t_start;		/* first_day 00:00 IST */
	TimestampTz t_end;			/* the "as of" instant: the day after the window, 00:00 IST */
	TimestampTz t_signups;		/* first sign-ups: a calendar year before first_day, 00:00 IST */

	/* planned volumes */
	int64		n_drv[DRV_COUNT];

	/* orders per day: order_no of the first order of day d is order_cum[d] */
	int64	   *order_cum;

	/* address index: first address_id of customer 16*k+1 */
	int64	   *addr_prefix;


	/* enum label OIDs */
	Oid			enum_oid[EN_COUNT][CS_MAX_ENUM_LABELS];
	bool		enums_loaded;

	/* long-lived allocations of the run (the address index) */
	MemoryContext mcxt;

	/* where the last cs_merged_unit() call left the merged stream */
	int64		merged_next;
	int64		merged_c;
	int64		merged_o;
	bool		merged_last_customer;	/* what unit merged_next - 1 was */
	bool		merged_valid;

	/* the same shop seen to the end of everything (cs_final), or NULL */
	struct GenCtx *final;

	/* one-entry cache of the last planned order */
	CsOrderPlan plan;
	bool		plan_valid;
} GenCtx;

/*
 * Where rows go.  The generator fills values/nulls (natts entries) and calls
 * cs_sink_put(); the sink decides whether that is a tuplestore (SRF) or a
 * buffered heap multi-insert (bulk load).
 */
typedef struct RowSink RowSink;
struct RowSink
{
	Datum	   *values;
	bool	   *nulls;
	int			natts;
	int64		rows;
	void		(*put) (RowSink *self);
};

/* Start a row: every column not null unless the generator says otherwise. */
static inline void
cs_row_begin(RowSink *sink)
{
	memset(sink->nulls, 0, sizeof(bool) * sink->natts);
}

/* An optional timestamp column: 0 (a step not reached) is NULL. */
static inline void
cs_put_ts(RowSink *sink, int col, TimestampTz t)
{
	sink->values[col] = TimestampTzGetDatum(t);
	sink->nulls[col] = t == 0;
}

static inline void
cs_sink_put(RowSink *sink)
{
	sink->put(sink);
	sink->rows++;
}

/* Running ids of a table (and of the companion table it refers to). */
typedef struct RowIds
{
	int64		next;			/* id of the next row of this table */
	int64		next_other;		/* id of the next row of the companion */
} RowIds;

typedef void (*CsEmitFn) (GenCtx *g, int64 unit, RowIds *ids, RowSink *sink);

/*
 * A column as the generator produces it, and what the bulk writer relies on
 * the table's column to be (checked before a seed writes anything).
 */
typedef struct ColumnSpec
{
	const char *name;
	Oid			typid;			/* InvalidOid for our enums: see enum_type */
	int			enum_type;		/* CsEnum when typid is InvalidOid */
	int16		precision;		/* numeric(precision, scale); 0: no typmod */
	int16		scale;
	bool		c_collation;	/* text compared bytewise (COLLATE "C") */
	bool		nullable;		/* the generator may write NULL here */
} ColumnSpec;

typedef struct TableSpec
{
	const char *name;
	const ColumnSpec *cols;
	int			ncols;
	CsDriver	driver;
	CsEmitFn	emit;
	const char *companion;		/* table whose ids emit tracks in next_other, or NULL */
	const char *id_column;		/* serial column whose sequence continues after a seed, or NULL */
	int			approx_row_bytes;	/* heap+index bytes per row, for commerce_seed_sizes() */
	bool		one_per_unit;	/* exactly one row per driver unit */
} TableSpec;

/* tables.c: the registry, in seeding order */
extern const TableSpec *const cs_tables[];
extern const int cs_ntables;
extern int	cs_table_index(const char *name);

/* context.c */
extern void cs_init_context(GenCtx *g, int32 scale, int64 seed, DateADT start, DateADT end);
extern void cs_init_context_asof(GenCtx *g, int32 scale, int64 seed, DateADT start, TimestampTz asof);
extern int64 cs_calendar_step(const GenCtx *g, int64 per_two_years);
extern bool cs_merged_unit(GenCtx *g, int64 m, int64 *customer_id, int64 *order_no);
extern int64 cs_merged_units_by(const GenCtx *g, TimestampTz t);
extern int64 cs_purchase_orders_by(const GenCtx *g, TimestampTz t);

/*
 * Coupons are published up to COUPON_LEAD before they start; gift cards are
 * issued up to GIFT_CARD_LEAD before their anchor (gen_marketing.c).
 */
#define COUPON_LEAD_US		(30 * US_DAY)
#define GIFT_CARD_LEAD_US	(120 * US_DAY)
extern void cs_load_enums(GenCtx *g, Oid nspid);
extern Oid	cs_enum_type_oid(Oid nspid, int e);
extern const char *cs_enum_label(CsEnum e, int label);
extern int64 cs_driver_units(const GenCtx *g, CsDriver d);
extern const char *cs_driver_name(CsDriver d);
extern int64 cs_first_address_id(GenCtx *g, int64 customer_id);
extern TimestampTz cs_signup_at(const GenCtx *g, int64 customer_id);
extern int64 cs_customers_signed_up_by(const GenCtx *g, TimestampTz t);
extern int	cs_address_count(const GenCtx *g, int64 customer_id);
extern bool cs_is_core_customer(const GenCtx *g, int64 customer_id);
extern double cs_sale_intensity(const GenCtx *g, DateADT date);
extern int64 cs_time_of_day(double f);
extern void cs_validate_args(int32 scale, DateADT start, DateADT end);
extern void cs_check_seed_info(int32 scale, DateADT start, DateADT end, TimestampTz asof);
extern void cs_slice_start(GenCtx *g, int table, int64 lo, RowIds *ids);

/* commerce_seed_sizes() counts every unit of a driver up to this many, else samples this many */
#define CS_COUNT_UNITS 500000
extern void cs_count_rows(GenCtx *g, int64 *rows, bool *exact);
extern void cs_generate_slice(GenCtx *g, int table, int64 lo, int64 hi, RowSink *sink);

/* advance.c: the units an advance regenerates, and their record in seed_info.frontier */
struct StringInfoData;
extern bool cs_advance_check_all;
extern int64 cs_advance_lo(GenCtx *g, int table, TimestampTz t);
extern void cs_frontier_json(struct StringInfoData *buf, const TableSpec *t, int64 unit,
							 const RowIds *at, int64 last_id);

/* datum.c: building Datums without text round trips */
extern Datum cs_money(int64 paise);
extern Datum cs_numeric2(int64 hundredths);
extern Datum cs_text(const char *s);
extern Datum cs_textf(const char *fmt,...) pg_attribute_printf(1, 2);
extern Datum cs_enum(const GenCtx *g, CsEnum e, int label);
extern Datum cs_inet(const char *s);
extern DateADT cs_date_of(TimestampTz t);
extern DateADT cs_years_before(DateADT d, int n);

/* JSON objects for audit payloads: up to 8 keys */
typedef struct CsJson
{
	int			n;
	const char *keys[8];
	int			kinds[8];		/* 0 string, 1 integer, 2 money (paise), 3 bool */
	const char *strs[8];
	int64		ints[8];
} CsJson;
extern void cs_json_str(CsJson *j, const char *key, const char *val);
extern void cs_json_int(CsJson *j, const char *key, int64 val);
extern void cs_json_money(CsJson *j, const char *key, int64 paise);
extern void cs_json_bool(CsJson *j, const char *key, bool val);
extern Datum cs_json_datum(CsJson *j);

/* gen_sales.c */
extern const CsOrderPlan *cs_plan_order(GenCtx *g, int64 order_no);
extern GenCtx *cs_final(GenCtx *g);
extern const CsOrderPlan *cs_plan_order_final(GenCtx *g, int64 order_no);
extern int	cs_order_line_count(GenCtx *g, int64 order_no);
extern int	cs_order_day(const GenCtx *g, int64 order_no);
extern int64 cs_order_at(const GenCtx *g, TimestampTz t);
extern TimestampTz cs_order_placed_at(const GenCtx *g, int64 order_no);
extern int64 cs_pick_customer(const GenCtx *g, CsRand *r, TimestampTz t);
extern int64 cs_pick_line_product(const GenCtx *g, CsRand *r);

/* gen_telemetry.c: the visits (user_sessions) of the funnel */
typedef struct CsVisit
{
	int64		customer_id;
	TimestampTz started_at;
	TimestampTz ended_at;
	int			device;			/* CS_DEVICE_* */
	int			pages;
	int			net;			/* documentation network and host of the IP address */
	int			host;
} CsVisit;
extern int	cs_browsing_visits(const GenCtx *g, int64 order_no);
extern void cs_order_visit(GenCtx *g, int64 order_no, int k, CsVisit *v);

/* gen_catalog.c: pure per-product facts other domains need */
extern int64 cs_product_price(const GenCtx *g, int64 product_id);
extern int64 cs_product_cost(const GenCtx *g, int64 product_id);
extern int64 cs_product_supplier(const GenCtx *g, int64 product_id);
extern int64 cs_pick_popular_product(const GenCtx *g, CsRand *r);
extern bool cs_product_discontinued(const GenCtx *g, int64 product_id);
extern const char *cs_product_name(const GenCtx *g, int64 product_id, char *buf, int len);

/* gen_customers.c */
extern int	cs_customer_state(const GenCtx *g, int64 customer_id);
extern int	cs_customer_state_at(const GenCtx *g, int64 customer_id, TimestampTz t);
extern bool cs_customer_changes(const GenCtx *g, int64 customer_id, TimestampTz from, TimestampTz to);
extern int	cs_customer_city(const GenCtx *g, int64 customer_id);
extern bool cs_customer_opt_in(const GenCtx *g, int64 customer_id);
extern TimestampTz cs_customer_active_until(const GenCtx *g, int64 customer_id);
extern int64 cs_active_customer_from(const GenCtx *g, int64 customer_id, int64 signed_up, TimestampTz t);
extern TimestampTz cs_address_created_at(const GenCtx *g, int64 customer_id, int k);

/* gen_telemetry.c */
extern bool cs_product_price_change(const GenCtx *g, int64 product_id,
									TimestampTz *changed_at, int64 *old_price);
extern int64 cs_product_price_at(const GenCtx *g, int64 product_id, TimestampTz t);
extern bool cs_product_changes(const GenCtx *g, int64 product_id, TimestampTz from, TimestampTz to);

/* gen_catalog.c */
extern int	cs_supplier_department(const GenCtx *g, int64 supplier_id);
extern int	cs_product_category(const GenCtx *g, int64 product_id);
extern TimestampTz cs_product_created_at(const GenCtx *g, int64 product_id);
/* 0..1 from the brand's tier, the price and the product's own draw: for ratings and defects */
extern double cs_product_quality(const GenCtx *g, int64 product_id);

/*
 * A delivery is late when it reached the customer after the date promised
 * at checkout (shipments.promised_at): what late-delivery returns, reviews
 * that say "late" and late-parcel tickets are made from, and what verify
 * checks them against.
 */
#define CS_DELIVERED_LATE(p) \
	((p)->delivered_at != 0 && (p)->delivered_at > (p)->promised_at)

/* Payment limits (paise): no cash on delivery above INR 30,000, no UPI above INR 1 lakh. */
#define CS_COD_LIMIT	INT64CONST(3000000)
#define CS_UPI_LIMIT	INT64CONST(10000000)

/* Devices of user_sessions.device, in this order; gen_telemetry.c */
enum { CS_DEVICE_DESKTOP, CS_DEVICE_MOBILE_WEB, CS_DEVICE_ANDROID, CS_DEVICE_IOS, CS_N_DEVICES };
extern const int cs_device_weight[CS_N_DEVICES];

/* Order channels (orders.channel, names in words.c), and the channel each device orders through; gen_sales.c */
#define CS_N_CHANNELS 3
extern const int cs_device_channel[CS_N_DEVICES];
extern int	cs_customer_device(const GenCtx *g, int64 customer_id);

/* gen_engagement.c: the return of an order line, if any */
typedef struct CsReturn
{
	int32		quantity;
	int			reason;			/* return_reason */
	TimestampTz requested_at;
	TimestampTz resolved_at;	/* 0 while pending */
	bool		approved;
	int64		refund;			/* paise */
} CsReturn;
extern bool cs_line_return(const GenCtx *g, const CsOrderPlan *p, int line, CsReturn *out);
extern void cs_ledger_times(GenCtx *g, int64 order_no, TimestampTz *earn_at, TimestampTz *redeem_at);
extern bool cs_line_return_asof(GenCtx *g, int64 order_no, int line, CsReturn *out, bool *requested);

/* gen_marketing.c: coupon terms, a pure function of the coupon id */
typedef struct CsCoupon
{
	TimestampTz valid_from;
	TimestampTz valid_to;
	int32		pct_bp;			/* percentage off in basis points, or 0 */
	int64		amount_off;		/* paise off, or 0 */
	int64		min_order;		/* paise */
} CsCoupon;
extern void cs_coupon_terms(const GenCtx *g, int64 coupon_id, CsCoupon *out);

/* gen_marketing.c: gift card terms, and the order a card is spent on */
typedef struct CsGiftCard
{
	TimestampTz issued_at;
	TimestampTz expires_at;
	int64		initial;		/* paise */
	TimestampTz spend_from;		/* spent on the first order placed from then on, or 0: never */
} CsGiftCard;
extern void cs_gift_card_terms(const GenCtx *g, int64 gift_card_id, CsGiftCard *out);
extern int64 cs_gift_card_of_order(const GenCtx *g, int64 order_no, TimestampTz placed_at);
extern int64 cs_coupon_at(const GenCtx *g, TimestampTz t, CsRand *r);

#endif							/* COMMERCE_SEED_H */
