-- schema/12_column_comments.sql: what every column of the 29 tables means.
-- Part of the update from 1.0 too (the Makefile adds it), after the columns it describes.
-- (seed_info's are in 15_seed_info.sql; the views' and materialized views' in
-- 45_view_column_comments.sql, which runs after they are created.)
-- Money is INR, numeric(12,2); every instant is timestamptz.  What a comment
-- says of the generated data holds for every seed and scale.

-- customers

COMMENT ON COLUMN @extschema@.customers.customer_id IS
  'Surrogate key; numbered in order of sign-up, so it grows with signed_up_at.';
COMMENT ON COLUMN @extschema@.customers.full_name IS
  'Given name and surname, both from one Indian community drawn by the make-up of the customer''s home city; not unique.';
COMMENT ON COLUMN @extschema@.customers.email IS
  'Login and contact address, unique whatever its case (uq_customers_lower_email). Seeded: given name, a dot, surname and customer_id in lower case, at example.com, example.net or example.org (reserved domains). "C" collation.';
COMMENT ON COLUMN @extschema@.customers.phone IS
  'Mobile number: +91, a space and ten digits starting 00 (a prefix no Indian number has); NULL for about 10% of customers.';
COMMENT ON COLUMN @extschema@.customers.status IS
  'Account state at the end of the data window (customer_status): active, inactive (dormant for at least 90 days) or blocked. An inactive or blocked account has no sessions, carts or orders after its last active moment.';
COMMENT ON COLUMN @extschema@.customers.date_of_birth IS
  'Date of birth; the customer was 18 to 70 years old on the sign-up day (Asia/Kolkata), in whole years as age() counts them. NULL for about 15% of customers, who did not give it.';
COMMENT ON COLUMN @extschema@.customers.marketing_opt_in IS
  'Whether the customer agreed at sign-up to receive marketing messages (about 55% did); also in the payload of the customer.signed_up audit event.';
COMMENT ON COLUMN @extschema@.customers.signed_up_at IS
  'When the account was created, from a year before the data window to its end. The customer''s first session, default address, loyalty account and customer.signed_up audit event have the same instant.';

-- suppliers

COMMENT ON COLUMN @extschema@.suppliers.supplier_id IS
  'Surrogate key. With S suppliers, supplier s sells products s, s + S, s + 2S, ... (products.supplier_id).';
COMMENT ON COLUMN @extschema@.suppliers.name IS
  'Trading name, unique: three or more words such as "Shree Deccan Traders" (invented).';
COMMENT ON COLUMN @extschema@.suppliers.rating IS
  'The buying team''s score of the vendor, 1 (poor) to 5 (excellent).';
COMMENT ON COLUMN @extschema@.suppliers.contact_email IS
  'Address for purchase orders and invoices, on a reserved example domain (example.com or example.net).';
COMMENT ON COLUMN @extschema@.suppliers.phone IS
  'Telephone: +91, a space and ten digits starting 00 (a prefix no Indian number has); NULL when not known.';
COMMENT ON COLUMN @extschema@.suppliers.city IS
  'Indian city the supplier is based in.';
COMMENT ON COLUMN @extschema@.suppliers.state IS
  'State or union territory of city.';
COMMENT ON COLUMN @extschema@.suppliers.created_at IS
  'When the vendor was onboarded: one to five years before the data window, in office hours (10:00-18:00 IST).';

-- categories

COMMENT ON COLUMN @extschema@.categories.category_id IS
  'Surrogate key. The tree is fixed, so a category has the same id at every scale and seed.';
COMMENT ON COLUMN @extschema@.categories.parent_category_id IS
  'The parent category (categories.category_id); NULL for the eight top-level departments. The tree has three levels (v_category_hierarchy).';
COMMENT ON COLUMN @extschema@.categories.name IS
  'Display name, unique in the whole tree (e.g. "Electronics", "Mobiles & Accessories", "Smartphones").';

-- products

COMMENT ON COLUMN @extschema@.products.product_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.products.supplier_id IS
  'The supplier that sells the product (suppliers.supplier_id); all products of a supplier are in one department, the supplier''s.';
COMMENT ON COLUMN @extschema@.products.category_id IS
  'The product''s category (categories.category_id): always a leaf of the tree (a category without subcategories), at depth 2 or 3.';
COMMENT ON COLUMN @extschema@.products.sku IS
  'Stock-keeping unit, unique: a three-letter department code, a hyphen and six upper-case letters and digits (e.g. ELE-7Q2K9X). "C" collation.';
