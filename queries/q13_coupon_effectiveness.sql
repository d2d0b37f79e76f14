-- q13 coupon effectiveness by campaign
--
-- Question: which coupon campaigns get used, what do they cost us, and are
--           coupon baskets bigger than the other baskets of the same days?
-- Reads:    coupons (the campaign is the code's leading letters: DIWALI,
--           REPUBLIC, FREEDOM, HOLI, YEAREND, SAVE for a percentage off,
--           FLAT for a fixed amount off), coupon_redemptions
--           (discount_amount), mv_order_financials (gross_amount before
--           discounts and order_total, the amount paid; latest_status).
-- Answer:   one row per campaign, most redemptions first: coupons issued,
--           redemptions, redemptions per coupon, the discount granted in
--           INR, the discount as a percentage of the gross of the coupon
--           orders, the average paid value of a coupon order, the average
--           value of the orders without a coupon placed on the days
--           (Asia/Kolkata) a coupon of that campaign was valid, and the
--           percentage of coupon orders later cancelled.
WITH c AS (
    SELECT coupon_id, substring(code FROM '^[A-Z]+') AS campaign, valid_from, valid_to
      FROM coupons
), r AS (
    SELECT c.campaign, cr.discount_amount, f.gross_amount, f.order_total, f.latest_status
      FROM coupon_redemptions cr
      JOIN c ON c.coupon_id = cr.coupon_id
      JOIN mv_order_financials f ON f.order_id = cr.order_id
), campaign_days AS (
    -- the Asia/Kolkata days on which a coupon of the campaign was valid
    SELECT DISTINCT c.campaign, d::date AS day
      FROM c, generate_series(date_trunc('day', c.valid_from AT TIME ZONE 'Asia/Kolkata'),
                              c.valid_to AT TIME ZONE 'Asia/Kolkata', interval '1 day') AS d
), others AS (
    -- orders without a coupon placed on those days
    SELECT cd.campaign, avg(f.order_total) AS avg_value
      FROM campaign_days cd
      JOIN mv_order_financials f ON f.order_date = cd.day
     WHERE NOT EXISTS (SELECT FROM coupon_redemptions cr WHERE cr.order_id = f.order_id)
     GROUP BY cd.campaign
)
SELECT k.campaign,
       k.coupons,
       count(r.campaign) AS redemptions,
       round(1.0 * count(r.campaign) / k.coupons, 1) AS per_coupon,
       coalesce(sum(r.discount_amount), 0) AS discount,
       round(100.0 * sum(r.discount_amount) / sum(r.gross_amount), 1) AS discount_pct,
       round(avg(r.order_total), 2) AS avg_coupon_order,
       round(others.avg_value, 2) AS avg_other_order,
       round(100.0 * count(*) FILTER (WHERE r.latest_status = 'cancelled') / nullif(count(r.campaign), 0), 1)
           AS cancelled_pct
  FROM (SELECT campaign, count(*) AS coupons FROM c GROUP BY campaign) AS k
  LEFT JOIN r ON r.campaign = k.campaign
  LEFT JOIN others ON others.campaign = k.campaign
 GROUP BY k.campaign, k.coupons, others.avg_value
 ORDER BY redemptions DESC, k.campaign COLLATE "C";
