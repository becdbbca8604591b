WITH offsets(week_offset) AS (
    VALUES (0), (1), (2), (3)
),
cohorts AS (
    SELECT user_id,
           signup_date,
           CAST(date_trunc('week', CAST(signup_date AS DATE)) AS DATE) AS cohort_week
    FROM users
),
sizes AS (
    SELECT cohort_week, COUNT(*) AS cohort_size
    FROM cohorts
    GROUP BY cohort_week
),
hits AS (
    SELECT DISTINCT c.cohort_week, c.user_id,
           (CAST(a.active_on AS DATE) - CAST(c.signup_date AS DATE)) // 7 AS week_offset
    FROM cohorts AS c
    JOIN activity AS a ON a.user_id = c.user_id
    WHERE a.active_on >= c.signup_date
),
active AS (
    SELECT cohort_week, week_offset, COUNT(*) AS active_users
    FROM hits
    GROUP BY cohort_week, week_offset
)
SELECT s.cohort_week,
       s.cohort_size,
       o.week_offset,
       COALESCE(a.active_users, 0) AS active_users,
       CAST(COALESCE(a.active_users, 0) AS DOUBLE) / s.cohort_size AS retention_rate
FROM sizes AS s
CROSS JOIN offsets AS o
LEFT JOIN active AS a
       ON a.cohort_week = s.cohort_week AND a.week_offset = o.week_offset
ORDER BY s.cohort_week, o.week_offset;
