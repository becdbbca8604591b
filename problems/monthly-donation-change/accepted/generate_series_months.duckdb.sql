-- DuckDB: the months from generate_series over dates, formatted with strftime.
WITH bounds AS (
    SELECT date_trunc('month', MIN(CAST(donated_at AS TIMESTAMP))) AS first_month,
           date_trunc('month', MAX(CAST(donated_at AS TIMESTAMP))) AS last_month
    FROM donations
),
months AS (
    SELECT strftime(g.m, '%Y-%m') AS month
    FROM bounds, generate_series(first_month, last_month, INTERVAL 1 MONTH) AS g(m)
    WHERE first_month IS NOT NULL
),
filled AS (
    SELECT s.month, COALESCE(SUM(d.amount_cents), 0) AS total
    FROM months s
    LEFT JOIN donations d ON substr(d.donated_at, 1, 7) = s.month
    GROUP BY s.month
),
paired AS (
    SELECT month, total, LAG(total) OVER (ORDER BY month) AS previous FROM filled
)
SELECT month, total AS total_cents, total - previous AS change_cents,
       CASE WHEN previous <> 0 THEN (total - previous) / previous * 100 END AS pct_change
FROM paired
ORDER BY month;
