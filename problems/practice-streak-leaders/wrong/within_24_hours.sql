-- verdict: Wrong Answer
-- Continues a streak when the next lesson is at most 24 hours after the previous one: that
-- is not the same as the next calendar day in either direction.
WITH done AS (
    SELECT user_id, completed_at, julianday(completed_at) AS t
    FROM lessons
    WHERE completed_at IS NOT NULL
),
flagged AS (
    SELECT user_id, completed_at,
           CASE WHEN t - LAG(t) OVER (PARTITION BY user_id ORDER BY t) <= 1
                     OR substr(completed_at, 1, 10) = substr(LAG(completed_at)
                            OVER (PARTITION BY user_id ORDER BY t), 1, 10)
                THEN 0 ELSE 1 END AS opens
    FROM done
),
numbered AS (
    SELECT user_id, substr(completed_at, 1, 10) AS day,
           SUM(opens) OVER (PARTITION BY user_id ORDER BY completed_at
                            ROWS UNBOUNDED PRECEDING) AS island
    FROM flagged
),
streaks AS (
    SELECT user_id, COUNT(DISTINCT day) AS streak_days, MIN(day) AS streak_start,
           MAX(day) AS streak_end
    FROM numbered
    GROUP BY user_id, island
),
ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id
                                 ORDER BY streak_days DESC, streak_start DESC) AS pick,
           COUNT(*) OVER (PARTITION BY user_id) AS streaks
    FROM streaks
)
SELECT user_id, streak_days, streak_start, streak_end, streaks
FROM ranked
WHERE pick = 1
ORDER BY streak_days DESC, user_id;
