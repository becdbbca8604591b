-- verdict: Wrong Answer
-- Steps the months from the first donation's own date instead of the first of its month:
-- date('2023-01-31', '+1 month') is '2023-03-03', so February is skipped.
WITH RECURSIVE monthly AS (
    SELECT substr(donated_at, 1, 7) AS month, COALESCE(SUM(amount_cents), 0) AS total
    FROM donations
    GROUP BY substr(donated_at, 1, 7)
),
months(d) AS (
    SELECT MIN(substr(donated_at, 1, 10)) FROM donations
    UNION ALL
    SELECT date(d, '+1 month') FROM months
    WHERE substr(d, 1, 7) < (SELECT MAX(month) FROM monthly)
),
filled AS (
    SELECT substr(s.d, 1, 7) AS month, COALESCE(t.total, 0) AS total
    FROM months s LEFT JOIN monthly t ON t.month = substr(s.d, 1, 7)
    WHERE s.d IS NOT NULL
),
paired AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM filled
)
SELECT month, total AS total_cents, total - previous AS change_cents,
       CASE WHEN previous <> 0 THEN (total - previous) * 100.0 / previous END AS pct_change
FROM paired
ORDER BY month;
