-- The practice days first, without repeats; then ROW_NUMBER over them: consecutive days
-- keep the same difference between day number and position.
WITH days AS (
    SELECT DISTINCT user_id, substr(completed_at, 1, 10) AS day
    FROM lessons
    WHERE completed_at IS NOT NULL
),
islands AS (
    SELECT user_id, day,
           CAST(julianday(day) AS INTEGER)
               - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
    FROM days
),
streaks AS (
    SELECT user_id, COUNT(*) AS streak_days, MIN(day) AS streak_start, MAX(day) AS streak_end
    FROM islands
    GROUP BY user_id, island
)
SELECT user_id, streak_days, streak_start, streak_end,
       (SELECT COUNT(*) FROM streaks AS t WHERE t.user_id = s.user_id) AS streaks
FROM streaks AS s
WHERE NOT EXISTS (
    SELECT 1 FROM streaks AS o
    WHERE o.user_id = s.user_id
      AND (o.streak_days > s.streak_days
           OR (o.streak_days = s.streak_days AND o.streak_start > s.streak_start))
)
ORDER BY streak_days DESC, user_id;
