-- q09 payment-method mix by order value
--
-- Question: how do customers pay for small and for big baskets, and how
--           often does each band end cancelled (cash on delivery is refused
--           at the door more often)?
-- Reads:    mv_order_financials (order_total: the sum of the line totals,
--           which the payment amount equals; latest_status), payments
--           (method).  Every order, cancelled ones included: the choice of
--           payment is made at checkout.
-- Answer:   one row per order value band in INR (lower bound included):
--           orders, the share of the orders in percent, then the
--           percentage of the band's orders paid by UPI, cash on delivery,
--           card, wallet, net banking and gift card, and the percentage of
--           the band's orders cancelled.  No cash on delivery above INR
--           30,000 and no UPI above INR 1 lakh: those are the limits.
WITH o AS (
    SELECT f.order_total,
           f.latest_status,
           p.method,
           CASE WHEN f.order_total < 500 THEN 1
                WHEN f.order_total < 1000 THEN 2
                WHEN f.order_total < 2500 THEN 3
                WHEN f.order_total < 5000 THEN 4
                WHEN f.order_total < 10000 THEN 5
                WHEN f.order_total < 30000 THEN 6
                ELSE 7 END AS band
      FROM mv_order_financials f
      JOIN payments p ON p.order_id = f.order_id
)
SELECT (ARRAY['under 500', '500-1,000', '1,000-2,500', '2,500-5,000', '5,000-10,000',
              '10,000-30,000', '30,000 and more'])[band] AS order_value,
       count(*) AS orders,
       round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS share_pct,
       round(100.0 * count(*) FILTER (WHERE method = 'upi') / count(*), 1) AS upi,
       round(100.0 * count(*) FILTER (WHERE method = 'cod') / count(*), 1) AS cod,
       round(100.0 * count(*) FILTER (WHERE method = 'card') / count(*), 1) AS card,
       round(100.0 * count(*) FILTER (WHERE method = 'wallet') / count(*), 1) AS wallet,
       round(100.0 * count(*) FILTER (WHERE method = 'netbanking') / count(*), 1) AS netbanking,
       round(100.0 * count(*) FILTER (WHERE method = 'gift_card') / count(*), 1) AS gift_card,
       round(100.0 * count(*) FILTER (WHERE latest_status = 'cancelled') / count(*), 1) AS cancelled_pct
  FROM o
 GROUP BY band
 ORDER BY band;