COMMENT ON COLUMN @extschema@.products.name IS
  'Listing title: brand, an adjective and the product noun, with colour and variant in parentheses where the product has them (e.g. "Zentrix Pro Smartphone (Black, 8 GB RAM, 128 GB)"); a book is "Title - Noun (Publisher)". Not unique.';
COMMENT ON COLUMN @extschema@.products.description IS
  'Short listing blurb that names the brand (the publisher, for a book); NULL for about 3% of products.';
COMMENT ON COLUMN @extschema@.products.price IS
  'Current selling price per unit, INR. Orders placed before the product''s price change (audit event product.price_changed) paid the old price: see order_items.unit_price.';
COMMENT ON COLUMN @extschema@.products.cost_price IS
  'What the shop pays the supplier per unit, INR: a department-typical share of price (55% to 80%). Purchase order lines are at this price.';
COMMENT ON COLUMN @extschema@.products.weight_grams IS
  'Weight of one unit in grams, its variant included (a bigger pack weighs more).';
COMMENT ON COLUMN @extschema@.products.discontinued IS
  'Whether the product has been withdrawn from sale as of the end of the data window (about 4% of products); its remaining stock is mostly sold out. Orders placed during the window may include it.';
COMMENT ON COLUMN @extschema@.products.created_at IS
  'When the product was first listed (the instant of its product.listed audit event): after its supplier was onboarded, mostly before the data window, for about one product in sixteen during it.';

-- warehouses

COMMENT ON COLUMN @extschema@.warehouses.warehouse_id IS
  'Surrogate key. The ten warehouses are a fixed list: the same ids, names and cities at every scale and seed.';
COMMENT ON COLUMN @extschema@.warehouses.name IS
  'Name of the fulfilment centre, unique (e.g. "Bhiwandi Fulfilment Centre").';
COMMENT ON COLUMN @extschema@.warehouses.city IS
  'City the warehouse ships from; promised delivery dates are reckoned from it to the buyer''s city (shipments.promised_at).';
COMMENT ON COLUMN @extschema@.warehouses.state IS
  'State or union territory of city.';
COMMENT ON COLUMN @extschema@.warehouses.pincode IS
  'Six-digit Indian PIN code of the site, first digit 1-9, in the PIN area of city.';
COMMENT ON COLUMN @extschema@.warehouses.capacity_units IS
  'Units of stock the warehouse can hold. Grows with the scale; the generated inventory fills about 70% of it (v_warehouse_utilization.utilization_pct).';

-- addresses

COMMENT ON COLUMN @extschema@.addresses.address_id IS
  'Surrogate key; a customer''s addresses are numbered in the order they were added.';
COMMENT ON COLUMN @extschema@.addresses.customer_id IS
  'The customer the address belongs to (customers.customer_id).';
COMMENT ON COLUMN @extschema@.addresses.is_default IS
  'Whether this is the customer''s default address, at most one per customer: in generated data the address given at sign-up, to which every order of the customer ships.';
COMMENT ON COLUMN @extschema@.addresses.label IS
  'What the address is to the customer: home, work or other.';
COMMENT ON COLUMN @extschema@.addresses.line1 IS
  'House or flat number and street, e.g. "Flat A-1604, Tilak Road" or "House No. 67, Park Street".';
COMMENT ON COLUMN @extschema@.addresses.line2 IS
  'Locality within the city; NULL when the customer left it out (about a quarter of addresses), though pincode still identifies it.';
COMMENT ON COLUMN @extschema@.addresses.city IS
  'City or town.';
COMMENT ON COLUMN @extschema@.addresses.state IS
  'State or union territory of city.';
COMMENT ON COLUMN @extschema@.addresses.pincode IS
  'Six-digit Indian PIN code, first digit 1-9. In generated data each locality has one PIN code and each PIN code belongs to one city.';
COMMENT ON COLUMN @extschema@.addresses.country IS
  'ISO 3166-1 alpha-2 country code; always IN in generated data.';
COMMENT ON COLUMN @extschema@.addresses.created_at IS
  'When the address was added: the default one at sign-up (customers.signed_up_at), later ones after it in address_id order; an order ships only to an address that existed when it was placed.';

-- orders

COMMENT ON COLUMN @extschema@.orders.order_id IS
  'Surrogate key; in seeded data it grows with placed_at.';
COMMENT ON COLUMN @extschema@.orders.customer_id IS
  'The buyer (customers.customer_id), signed up before placed_at.';
