-- verdict: Wrong Answer
-- ROW_NUMBER over every completed lesson, repeated days included: a second lesson on
-- one day shifts the numbering and splits the streak.
WITH done AS (
    SELECT user_id, substr(completed_at, 1, 10) AS day
    FROM lessons
    WHERE completed_at IS NOT NULL
),
islands AS (
    -- DENSE_RANK numbers the practice days (every lesson of a day gets the same number);
    -- consecutive days keep the same difference between day number and that rank
    SELECT user_id,
           day,
           CAST(julianday(day) AS INTEGER)
               - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
    FROM done
),
streaks AS (
    SELECT user_id,
           COUNT(DISTINCT day) AS streak_days,
           MIN(day) AS streak_start,
           MAX(day) AS streak_end
    FROM islands
    GROUP BY user_id, island
),
ranked AS (
    SELECT user_id,
           streak_days,
           streak_start,
           streak_end,
           ROW_NUMBER() OVER (PARTITION BY user_id
                              ORDER BY streak_days DESC, streak_start DESC) AS pick,
           COUNT(*) OVER (PARTITION BY user_id) AS streaks
    FROM streaks
)
SELECT user_id, streak_days, streak_start, streak_end, streaks
FROM ranked
WHERE pick = 1
ORDER BY streak_days DESC, user_id;
