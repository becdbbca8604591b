-- verdict: Wrong Answer
-- RANK() gives tied latencies the same position, so the middle or the 90% position can
-- be skipped altogether.
WITH measured AS (
    SELECT endpoint,
           latency_ms,
           RANK() OVER (PARTITION BY endpoint ORDER BY latency_ms) AS pos,
           COUNT(*) OVER (PARTITION BY endpoint) AS m
    FROM api_requests
    WHERE latency_ms IS NOT NULL
),
stats AS (
    -- the middle positions are those with 2 * pos in [m, m + 2]: one when m is odd, two
    -- when it is even; the nearest rank is the first position with pos >= 0.9 * m
    SELECT endpoint,
           AVG(CASE WHEN 2 * pos BETWEEN m AND m + 2 THEN latency_ms END) AS median_ms,
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
