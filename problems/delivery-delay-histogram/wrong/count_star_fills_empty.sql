-- verdict: Wrong Answer
-- COUNT(*) after the LEFT JOIN counts the NULL row of an empty bucket as a delivery.
WITH RECURSIVE binned AS (
    SELECT CAST(FLOOR(delay_minutes / 15.0) AS INTEGER) * 15 AS bucket_start
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
       COUNT(*) AS deliveries
FROM buckets AS b
LEFT JOIN binned AS x ON x.bucket_start = b.bucket_start
GROUP BY b.bucket_start
ORDER BY b.bucket_start;