COMMENT ON COLUMN @extschema@.orders.shipping_address_id IS
  'Where the order is delivered (addresses.address_id): an address of the same customer, in generated data always the customer''s default address.';
COMMENT ON COLUMN @extschema@.orders.order_date IS
  'The Asia/Kolkata (IST) calendar day of placed_at: the business day that daily figures (v_sales_daily, mv_daily_kpis) group by. Defaults to the IST day of now(); ck_orders_order_date_ist refuses a day that is not placed_at''s IST day, so an insert gives both or neither.';
COMMENT ON COLUMN @extschema@.orders.placed_at IS
  'When the order was placed, during a session of the customer (user_sessions) just after the checkout of its cart. Defaults to now(), the start of the inserting transaction.';
COMMENT ON COLUMN @extschema@.orders.status IS
  'State at the end of the data window (order_status): pending, paid, shipped, delivered or cancelled. A cash-on-delivery order skips paid: it goes from pending to shipped, and its payment is captured at delivery.';
COMMENT ON COLUMN @extschema@.orders.channel IS
  'Where the order was placed: web (a desktop or mobile browser), android or ios (the apps).';
COMMENT ON COLUMN @extschema@.orders.currency IS
  'ISO 4217 currency code; always INR in generated data.';
COMMENT ON COLUMN @extschema@.orders.cancelled_at IS
  'When the order was cancelled; NULL unless status is cancelled. Seeded: 10 minutes to 30 hours after placed_at, before dispatch, or at the delivery attempt when a cash-on-delivery parcel was refused.';

-- order_items

COMMENT ON COLUMN @extschema@.order_items.order_item_id IS
  'Surrogate key; an order''s lines have consecutive ids.';
COMMENT ON COLUMN @extschema@.order_items.order_id IS
  'The order (orders.order_id).';
COMMENT ON COLUMN @extschema@.order_items.product_id IS
  'The product bought (products.product_id); an order lists a product at most once, and only one already listed when the order was placed.';
COMMENT ON COLUMN @extschema@.order_items.quantity IS
  'Units bought, at least 1: up to 5 of a product under INR 300, always 1 of one at INR 20,000 or more.';
COMMENT ON COLUMN @extschema@.order_items.unit_price IS
  'Price per unit when the order was placed, INR: the product''s price then, which is products.price unless the order came before the product''s price change.';
COMMENT ON COLUMN @extschema@.order_items.discount IS
  'Percentage off the line, 0 to 100: a promotion, or on every line of an order that used a coupon the coupon''s percentage (for a flat-amount coupon, its equivalent share of the order''s gross, to 0.01).';

-- payments

COMMENT ON COLUMN @extschema@.payments.payment_id IS
  'Surrogate key; equal to order_id in generated data.';
COMMENT ON COLUMN @extschema@.payments.order_id IS
  'The order paid (orders.order_id); unique: one payment per order.';
COMMENT ON COLUMN @extschema@.payments.method IS
  'How the order is paid (payment_method): card, upi, netbanking, cod (cash on delivery), wallet or gift_card. In generated data no cod above INR 30,000 and no upi above INR 1,00,000.';
COMMENT ON COLUMN @extschema@.payments.status IS
  'State at the end of the data window (payment_status): pending (not yet collected), captured (paid_at set) or voided (the order was cancelled).';
COMMENT ON COLUMN @extschema@.payments.amount IS
  'Amount due for the order, INR: the sum of its line totals, round(quantity * unit_price * (1 - discount/100), 2).';
COMMENT ON COLUMN @extschema@.payments.currency IS
  'ISO 4217 currency code; always INR in generated data.';
COMMENT ON COLUMN @extschema@.payments.created_at IS
  'When the payment was initiated: the order''s placed_at.';
COMMENT ON COLUMN @extschema@.payments.paid_at IS
  'When the money was captured: for a prepaid order 30 seconds to 20 minutes after placed_at (up to 6 hours 20 minutes after a retry), for cash on delivery at delivery (shipments.delivered_at). NULL unless status is captured.';
COMMENT ON COLUMN @extschema@.payments.transaction_ref IS
  'Payment gateway reference, unique. Seeded: TXN and twelve upper-case letters and digits (the workload kit writes TXN and 14 digits). "C" collation.';
COMMENT ON COLUMN @extschema@.payments.gift_card_id IS
  'The gift card that paid the order (gift_cards.gift_card_id), set exactly when method is gift_card; one payment per order, so a card pays only an order it covers in full.';

-- shipments

COMMENT ON COLUMN @extschema@.shipments.shipment_id IS
  'Surrogate key; equal to order_id in generated data.';
