/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Server API differences between PostgreSQL major versions, in one place.
 *
 * Each difference is a macro or a small inline wrapper named CS_..., chosen
 * here by PG_VERSION_NUM, so the code that uses it has no #if of its own.
 * Checked against the headers of 15, 16, 17, 18, 19 and the development
 * branch (README.md, "PostgreSQL versions", says which commit of each).
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_COMPAT_H
#define COMMERCE_SEED_COMPAT_H

#include "catalog/index.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "utils/guc.h"
#include "utils/acl.h"
#include "utils/jsonb.h"
#include "utils/rel.h"

/* InitMaterializedSRF and the 64-bit-safe numeric helpers we use are 15+ */
#if PG_VERSION_NUM < 150000
#error "commerce_seed needs PostgreSQL 15 or later"
#endif

/* 16 renamed relfilenode to relfilelocator */
#if PG_VERSION_NUM >= 160000
#define CS_REL_NEW_STORAGE_SUBID(rel) ((rel)->rd_newRelfilelocatorSubid)
#else
#define CS_REL_NEW_STORAGE_SUBID(rel) ((rel)->rd_newRelfilenodeSubid)
#endif

/* 16 replaced pg_class_ownercheck() by object_ownercheck() */
#if PG_VERSION_NUM >= 160000
#define CS_REL_OWNERCHECK(relid, roleid) object_ownercheck(RelationRelationId, (relid), (roleid))
#else
#define CS_REL_OWNERCHECK(relid, roleid) pg_class_ownercheck((relid), (roleid))
#endif

/* 16 replaced pg_namespace_aclcheck() by object_aclcheck() */
#if PG_VERSION_NUM >= 160000
#define CS_NAMESPACE_ACLCHECK(nspid, roleid, mode) object_aclcheck(NamespaceRelationId, (nspid), (roleid), (mode))
#else
#define CS_NAMESPACE_ACLCHECK(nspid, roleid, mode) pg_namespace_aclcheck((nspid), (roleid), (mode))
#endif

/*
 * search_path = pg_catalog, pg_temp until the current GUC nest level ends,
 * as the server's maintenance commands set it while they run a table
 * owner's code: 17 offers this as RestrictSearchPath()
 */
#if PG_VERSION_NUM >= 170000
#define CS_RESTRICT_SEARCH_PATH() RestrictSearchPath()
#else
#define CS_RESTRICT_SEARCH_PATH() \
	((void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, \
							  PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false))
#endif

/* 17 added a leading ReindexStmt argument */
#if PG_VERSION_NUM >= 170000
#define CS_REINDEX_RELATION(relid, flags, params) reindex_relation(NULL, (relid), (flags), (params))
#else
#define CS_REINDEX_RELATION(relid, flags, params) reindex_relation((relid), (flags), (params))
#endif

/*
 * Whether the server can notice a closed client socket while a query runs
 * (WL_SOCKET_CLOSED: POLLRDHUP or EPOLLRDHUP).  Where it cannot, the check
 * hook of client_connection_check_interval refuses any value but 0, so we
 * set it only when this is true: the very test that hook makes.  18 moved
 * the wait event set API from latch.h to waiteventset.h.
 */
#if PG_VERSION_NUM >= 180000
#include "storage/waiteventset.h"
#else
#include "storage/latch.h"
#endif
#define CS_CAN_DETECT_CLOSED_CLIENT() WaitEventSetCanReportClosed()

/*
 * 19 keeps the state of building a jsonb value in a JsonbInState, whose
 * result field holds the value once complete; before, pushJsonbValue()
 * took a JsonbParseState stack and returned the value.  CsJsonbState,
 * zero-initialised, is the same on both: push with cs_jsonb_push(), take
 * the completed value with cs_jsonb_result().
 */
#if PG_VERSION_NUM >= 190000
typedef JsonbInState CsJsonbState;

static inline void
cs_jsonb_push(CsJsonbState *s, JsonbIteratorToken tok, JsonbValue *v)
{
	pushJsonbValue(s, tok, v);
}
#else
typedef struct CsJsonbState
{
	JsonbParseState *parse;
	JsonbValue *result;
} CsJsonbState;

static inline void
cs_jsonb_push(CsJsonbState *s, JsonbIteratorToken tok, JsonbValue *v)
{
	s->result = pushJsonbValue(&s->parse, tok, v);
}
#endif

static inline JsonbValue *
cs_jsonb_result(CsJsonbState *s)
{
	return s->result;
}

/* 18 added RelationGetPrimaryKeyIndex()'s deferrable_ok: ours are never deferrable */
#if PG_VERSION_NUM >= 180000
#define CS_PRIMARY_KEY_INDEX(rel) RelationGetPrimaryKeyIndex((rel), false)
#else
#define CS_PRIMARY_KEY_INDEX(rel) RelationGetPrimaryKeyIndex(rel)
#endif

/* 17 added infinite intervals */
#if PG_VERSION_NUM >= 170000
#define CS_INTERVAL_NOT_FINITE(i) INTERVAL_NOT_FINITE(i)
#else
#define CS_INTERVAL_NOT_FINITE(i) false
#endif

/* 19 added a flags argument (ScanOptions) to table_beginscan() */
#if PG_VERSION_NUM >= 190000
#define CS_TABLE_BEGINSCAN(rel, snapshot) table_beginscan((rel), (snapshot), 0, NULL, SO_NONE)
#else
#define CS_TABLE_BEGINSCAN(rel, snapshot) table_beginscan((rel), (snapshot), 0, NULL)
#endif

#endif							/* COMMERCE_SEED_COMPAT_H */
