/*-------------------------------------------------------------------------
 *
 * seed.c
 *	  commerce_seed(): replace the content of every table with a generated
 *	  dataset, in one transaction.
 *
 * Order of work: check the arguments and the caller's rights on every table
 * (before anything changes), TRUNCATE ... RESTART IDENTITY all tables (which
 * gives them new, empty storage in this subtransaction), load the tables in
 * dependency order, one pass per driver (see load_order), through bulk sinks
 * (heap only, frozen when the server allows it), rebuild each table's
 * indexes once with uniqueness
 * checked, move the sequences past the generated ids, refresh both
 * materialized views and ANALYZE.  Between the load and the index rebuild the
 * indexes are empty, so nothing in between may look anything up.
 *
 * What runs as whom.  The checks and the load run as the caller and run no
 * code of anyone else's: rows are written without the executor, so no
 * trigger, CHECK expression or default is evaluated (tables with enabled
 * user triggers are refused: TRUNCATE would fire them with the caller's
 * rights).  The index rebuild evaluates index expressions and predicates as
 * the table's owner (reindex_index() switches to it, security-restricted),
 * REFRESH MATERIALIZED VIEW runs the view's query as its owner, and ANALYZE
 * evaluates index and statistics expressions as the table's owner, each the
 * way the server's own commands do; sql/security.sql shows a table owner's
 * index function running as that owner during a superuser's seed.
 *
 * Memory: the run context (GenCtx, the order calendar and address index)
 * lives in the function's context; each table's rows are built in its own
 * batch context, which its sink resets every 1,000 rows.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "nodes/makefuncs.h"
#include "commands/progress.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "storage/lmgr.h"
#include "tcop/tcopprot.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/portal.h"
#include "utils/rel.h"
#include "utils/resowner.h"
#include "utils/rls.h"
#include "utils/timeout.h"

#include "commerce_seed.h"
#include "compat.h"
#include "seed.h"
#include "sink.h"

static const char *const matviews[] = {"mv_order_financials", "mv_daily_kpis"};

/*
 * The bulk path bypasses the executor, so it must refuse what an INSERT or
 * TRUNCATE by the same role would be refused.  Privileges are checked by
 * RangeVarGetRelidExtended() before it locks the table (and again if the name
 * moved to another table while it waited), as LOCK TABLE and TRUNCATE do.
 */
static void
check_table_rights(const RangeVar *rv, Oid relid, Oid oldrelid, void *arg)
{
	static const AclMode needed[] = {ACL_SELECT, ACL_INSERT, ACL_TRUNCATE};
	char		relkind;
	int			i;

	if (!OidIsValid(relid))
		return;					/* the caller reports a missing table */
	relkind = get_rel_relkind(relid);
	if (relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", rv->relname),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	/* one right at a time: a mask passes when any one of its rights is held */
	for (i = 0; i < (int) lengthof(needed); i++)
	{
		AclResult	acl = pg_class_aclcheck(relid, GetUserId(), needed[i]);

		if (acl != ACLCHECK_OK)
			aclcheck_error(acl, OBJECT_TABLE, rv->relname);
	}
}

/*
 * Refuse a table with an enabled user-defined trigger (see cs_check_seed_target), or
 * with inheritance children: the TRUNCATE would reach them and fire their
 * triggers, and the views would read their rows as the table's.
 */
static void
check_no_triggers(Relation rel, const char *name)
{
	int			i;

	/*
	 * The catalog itself, not relhassubclass, which stays set after the last
	 * child is dropped; no child can be added while we hold our lock.
	 */
	if (find_inheritance_children(RelationGetRelid(rel), NoLock) != NIL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot seed table \"%s\" because it has inheritance children", name),
				 errdetail("Its TRUNCATE would reach them, firing their triggers with your rights, and its readers would see their rows."),
				 errhint("Detach them with ALTER TABLE ... NO INHERIT.")));
	if (rel->trigdesc == NULL)
		return;
	for (i = 0; i < rel->trigdesc->numtriggers; i++)
	{
		Trigger    *tg = &rel->trigdesc->triggers[i];

		if (!tg->tgisinternal && tg->tgenabled != TRIGGER_DISABLED)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot seed table \"%s\" because it has trigger \"%s\"",
							name, tg->tgname),
					 errdetail("A seed writes the data without firing triggers, but its TRUNCATE and its row in seed_info would fire them with your rights."),
					 errhint("Disable the trigger with ALTER TABLE ... DISABLE TRIGGER for the seed, or drop it.")));
	}
}

