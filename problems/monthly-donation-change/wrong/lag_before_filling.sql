-- verdict: Wrong Answer
-- Lists every month, but takes LAG before the quiet months are added: the change is still
-- measured from the last month that had donations, not from the zero of the month before.
WITH RECURSIVE monthly AS (
    SELECT substr(donated_at, 1, 7) AS month, COALESCE(SUM(amount_cents), 0) AS total
    FROM donations
    GROUP BY substr(donated_at, 1, 7)
),
lagged AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM monthly
),
months(m) AS (
    SELECT MIN(month) || '-01' FROM monthly
    UNION ALL
    SELECT date(m, '+1 month') FROM months WHERE m < (SELECT MAX(month) || '-01' FROM monthly)
)
SELECT substr(s.m, 1, 7) AS month, COALESCE(l.total, 0) AS total_cents,
       CASE WHEN l.month IS NULL THEN NULL ELSE l.total - l.previous END AS change_cents,
       CASE WHEN l.previous <> 0 THEN (l.total - l.previous) * 100.0 / l.previous END
           AS pct_change
FROM months s
LEFT JOIN lagged l ON l.month = substr(s.m, 1, 7)
WHERE s.m IS NOT NULL
ORDER BY s.m;
