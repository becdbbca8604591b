-- verdict: Wrong Answer
-- DuckDB: steps 30 days at a time from the first of the month: January gives Jan 1 and
-- Jan 31 (the month twice), and the drift later skips a month.
WITH RECURSIVE monthly AS (
    SELECT strftime(CAST(substr(donated_at, 1, 10) AS DATE), '%Y-%m') AS month,
           COALESCE(SUM(amount_cents), 0) AS total
    FROM donations
    GROUP BY 1
),
months(m) AS (
    SELECT CAST(MIN(month) || '-01' AS DATE) FROM monthly
    UNION ALL
    SELECT CAST(m + INTERVAL 30 DAY AS DATE) FROM months
    WHERE strftime(m + INTERVAL 30 DAY, '%Y-%m') <= (SELECT MAX(month) FROM monthly)
),
filled AS (
    SELECT DISTINCT strftime(s.m, '%Y-%m') AS month, COALESCE(t.total, 0) AS total
    FROM months s LEFT JOIN monthly t ON t.month = strftime(s.m, '%Y-%m')
    WHERE s.m IS NOT NULL
),
paired AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM filled
)
SELECT month, total AS total_cents, total - previous AS change_cents,
       CASE WHEN previous <> 0 THEN CAST(total - previous AS DOUBLE) * 100 / previous END
           AS pct_change
FROM paired
ORDER BY month;
