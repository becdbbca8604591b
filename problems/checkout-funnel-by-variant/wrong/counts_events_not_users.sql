-- verdict: Wrong Answer
-- Counting event rows instead of users: two views by one user count twice (order ignored too).
SELECT a.variant,
       COUNT(DISTINCT a.user_id) AS users,
       SUM(e.event_name = 'view') AS viewed,
       SUM(e.event_name = 'add_to_cart') AS carted,
       SUM(e.event_name = 'purchase') AS purchased,
       CAST(SUM(e.event_name = 'purchase') AS REAL) / COUNT(DISTINCT a.user_id) AS conversion_rate
FROM assignments AS a
LEFT JOIN events AS e ON e.user_id = a.user_id
GROUP BY a.variant;
