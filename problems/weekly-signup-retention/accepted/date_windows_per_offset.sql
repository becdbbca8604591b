-- For each user and offset k, whether any activity falls in [signup + 7k, signup + 7k + 7)
-- days, with ISO dates compared as text; the Monday is found with 'weekday 0' (the Sunday
-- on or after the date) less six days.
WITH offsets(k) AS (VALUES (0), (1), (2), (3)),
cohorts AS (
    SELECT user_id, signup_date, date(signup_date, 'weekday 0', '-6 days') AS cohort_week
    FROM users
),
flags AS (
    SELECT c.cohort_week, o.k,
           EXISTS (SELECT 1 FROM activity AS a
                   WHERE a.user_id = c.user_id
                     AND a.active_on >= date(c.signup_date, '+' || (7 * o.k) || ' days')
                     AND a.active_on < date(c.signup_date, '+' || (7 * o.k + 7) || ' days'))
               AS was_active
    FROM cohorts AS c CROSS JOIN offsets AS o
)
SELECT cohort_week,
       COUNT(*) AS cohort_size,
       k AS week_offset,
       SUM(was_active) AS active_users,
       1.0 * SUM(was_active) / COUNT(*) AS retention_rate
FROM flags
GROUP BY cohort_week, k
ORDER BY cohort_week, k;
