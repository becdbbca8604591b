-- julianday differences are safe once rounded to whole seconds before they are compared.
WITH gaps AS (
    SELECT user_id, viewed_at,
           ROUND((julianday(viewed_at)
                  - julianday(LAG(viewed_at) OVER (PARTITION BY user_id ORDER BY viewed_at)))
                 * 86400) AS gap
    FROM page_views
    WHERE user_id IS NOT NULL
),
numbered AS (
    SELECT user_id, viewed_at,
           SUM(CASE WHEN gap <= 1800 THEN 0 ELSE 1 END)
               OVER (PARTITION BY user_id ORDER BY viewed_at) AS session_number
    FROM gaps
),
sessions AS (
    SELECT user_id, session_number, MIN(viewed_at) AS session_start,
           MAX(viewed_at) AS session_end, COUNT(*) AS views
    FROM numbered
    GROUP BY user_id, session_number
)
SELECT user_id, session_number, session_start, session_end, views,
       CAST(ROUND((julianday(LEAD(session_start)
                             OVER (PARTITION BY user_id ORDER BY session_number))
                   - julianday(session_end)) * 86400) AS INTEGER) AS gap_to_next_seconds
FROM sessions;
