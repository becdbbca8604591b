-- verdict: Wrong Answer
-- The mean is not the median: one slow outlier moves it.
WITH measured AS (
    SELECT endpoint,
           latency_ms,
           ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms) AS pos,
           COUNT(*) OVER (PARTITION BY endpoint) AS m
    FROM api_requests
    WHERE latency_ms IS NOT NULL
),
stats AS (
    -- the middle positions are those with 2 * pos in [m, m + 2]: one when m is odd, two
    -- when it is even; the nearest rank is the first position with pos >= 0.9 * m
    SELECT endpoint,
           AVG(latency_ms) AS median_ms,
           MIN(CASE WHEN 10 * pos >= 9 * m THEN latency_ms END) AS p90_ms
    FROM measured
    GROUP BY endpoint
),
totals AS (
    SELECT endpoint,
           COUNT(*) AS requests,
           COUNT(*) - COUNT(latency_ms) AS timeouts
    FROM api_requests
    GROUP BY endpoint
)
SELECT t.endpoint,
       t.requests,
       t.timeouts,
       s.median_ms,
       s.p90_ms
FROM totals AS t
LEFT JOIN stats AS s ON s.endpoint = t.endpoint;
