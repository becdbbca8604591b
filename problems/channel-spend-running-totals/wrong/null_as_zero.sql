-- verdict: Wrong Answer
-- COALESCE turns missing data into a spend of 0 and invents rows for it.
WITH long AS (
    SELECT 'search' AS channel, day, COALESCE(search, 0) AS spend FROM daily_spend
    UNION ALL
    SELECT 'social', day, COALESCE(social, 0) FROM daily_spend
    UNION ALL
    SELECT 'email', day, COALESCE(email, 0) FROM daily_spend
)
SELECT channel, day, spend,
       SUM(spend) OVER (PARTITION BY channel ORDER BY day) AS cumulative_spend,
       DENSE_RANK() OVER (PARTITION BY channel ORDER BY spend DESC) AS spend_rank
FROM long
ORDER BY channel, day;
