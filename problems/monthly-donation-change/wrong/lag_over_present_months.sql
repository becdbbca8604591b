-- verdict: Wrong Answer
-- LAG over the months that have donations: a month after a quiet one is compared with the
-- last month that had donations, and the quiet months get no row.
WITH monthly AS (
    SELECT substr(donated_at, 1, 7) AS month, COALESCE(SUM(amount_cents), 0) AS total
    FROM donations
    GROUP BY substr(donated_at, 1, 7)
)
SELECT month, total AS total_cents,
       total - LAG(total) OVER (ORDER BY month) AS change_cents,
       CASE WHEN LAG(total) OVER (ORDER BY month) <> 0
            THEN (total - LAG(total) OVER (ORDER BY month)) * 100.0
                 / LAG(total) OVER (ORDER BY month) END AS pct_change
FROM monthly
ORDER BY month;
