-- verdict: Wrong Answer
-- In DuckDB a cast of a real to INTEGER rounds to the nearest integer: 8 minutes
-- (0.53 of a bucket) is put in the bucket starting at 15.
WITH RECURSIVE binned AS (
    SELECT CAST(delay_minutes / 15 AS INTEGER) * 15 AS bucket_start
    FROM deliveries
    WHERE delay_minutes IS NOT NULL
),
bounds AS (
    SELECT MIN(bucket_start) AS lo, MAX(bucket_start) AS hi
    FROM binned
),
buckets (bucket_start) AS (
    SELECT lo FROM bounds WHERE lo IS NOT NULL
    UNION ALL
    SELECT b.bucket_start + 15
    FROM buckets AS b, bounds
    WHERE b.bucket_start + 15 <= bounds.hi
)
SELECT b.bucket_start,
       b.bucket_start + 15 AS bucket_end,
       COUNT(x.bucket_start) AS deliveries
FROM buckets AS b
LEFT JOIN binned AS x ON x.bucket_start = b.bucket_start
GROUP BY b.bucket_start
ORDER BY b.bucket_start;