COMMENT ON COLUMN @extschema@.shipments.order_id IS
  'The order shipped (orders.order_id); unique: one shipment per order.';
COMMENT ON COLUMN @extschema@.shipments.warehouse_id IS
  'The warehouse the parcel leaves from (warehouses.warehouse_id); in the buyer''s region for most orders.';
COMMENT ON COLUMN @extschema@.shipments.status IS
  'The last step the parcel reached by the end of the data window (shipment_status): in_transit, which has no timestamp, once dispatched more than 12 hours before it; cancelled when the order was cancelled before dispatch; returned_to_origin when a cash-on-delivery parcel was refused at the door.';
COMMENT ON COLUMN @extschema@.shipments.carrier IS
  'The courier company carrying the parcel, one of six invented names (e.g. "Bharat Express").';
COMMENT ON COLUMN @extschema@.shipments.tracking_no IS
  'The carrier''s tracking number, unique. Seeded: IN and ten upper-case letters and digits (the workload kit writes IN and 12 digits). "C" collation.';
COMMENT ON COLUMN @extschema@.shipments.created_at IS
  'When the warehouse got the order: the payment''s paid_at for a captured prepaid order, else the order''s placed_at.';
COMMENT ON COLUMN @extschema@.shipments.packed_at IS
  'When the parcel was packed, between 8 am and 10 pm IST; NULL while not packed, and for an order cancelled before it was.';
COMMENT ON COLUMN @extschema@.shipments.dispatched_at IS
  'When the carrier collected the parcel, between 3 and 7 pm IST; NULL while not dispatched.';
COMMENT ON COLUMN @extschema@.shipments.out_for_delivery_at IS
  'When the parcel went out on its last mile, between 7 and 10:30 am IST; NULL while not out for delivery.';
COMMENT ON COLUMN @extschema@.shipments.delivered_at IS
  'When the parcel was handed over, between 10 am and 8:30 pm IST (a day or more after going out when nobody was home). NULL unless status is delivered.';
COMMENT ON COLUMN @extschema@.shipments.promised_at IS
  'Delivery promised at checkout, 9 pm IST on a day: the order''s day (the next if placed after noon) plus the lane''s transit days from the warehouse''s city to the buyer''s and a margin of one day or more; a parcel delivered after it was late. NULL for parcels seeded before version 1.1.';

-- carts

COMMENT ON COLUMN @extschema@.carts.cart_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.carts.customer_id IS
  'The shopper (customers.customer_id).';
COMMENT ON COLUMN @extschema@.carts.created_at IS
  'When the first item was put in the cart (its earliest cart_items.added_at), during a session of the customer (user_sessions).';
COMMENT ON COLUMN @extschema@.carts.updated_at IS
  'When the last item was put in the cart (its latest cart_items.added_at); v_abandoned_carts shows it as last_activity_at.';
COMMENT ON COLUMN @extschema@.carts.checked_out_at IS
  'When the cart was checked out, just before its order was placed; NULL for a cart never checked out (about 70% of carts).';
COMMENT ON COLUMN @extschema@.carts.order_id IS
  'The order this cart was checked out into (orders.order_id), placed within minutes after checked_out_at by the same customer, with the cart''s products and quantities as its lines; NULL for a cart never checked out.';

-- cart_items

COMMENT ON COLUMN @extschema@.cart_items.cart_item_id IS
  'Surrogate key; a cart''s items have consecutive ids, in the order they were added.';
COMMENT ON COLUMN @extschema@.cart_items.cart_id IS
  'The cart (carts.cart_id).';
COMMENT ON COLUMN @extschema@.cart_items.product_id IS
  'The product (products.product_id); a cart holds a product at most once.';
COMMENT ON COLUMN @extschema@.cart_items.quantity IS
  'Units of the product in the cart, at least 1.';
COMMENT ON COLUMN @extschema@.cart_items.added_at IS
  'When the product was put in the cart, between the cart''s created_at and updated_at.';

-- coupons

COMMENT ON COLUMN @extschema@.coupons.coupon_id IS
  'Surrogate key; grows with valid_from.';
COMMENT ON COLUMN @extschema@.coupons.code IS
  'The code a shopper enters, unique: the season (DIWALI, REPUBLIC, FREEDOM, YEAREND, HOLI or SAVE) and the percentage, or FLAT and the rupee amount, then a hyphen and six characters (e.g. FLAT200-3N8PZE). "C" collation.';
