-- verdict: Wrong Answer
-- DuckDB: the islands numbered with row_number over every completed lesson, so a day with
-- two lessons shifts the numbering and splits the streak.
WITH streaks AS (
    SELECT user_id, count(DISTINCT day) AS streak_days, min(day) AS streak_start,
           max(day) AS streak_end
    FROM (SELECT user_id, CAST(substr(completed_at, 1, 10) AS DATE) AS day,
                 CAST(substr(completed_at, 1, 10) AS DATE)
                     - CAST(row_number() OVER (PARTITION BY user_id ORDER BY completed_at)
                            AS INTEGER) AS island
          FROM lessons
          WHERE completed_at IS NOT NULL)
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
