/*-------------------------------------------------------------------------
 *
 * verify.c
 *	  commerce_seed_verify() and commerce_seed_fingerprint(): read the
 *	  dataset as the role that owns it.
 *
 * Both evaluate SQL that the owner of the tables controls: verify re-checks
 * every CHECK constraint, unique index expression and predicate found in the
 * catalogs, and both read every column through its type's functions.  Run
 * with the caller's rights, a table owner could make a superuser's verify
 * run its own function (CHECK (f(x)) NOT VALID is enough).  So, as the
 * server's maintenance commands do since their 2022 security fixes (ANALYZE,
 * CREATE INDEX, REFRESH MATERIALIZED VIEW ...), the rules run as the owner of
 * the dataset, as a security-restricted operation (no SET ROLE, no lasting
 * settings, no objects that outlive the call) with search_path pinned to
 * pg_catalog.
 *
 * The caller must still be entitled to what it learns: it needs SELECT on
 * every table, view and materialized view of the extension (not on the
 * sequences: verify reads their positions as the owner), and row-level
 * security must not apply to it on any table, since the owner would count
 * rows the caller cannot see.  All tables must have one owner.
 *
 * The rules themselves are PL/pgSQL (commerce_seed_verify_rules() and
 * commerce_seed_fingerprint_tables() in schema/60_verify.sql); each refuses
 * to run unless the current user owns the tables, so calling it directly
 * grants nothing.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rls.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "compat.h"

/*
 * Check the caller's rights on the extension's relations and return the one
 * role that owns them all (tables, views, materialized views; sequences go
 * with their tables): the rules read all of them as that role, and a view of
 * another owner could run that owner's code.  Runs under the pinned
 * search_path.
 */
static Oid
dataset_owner(Oid extoid, Oid nspid, const char *caller)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(extoid)};
	Oid			owner = InvalidOid;
	char	   *owner_table = NULL;

	uint64		i;

	if (SPI_execute_with_args("SELECT c.oid, c.relkind, c.relowner, c.relname"
							  "  FROM pg_catalog.pg_depend d"
							  "  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) d.objid"
							  " WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
							  "   AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass"
							  "   AND d.refobjid OPERATOR(pg_catalog.=) $1"
							  "   AND d.deptype OPERATOR(pg_catalog.=) 'e'"
							  " ORDER BY c.relname COLLATE \"C\"",
							  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not list the relations of the extension");

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Oid			relid = DatumGetObjectId(SPI_getbinval(tup, desc, 1, &isnull));
		char		relkind = DatumGetChar(SPI_getbinval(tup, desc, 2, &isnull));
		Oid			relowner = DatumGetObjectId(SPI_getbinval(tup, desc, 3, &isnull));
		char	   *relname = SPI_getvalue(tup, desc, 4);
		AclResult	acl;

		if (relkind == RELKIND_SEQUENCE)
			continue;

		acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
		if (acl != ACLCHECK_OK)
			aclcheck_error(acl, get_relkind_objtype(relkind), relname);

		if (relkind == RELKIND_RELATION &&
			check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("cannot run %s because row-level security applies to table \"%s\"",
							caller, relname),
					 errdetail("It reads every row of the table, including rows the table's policies hide from you."),
					 errhint("Run it as a role with BYPASSRLS, or as the table's owner if the table's row-level security is not forced.")));
		if (!OidIsValid(owner))
		{
			owner = relowner;
			owner_table = relname;
		}
		else if (relowner != owner)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("the relations of extension \"commerce_seed\" have more than one owner"),
					 errdetail("\"%s\" is owned by role %s, \"%s\" by role %s.",
							   owner_table, GetUserNameFromId(owner, false),
							   relname, GetUserNameFromId(relowner, false)),
					 errhint("Give its tables, views and materialized views one owner with ALTER ... OWNER TO.")));
	}
	if (OidIsValid(owner) &&
		CS_NAMESPACE_ACLCHECK(nspid, owner, ACL_USAGE) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("role %s, which owns the extension's tables, has no USAGE on schema %s",
						GetUserNameFromId(owner, false), get_namespace_name(nspid)),
				 errdetail("%s reads the tables as their owner.", caller),
				 errhint("GRANT USAGE ON SCHEMA %s TO %s.", get_namespace_name(nspid),
						 GetUserNameFromId(owner, false))));
	if (!OidIsValid(owner))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("extension \"commerce_seed\" has no tables"),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	return owner;
}

/* The member function of the extension named inner, taking nargs arguments. */
static Oid
member_function(Oid extoid, const char *inner, int nargs)
{
	Oid			argtypes[3] = {OIDOID, TEXTOID, INT2OID};
	Datum		args[3] = {ObjectIdGetDatum(extoid), CStringGetTextDatum(inner), Int16GetDatum(nargs)};

	if (SPI_execute_with_args("SELECT p.oid FROM pg_catalog.pg_depend d"
							  "  JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) d.objid"
							  " WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass"
							  "   AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass"
							  "   AND d.refobjid OPERATOR(pg_catalog.=) $1 AND d.deptype OPERATOR(pg_catalog.=) 'e'"
							  "   AND p.proname OPERATOR(pg_catalog.=) $2::pg_catalog.name"
							  "   AND p.pronargs OPERATOR(pg_catalog.=) $3",
							  3, argtypes, args, NULL, true, 0) != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("function %s() of extension \"commerce_seed\" does not exist", inner),
				 errhint("Reinstall the extension with DROP EXTENSION and CREATE EXTENSION.")));
	return DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &(bool){false}));
}