COMMENT ON COLUMN @extschema@.coupons.description IS
  'What the coupon gives, as shown to shoppers, e.g. "10% off on orders of INR 299 or more".';
COMMENT ON COLUMN @extschema@.coupons.pct_off IS
  'Percentage off every line of the order, above 0 and up to 100; NULL for a flat-amount coupon (exactly one of pct_off and amount_off is set).';
COMMENT ON COLUMN @extschema@.coupons.amount_off IS
  'Flat amount off the order, INR; NULL for a percentage coupon. It is applied as the equivalent percentage of the order''s gross on every line, so the discount granted can differ from it by a few paise.';
COMMENT ON COLUMN @extschema@.coupons.min_order_amount IS
  'Smallest order gross (sum of quantity * unit_price, before discounts) the coupon applies to, INR; 0 for any order. At least twice amount_off for a flat-amount coupon.';
COMMENT ON COLUMN @extschema@.coupons.valid_from IS
  'When the campaign starts; the coupons start from 30 days before the data window to its end.';
COMMENT ON COLUMN @extschema@.coupons.valid_to IS
  'When the campaign ends (the coupon is valid before this instant): 7 to 60 whole days after valid_from.';

-- coupon_redemptions

COMMENT ON COLUMN @extschema@.coupon_redemptions.redemption_id IS
  'Surrogate key; grows with redeemed_at.';
COMMENT ON COLUMN @extschema@.coupon_redemptions.coupon_id IS
  'The coupon used (coupons.coupon_id).';
COMMENT ON COLUMN @extschema@.coupon_redemptions.order_id IS
  'The order it was applied to (orders.order_id); unique: at most one coupon per order. The order may have been cancelled afterwards.';
COMMENT ON COLUMN @extschema@.coupon_redemptions.redeemed_at IS
  'When the coupon was applied: the order''s placed_at, within the coupon''s validity.';
COMMENT ON COLUMN @extschema@.coupon_redemptions.discount_amount IS
  'The saving, INR: the order''s gross (sum of quantity * unit_price) minus its line totals.';

-- reviews

COMMENT ON COLUMN @extschema@.reviews.review_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.reviews.product_id IS
  'The product reviewed (products.product_id): the product of the order line.';
COMMENT ON COLUMN @extschema@.reviews.customer_id IS
  'The reviewer (customers.customer_id): the buyer of the order line.';
COMMENT ON COLUMN @extschema@.reviews.order_item_id IS
  'The order line reviewed (order_items.order_item_id), of a delivered order; unique: at most one review per line.';
COMMENT ON COLUMN @extschema@.reviews.rating IS
  'Stars, 1 (worst) to 5 (best). In generated data a line returned for a fault or for lateness gets 1 or 2.';
COMMENT ON COLUMN @extschema@.reviews.title IS
  'Headline, one of a few per star rating (e.g. "Value for money" for 4 stars).';
COMMENT ON COLUMN @extschema@.reviews.body IS
  'Review text; it says the item was returned only of a line with a return, and the delivery was late only of a late one. NULL for a star rating without text (about 15%).';
COMMENT ON COLUMN @extschema@.reviews.helpful_votes IS
  'How many shoppers marked the review helpful; most reviews have few, a few have up to about 120.';
COMMENT ON COLUMN @extschema@.reviews.created_at IS
  'When the review was posted, after delivery (shipments.delivered_at). Seeded: 6 hours to 25 days after it, and about a returned line after the return was requested.';

-- returns

COMMENT ON COLUMN @extschema@.returns.return_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.returns.order_item_id IS
  'The order line sent back (order_items.order_item_id), of a delivered order; unique: at most one return per line.';
COMMENT ON COLUMN @extschema@.returns.quantity IS
  'Units sent back: 1 up to the line''s quantity.';
COMMENT ON COLUMN @extschema@.returns.reason IS
  'Why the item came back (return_reason). In generated data size_fit only for products bought in a size (shirts, kurtas, kurtis, footwear), late_delivery only when the parcel came after shipments.promised_at, and no returns of beauty, food or diapers.';
COMMENT ON COLUMN @extschema@.returns.approved IS
  'The shop''s decision: true approved, false rejected; NULL while the request is pending (resolved_at is then NULL too).';
COMMENT ON COLUMN @extschema@.returns.requested_at IS
  'When the customer asked to return the item, after delivery (shipments.delivered_at); seeded: 1 to 10 days after it.';
COMMENT ON COLUMN @extschema@.returns.resolved_at IS
  'When the shop decided; NULL while pending. Seeded: 1 to 6 days after requested_at, in office hours (9 am to 7 pm IST).';
