-- Views of the same second are collapsed first, so the running count of session openers has
-- no peers to worry about; the views of each second are added back with SUM.
WITH seconds AS (
    SELECT user_id, unixepoch(viewed_at) AS ts, MIN(viewed_at) AS viewed_at, COUNT(*) AS n
    FROM page_views
    WHERE user_id IS NOT NULL
    GROUP BY user_id, unixepoch(viewed_at)
),
flagged AS (
    SELECT *, CASE WHEN ts - LAG(ts) OVER (PARTITION BY user_id ORDER BY ts) <= 1800
                   THEN 0 ELSE 1 END AS opens
    FROM seconds
),
numbered AS (
    SELECT *, SUM(opens) OVER (PARTITION BY user_id ORDER BY ts ROWS UNBOUNDED PRECEDING)
                  AS session_number
    FROM flagged
),
sessions AS (
    SELECT user_id, session_number, MIN(viewed_at) AS session_start,
           MAX(viewed_at) AS session_end, SUM(n) AS views, MIN(ts) AS t0, MAX(ts) AS t1
    FROM numbered
    GROUP BY user_id, session_number
)
SELECT user_id, session_number, session_start, session_end, views,
       LEAD(t0) OVER (PARTITION BY user_id ORDER BY session_number) - t1
           AS gap_to_next_seconds
FROM sessions;
