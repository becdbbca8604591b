-- verdict: Wrong Answer
-- Adds buckets while the next start is below the largest delay (strictly): when the largest
-- delay is itself a bucket start, its bucket is never made and that delivery is lost.
WITH RECURSIVE bounds AS (
    SELECT CAST(FLOOR(MIN(delay_minutes) / 15.0) AS INTEGER) * 15 AS lo,
           MAX(delay_minutes) AS top
    FROM deliveries
),
buckets (bucket_start) AS (
    SELECT lo FROM bounds WHERE lo IS NOT NULL
    UNION ALL
    SELECT b.bucket_start + 15 FROM buckets AS b, bounds WHERE b.bucket_start + 15 < bounds.top
)
SELECT b.bucket_start, b.bucket_start + 15 AS bucket_end, COUNT(d.delivery_id) AS deliveries
FROM buckets AS b
LEFT JOIN deliveries AS d
       ON d.delay_minutes >= b.bucket_start AND d.delay_minutes < b.bucket_start + 15
GROUP BY b.bucket_start
ORDER BY b.bucket_start;
