WITH RECURSIVE monthly AS (
    SELECT CAST(substr(donated_at, 1, 4) AS INTEGER) * 12
               + CAST(substr(donated_at, 6, 2) AS INTEGER) - 1 AS k,
           SUM(amount_cents) AS total
    FROM donations
    GROUP BY k
),
months(k) AS (
    SELECT MIN(k) FROM monthly
    UNION ALL
    SELECT k + 1 FROM months WHERE k < (SELECT MAX(k) FROM monthly)
),
filled AS (
    SELECT s.k, COALESCE(m.total, 0) AS total
    FROM months s
    LEFT JOIN monthly m ON m.k = s.k
    WHERE s.k IS NOT NULL
),
paired AS (
    SELECT k, total, LAG(total) OVER (ORDER BY k) AS previous
    FROM filled
)
SELECT printf('%04d-%02d', CAST((k - k % 12) / 12 AS INTEGER), k % 12 + 1) AS month,
       total AS total_cents,
       total - previous AS change_cents,
       CASE WHEN previous <> 0 THEN CAST(total - previous AS DOUBLE) * 100 / previous END
           AS pct_change
FROM paired
ORDER BY k;