COMMENT ON COLUMN @extschema@.returns.refund_amount IS
  'Money refunded, INR: when approved, the line total pro rata of the quantity returned; otherwise 0.';

-- loyalty_accounts

COMMENT ON COLUMN @extschema@.loyalty_accounts.account_id IS
  'Surrogate key; equal to customer_id in generated data.';
COMMENT ON COLUMN @extschema@.loyalty_accounts.customer_id IS
  'The member (customers.customer_id); unique: one account per customer.';
COMMENT ON COLUMN @extschema@.loyalty_accounts.tier IS
  'Programme tier (loyalty_tier): bronze, silver, gold or platinum. In generated data the loyal core of frequent buyers is gold or platinum and everyone else bronze or silver; the tier is not computed from points.';
COMMENT ON COLUMN @extschema@.loyalty_accounts.opened_at IS
  'When the account was opened: the customer''s sign-up (customers.signed_up_at).';

-- loyalty_ledger

COMMENT ON COLUMN @extschema@.loyalty_ledger.ledger_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.loyalty_ledger.account_id IS
  'The account (loyalty_accounts.account_id) of the order''s customer.';
COMMENT ON COLUMN @extschema@.loyalty_ledger.order_id IS
  'The order whose payment earned the points (orders.order_id); a redemption names the order that earned the points it spends. NULL for a movement not tied to an order (none in generated data).';
COMMENT ON COLUMN @extschema@.loyalty_ledger.points_delta IS
  'Points added (positive, reason earn) or spent (negative, reason redemption). An earn entry gives one point per INR 100 of the payment amount, at least one; a redemption spends at most what its earn entry gave.';
COMMENT ON COLUMN @extschema@.loyalty_ledger.reason IS
  'Kind of movement: earn (points_delta > 0) or redemption (points_delta < 0).';
COMMENT ON COLUMN @extschema@.loyalty_ledger.created_at IS
  'When the movement was booked: an earn entry when the order''s payment was captured (payments.paid_at), a redemption 3 to 90 days after that.';

-- gift_cards

COMMENT ON COLUMN @extschema@.gift_cards.gift_card_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.gift_cards.code IS
  'The code on the card, unique: four groups of four upper-case letters and digits joined by hyphens (e.g. G0P3-YJV7-DS0R-YA0Y). "C" collation.';
COMMENT ON COLUMN @extschema@.gift_cards.initial_amount IS
  'Value loaded at issue, INR (500 to 10,000 in generated data).';
COMMENT ON COLUMN @extschema@.gift_cards.balance IS
  'What is left to spend, INR: initial_amount less the captured payments made with the card (payments.gift_card_id).';
COMMENT ON COLUMN @extschema@.gift_cards.currency IS
  'ISO 4217 currency code; always INR in generated data.';
COMMENT ON COLUMN @extschema@.gift_cards.purchaser_customer_id IS
  'The customer who bought the card (customers.customer_id), signed up by issued_at; NULL for a card bought in bulk by a company.';
COMMENT ON COLUMN @extschema@.gift_cards.issued_at IS
  'When the card was issued; a payment with it comes after this.';
COMMENT ON COLUMN @extschema@.gift_cards.expires_at IS
  'When the card stops being valid: 365 days after issued_at.';
COMMENT ON COLUMN @extschema@.gift_cards.active IS
  'Whether the card can still be spent at the end of the data window: it has a balance left and has not expired.';

-- purchase_orders

COMMENT ON COLUMN @extschema@.purchase_orders.po_id IS
  'Surrogate key; grows with created_at.';
COMMENT ON COLUMN @extschema@.purchase_orders.supplier_id IS
  'The supplier ordered from (suppliers.supplier_id).';
COMMENT ON COLUMN @extschema@.purchase_orders.warehouse_id IS
  'The warehouse the goods are delivered to (warehouses.warehouse_id).';
COMMENT ON COLUMN @extschema@.purchase_orders.status IS
  'State at the end of the data window (purchase_order_status): ordered (not yet received), received (received_at set) or cancelled.';
COMMENT ON COLUMN @extschema@.purchase_orders.created_at IS
  'When the purchase order was raised, in the buyers'' office hours (09:30-18:30 IST); more are raised when more is sold.';
COMMENT ON COLUMN @extschema@.purchase_orders.expected_at IS
  'When delivery is due: 8 pm IST, 3 to 14 days after the day of created_at (sooner near the end of the data window, never after its last day).';
