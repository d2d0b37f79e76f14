/*-------------------------------------------------------------------------
 *
 * random.c
 *	  Weighted choice, the keyed permutation behind unique codes, base32.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "random.h"

int
cs_weighted(CsRand *r, const int *weights, int n)
{
	int64		total = 0;
	int64		x;
	int			i;

	for (i = 0; i < n; i++)
		total += weights[i];
	x = cs_range(r, 0, total - 1);
	for (i = 0; i < n - 1; i++)
	{
		if (x < weights[i])
			return i;
		x -= weights[i];
	}
	return n - 1;
}

/*
 * A balanced Feistel network on the smallest even power of two >= n, with
 * cycle walking until the value falls inside [0, n).  Being a bijection, two
 * different inputs can never give the same output, so codes built from it are
 * unique without any lookup or retry over other rows.  Cycle walking ends
 * because the network is a permutation: the walk from x inside [0, n) must
 * come back into [0, n), and at most 3 of 4 values of the domain lie outside.
 */
uint64
cs_permute(uint64 key, uint64 x, uint64 n)
{
	int			bits = 2;
	int			half;
	uint64		mask;

	Assert(x < n);
	while (bits < 64 && (UINT64CONST(1) << bits) < n)
		bits += 2;
	half = bits / 2;
	mask = (UINT64CONST(1) << half) - 1;

	do
	{
		uint64		l = x >> half;
		uint64		rr = x & mask;
		int			round;

		for (round = 0; round < 4; round++)
		{
			uint64		f = cs_mix(rr ^ key ^ ((uint64) round << 56)) & mask;
			uint64		t = l ^ f;

			l = rr;
			rr = t;
		}
		x = (l << half) | rr;
	} while (x >= n);

	return x;
}

void
cs_base32(uint64 v, char *out, int len)
{
	static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	int			i;

	for (i = len - 1; i >= 0; i--)
	{
		out[i] = alphabet[v & 31];
		v >>= 5;
	}
	out[len] = '\0';
}

/*
 * The low bits of the code are the keyed permutation of x, which makes codes
 * of different x differ; the bits above them are a hash of x, so that codes
 * do not start with a run of zeros when n is small.  len is at most 12
 * (60 bits) and must leave room for n.
 */
void
cs_unique_code(uint64 key, uint64 x, uint64 n, char *out, int len)
{
	int			nbits = 1;
	int			bits = 5 * len;
	uint64		v;

	Assert(len > 0 && len <= 12);
	while (nbits < 64 && (UINT64CONST(1) << nbits) < n)
		nbits++;
	if (nbits > bits)
		elog(ERROR, "code of %d characters cannot tell " UINT64_FORMAT " values apart", len, n);
	v = cs_permute(key, x, n);
	if (nbits < bits)
		v |= (cs_mix(key ^ (x * UINT64CONST(0x9e3779b97f4a7c15))) << nbits) &
			((UINT64CONST(1) << bits) - 1);
	cs_base32(v, out, len);
}
