-- Flag each practice day that does not follow the previous one by exactly one date, and
-- number the streaks with a running sum of the flags.
WITH days AS (
    SELECT DISTINCT user_id, substr(completed_at, 1, 10) AS day
    FROM lessons
    WHERE completed_at IS NOT NULL
),
flagged AS (
    SELECT user_id, day,
           CASE WHEN date(LAG(day) OVER (PARTITION BY user_id ORDER BY day), '+1 day') = day
                THEN 0 ELSE 1 END AS starts
    FROM days
),
numbered AS (
    SELECT user_id, day,
           SUM(starts) OVER (PARTITION BY user_id ORDER BY day ROWS UNBOUNDED PRECEDING)
               AS streak_no
    FROM flagged
),
streaks AS (
    SELECT user_id, streak_no, COUNT(*) AS streak_days, MIN(day) AS streak_start,
           MAX(day) AS streak_end
    FROM numbered
    GROUP BY user_id, streak_no
),
best AS (
    SELECT user_id, MAX(streak_days) AS longest, COUNT(*) AS streaks
    FROM streaks
    GROUP BY user_id
)
SELECT s.user_id, s.streak_days, MAX(s.streak_start) AS streak_start,
       MAX(s.streak_end) AS streak_end, b.streaks
FROM streaks AS s
JOIN best AS b ON b.user_id = s.user_id AND b.longest = s.streak_days
GROUP BY s.user_id, s.streak_days, b.streaks
ORDER BY s.streak_days DESC, s.user_id;
