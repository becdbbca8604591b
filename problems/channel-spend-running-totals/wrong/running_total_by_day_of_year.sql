-- verdict: Wrong Answer
-- Orders the running total by the day of the year (strftime('%j')): January of a later
-- year comes before December of an earlier one.
WITH long AS (
    SELECT 'search' AS channel, day, search AS spend FROM daily_spend WHERE search IS NOT NULL
    UNION ALL
    SELECT 'social', day, social FROM daily_spend WHERE social IS NOT NULL
    UNION ALL
    SELECT 'email', day, email FROM daily_spend WHERE email IS NOT NULL
)
SELECT channel,
       day,
       spend,
       SUM(spend) OVER (PARTITION BY channel ORDER BY strftime('%j', day)
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_spend,
       DENSE_RANK() OVER (PARTITION BY channel ORDER BY spend DESC) AS spend_rank
FROM long
ORDER BY channel, day;
