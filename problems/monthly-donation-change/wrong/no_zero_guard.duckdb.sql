-- verdict: Wrong Answer
-- DuckDB: without the guard a change after a month of 0 is divided by zero, which DuckDB
-- answers with infinity, not NULL.
WITH RECURSIVE monthly AS (
    SELECT strftime(CAST(substr(donated_at, 1, 10) AS DATE), '%Y-%m') AS month,
           COALESCE(SUM(amount_cents), 0) AS total
    FROM donations
    GROUP BY 1
),
months(m) AS (
    SELECT CAST(MIN(month) || '-01' AS DATE) FROM monthly
    UNION ALL
    SELECT CAST(m + INTERVAL 1 MONTH AS DATE) FROM months
    WHERE m < (SELECT CAST(MAX(month) || '-01' AS DATE) FROM monthly)
),
filled AS (
    SELECT strftime(s.m, '%Y-%m') AS month, COALESCE(t.total, 0) AS total
    FROM months s LEFT JOIN monthly t ON t.month = strftime(s.m, '%Y-%m')
    WHERE s.m IS NOT NULL
),
paired AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM filled
)
SELECT month, total AS total_cents, total - previous AS change_cents,
       CAST(total - previous AS DOUBLE) * 100 / previous AS pct_change
FROM paired
ORDER BY month;