/*
 * The seed's row in seed_info is inserted as that table's owner (see
 * record_seed_info), so the owner needs what an INSERT of its own needs;
 * checked here, before the first change, rather than after the whole load.
 */
static void
check_info_owner(Relation rel, Oid nspid)
{
	Oid			owner = rel->rd_rel->relowner;
	const char *who = GetUserNameFromId(owner, false);

	if (CS_NAMESPACE_ACLCHECK(nspid, owner, ACL_USAGE) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("role %s, which owns table \"seed_info\", has no USAGE on schema %s",
						who, get_namespace_name(nspid)),
				 errdetail("A seed records itself in seed_info as that table's owner."),
				 errhint("GRANT USAGE ON SCHEMA %s TO %s.", get_namespace_name(nspid), who)));
	if (pg_class_aclcheck(RelationGetRelid(rel), owner, ACL_INSERT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("role %s, which owns table \"seed_info\", may not insert into it", who),
				 errdetail("A seed records itself in seed_info as that table's owner."),
				 errhint("GRANT INSERT ON seed_info TO %s.", who)));
	if (check_enable_rls(RelationGetRelid(rel), owner, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot seed because row-level security applies to table \"seed_info\" for its owner"),
				 errdetail("A seed records itself in seed_info as that table's owner."),
				 errhint("Use ALTER TABLE seed_info NO FORCE ROW LEVEL SECURITY, or disable row-level security on it.")));
}

/*
 * What the bulk path cannot honour, checked on the locked table.
 *
 * Row-level security: refused where it applies to the caller, exactly when
 * an INSERT by the same role would be subject to the policies: the table has
 * it enabled and the caller neither owns the table (unless FORCE ROW LEVEL
 * SECURITY) nor has BYPASSRLS (superusers have it).
 *
 * Triggers: rows are written without firing any, and TRUNCATE triggers would
 * fire with the caller's rights, so a table owner could run code as whoever
 * seeds; any enabled user-defined trigger is refused (foreign-key triggers
 * are internal, and the generator keeps their rules).
 *
 * Access method and columns: the writer builds heap tuples of the shape the
 * generator knows (cs_check_tupdesc).
 */
void
cs_check_seed_target(Relation rel, const TableSpec *t, Oid nspid)
{
	/* the relation's own name: a shard's, when a node fills its shards */
	const char *name = RelationGetRelationName(rel);

	if (check_enable_rls(RelationGetRelid(rel), InvalidOid, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot seed table \"%s\" because row-level security applies to it", name),
				 errdetail("A seed writes rows without the executor, so it cannot apply the table's policies."),
				 errhint("Seed as the table's owner (without FORCE ROW LEVEL SECURITY) or as a role with BYPASSRLS, or disable row-level security on the table.")));
	check_no_triggers(rel, name);
	if (rel->rd_rel->relam != HEAP_TABLE_AM_OID)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot seed table \"%s\" because it does not use the heap access method", name)));
	pfree(cs_check_tupdesc(RelationGetDescr(rel), t, nspid));
}

/*
 * Which of the n relations Citus manages (distributed, reference and Citus
 * local tables: those its catalog pg_dist_partition lists): the index of
 * the first, or -1.  On the coordinator such a table is a shell whose own
 * storage is not where Citus keeps the rows, so the bulk path must not write
 * it.  Found through the catalog Citus creates in pg_catalog, so nothing is
 * looked up where Citus is absent.
 */
