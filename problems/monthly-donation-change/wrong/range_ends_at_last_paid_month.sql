-- verdict: Wrong Answer
-- Drops the failed payments first, so the months run only to the last month with money
-- received (and start at the first one).
WITH RECURSIVE monthly AS (
    SELECT substr(donated_at, 1, 7) AS month, SUM(amount_cents) AS total
    FROM donations
    WHERE amount_cents IS NOT NULL
    GROUP BY substr(donated_at, 1, 7)
),
months(m) AS (
    SELECT MIN(month) || '-01' FROM monthly
    UNION ALL
    SELECT date(m, '+1 month') FROM months WHERE m < (SELECT MAX(month) || '-01' FROM monthly)
),
filled AS (
    SELECT substr(s.m, 1, 7) AS month, COALESCE(t.total, 0) AS total
    FROM months s LEFT JOIN monthly t ON t.month = substr(s.m, 1, 7)
    WHERE s.m IS NOT NULL
),
paired AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM filled
)
SELECT month, total AS total_cents, total - previous AS change_cents,
       CASE WHEN previous <> 0 THEN (total - previous) * 100.0 / previous END AS pct_change
FROM paired
ORDER BY month;
