/*-------------------------------------------------------------------------
 *
 * tables.c
 *	  The table registry, in the seeding order of the design (section 2),
 *	  gift cards moved before orders since a payment may name one: every
 *	  foreign key points to a table listed earlier, so this order (the order
 *	  of commerce_seed_sizes()) loads the tables with their keys checked.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commerce_seed.h"

extern const TableSpec cs_table_customers;
extern const TableSpec cs_table_suppliers;
extern const TableSpec cs_table_categories;
extern const TableSpec cs_table_products;
extern const TableSpec cs_table_warehouses;
extern const TableSpec cs_table_addresses;
extern const TableSpec cs_table_orders;
extern const TableSpec cs_table_order_items;
extern const TableSpec cs_table_inventory;
extern const TableSpec cs_table_payments;
extern const TableSpec cs_table_shipments;
extern const TableSpec cs_table_carts;
extern const TableSpec cs_table_cart_items;
extern const TableSpec cs_table_reviews;
extern const TableSpec cs_table_returns;
extern const TableSpec cs_table_coupons;
extern const TableSpec cs_table_coupon_redemptions;
extern const TableSpec cs_table_loyalty_accounts;
extern const TableSpec cs_table_loyalty_ledger;
extern const TableSpec cs_table_gift_cards;
extern const TableSpec cs_table_purchase_orders;
extern const TableSpec cs_table_purchase_order_items;
extern const TableSpec cs_table_supplier_payments;
extern const TableSpec cs_table_product_attributes;
extern const TableSpec cs_table_product_images;
extern const TableSpec cs_table_support_tickets;
extern const TableSpec cs_table_ticket_messages;
extern const TableSpec cs_table_user_sessions;
extern const TableSpec cs_table_audit_events;

const TableSpec *const cs_tables[] = {
	&cs_table_customers,
	&cs_table_suppliers,
	&cs_table_categories,
	&cs_table_products,
	&cs_table_warehouses,
	&cs_table_addresses,
	&cs_table_gift_cards,
	&cs_table_orders,
	&cs_table_order_items,
	&cs_table_inventory,
	&cs_table_payments,
	&cs_table_shipments,
	&cs_table_carts,
	&cs_table_cart_items,
	&cs_table_reviews,
	&cs_table_returns,
	&cs_table_coupons,
	&cs_table_coupon_redemptions,
	&cs_table_loyalty_accounts,
	&cs_table_loyalty_ledger,
	&cs_table_purchase_orders,
	&cs_table_purchase_order_items,
	&cs_table_supplier_payments,
	&cs_table_product_attributes,
	&cs_table_product_images,
	&cs_table_support_tickets,
	&cs_table_ticket_messages,
	&cs_table_user_sessions,
	&cs_table_audit_events,
};
const int	cs_ntables = lengthof(cs_tables);

int
cs_table_index(const char *name)
{
	int			i;

	for (i = 0; i < cs_ntables; i++)
		if (strcmp(cs_tables[i]->name, name) == 0)
			return i;
	return -1;
}
