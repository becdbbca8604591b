WITH views AS (
    SELECT user_id, viewed_at, CAST(epoch(CAST(viewed_at AS TIMESTAMP)) AS BIGINT) AS ts
    FROM page_views
    WHERE user_id IS NOT NULL
),
flagged AS (
    SELECT user_id, viewed_at, ts,
           CASE
               WHEN ts - LAG(ts) OVER (PARTITION BY user_id ORDER BY ts) <= 1800 THEN 0
               ELSE 1
           END AS opens_session
    FROM views
),
numbered AS (
    -- RANGE, not ROWS: views of the same second are peers and get the same running sum.
    -- LAG above may order peers either way (SQL does not promise one order for two window
    -- sorts), but only one of them can open a session, and the sum over peers counts it.
    SELECT user_id, viewed_at, ts,
           SUM(opens_session) OVER (PARTITION BY user_id ORDER BY ts
                                    RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
               AS session_number
    FROM flagged
),
sessions AS (
    SELECT user_id, session_number,
           MIN(viewed_at) AS session_start, MAX(viewed_at) AS session_end,
           COUNT(*) AS views, MIN(ts) AS start_ts, MAX(ts) AS end_ts
    FROM numbered
    GROUP BY user_id, session_number
)
SELECT user_id,
       session_number,
       session_start,
       session_end,
       views,
       LEAD(start_ts) OVER (PARTITION BY user_id ORDER BY session_number) - end_ts
           AS gap_to_next_seconds
FROM sessions;
