-- q07 supplier scorecard
--
-- Question: which suppliers do we spend the most with, and do they deliver
--           on time, how long do they take, how often is an order cancelled,
--           and how promptly do we pay them?
-- Reads:    purchase_orders (created_at, expected_at, received_at, status),
--           purchase_order_items (quantity * cost_price is the spend),
--           supplier_payments, suppliers (the buyer team's 1-5 rating).
-- Answer:   the 15 suppliers with the largest spend on purchase orders that
--           were not cancelled (largest first): their rating, purchase
--           orders raised, the percentage cancelled, received orders, the
--           percentage of received orders that arrived by the expected
--           instant, the average days late of the late ones, the average
--           lead time in days from raising to receipt, the spend in INR,
--           the percentage of it paid so far, and the average days from
--           receipt to payment.
WITH po AS (
    SELECT po.po_id, po.supplier_id, po.status, po.created_at, po.expected_at, po.received_at,
           (SELECT sum(i.quantity * i.cost_price) FROM purchase_order_items i WHERE i.po_id = po.po_id) AS amount
      FROM purchase_orders po
), pay AS (
    SELECT sp.po_id, sum(sp.amount) AS paid, min(sp.paid_at) AS paid_at
      FROM supplier_payments sp
     GROUP BY sp.po_id
)
SELECT s.supplier_id,
       s.name,
       s.rating,
       count(*) AS pos,
       round(100.0 * count(*) FILTER (WHERE po.status = 'cancelled') / count(*), 1) AS cancelled_pct,
       count(po.received_at) AS received,
       round(100.0 * count(*) FILTER (WHERE po.received_at <= po.expected_at) / nullif(count(po.received_at), 0), 1)
           AS on_time_pct,
       round(avg(extract(epoch FROM po.received_at - po.expected_at) / 86400)
             FILTER (WHERE po.received_at > po.expected_at), 2) AS avg_days_late,
       round(avg(extract(epoch FROM po.received_at - po.created_at) / 86400), 2) AS lead_days,
       coalesce(sum(po.amount) FILTER (WHERE po.status <> 'cancelled'), 0) AS spend,
       round(100.0 * coalesce(sum(pay.paid), 0)
             / nullif(sum(po.amount) FILTER (WHERE po.status <> 'cancelled'), 0), 1) AS paid_pct,
       round(avg(extract(epoch FROM pay.paid_at - po.received_at) / 86400), 1) AS days_to_pay
  FROM suppliers s
  JOIN po ON po.supplier_id = s.supplier_id
  LEFT JOIN pay ON pay.po_id = po.po_id
 GROUP BY s.supplier_id, s.name, s.rating
 ORDER BY spend DESC, s.supplier_id
 LIMIT 15;
