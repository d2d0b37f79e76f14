-- schema/01_enums.sql: the enum types behind every status-like column.

CREATE TYPE @extschema@.customer_status AS ENUM ('active', 'inactive', 'blocked');
COMMENT ON TYPE @extschema@.customer_status IS
  'Account state of a customer: active, inactive (dormant, no recent activity) or blocked (fraud or abuse).';

CREATE TYPE @extschema@.order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
COMMENT ON TYPE @extschema@.order_status IS
  'Order lifecycle: pending -> paid -> shipped -> delivered, or cancelled before dispatch. Cash-on-delivery orders go pending -> shipped -> delivered, or shipped -> cancelled when the parcel is refused at the door.';

CREATE TYPE @extschema@.payment_method AS ENUM ('card', 'upi', 'netbanking', 'cod', 'wallet', 'gift_card');
COMMENT ON TYPE @extschema@.payment_method IS
  'How an order is paid: card, UPI, net banking, cash on delivery (cod), a prepaid wallet, or a gift card (payments.gift_card_id).';

CREATE TYPE @extschema@.payment_status AS ENUM ('pending', 'captured', 'voided');
COMMENT ON TYPE @extschema@.payment_status IS
  'State of a payment: pending (not yet collected), captured (money received, paid_at set) or voided (order cancelled before capture).';

CREATE TYPE @extschema@.shipment_status AS ENUM
  ('preparing', 'packed', 'dispatched', 'in_transit', 'out_for_delivery', 'delivered', 'cancelled',
   'returned_to_origin');
COMMENT ON TYPE @extschema@.shipment_status IS
  'Parcel journey: preparing -> packed -> dispatched -> in_transit -> out_for_delivery -> delivered; cancelled when the order is cancelled before dispatch; returned_to_origin when a cash-on-delivery parcel is refused at the door (its order is then cancelled).';

CREATE TYPE @extschema@.return_reason AS ENUM
  ('damaged', 'defective', 'wrong_item', 'not_as_described', 'size_fit', 'changed_mind', 'late_delivery');
COMMENT ON TYPE @extschema@.return_reason IS
  'Why a customer sent an item back.';

CREATE TYPE @extschema@.loyalty_tier AS ENUM ('bronze', 'silver', 'gold', 'platinum');
COMMENT ON TYPE @extschema@.loyalty_tier IS
  'Loyalty programme tier of an account.';

CREATE TYPE @extschema@.purchase_order_status AS ENUM ('ordered', 'received', 'cancelled');
COMMENT ON TYPE @extschema@.purchase_order_status IS
  'State of a purchase order sent to a supplier: ordered (in transit to the warehouse), received or cancelled.';

CREATE TYPE @extschema@.ticket_status AS ENUM ('open', 'pending', 'resolved', 'closed');
COMMENT ON TYPE @extschema@.ticket_status IS
  'Support ticket state: open (waiting for an agent), pending (waiting for the customer), resolved, closed.';

CREATE TYPE @extschema@.ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
COMMENT ON TYPE @extschema@.ticket_priority IS
  'Support ticket priority.';
