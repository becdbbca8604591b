-- No LAG: each month is joined to the month before it by its number.
WITH RECURSIVE monthly AS (
    SELECT CAST(substr(donated_at, 1, 4) AS INTEGER) * 12
               + CAST(substr(donated_at, 6, 2) AS INTEGER) - 1 AS k,
           SUM(COALESCE(amount_cents, 0)) AS total
    FROM donations
    GROUP BY 1
),
months(k) AS (
    SELECT k FROM monthly WHERE k = (SELECT MIN(k) FROM monthly)
    UNION ALL
    SELECT k + 1 FROM months WHERE k < (SELECT MAX(k) FROM monthly)
),
filled AS (
    SELECT s.k, COALESCE(m.total, 0) AS total FROM months s LEFT JOIN monthly m ON m.k = s.k
)
SELECT printf('%04d-%02d', cur.k / 12, cur.k % 12 + 1) AS month,
       cur.total AS total_cents,
       cur.total - prev.total AS change_cents,
       CASE WHEN prev.total <> 0 THEN (cur.total - prev.total) * 100.0 / prev.total END
           AS pct_change
FROM filled cur
LEFT JOIN filled prev ON prev.k = cur.k - 1
ORDER BY cur.k;
