-- q15 cash on delivery and refused parcels by city
--
-- Question: where do customers insist on cash on delivery, and where do
--           they refuse the parcel at the door (a return to origin we pay
--           for both ways)?
-- Reads:    orders and addresses (the city of the shipping address),
--           payments (method), shipments (status returned_to_origin: a
--           cash-on-delivery parcel refused at the door; dispatched_at set
--           once it left the warehouse).
-- Answer:   the 15 delivery cities with the most orders (then by name),
--           and the whole shop as the last row "(all cities)": orders, the
--           percentage paid by cash on delivery, the cash-on-delivery
--           parcels that were dispatched, the percentage of those refused
--           at the door, and the percentage of prepaid orders cancelled
--           (before dispatch) for comparison.
WITH o AS (
    SELECT a.city,
           p.method = 'cod' AS cod,
           s.dispatched_at IS NOT NULL AS dispatched,
           s.status = 'returned_to_origin' AS refused,
           o.status = 'cancelled' AS cancelled
      FROM orders o
      JOIN addresses a ON a.address_id = o.shipping_address_id
      JOIN payments p ON p.order_id = o.order_id
      JOIN shipments s ON s.order_id = o.order_id
), c AS (
    SELECT grouping(city) AS total_row,
           coalesce(city, '(all cities)') AS city,
           count(*) AS orders,
           round(100.0 * count(*) FILTER (WHERE cod) / count(*), 1) AS cod_pct,
           count(*) FILTER (WHERE cod AND dispatched) AS cod_dispatched,
           round(100.0 * count(*) FILTER (WHERE cod AND refused)
                 / nullif(count(*) FILTER (WHERE cod AND dispatched), 0), 1) AS cod_refused_pct,
           round(100.0 * count(*) FILTER (WHERE NOT cod AND cancelled)
                 / nullif(count(*) FILTER (WHERE NOT cod), 0), 1) AS prepaid_cancelled_pct
      FROM o
     GROUP BY GROUPING SETS ((city), ())
)
SELECT city, orders, cod_pct, cod_dispatched, cod_refused_pct, prepaid_cancelled_pct
  FROM (SELECT *, row_number() OVER (PARTITION BY total_row ORDER BY orders DESC, city COLLATE "C") AS rank
          FROM c) AS r
 WHERE total_row = 1 OR rank <= 15
 ORDER BY total_row, orders DESC, city COLLATE "C";
