-- verdict: Wrong Answer
-- Joins the delays to the buckets with the end included and the start excluded:
-- s < d <= s + 15, so a delay of 15 is counted in the bucket starting at 0.
WITH RECURSIVE bounds AS (
    SELECT CAST(FLOOR(MIN(delay_minutes) / 15.0) AS INTEGER) * 15 AS lo,
           CAST(FLOOR(MAX(delay_minutes) / 15.0) AS INTEGER) * 15 AS hi
    FROM deliveries
),
buckets (bucket_start) AS (
    SELECT lo FROM bounds WHERE lo IS NOT NULL
    UNION ALL
    SELECT b.bucket_start + 15 FROM buckets AS b, bounds WHERE b.bucket_start + 15 <= bounds.hi
)
SELECT b.bucket_start, b.bucket_start + 15 AS bucket_end, COUNT(d.delivery_id) AS deliveries
FROM buckets AS b
LEFT JOIN deliveries AS d
       ON d.delay_minutes > b.bucket_start AND d.delay_minutes <= b.bucket_start + 15
GROUP BY b.bucket_start
ORDER BY b.bucket_start;
