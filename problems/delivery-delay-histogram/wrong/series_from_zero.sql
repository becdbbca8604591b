-- verdict: Wrong Answer
-- Starts the buckets at 0: early deliveries are lost, and a histogram of late ones gets
-- empty buckets below its lowest delay.
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
    SELECT 0 FROM bounds WHERE lo IS NOT NULL
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
