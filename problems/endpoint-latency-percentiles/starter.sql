-- api_requests(request_id, endpoint, latency_ms)
-- endpoint, requests, timeouts, median_ms, p90_ms
SELECT endpoint, COUNT(*) AS requests, 0 AS timeouts, AVG(latency_ms) AS median_ms,
       MAX(latency_ms) AS p90_ms
FROM api_requests
GROUP BY endpoint;
