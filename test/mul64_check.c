/*-------------------------------------------------------------------------
 *
 * mul64_check.c
 *	  Checks src/mul64.h's portable arithmetic against a 128-bit type.
 *
 * Built and run by scripts/test.sh on a machine that has unsigned __int128:
 * edge values and a few million pseudo-random pairs, each compared exactly.
 * Prints "mul64: N checked, M wrong" and exits 1 on any difference.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres_fe.h"

#include "../src/mul64.h"

/* the C library's, not libpgport's: this program links with nothing */
#undef printf

static uint64 state = UINT64CONST(0x243f6a8885a308d3);

static uint64
next64(void)
{
	/* splitmix64; any fixed sequence would do */
	uint64		z = (state += UINT64CONST(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64CONST(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

int
main(void)
{
	static const uint64 edges[] = {
		0, 1, 2, 3, UINT64CONST(0xffffffff), UINT64CONST(0x100000000),
		UINT64CONST(0x100000001), UINT64CONST(0x7fffffffffffffff),
		UINT64CONST(0x8000000000000000), UINT64CONST(0xfffffffffffffffe),
		UINT64CONST(0xffffffffffffffff), UINT64CONST(0xffffffff00000000),
		UINT64CONST(0x00000000ffffffff), UINT64CONST(0xdeadbeefcafebabe)
	};
	long		checked = 0;
	long		wrong = 0;
	int			i,
				j;

	for (i = 0; i < (int) lengthof(edges); i++)
		for (j = 0; j < (int) lengthof(edges); j++)
		{
			uint64		a = edges[i];
			uint64		b = edges[j];

			checked++;
			if (cs_mulhi64_portable(a, b) != (uint64) (((unsigned __int128) a * b) >> 64))
				wrong++;
		}
	for (i = 0; i < 4000000; i++)
	{
		uint64		a = next64();
		uint64		b = next64() >> (i & 63);	/* small factors too */
		uint64		n = (next64() >> 33) + 1;	/* 1 .. 2^31 */
		uint64		k = next64() % (n + 1);
		uint64		units = next64() >> (i & 63);

		checked += 2;
		if (cs_mulhi64_portable(a, b) != (uint64) (((unsigned __int128) a * b) >> 64))
			wrong++;
		if (cs_slice_bound(units, k, n) != (uint64) ((unsigned __int128) units * k / n))
			wrong++;
	}
	printf("mul64: %ld checked, %ld wrong\n", checked, wrong);
	return wrong == 0 ? 0 : 1;
}