COMMENT ON COLUMN @extschema@.purchase_orders.received_at IS
  'When the goods arrived, within two days either side of expected_at (more often late); NULL unless status is received.';

-- purchase_order_items

COMMENT ON COLUMN @extschema@.purchase_order_items.po_item_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.purchase_order_items.po_id IS
  'The purchase order (purchase_orders.po_id).';
COMMENT ON COLUMN @extschema@.purchase_order_items.product_id IS
  'The product ordered (products.product_id), one the purchase order''s supplier sells; at most once per purchase order.';
COMMENT ON COLUMN @extschema@.purchase_order_items.quantity IS
  'Units ordered: a multiple of ten, up to 500 (fewer of an expensive product).';
COMMENT ON COLUMN @extschema@.purchase_order_items.cost_price IS
  'Price per unit paid to the supplier, INR: the product''s cost_price.';

-- supplier_payments

COMMENT ON COLUMN @extschema@.supplier_payments.supplier_payment_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.supplier_payments.supplier_id IS
  'The supplier paid (suppliers.supplier_id): the purchase order''s supplier.';
COMMENT ON COLUMN @extschema@.supplier_payments.po_id IS
  'The purchase order settled (purchase_orders.po_id), a received one, paid once; NULL for a payment not tied to a purchase order (none in generated data).';
COMMENT ON COLUMN @extschema@.supplier_payments.amount IS
  'Amount paid, INR: the purchase order''s sum of quantity * cost_price.';
COMMENT ON COLUMN @extschema@.supplier_payments.paid_at IS
  'When the bank transfer was made: 7 to 45 days (Asia/Kolkata calendar days) after the purchase order was received, in banking hours (10:00-17:30 IST).';
COMMENT ON COLUMN @extschema@.supplier_payments.reference IS
  'Bank transfer reference (UTR), unique: the paying bank''s IFSC prefix (HDFC or ICIC), N for NEFT or R for RTGS (INR 2,00,000 and more), the date and a serial number. "C" collation.';

-- support_tickets

COMMENT ON COLUMN @extschema@.support_tickets.ticket_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.support_tickets.customer_id IS
  'The customer who opened the ticket (customers.customer_id).';
COMMENT ON COLUMN @extschema@.support_tickets.order_id IS
  'The order the ticket is about (orders.order_id), one of the same customer; NULL for a question asked before ordering.';
COMMENT ON COLUMN @extschema@.support_tickets.subject IS
  'Subject line as the customer wrote it; it names the topic: tracking, a late delivery, a payment, a cancellation, a return or refund, an address change or a question before ordering.';
COMMENT ON COLUMN @extschema@.support_tickets.status IS
  'State at the end of the data window (ticket_status): open (waiting for an agent), pending (waiting for the customer or for what the ticket asks about), resolved (by an agent, or, in the workload kit, at the customer''s thanks) or closed (in seeded data, by the customer''s confirmation or thanks).';
COMMENT ON COLUMN @extschema@.support_tickets.priority IS
  'Urgency (ticket_priority): in generated data urgent for money taken without a confirmed order; high for an address change, a cancelled prepaid order, a missing refund or a parcel four days on the road; low for a question before ordering or a cancelled cash-on-delivery order; normal otherwise.';
COMMENT ON COLUMN @extschema@.support_tickets.created_at IS
  'When the customer opened the ticket, with its first message, after the event it is about.';
COMMENT ON COLUMN @extschema@.support_tickets.resolved_at IS
  'When the ticket was settled, not before its last message; NULL unless status is resolved or closed.';

-- ticket_messages

COMMENT ON COLUMN @extschema@.ticket_messages.message_id IS
  'Surrogate key; a ticket''s messages have consecutive ids in the order they were sent.';
COMMENT ON COLUMN @extschema@.ticket_messages.ticket_id IS
  'The ticket (support_tickets.ticket_id).';
COMMENT ON COLUMN @extschema@.ticket_messages.author IS
  'Who wrote the message: customer or agent. The customer writes first, then the two alternate.';
COMMENT ON COLUMN @extschema@.ticket_messages.body IS
  'Message text; it states only what the order''s rows show when it is sent (amounts as "Rs." with Indian digit grouping, dates as day and month).';
COMMENT ON COLUMN @extschema@.ticket_messages.sent_at IS
  'When the message was sent, not before the ticket was opened; agents write only in support hours, 09:00 to 21:00 IST.';

-- user_sessions

COMMENT ON COLUMN @extschema@.user_sessions.session_id IS
  'Surrogate key; not in time order (the sign-up sessions of all customers come first), so sort by started_at.';
