-- SQLite integer arithmetic only: for a negative delay, (d - 14) / 15 truncated toward zero is
-- the floor of d / 15. Counts come from a correlated subquery per bucket.
WITH RECURSIVE binned AS (
    SELECT CASE WHEN delay_minutes >= 0 THEN delay_minutes / 15
                ELSE (delay_minutes - 14) / 15 END * 15 AS s
    FROM deliveries
    WHERE delay_minutes IS NOT NULL
),
buckets (s, hi) AS (
    SELECT MIN(s), MAX(s) FROM binned HAVING COUNT(*) > 0
    UNION ALL
    SELECT s + 15, hi FROM buckets WHERE s < hi
)
SELECT s AS bucket_start, s + 15 AS bucket_end,
       (SELECT COUNT(*) FROM binned AS x WHERE x.s = buckets.s) AS deliveries
FROM buckets
ORDER BY s;
