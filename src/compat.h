/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Server API differences between PostgreSQL major versions, in one place.
 *
 * Built and tested on 15; the branches for the other versions follow the
 * server headers of those versions and are expected to build there.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_COMPAT_H
#define COMMERCE_SEED_COMPAT_H

#include "catalog/index.h"
#include "catalog/pg_namespace.h"
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

/* 17 added a leading ReindexStmt argument */
#if PG_VERSION_NUM >= 170000
#define CS_REINDEX_RELATION(relid, flags, params) reindex_relation(NULL, (relid), (flags), (params))
#else
#define CS_REINDEX_RELATION(relid, flags, params) reindex_relation((relid), (flags), (params))
#endif

#endif							/* COMMERCE_SEED_COMPAT_H */
