-- assignments(user_id, variant, assigned_at); events(event_id, user_id, event_name, event_time)
-- variant, users, viewed, carted, purchased, conversion_rate
SELECT variant, COUNT(*) AS users, 0 AS viewed, 0 AS carted, 0 AS purchased,
       0.0 AS conversion_rate
FROM assignments
GROUP BY variant;
