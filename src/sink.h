/*-------------------------------------------------------------------------
 *
 * sink.h
 *	  Row sinks: SRF output (a tuplestore, or one driver unit's rows) and
 *	  the bulk heap loader.
 *
 *-------------------------------------------------------------------------
 */
#ifndef COMMERCE_SEED_SINK_H
#define COMMERCE_SEED_SINK_H

#include "access/htup.h"
#include "access/tupdesc.h"
#include "utils/relcache.h"

#include "commerce_seed.h"

extern int	cs_srf_max_rows;

extern int *cs_check_tupdesc(TupleDesc desc, const TableSpec *t, Oid nspid);
extern RowSink *cs_srf_sink(FunctionCallInfo fcinfo, const TableSpec *t, Oid nspid,
							MemoryContext rowcxt);
extern RowSink *cs_unit_sink_create(TupleDesc desc, const TableSpec *t, Oid nspid,
									MemoryContext unitcxt);
extern HeapTuple cs_unit_sink_next(RowSink *sink);
extern void cs_unit_sink_reset(RowSink *sink);
extern RowSink *cs_bulk_sink_open(Relation rel, const TableSpec *t, Oid nspid,
								  bool frozen, bool progress, MemoryContext batchcxt);
extern void cs_bulk_sink_put_copy(RowSink *sink, const Datum *values, const bool *nulls);
extern void cs_bulk_sink_close(RowSink *sink);

#endif							/* COMMERCE_SEED_SINK_H */