int
cs_citus_managed(const Oid *relids, int n)
{
	Datum	   *elems;
	Oid			argtypes[1] = {OIDARRAYOID};
	Datum		args[1];
	int			found = -1;
	int			i;

	if (!OidIsValid(get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE)))
		return -1;
	elems = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
		elems[i] = ObjectIdGetDatum(relids[i]);
	args[0] = PointerGetDatum(construct_array(elems, n, OIDOID, sizeof(Oid), true, TYPALIGN_INT));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args("SELECT p.logicalrelid::pg_catalog.oid"
							  "  FROM pg_catalog.pg_dist_partition p"
							  " WHERE p.logicalrelid::pg_catalog.oid OPERATOR(pg_catalog.=) ANY ($1)",
							  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read pg_dist_partition");
	if (SPI_processed > 0)
	{
		bool		isnull;
		Oid			relid = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0],
														   SPI_tuptable->tupdesc, 1, &isnull));

		for (i = 0; i < n && found < 0; i++)
			if (relids[i] == relid)
				found = i;
	}
	SPI_finish();
	return found;
}

/* A seed refuses the tables that Citus manages: no query would see its rows. */
static void
check_not_distributed(const Oid *relids)
{
	int			i = cs_citus_managed(relids, cs_ntables);

	if (i >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot seed table \"%s\" because Citus manages it", cs_tables[i]->name),
				 errdetail("A seed writes the table's own storage, which is not where Citus keeps the rows of a distributed or reference table: no query would see them."),
				 errhint("Lay the shop out with commerce_seed_create_schema() and commerce_seed_distribute(), and fill it with commerce_seed_distributed().")));
}

/* TRUNCATE ... RESTART IDENTITY resets the table's sequences: owners only. */
static void
check_sequence_owners(Oid relid, const char *name)
{
	List	   *seqs = getOwnedSequences(relid);
	ListCell   *lc;

	foreach(lc, seqs)
	{
		Oid			seqid = lfirst_oid(lc);

		if (!CS_REL_OWNERCHECK(seqid, GetUserId()))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("must be owner of sequence %s to seed table \"%s\"",
							get_rel_name(seqid), name),
					 errdetail("A seed restarts the table's identity sequences, which only their owner may do."),
					 errhint("Seed as the role that owns the extension's tables.")));
	}
}

static char *
qualified(Oid nspid, const char *name)
{
	return quote_qualified_identifier(get_namespace_name(nspid), name);
}

static void
spi_exec(const char *sql)
{
	if (SPI_execute(sql, false, 0) < 0)
		elog(ERROR, "SPI_execute failed: %s", sql);
}

/*
 * One NOTICE per table and per phase, so a long seed shows what it is doing;
 * a test suite silences them with client_min_messages.  rows < 0: a phase.
 * Returns the phase's milliseconds, which seed_info records.
 */
static long
report(const char *what, int64 rows, TimestampTz since)
{
	long		ms = TimestampDifferenceMilliseconds(since, GetCurrentTimestamp());

	if (rows < 0)
		ereport(NOTICE,
				(errmsg("commerce_seed: %s done in %ld ms", what, ms)));
	else
		ereport(NOTICE,
				(errmsg("commerce_seed: %s: " INT64_FORMAT " rows in %ld ms (%.0f rows/s)",
						what, rows, ms, ms > 0 ? rows * 1000.0 / ms : (double) rows * 1000.0)));
	return ms;
}

/*
 * Tables are loaded grouped by their driver, each group in one pass over its
 * units, so that the order plan (or customer, product ...) computed for a
 * unit serves every table of the group.  Groups go parents first: every
 * foreign key points into an earlier group or to an earlier table of its own
 * group, so the dependency order of the design holds row by row.
 */
static const CsDriver load_order[] = {
	DRV_CATEGORIES, DRV_WAREHOUSES, DRV_SUPPLIERS, DRV_PRODUCTS, DRV_CUSTOMERS,
	DRV_COUPONS, DRV_GIFT_CARDS, DRV_ORDERS, DRV_PURCHASE_ORDERS, DRV_VISITS, DRV_AUDIT
};

