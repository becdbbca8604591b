-- DuckDB: `/` is real division here, floor() of it, and range() for the bucket starts.
WITH binned AS (
    SELECT CAST(floor(delay_minutes / 15) AS INTEGER) * 15 AS s
    FROM deliveries
    WHERE delay_minutes IS NOT NULL
),
bounds AS (
    SELECT min(s) AS lo, max(s) AS hi FROM binned
),
buckets AS (
    SELECT t.s FROM bounds, range(bounds.lo, bounds.hi + 15, 15) AS t(s)
    WHERE bounds.lo IS NOT NULL
)
SELECT b.s AS bucket_start, b.s + 15 AS bucket_end, count(x.s) AS deliveries
FROM buckets AS b
LEFT JOIN binned AS x USING (s)
GROUP BY b.s
ORDER BY b.s;
