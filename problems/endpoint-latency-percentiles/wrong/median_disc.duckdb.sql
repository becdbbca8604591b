-- verdict: Wrong Answer
-- DuckDB: quantile_disc(x, 0.5) returns one of the values (the lower middle one for an
-- even count) instead of the mean of the two middle values.
SELECT endpoint,
       count(*) AS requests,
       count(*) - count(latency_ms) AS timeouts,
       quantile_disc(latency_ms, 0.5) AS median_ms,
       quantile_disc(latency_ms, 0.9) AS p90_ms
FROM api_requests
GROUP BY endpoint;
