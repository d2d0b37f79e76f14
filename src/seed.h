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

extern void cs_seed_all(GenCtx *g, Oid nspid, int64 *rows);

#endif							/* COMMERCE_SEED_SEED_H */
