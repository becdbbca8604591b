-- verdict: Wrong Answer
-- Leaves a quiet month's total NULL instead of 0, so its change and the next month's are
-- NULL too.
WITH RECURSIVE monthly AS (
    SELECT substr(donated_at, 1, 7) AS month, SUM(COALESCE(amount_cents, 0)) AS total
    FROM donations
    GROUP BY substr(donated_at, 1, 7)
),
months(m) AS (
    SELECT MIN(month) || '-01' FROM monthly
    UNION ALL
    SELECT date(m, '+1 month') FROM months WHERE m < (SELECT MAX(month) || '-01' FROM monthly)
),
filled AS (
    SELECT substr(s.m, 1, 7) AS month, t.total
    FROM months s LEFT JOIN monthly t ON t.month = substr(s.m, 1, 7)
    WHERE s.m IS NOT NULL
)
SELECT month, total AS total_cents,
       total - LAG(total) OVER (ORDER BY month) AS change_cents,
       CASE WHEN LAG(total) OVER (ORDER BY month) <> 0
            THEN (total - LAG(total) OVER (ORDER BY month)) * 100.0
                 / LAG(total) OVER (ORDER BY month) END AS pct_change
FROM filled
ORDER BY month;
