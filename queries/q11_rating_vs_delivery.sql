-- q11 review rating against late delivery
--
-- Question: do late parcels cost us stars, and how much later is too late?
-- Reads:    order_items, shipments (delivered_at against promised_at, the
--           delivery time promised at checkout), reviews (rating 1-5, at
--           most one per order line), returns (a returned line is counted
--           apart: its stars are about the product, not the parcel).
-- Answer:   one row per delivery timeliness band of the delivered order
--           lines (kept lines, then all returned lines in one band): lines
--           delivered, the percentage of them reviewed, the reviews, the
--           average rating, and the percentage of reviews with 1-2 stars
--           and with 5 stars.
WITH l AS (
    SELECT oi.order_item_id,
           CASE WHEN ret.order_item_id IS NOT NULL THEN 6
                WHEN s.delivered_at <= s.promised_at - interval '24 hours' THEN 1
                WHEN s.delivered_at <= s.promised_at THEN 2
                WHEN s.delivered_at <= s.promised_at + interval '24 hours' THEN 3
                WHEN s.delivered_at <= s.promised_at + interval '72 hours' THEN 4
                ELSE 5 END AS band,
           r.rating
      FROM order_items oi
      JOIN shipments s ON s.order_id = oi.order_id
      LEFT JOIN reviews r ON r.order_item_id = oi.order_item_id
      LEFT JOIN returns ret ON ret.order_item_id = oi.order_item_id
     WHERE s.delivered_at IS NOT NULL
)
SELECT (ARRAY['kept, a day or more early', 'kept, on time (< 1 day early)', 'kept, up to 1 day late',
              'kept, 1-3 days late', 'kept, over 3 days late', 'returned (any timing)'])[band] AS delivery,
       count(*) AS lines,
       round(100.0 * count(rating) / count(*), 1) AS reviewed_pct,
       count(rating) AS reviews,
       round(avg(rating), 2) AS avg_rating,
       round(100.0 * count(*) FILTER (WHERE rating <= 2) / nullif(count(rating), 0), 1) AS low_1_2_pct,
       round(100.0 * count(*) FILTER (WHERE rating = 5) / nullif(count(rating), 0), 1) AS five_star_pct
  FROM l
 GROUP BY band
 ORDER BY band;
