-- verdict: Wrong Answer
-- DuckDB: quantile_cont interpolates between neighbouring values, which is not the
-- nearest-rank p90 the report asks for.
SELECT endpoint,
       count(*) AS requests,
       count(*) - count(latency_ms) AS timeouts,
       median(latency_ms) AS median_ms,
       quantile_cont(latency_ms, 0.9) AS p90_ms
FROM api_requests
GROUP BY endpoint;
