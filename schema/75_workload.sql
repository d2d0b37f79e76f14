-- schema/75_workload.sql: what a client acting as shoppers needs from the
-- generator (the workload kit in workload/, installed with the extension):
-- customers and products drawn with the generator's own skew, and the seeded
-- email, SKU or coupon code of an id.  All read the dataset's arguments from
-- seed_info, so they work at any scale.  Also part of the update from 1.0.

CREATE FUNCTION @extschema@.commerce_seed_pick_customer(draw double precision)
RETURNS bigint
AS 'MODULE_PATHNAME', 'commerce_seed_pick_customer'
LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_pick_customer(double precision) IS
  'A customer_id drawn as the generator draws the customer of an order at the dataset''s as-of instant: 42% from the loyal core, 12% from the last week''s sign-ups, 26% from the last half year''s, the rest from anyone; never a dormant or blocked account. draw: a uniform number in [0, 1), such as random(); the same draw gives the same id. Errors: a draw outside [0, 1) (22023); no seed yet (55000).';

CREATE FUNCTION @extschema@.commerce_seed_pick_product(draw double precision)
RETURNS bigint
AS 'MODULE_PATHNAME', 'commerce_seed_pick_product'
LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_pick_product(double precision) IS
  'A product_id for a basket line, drawn as the generator draws one: by popularity, with fewer takers as the price rises above INR 1,500; redrawn while discontinued. draw: a uniform number in [0, 1), such as random(); the same draw gives the same id. Errors: a draw outside [0, 1) (22023); no seed yet (55000).';

CREATE FUNCTION @extschema@.commerce_seed_customer_email(customer_id bigint)
RETURNS text
AS 'MODULE_PATHNAME', 'commerce_seed_customer_email'
LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_customer_email(bigint) IS
  'The email the seed gave customer customer_id, computed without reading customers (as a client that knows only the id would sign in); NULL for an id the seed did not make. An application that changed the address is not seen. Error: no seed yet (55000).';

CREATE FUNCTION @extschema@.commerce_seed_product_sku(product_id bigint)
RETURNS text
AS 'MODULE_PATHNAME', 'commerce_seed_product_sku'
LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_product_sku(bigint) IS
  'The SKU the seed gave product product_id, computed without reading products; NULL for an id the seed did not make. Error: no seed yet (55000).';

CREATE FUNCTION @extschema@.commerce_seed_coupon_code(coupon_id bigint)
RETURNS text
AS 'MODULE_PATHNAME', 'commerce_seed_coupon_code'
LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commerce_seed_coupon_code(bigint) IS
  'The code the seed gave coupon coupon_id, computed without reading coupons; NULL for an id the seed did not make. Error: no seed yet (55000).';
