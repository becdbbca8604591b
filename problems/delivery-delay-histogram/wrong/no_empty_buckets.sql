-- verdict: Wrong Answer
-- A plain GROUP BY: the empty buckets in between are missing.
SELECT CAST(FLOOR(delay_minutes / 15.0) AS INTEGER) * 15 AS bucket_start,
       CAST(FLOOR(delay_minutes / 15.0) AS INTEGER) * 15 + 15 AS bucket_end,
       COUNT(*) AS deliveries
FROM deliveries
WHERE delay_minutes IS NOT NULL
GROUP BY 1
ORDER BY 1;
