/*-------------------------------------------------------------------------
 *
 * mul64.h
 *	  Exact 64x64-bit products without depending on a 128-bit integer type.
 *
 * The random stream picks integers by the high half of a 64x64-bit product,
 * and slices split a table's units by units * k / n.  Where the compiler has
 * a 128-bit type (HAVE_INT128, from the server's c.h) the product is one
 * instruction; elsewhere (32-bit targets, MSVC) the portable code below gives
 * the same bits, so the same seed makes the same bytes on every platform.
 * make CS_NO_INT128=1 forces the portable code, and scripts/test.sh checks
 * that both builds give the same fingerprints.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_MUL64_H
#define COMMERCE_SEED_MUL64_H

/* The high 64 bits of a * b, from four 32x32-bit partial products. */
static inline uint64
cs_mulhi64_portable(uint64 a, uint64 b)
{
	uint64		a_lo = a & UINT64CONST(0xffffffff);
	uint64		a_hi = a >> 32;
	uint64		b_lo = b & UINT64CONST(0xffffffff);
	uint64		b_hi = b >> 32;
	uint64		ll = a_lo * b_lo;
	uint64		lh = a_lo * b_hi;
	uint64		hl = a_hi * b_lo;

	/* bits 32..95 of the product below 2^96: three terms < 2^32 each, no overflow */
	uint64		mid = (ll >> 32) + (lh & UINT64CONST(0xffffffff)) + (hl & UINT64CONST(0xffffffff));

	return a_hi * b_hi + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

#if defined(HAVE_INT128) && !defined(CS_NO_INT128)
#define CS_MUL64_NATIVE 1
#define cs_mulhi64(a, b) ((uint64) (((uint128) (uint64) (a) * (uint64) (b)) >> 64))
#else
#define CS_MUL64_NATIVE 0
#define cs_mulhi64(a, b) cs_mulhi64_portable((a), (b))
#endif

/*
 * floor(a * k / n) for 0 <= k <= n < 2^32, exactly: with a = q * n + r,
 * a * k / n = q * k + r * k / n, where q * k <= a and r * k < n * n < 2^64.
 * The part of a that the first k of n slices cover.
 */
static inline uint64
cs_slice_bound(uint64 a, uint64 k, uint64 n)
{
	uint64		q = a / n;
	uint64		r = a % n;

	Assert(n > 0 && k <= n && n <= PG_UINT32_MAX);
	return q * k + r * k / n;
}

#endif							/* COMMERCE_SEED_MUL64_H */
