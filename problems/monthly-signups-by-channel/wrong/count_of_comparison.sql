-- verdict: Wrong Answer
-- COUNT(channel = 'ads') counts every non-NULL comparison, including the false ones (0).
SELECT strftime('%Y-%m', signup_at) AS month,
       COUNT(channel = 'ads') AS ads,
       COUNT(channel = 'organic') AS organic,
       COUNT(channel = 'referral') AS referral,
       SUM(CASE WHEN channel IS NULL OR channel = '' THEN 1 ELSE 0 END) AS unknown,
       COUNT(*) AS total
FROM signups
GROUP BY month
ORDER BY month;
