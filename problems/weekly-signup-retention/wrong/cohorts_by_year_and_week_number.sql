-- verdict: Wrong Answer
-- Groups cohorts by strftime('%Y-%W') and labels each with its Monday: a week over New Year
-- has two year-and-week numbers, so its cohort comes out twice, split in two.
WITH offsets(week_offset) AS (VALUES (0), (1), (2), (3)),
cohorts AS (
    SELECT user_id, signup_date, strftime('%Y-%W', signup_date) AS week_key,
           date(signup_date, 'weekday 0', '-6 days') AS cohort_week
    FROM users
),
sizes AS (SELECT week_key, MIN(cohort_week) AS cohort_week, COUNT(*) AS cohort_size
          FROM cohorts GROUP BY week_key),
hits AS (
    SELECT DISTINCT c.week_key, c.user_id,
           CAST(julianday(a.active_on) - julianday(c.signup_date) AS INTEGER) / 7 AS week_offset
    FROM cohorts AS c JOIN activity AS a ON a.user_id = c.user_id
    WHERE a.active_on >= c.signup_date
),
active AS (SELECT week_key, week_offset, COUNT(*) AS active_users FROM hits
           GROUP BY week_key, week_offset)
SELECT s.cohort_week, s.cohort_size, o.week_offset, COALESCE(a.active_users, 0) AS active_users,
       CAST(COALESCE(a.active_users, 0) AS REAL) / s.cohort_size AS retention_rate
FROM sizes AS s CROSS JOIN offsets AS o
LEFT JOIN active AS a ON a.week_key = s.week_key AND a.week_offset = o.week_offset
ORDER BY s.cohort_week, o.week_offset;