/*
 * Whether the transaction has no open cursor (READY portal).
 * ThereAreNoReadyPortals() returns from inside its hash_seq_search() loop
 * when it finds one, leaving the scan registered, which warns "leaked
 * hash_seq_search scan" at commit; aborting a subtransaction around it
 * releases the scan silently.
 */
static bool
no_open_cursors(void)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	bool		result;

	BeginInternalSubTransaction(NULL);
	result = ThereAreNoReadyPortals();
	RollbackAndReleaseCurrentSubTransaction();
	MemoryContextSwitchTo(cxt);
	CurrentResourceOwner = owner;
	return result;
}

/*
 * Load the tables driven by one driver through bulk sinks; fills rows[] for
 * them.  Each sink has its own batch context, reset when it flushes, so the
 * generator runs in the context of the table it is emitting.
 */
static void
load_group(GenCtx *g, CsDriver driver, const Oid *relids, Oid nspid, int64 *rows,
		   bool no_cursors, int64 *last_ids, StringInfo frontier)
{
	int		   *members = palloc(sizeof(int) * cs_ntables);
	Relation   *rels = palloc(sizeof(Relation) * cs_ntables);
	RowSink   **sinks = palloc(sizeof(RowSink *) * cs_ntables);
	MemoryContext *cxts = palloc(sizeof(MemoryContext) * cs_ntables);
	RowIds	   *ids = palloc(sizeof(RowIds) * cs_ntables);
	RowIds	   *at = palloc(sizeof(RowIds) * cs_ntables);
	int64	   *lo = palloc(sizeof(int64) * cs_ntables);
	int			n = 0;
	int			k;
	int64		units = cs_driver_units(g, driver);
	int64		u;
	MemoryContext old = CurrentMemoryContext;
	TimestampTz t0 = GetCurrentTimestamp();

	for (k = 0; k < cs_ntables; k++)
		if (cs_tables[k]->driver == driver)
			members[n++] = k;
	if (n == 0)
		return;

	/* shows in pg_stat_progress_copy as a COPY FROM into the group's first table */
	pgstat_progress_start_command(PROGRESS_COMMAND_COPY, relids[members[0]]);
	{
		const int	index[2] = {PROGRESS_COPY_COMMAND, PROGRESS_COPY_TYPE};
		const int64 val[2] = {PROGRESS_COPY_COMMAND_FROM, PROGRESS_COPY_TYPE_CALLBACK};

		pgstat_progress_update_multi_param(2, index, val);
	}

	for (k = 0; k < n; k++)
	{
		Relation	rel = table_open(relids[members[k]], RowExclusiveLock);
		bool		frozen;

		/*
		 * As for COPY FREEZE: only into storage created in this very
		 * subtransaction, so no other transaction can see it before we
		 * commit and an abort discards it; inside an EXCEPTION block
		 * TRUNCATE's new storage belongs to the subtransaction, so this
		 * still holds.  COPY also refuses when an earlier snapshot of the
		 * transaction is registered; we only refuse an open cursor (a READY
		 * portal), because the TRUNCATE we just ran already makes the
		 * table's content non-MVCC for every older snapshot, and the
		 * statement calling us always holds one.
		 */
		frozen = (rel->rd_createSubid == GetCurrentSubTransactionId() ||
				  CS_REL_NEW_STORAGE_SUBID(rel) == GetCurrentSubTransactionId()) &&
			no_cursors;
		elog(DEBUG1, "commerce_seed: %s written %s", cs_tables[members[k]]->name,
			 frozen ? "frozen" : "not frozen");

		rels[k] = rel;
		cxts[k] = AllocSetContextCreate(old, "commerce_seed batch", ALLOCSET_DEFAULT_SIZES);
		sinks[k] = cs_bulk_sink_open(rel, cs_tables[members[k]], nspid, frozen, k == 0, cxts[k]);
		ids[k].next = ids[k].next_other = 1;
		/* where an advance of the clock takes up this table (advance.c) */
		lo[k] = cs_advance_lo(g, members[k], g->t_end);
		at[k] = ids[k];
	}

	for (u = 0; u < units; u++)
	{
		for (k = 0; k < n; k++)
		{
			if (u == lo[k])
				at[k] = ids[k];
			MemoryContextSwitchTo(cxts[k]);
			cs_tables[members[k]]->emit(g, u, &ids[k], sinks[k]);
		}
		if ((u & 0xff) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextSwitchTo(old);

	for (k = 0; k < n; k++)
	{
		if (lo[k] >= units)
			at[k] = ids[k];
		/* ids are kept for rows still to come, so the last id can exceed the rows */
		last_ids[members[k]] = ids[k].next - 1;
		cs_frontier_json(frontier, cs_tables[members[k]], lo[k], &at[k], last_ids[members[k]]);
		rows[members[k]] = sinks[k]->rows;
		cs_bulk_sink_close(sinks[k]);
		table_close(rels[k], NoLock);
		MemoryContextDelete(cxts[k]);
	}
	pgstat_progress_end_command();
	{
		int64		total = 0;

		for (k = 0; k < n; k++)
		{
			ereport(NOTICE,
					(errmsg("commerce_seed: %s: " INT64_FORMAT " rows",
							cs_tables[members[k]]->name, rows[members[k]])));
			total += rows[members[k]];
		}
		report(psprintf("pass over %s", cs_driver_name(driver)), total, t0);
	}
}

static long
elapsed_ms(TimestampTz since)
{
	return TimestampDifferenceMilliseconds(since, GetCurrentTimestamp());
}

/*
 * Record what the tables now hold in seed_info (its old row went with the
 * TRUNCATE): the arguments, the as-of instant the views use instead of the
 * clock, the extension version, and the phases' durations.
 */
static void
record_seed_info(const GenCtx *g, Oid nspid, Oid owner, int64 rows, const long *ms,
				 const char *frontier)
{
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	Oid			argtypes[9] = {INT4OID, INT8OID, DATEOID, DATEOID, TIMESTAMPTZOID, INT8OID, TEXTOID, NAMEOID, TEXTOID};
	Datum		args[9];
	char	   *sql;

	args[0] = Int32GetDatum(g->scale);
	args[1] = Int64GetDatum(g->seed);
	args[2] = DateADTGetDatum(g->first_day);
	args[3] = DateADTGetDatum(g->first_day + g->ndays - 1);
	args[4] = TimestampTzGetDatum(g->t_end);
	args[5] = Int64GetDatum(rows);
	args[7] = CStringGetDatum(GetUserNameFromId(GetUserId(), false));
	args[8] = CStringGetTextDatum(frontier);
	args[6] = CStringGetTextDatum(psprintf("{\"load\": %ld, \"index_rebuild\": %ld, \"sequences\": %ld, "
										   "\"matview_refresh\": %ld, \"analyze\": %ld, \"total\": %ld}",
										   ms[0], ms[1], ms[2], ms[3], ms[4], ms[5]));
	sql = psprintf("INSERT INTO %s (scale, seed, start_date, end_date, as_of, extension_version,"
				   " seeded_at, seeded_by, rows, phase_ms, settings, frontier)"
				   " SELECT $1, $2, $3, $4, $5, e.extversion, pg_catalog.transaction_timestamp(),"
				   " $8, $6, $7::pg_catalog.jsonb,"
				   " pg_catalog.jsonb_build_object("
				   "   'maintenance_work_mem', pg_catalog.current_setting('maintenance_work_mem'),"
				   "   'max_parallel_maintenance_workers', pg_catalog.current_setting('max_parallel_maintenance_workers'),"
				   "   'server_version', pg_catalog.current_setting('server_version')),"
				   " $9::pg_catalog.jsonb"
				   "   FROM pg_catalog.pg_extension e"
				   "  WHERE e.extname OPERATOR(pg_catalog.=) 'commerce_seed'",
				   qualified(nspid, "seed_info"));
	/*
	 * The INSERT goes through the executor, which evaluates the table's CHECK
	 * constraints and index expressions: run it as the table's owner, as a
	 * security-restricted operation, so that whatever the owner put there
	 * runs with the owner's rights, not the caller's.  (Triggers were
	 * refused before the first change.)  CURRENT_USER above is evaluated as
	 * the owner too, so seeded_by is taken from the caller here.
	 */
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	CS_RESTRICT_SEARCH_PATH();
	if (SPI_execute_with_args(sql, 9, argtypes, args, NULL, false, 0) != SPI_OK_INSERT || SPI_processed != 1)
		elog(ERROR, "could not record the seed in seed_info");
	AtEOXact_GUC(false, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);
}

void
cs_seed_all(GenCtx *g, Oid nspid, int64 *rows)
{
	Oid		   *relids = palloc(sizeof(Oid) * cs_ntables);
	char	   *nspname = get_namespace_name(nspid);
	StringInfoData sql;
	ReindexParams params = {0};
	int64	   *last_ids = palloc0(sizeof(int64) * cs_ntables);
	StringInfoData frontier;
	int			gucnest;
	int64		total = 0;
	long		ms[6];
	bool		has_seed_info;
	Oid			info_owner = InvalidOid;
	bool		no_cursors;
	TimestampTz start = GetCurrentTimestamp();
	TimestampTz phase;
	int			i;

	/*
	 * Lock everything first, in a fixed order (materialized views, then the
	 * tables in seeding order), and check what is locked: a concurrent rename
	 * or drop can then no longer make the checks and the TRUNCATE below see
	 * different tables.  The views come first because REFRESH MATERIALIZED
	 * VIEW locks the view and then its tables: a refresh started by another
	 * session during the load would otherwise hold its view while it waits
	 * for a table, and our own refresh of that view at the end would wait
	 * for it, a deadlock.  Only the owner may refresh a materialized view.
	 */
	for (i = 0; i < (int) lengthof(matviews); i++)
	{
		Oid			mvid = RangeVarGetRelidExtended(makeRangeVar(nspname, (char *) matviews[i], -1),
													AccessExclusiveLock, 0, NULL, NULL);

		if (!CS_REL_OWNERCHECK(mvid, GetUserId()))
			aclcheck_error(ACLCHECK_NOT_OWNER, OBJECT_MATVIEW, matviews[i]);
	}
	for (i = 0; i < cs_ntables; i++)
	{
		Relation	rel;

		relids[i] = RangeVarGetRelidExtended(makeRangeVar(nspname, (char *) cs_tables[i]->name, -1),
											 AccessExclusiveLock, 0, check_table_rights, NULL);
		rel = table_open(relids[i], NoLock);
		cs_check_seed_target(rel, cs_tables[i], nspid);
		table_close(rel, NoLock);
	}
	for (i = 0; i < cs_ntables; i++)
		check_sequence_owners(relids[i], cs_tables[i]->name);
	check_not_distributed(relids);
	/*
	 * seed_info is written through the executor: rights are all it needs.
	 * A 1.0 install, not yet updated to this library's version, has none.
	 */
	has_seed_info = OidIsValid(get_relname_relid("seed_info", nspid));
	if (has_seed_info)
	{
		Relation	rel;

		rel = table_open(RangeVarGetRelidExtended(makeRangeVar(nspname, "seed_info", -1),
												  AccessExclusiveLock, 0, check_table_rights, NULL),
						 NoLock);
		check_no_triggers(rel, "seed_info");
		info_owner = rel->rd_rel->relowner;
		check_info_owner(rel, nspid);
		table_close(rel, NoLock);
	}

	/*
	 * Settings changed for the run end with it.  maintenance_work_mem is the
	 * caller's: the index builds sort in memory when it is large enough
	 * (about 256MB from scale 100 on; see the README), and a session that set
	 * it lower, to leave memory to others, is obeyed.
	 */
	gucnest = NewGUCNestLevel();

	/*
	 * A client that goes away must not leave a seed to commit behind its
	 * back, yet the server only notices when it next writes to the client,
	 * after our commit, unless client_connection_check_interval is set.  Set
	 * it for the run (as for maintenance_work_mem above) and arm its timer,
	 * which the server arms only when a statement starts; a lost connection
	 * then ends the backend at the next CHECK_FOR_INTERRUPTS().  Not on a
	 * platform where the server cannot detect a closed socket: there the
	 * setting is refused.
	 */
	if (client_connection_check_interval <= 0 && whereToSendOutput == DestRemote &&
		CS_CAN_DETECT_CLOSED_CLIENT())
	{
		(void) set_config_option("client_connection_check_interval", "1000",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
		enable_timeout_after(CLIENT_CONNECTION_CHECK_TIMEOUT, client_connection_check_interval);
	}

	no_cursors = no_open_cursors();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	initStringInfo(&sql);
	/* ONLY: inheritance children were refused, and this says so again */
	appendStringInfoString(&sql, "TRUNCATE TABLE ");
	for (i = 0; i < cs_ntables; i++)
		appendStringInfo(&sql, "%sONLY %s", i ? ", " : "", qualified(nspid, cs_tables[i]->name));
	if (has_seed_info)
		appendStringInfo(&sql, ", ONLY %s", qualified(nspid, "seed_info"));
	appendStringInfoString(&sql, " RESTART IDENTITY");
	spi_exec(sql.data);
	CommandCounterIncrement();

	phase = GetCurrentTimestamp();
	initStringInfo(&frontier);
	appendStringInfoChar(&frontier, '{');
	for (i = 0; i < (int) lengthof(load_order); i++)
		load_group(g, load_order[i], relids, nspid, rows, no_cursors, last_ids, &frontier);
	appendStringInfoChar(&frontier, '}');
	for (i = 0; i < cs_ntables; i++)
		total += rows[i];
	ms[0] = report("all tables", total, phase);
	CommandCounterIncrement();

	/* one build per index, unique ones checked as they are built */
	phase = GetCurrentTimestamp();
	for (i = 0; i < cs_ntables; i++)
	{
		CHECK_FOR_INTERRUPTS();
		CS_REINDEX_RELATION(relids[i], REINDEX_REL_CHECK_CONSTRAINTS, &params);
		CommandCounterIncrement();
	}
	ms[1] = report("index rebuild", -1, phase);
	phase = GetCurrentTimestamp();

	/* after the last id kept: rows still to come have theirs (commerce_seed_advance) */
	for (i = 0; i < cs_ntables; i++)
	{
		const char *col = cs_tables[i]->id_column;
		Oid			argtypes[3] = {TEXTOID, TEXTOID, INT8OID};
		Datum		args[3];

		if (col == NULL)
			continue;
		args[0] = CStringGetTextDatum(qualified(nspid, cs_tables[i]->name));
		args[1] = CStringGetTextDatum(col);
		args[2] = Int64GetDatum(Max(last_ids[i], 1));
		if (SPI_execute_with_args(last_ids[i] > 0 ?
								  "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence($1, $2), $3, true)" :
								  "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence($1, $2), $3, false)",
								  3, argtypes, args, NULL, false, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not set the sequence of %s", cs_tables[i]->name);
	}

	ms[2] = elapsed_ms(phase);

	phase = GetCurrentTimestamp();
	for (i = 0; i < (int) lengthof(matviews); i++)
	{
		resetStringInfo(&sql);
		appendStringInfo(&sql, "REFRESH MATERIALIZED VIEW %s", qualified(nspid, matviews[i]));
		spi_exec(sql.data);
	}
	ms[3] = report("materialized view refresh", -1, phase);

	resetStringInfo(&sql);
	appendStringInfoString(&sql, "ANALYZE ");
	for (i = 0; i < cs_ntables; i++)
		appendStringInfo(&sql, "%s%s", i ? ", " : "", qualified(nspid, cs_tables[i]->name));
	for (i = 0; i < (int) lengthof(matviews); i++)
		appendStringInfo(&sql, ", %s", qualified(nspid, matviews[i]));
	phase = GetCurrentTimestamp();
	spi_exec(sql.data);
	ms[4] = report("analyze", -1, phase);
	ms[5] = elapsed_ms(start);
	if (has_seed_info)
		record_seed_info(g, nspid, info_owner, total, ms, frontier.data);

	SPI_finish();
	AtEOXact_GUC(true, gucnest);
	report("total", total, start);
}
