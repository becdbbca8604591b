-- DuckDB style: median() averages the two middle values of an even count, quantile_disc
-- returns the measured value at the nearest rank, and both skip NULLs (an endpoint with
-- only timeouts gets NULL from each).
SELECT endpoint,
       count(*) AS requests,
       count(*) - count(latency_ms) AS timeouts,
       median(latency_ms) AS median_ms,
       quantile_disc(latency_ms, 0.9) AS p90_ms
FROM api_requests
GROUP BY endpoint;
