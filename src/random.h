/*-------------------------------------------------------------------------
 *
 * random.h
 *	  The counter-based random stream: every draw is a pure function of
 *	  (seed, stream, row, field).
 *
 * A CsRand names one row of one stream; each draw uses the next field
 * number.  Nothing is carried between rows, so row 1,000,000 costs the same
 * as row 0 and slices can be made in any order.  Only integer arithmetic and
 * IEEE-exact double operations (+ - * / sqrt) are used on the way to a value,
 * so the same arguments give the same bytes on every machine.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_RANDOM_H
#define COMMERCE_SEED_RANDOM_H

#include "mul64.h"

/* Stream tags: one per kind of row, never reused for another purpose. */
typedef enum CsStream
{
	ST_CUSTOMER = 1,
	ST_ADDRESS,
	ST_SUPPLIER,
	ST_CATEGORY,
	ST_PRODUCT,
	ST_WAREHOUSE,
	ST_INVENTORY,
	ST_ORDER,
	ST_LINE,
	ST_SHIPMENT,
	ST_CART,
	ST_COUPON,
	ST_REVIEW,
	ST_RETURN,
	ST_LOYALTY,
	ST_GIFT_CARD,
	ST_PURCHASE_ORDER,
	ST_SUPPORT,
	ST_SESSION,
	ST_AUDIT,
	ST_ATTRIBUTE,
	ST_IMAGE,
	ST_CORE,
	ST_PERMUTE,
	ST_VISIT,
	ST_PICK_CUSTOMER,		/* the workload's picks (workload.c) */
	ST_PICK_PRODUCT
} CsStream;

typedef struct CsRand
{
	uint64		key;			/* from seed and stream */
	uint64		row;
	uint32		field;
} CsRand;

/* The splitmix64 finaliser: a bijective 64-bit mix with full avalanche. */
static inline uint64
cs_mix(uint64 z)
{
	z = (z ^ (z >> 30)) * UINT64CONST(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static inline uint64
cs_stream_key(int64 seed, CsStream stream)
{
	return cs_mix((uint64) seed * UINT64CONST(0x9e3779b97f4a7c15) + (uint64) stream);
}

static inline void
cs_rand_init(CsRand *r, int64 seed, CsStream stream, uint64 row)
{
	r->key = cs_stream_key(seed, stream);
	r->row = row;
	r->field = 0;
}

/* The value of field f of the row: two rounds so rows and fields never alias. */
static inline uint64
cs_draw(const CsRand *r, uint32 field)
{
	return cs_mix(cs_mix(r->key ^ r->row) + (uint64) field * UINT64CONST(0xd1b54a32d192ed03));
}

static inline uint64
cs_next(CsRand *r)
{
	return cs_draw(r, r->field++);
}

/* Uniform in [0, 1) with 53 random bits. */
static inline double
cs_unit(CsRand *r)
{
	return (double) (cs_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/*
 * Uniform integer in [lo, hi], by the high half of a 64x64-bit product
 * (Lemire): the bias is below (hi - lo + 1) / 2^64, far below anything a
 * sample can show, and unlike x % n it does not favour small values.
 */
static inline int64
cs_range(CsRand *r, int64 lo, int64 hi)
{
	uint64		n = (uint64) (hi - lo) + 1;

	return lo + (int64) cs_mulhi64(cs_next(r), n);
}

static inline bool
cs_chance(CsRand *r, double p)
{
	return cs_unit(r) < p;
}

/* Index drawn with the given integer weights (need not sum to anything). */
extern int	cs_weighted(CsRand *r, const int *weights, int n);

/* A keyed bijection of [0, n): for codes that must be unique and look random. */
extern uint64 cs_permute(uint64 key, uint64 x, uint64 n);

/* Encode v as exactly len characters of Crockford base32 (no I, L, O, U). */
extern void cs_base32(uint64 v, char *out, int len);

/* A len-character code for x in [0, n), unique among them and random-looking. */
extern void cs_unique_code(uint64 key, uint64 x, uint64 n, char *out, int len);

/*
 * The whole space of codes of len characters: codes drawn over it are the
 * same whatever the number of units, so a code does not change as the shop
 * grows (commerce_seed_advance).
 */
#define CS_CODE_SPACE(len)	(UINT64CONST(1) << (5 * (len)))

#endif							/* COMMERCE_SEED_RANDOM_H */
