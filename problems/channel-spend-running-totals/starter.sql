-- daily_spend(day, search, social, email)
-- channel, day, spend, cumulative_spend, spend_rank; ORDER BY channel, day
SELECT 'search' AS channel, day, search AS spend, search AS cumulative_spend, 1 AS spend_rank
FROM daily_spend
ORDER BY channel, day;
