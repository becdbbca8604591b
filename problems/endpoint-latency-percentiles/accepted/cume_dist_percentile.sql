-- CUME_DIST is the share of measured latencies at or below a value (ties included), so
-- the nearest-rank p90 is the smallest value whose share reaches 0.9; the median takes
-- the middle rows from a forward and a backward ROW_NUMBER.
WITH measured AS (
    SELECT endpoint, latency_ms,
           CUME_DIST() OVER (PARTITION BY endpoint ORDER BY latency_ms) AS share,
           ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms, request_id) AS up,
           ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms DESC,
                                                             request_id DESC) AS down
    FROM api_requests
    WHERE latency_ms IS NOT NULL
)
SELECT a.endpoint,
       COUNT(*) AS requests,
       SUM(CASE WHEN a.latency_ms IS NULL THEN 1 ELSE 0 END) AS timeouts,
       (SELECT AVG(latency_ms) FROM measured AS x
        WHERE x.endpoint = a.endpoint AND ABS(x.up - x.down) <= 1) AS median_ms,
       (SELECT MIN(latency_ms) FROM measured AS x
        WHERE x.endpoint = a.endpoint AND x.share >= 0.9) AS p90_ms
FROM api_requests AS a
GROUP BY a.endpoint;
