-- DuckDB style: DATE arithmetic for the islands, and arg_max over a (length, start) key to
-- pick the longest, most recent streak in one aggregate.
WITH days AS (
    SELECT DISTINCT user_id, CAST(substr(completed_at, 1, 10) AS DATE) AS day
    FROM lessons
    WHERE completed_at IS NOT NULL
),
streaks AS (
    SELECT user_id, count(*) AS streak_days, min(day) AS streak_start, max(day) AS streak_end
    FROM (SELECT user_id, day,
                 day - CAST(row_number() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER)
                     AS island
          FROM days)
    GROUP BY user_id, island
)
SELECT user_id,
       max(streak_days) AS streak_days,
       strftime(arg_max(streak_start, (streak_days, streak_start)), '%Y-%m-%d') AS streak_start,
       strftime(arg_max(streak_end, (streak_days, streak_start)), '%Y-%m-%d') AS streak_end,
       count(*) AS streaks
FROM streaks
GROUP BY user_id
ORDER BY streak_days DESC, user_id;
