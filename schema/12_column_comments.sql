-- schema/12_column_comments.sql: what columns mean, where the name does not say it all.
-- Part of the update from 1.0 too (the Makefile adds it), after the columns it describes.

COMMENT ON COLUMN @extschema@.shipments.promised_at IS
  'Delivery promised at checkout: by 9 pm IST on the day after the lane''s transit days (warehouse city to delivery city) and a day of dispatch; a parcel delivered after it was late. NULL for parcels seeded before version 1.1.';
COMMENT ON COLUMN @extschema@.shipments.status IS
  'The last step the parcel reached; returned_to_origin when a cash-on-delivery parcel was refused at the door.';
COMMENT ON COLUMN @extschema@.payments.gift_card_id IS
  'The gift card that paid the order (method gift_card): one payment per order, so a card pays an order it covers in full; NULL otherwise.';
COMMENT ON COLUMN @extschema@.carts.order_id IS
  'The order this cart was checked out into (placed within minutes after checked_out_at, by the same customer); NULL for a cart never checked out.';
