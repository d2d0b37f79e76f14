-- q06 delivery performance by lane
--
-- Question: on which lanes (warehouse city -> delivery city) do we keep the
--           delivery date we promised at checkout, and how long do parcels
--           take?
-- Reads:    shipments (warehouse_id, promised_at, delivered_at), warehouses
--           (city), orders and addresses (the city of the shipping address).
-- Answer:   the 20 lanes with the most delivered parcels (more deliveries
--           first, then by name): deliveries, the percentage delivered by
--           the promised time (delivered_at <= promised_at), the median and
--           90th percentile of days from order to delivery, and for the late
--           parcels the average days past the promise; the last row, lane
--           "(all lanes)", is the whole shop.
WITH d AS (
    SELECT w.city AS from_city,
           a.city AS to_city,
           s.delivered_at <= s.promised_at AS on_time,
           extract(epoch FROM s.delivered_at - o.placed_at) / 86400 AS days,
           CASE WHEN s.delivered_at > s.promised_at
                THEN extract(epoch FROM s.delivered_at - s.promised_at) / 86400 END AS days_late
      FROM shipments s
      JOIN warehouses w ON w.warehouse_id = s.warehouse_id
      JOIN orders o ON o.order_id = s.order_id
      JOIN addresses a ON a.address_id = o.shipping_address_id
     WHERE s.delivered_at IS NOT NULL
), lanes AS (
    SELECT grouping(from_city, to_city) AS total_row,
           coalesce(from_city || ' -> ' || to_city, '(all lanes)') AS lane,
           count(*) AS deliveries,
           round(100.0 * count(*) FILTER (WHERE on_time) / count(*), 1) AS on_time_pct,
           round(percentile_disc(0.5) WITHIN GROUP (ORDER BY days), 2) AS median_days,
           round(percentile_disc(0.9) WITHIN GROUP (ORDER BY days), 2) AS p90_days,
           round(avg(days_late), 2) AS avg_days_late
      FROM d
     GROUP BY GROUPING SETS ((from_city, to_city), ())
)
SELECT lane, deliveries, on_time_pct, median_days, p90_days, avg_days_late
  FROM (SELECT *, row_number() OVER (PARTITION BY total_row ORDER BY deliveries DESC, lane COLLATE "C") AS rank
          FROM lanes) AS l
 WHERE total_row = 1 OR rank <= 20
 ORDER BY total_row, deliveries DESC, lane COLLATE "C";
