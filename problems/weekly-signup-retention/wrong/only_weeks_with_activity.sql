-- verdict: Wrong Answer
-- Grouping the joined activity loses the offsets (and cohorts) where nobody was active.
WITH cohorts AS (
    SELECT user_id, signup_date,
           date(signup_date,
                '-' || ((CAST(strftime('%w', signup_date) AS INTEGER) + 6) % 7) || ' days')
               AS cohort_week
    FROM users
),
sizes AS (SELECT cohort_week, COUNT(*) AS cohort_size FROM cohorts GROUP BY cohort_week)
SELECT c.cohort_week, s.cohort_size,
       CAST(julianday(a.active_on) - julianday(c.signup_date) AS INTEGER) / 7 AS week_offset,
       COUNT(DISTINCT c.user_id) AS active_users,
       CAST(COUNT(DISTINCT c.user_id) AS REAL) / s.cohort_size AS retention_rate
FROM cohorts AS c
JOIN sizes AS s ON s.cohort_week = c.cohort_week
JOIN activity AS a ON a.user_id = c.user_id
WHERE a.active_on >= c.signup_date
  AND julianday(a.active_on) - julianday(c.signup_date) < 28
GROUP BY c.cohort_week, s.cohort_size, week_offset
ORDER BY c.cohort_week, week_offset;
