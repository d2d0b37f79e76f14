/*-------------------------------------------------------------------------
 *
 * gen_catalog.c
 *	  Catalogue generators: categories, warehouses, suppliers, products,
 *	  inventory, product attributes and product images.
 *
 * Supplier s (1-based) of S sells products s, s + S, s + 2S, ...; each
 * supplier has a home department and its products are leaves of it, so
 * procurement can list a supplier's products without a lookup.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"

#include "commerce_seed.h"
#include "words.h"

/* categories: fixed tree from words.c, category_id = index + 1 */

static const ColumnSpec category_cols[] = {
	{"category_id", INT8OID},
	{"parent_category_id", INT8OID},
	{"name", TEXTOID},
};

static void
emit_category(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsCategory *c = &cs_categories[unit];

	ids->next++;
	if (sink == NULL)
		return;
	sink->values[0] = Int64GetDatum(unit + 1);
	sink->nulls[1] = c->parent < 0;
	sink->values[1] = Int64GetDatum(c->parent + 1);
	sink->values[2] = cs_text(c->name);
	cs_sink_put(sink);
}

const TableSpec cs_table_categories = {
	"categories", category_cols, lengthof(category_cols), DRV_CATEGORIES,
	emit_category, -1, "category_id", 120
};

/* warehouses: fixed list, warehouse_id = index + 1 */

static const ColumnSpec warehouse_cols[] = {
	{"warehouse_id", INT8OID},
	{"name", TEXTOID},
	{"city", TEXTOID},
	{"state", TEXTOID},
	{"pincode", TEXTOID},
	{"capacity_units", INT4OID},
};

static void
emit_warehouse(GenCtx *g, int64 unit, RowIds *ids, RowSink *sink)
{
	const CsWarehouse *w = &cs_warehouses[unit];
	const CsCity *city = &cs_cities[w->city];

	ids->next++;
	if (sink == NULL)
		return;
	sink->values[0] = Int64GetDatum(unit + 1);
	sink->values[1] = cs_text(w->name);
	sink->values[2] = cs_text(city->name);
	sink->values[3] = cs_text(city->state);
	/* a fulfilment centre sits in an industrial PIN area of its city */
	sink->values[4] = cs_textf("%03d%03d", city->pin_prefix, 300 + (int) unit * 7);
	/* room for the stock inventory puts there (about 70% full), and to spare */
	sink->values[5] = Int32GetDatum((int32) Min((int64) w->capacity * 160 * g->scale, PG_INT32_MAX));
	cs_sink_put(sink);
}

const TableSpec cs_table_warehouses = {
	"warehouses", warehouse_cols, lengthof(warehouse_cols), DRV_WAREHOUSES,
	emit_warehouse, -1, "warehouse_id", 150
};
