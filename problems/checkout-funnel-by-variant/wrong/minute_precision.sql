-- verdict: Wrong Answer
-- Compares the times to the minute (the first 16 characters): a cart some seconds before the
-- view, or a purchase some seconds before the cart, in the same minute counts as in order.
WITH first_view AS (
    SELECT user_id, MIN(substr(event_time, 1, 16)) AS at
    FROM events
    WHERE event_name = 'view' AND user_id IS NOT NULL
    GROUP BY user_id
),
first_cart AS (
    SELECT e.user_id, MIN(substr(e.event_time, 1, 16)) AS at
    FROM events AS e
    JOIN first_view AS v ON v.user_id = e.user_id AND substr(e.event_time, 1, 16) >= v.at
    WHERE e.event_name = 'add_to_cart'
    GROUP BY e.user_id
),
buyers AS (
    SELECT DISTINCT e.user_id
    FROM events AS e
    JOIN first_cart AS c ON c.user_id = e.user_id AND substr(e.event_time, 1, 16) >= c.at
    WHERE e.event_name = 'purchase'
)
SELECT a.variant,
       COUNT(*) AS users,
       COUNT(v.user_id) AS viewed,
       COUNT(c.user_id) AS carted,
       COUNT(b.user_id) AS purchased,
       CAST(COUNT(b.user_id) AS REAL) / COUNT(*) AS conversion_rate
FROM assignments AS a
LEFT JOIN first_view AS v ON v.user_id = a.user_id
LEFT JOIN first_cart AS c ON c.user_id = a.user_id
LEFT JOIN buyers AS b ON b.user_id = a.user_id
GROUP BY a.variant;