COMMENT ON COLUMN @extschema@.user_sessions.customer_id IS
  'The logged-in customer (customers.customer_id).';
COMMENT ON COLUMN @extschema@.user_sessions.started_at IS
  'When the session began; a customer''s first session begins at signed_up_at, and every order was placed during a session of its customer.';
COMMENT ON COLUMN @extschema@.user_sessions.ended_at IS
  'When the session ended, at least a minute after started_at unless cut at the end of the data window.';
COMMENT ON COLUMN @extschema@.user_sessions.device IS
  'Device used: desktop, mobile_web (a phone''s browser), android or ios (the apps); orders.channel is web for desktop and mobile_web.';
COMMENT ON COLUMN @extschema@.user_sessions.ip_address IS
  'Client IP address, in the RFC 5737 documentation networks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24); a customer is often seen from one home address.';
COMMENT ON COLUMN @extschema@.user_sessions.pages_viewed IS
  'Pages viewed in the session, at least 1.';

-- audit_events

COMMENT ON COLUMN @extschema@.audit_events.event_id IS
  'Surrogate key; events are numbered by subject (customers, then orders, then products), not in time order, so sort by occurred_at.';
COMMENT ON COLUMN @extschema@.audit_events.event_type IS
  'What happened: customer.signed_up, order.placed, order.cancelled, payment.captured, shipment.dispatched, shipment.delivered, product.listed or product.price_changed.';
COMMENT ON COLUMN @extschema@.audit_events.entity IS
  'The kind of row the event is about: customer, order or product.';
COMMENT ON COLUMN @extschema@.audit_events.entity_id IS
  'The key of that row: customers.customer_id, orders.order_id or products.product_id, by entity (no foreign key).';
COMMENT ON COLUMN @extschema@.audit_events.actor IS
  'Who acted: customer, admin, system (the shop''s software) or courier (a delivery, cash collected at the door, a parcel refused).';
COMMENT ON COLUMN @extschema@.audit_events.payload IS
  'Details as a JSON object whose keys depend on event_type (e.g. customer_id, total, items, channel and payment_method of order.placed; old_price and new_price of product.price_changed); money as numbers in INR.';
COMMENT ON COLUMN @extschema@.audit_events.occurred_at IS
  'When it happened; an event that restates a column has its instant (signed_up_at, placed_at, paid_at, dispatched_at, delivered_at, cancelled_at, products.created_at).';

-- product_attributes

COMMENT ON COLUMN @extschema@.product_attributes.attribute_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.product_attributes.product_id IS
  'The product (products.product_id).';
COMMENT ON COLUMN @extschema@.product_attributes.name IS
  'Attribute name in lower case (brand, colour, material, warranty, size, ...), at most once per product; every product has a brand.';
COMMENT ON COLUMN @extschema@.product_attributes.value IS
  'Attribute value as text (e.g. "Cotton", "1 year", "128 GB"); a colour or size that the product''s name shows is the value of the matching attribute.';

-- product_images

COMMENT ON COLUMN @extschema@.product_images.image_id IS
  'Surrogate key.';
COMMENT ON COLUMN @extschema@.product_images.product_id IS
  'The product (products.product_id); each product has 1 to 4 images.';
COMMENT ON COLUMN @extschema@.product_images.url IS
  'Image address: https://img.example.com/products/<sku>/<position>.jpg, on a reserved example domain.';
COMMENT ON COLUMN @extschema@.product_images.alt_text IS
  'Alternative text: the product''s name and "image" with the position.';
COMMENT ON COLUMN @extschema@.product_images.position IS
  'Place in the product''s gallery, from 1 (the main image) without gaps.';

-- inventory

COMMENT ON COLUMN @extschema@.inventory.warehouse_id IS
  'The warehouse (warehouses.warehouse_id); with product_id the primary key.';
COMMENT ON COLUMN @extschema@.inventory.product_id IS
  'The product stocked (products.product_id); each product has rows in 2 to 5 warehouses.';
COMMENT ON COLUMN @extschema@.inventory.quantity IS
  'Units on hand at the end of the data window; 0 when out of stock.';
COMMENT ON COLUMN @extschema@.inventory.reorder_level IS
  'Stock level at or below which the product should be restocked (v_products_inventory.needs_reorder); 5 to 50 in generated data.';
COMMENT ON COLUMN @extschema@.inventory.updated_at IS
  'When the stock was last counted: in the last 30 days of the data window, not before the product was listed.';
