WITH first_view AS (
    SELECT user_id, MIN(event_time) AS at
    FROM events
    WHERE event_name = 'view' AND user_id IS NOT NULL
    GROUP BY user_id
),
first_cart AS (
    SELECT e.user_id, MIN(e.event_time) AS at
    FROM events AS e
    JOIN first_view AS v ON v.user_id = e.user_id AND e.event_time >= v.at
    WHERE e.event_name = 'add_to_cart'
    GROUP BY e.user_id
),
buyers AS (
    SELECT DISTINCT e.user_id
    FROM events AS e
    JOIN first_cart AS c ON c.user_id = e.user_id AND e.event_time >= c.at
    WHERE e.event_name = 'purchase'
)
SELECT a.variant,
       COUNT(*) AS users,
       COUNT(v.user_id) AS viewed,
       COUNT(c.user_id) AS carted,
       COUNT(b.user_id) AS purchased,
       CAST(COUNT(b.user_id) AS DOUBLE) / COUNT(*) AS conversion_rate
FROM assignments AS a
LEFT JOIN first_view AS v ON v.user_id = a.user_id
LEFT JOIN first_cart AS c ON c.user_id = a.user_id
LEFT JOIN buyers AS b ON b.user_id = a.user_id
GROUP BY a.variant;
