-- verdict: Wrong Answer
-- Everything from the measured rows only: an endpoint whose requests all timed out has no
-- row, and timeouts are never counted.
WITH measured AS (
    SELECT endpoint, latency_ms,
           ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms) AS pos,
           COUNT(*) OVER (PARTITION BY endpoint) AS m
    FROM api_requests
    WHERE latency_ms IS NOT NULL
)
SELECT endpoint, COUNT(*) AS requests, 0 AS timeouts,
       AVG(CASE WHEN 2 * pos BETWEEN m AND m + 2 THEN latency_ms END) AS median_ms,
       MIN(CASE WHEN 10 * pos >= 9 * m THEN latency_ms END) AS p90_ms
FROM measured
GROUP BY endpoint;