/*
 * Return the rows of inner(), a set-returning PL/pgSQL function of the
 * extension with the same result columns as the calling function, evaluated
 * as the owner of the dataset.  inner() is called through fmgr by its OID,
 * not by name through SQL: a function of the same name that someone with
 * CREATE on the schema adds cannot make the call ambiguous or take it over.
 * fmgr applies the function's SET clauses (search_path, jit) as for any call.
 */
static Datum
run_as_dataset_owner(FunctionCallInfo fcinfo, const char *caller, const char *inner)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			fn_oid = fcinfo->flinfo->fn_oid;
	Oid			extoid = getExtensionOfObject(ProcedureRelationId, fn_oid);
	Oid			inner_oid;
	Oid			owner;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	FmgrInfo	inner_flinfo;
	ReturnSetInfo inner_rsinfo = {0};
	MemoryContext per_query;
	MemoryContext old;

	if (!OidIsValid(extoid))
		elog(ERROR, "function %u is not part of an extension", fn_oid);
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	per_query = rsinfo->econtext->ecxt_per_query_memory;

	/* from here on, names bind to pg_catalog only; undone at the end */
	save_nestlevel = NewGUCNestLevel();
	CS_RESTRICT_SEARCH_PATH();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	owner = dataset_owner(extoid, get_func_namespace(fn_oid), caller);
	inner_oid = member_function(extoid, inner, 0);
	SPI_finish();

	old = MemoryContextSwitchTo(per_query);
	fmgr_info(inner_oid, &inner_flinfo);
	inner_rsinfo.type = T_ReturnSetInfo;
	inner_rsinfo.econtext = rsinfo->econtext;
	inner_rsinfo.expectedDesc = rsinfo->expectedDesc;
	inner_rsinfo.allowedModes = SFRM_Materialize;
	inner_rsinfo.returnMode = SFRM_Materialize;
	MemoryContextSwitchTo(old);

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_RESTRICTED_OPERATION);
	{
		LOCAL_FCINFO(inner_fcinfo, 0);

		InitFunctionCallInfoData(*inner_fcinfo, &inner_flinfo, 0, InvalidOid, NULL,
								 (Node *) &inner_rsinfo);
		(void) FunctionCallInvoke(inner_fcinfo);
	}
	/* an error on the way restores the user and settings with the (sub)transaction */
	SetUserIdAndSecContext(save_userid, save_sec_context);
	AtEOXact_GUC(false, save_nestlevel);

	if (inner_rsinfo.returnMode != SFRM_Materialize)
		elog(ERROR, "function %s() did not return its rows in materialize mode", inner);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = inner_rsinfo.setResult;
	rsinfo->setDesc = inner_rsinfo.setDesc;
	return (Datum) 0;
}

/*
 * commerce_seed_verify() RETURNS TABLE (rule text, description text, violations bigint)
 *
 * Every rule of the dataset with its number of offending rows, evaluated as
 * the owner of the tables (see the file header).
 */
PG_FUNCTION_INFO_V1(commerce_seed_verify);
Datum
commerce_seed_verify(PG_FUNCTION_ARGS)
{
	return run_as_dataset_owner(fcinfo, "commerce_seed_verify()", "commerce_seed_verify_rules");
}

/*
 * commerce_seed_fingerprint() RETURNS TABLE (table_name text, row_count bigint, fingerprint text)
 *
 * Row count and checksum per table, read as the owner of the tables.
 */
PG_FUNCTION_INFO_V1(commerce_seed_fingerprint);
Datum
commerce_seed_fingerprint(PG_FUNCTION_ARGS)
{
	return run_as_dataset_owner(fcinfo, "commerce_seed_fingerprint()", "commerce_seed_fingerprint_tables");
}

/*
 * commerce_seed_relation_digest(rel regclass) RETURNS numeric[]
 *
 * The parts of one relation's digest (commerce_seed_relation_digest_parts()),
 * computed as the relation's owner in a security-restricted operation, as
 * commerce_seed_fingerprint() reads the tables: a row's text may go through
 * code the owner controls (a cast from the table's row type), which must
 * not run with the caller's rights.  The caller needs SELECT on the
 * relation, and row-level security must not apply to it, since the owner
 * may see rows the caller cannot.
 */
PG_FUNCTION_INFO_V1(commerce_seed_relation_digest);
Datum
commerce_seed_relation_digest(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	Oid			extoid = getExtensionOfObject(ProcedureRelationId, fcinfo->flinfo->fn_oid);
	HeapTuple	tup;
	Oid			owner;
	char		relkind;
	char	   *relname;
	AclResult	acl;
	Oid			inner_oid;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	Datum		result;

	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	relkind = ((Form_pg_class) GETSTRUCT(tup))->relkind;
	relname = pstrdup(NameStr(((Form_pg_class) GETSTRUCT(tup))->relname));
	ReleaseSysCache(tup);
	if (relkind != RELKIND_RELATION && relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", relname)));
	acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, relname);
	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot digest table \"%s\" because row-level security applies to it", relname),
				 errdetail("The digest is read as the table's owner, who may see rows you cannot.")));

	/* from here on, names bind to pg_catalog only; undone at the end */
	save_nestlevel = NewGUCNestLevel();
	CS_RESTRICT_SEARCH_PATH();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	inner_oid = member_function(extoid, "commerce_seed_relation_digest_parts", 1);
	SPI_finish();

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_RESTRICTED_OPERATION);
	result = OidFunctionCall1(inner_oid, ObjectIdGetDatum(relid));
	/* an error on the way restores the user and settings with the (sub)transaction */
	SetUserIdAndSecContext(save_userid, save_sec_context);
	AtEOXact_GUC(false, save_nestlevel);
	PG_RETURN_DATUM(result);
}
