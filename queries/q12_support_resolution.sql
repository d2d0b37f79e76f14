-- q12 support ticket resolution time
--
-- Question: what do customers write to us about, how fast does an agent
--           first answer, and how long until the case is resolved?
-- Reads:    support_tickets (subject, priority, created_at, resolved_at: set
--           once resolved or closed), ticket_messages (author, sent_at).
--           The topic is read from the subject line.
-- Answer:   one row per topic, most tickets first: tickets, the percentage
--           marked high or urgent, tickets still open or pending at the end
--           of the data, messages per ticket, the median hours to the first
--           agent reply, and the median and 90th percentile of hours from
--           opening to resolution (resolved tickets only).
WITH t AS (
    SELECT st.ticket_id, st.priority, st.status, st.created_at, st.resolved_at,
           CASE WHEN st.subject ~* 'refund|will my payment come back|payment for my cancelled' THEN 'refund'
                WHEN st.subject ~* 'cancel' THEN 'cancellation'
                WHEN st.subject ~* 'return' THEN 'return'
                WHEN st.subject ~* 'late|delay' THEN 'late delivery'
                WHEN st.subject ~* 'where is my order|tracking' THEN 'where is my order'
                WHEN st.subject ~* 'address' THEN 'address change'
                WHEN st.subject ~* 'payment|debited|charged|deducted' THEN 'payment not confirmed'
                ELSE 'question or other' END AS topic
      FROM support_tickets st
), m AS (
    SELECT ticket_id,
           count(*) AS messages,
           min(sent_at) FILTER (WHERE author = 'agent') AS first_reply_at
      FROM ticket_messages
     GROUP BY ticket_id
)
SELECT t.topic,
       count(*) AS tickets,
       round(100.0 * count(*) FILTER (WHERE t.priority IN ('high', 'urgent')) / count(*), 1) AS high_urgent_pct,
       count(*) FILTER (WHERE t.status IN ('open', 'pending')) AS unresolved,
       round(avg(m.messages), 1) AS messages_per_ticket,
       round(percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.first_reply_at - t.created_at) / 3600), 1)
           AS median_first_reply_h,
       round(percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at) / 3600), 1)
           AS median_resolution_h,
       round(percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at) / 3600), 1)
           AS p90_resolution_h
  FROM t
  LEFT JOIN m ON m.ticket_id = t.ticket_id
 GROUP BY t.topic
 ORDER BY tickets DESC, t.topic COLLATE "C";
