/*-------------------------------------------------------------------------
 *
 * seed.h
 *	  The orchestration of a full seed.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_SEED_H
#define COMMERCE_SEED_SEED_H

#include "commerce_seed.h"

#include "utils/relcache.h"

extern void cs_seed_all(GenCtx *g, Oid nspid, int64 *rows);
extern void cs_check_seed_target(Relation rel, const TableSpec *t, Oid nspid);
extern int	cs_citus_managed(const Oid *relids, int n);

/* distributed.c */
extern int64 cs_fill_shards(GenCtx *g, int table, int dist_col, int nshards, const Oid *relids,
							const int32 *hash_min, const int32 *hash_max, Oid nspid);

#endif							/* COMMERCE_SEED_SEED_H */
