-- verdict: Wrong Answer
-- Checks that each event exists but not that the steps happened in order.
SELECT a.variant,
       COUNT(*) AS users,
       SUM(EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                   AND e.event_name = 'view')) AS viewed,
       SUM(EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                   AND e.event_name = 'view')
           AND EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                       AND e.event_name = 'add_to_cart')) AS carted,
       SUM(EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                   AND e.event_name = 'view')
           AND EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                       AND e.event_name = 'add_to_cart')
           AND EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                       AND e.event_name = 'purchase')) AS purchased,
       CAST(SUM(EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                        AND e.event_name = 'view')
                AND EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                            AND e.event_name = 'add_to_cart')
                AND EXISTS (SELECT 1 FROM events e WHERE e.user_id = a.user_id
                            AND e.event_name = 'purchase')) AS REAL) / COUNT(*) AS conversion_rate
FROM assignments AS a
GROUP BY a.variant;
