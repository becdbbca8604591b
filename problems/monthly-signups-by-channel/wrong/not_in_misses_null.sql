-- verdict: Wrong Answer
-- NULL NOT IN (...) is NULL, so signups without a channel never reach `unknown`.
SELECT strftime('%Y-%m', signup_at) AS month,
       SUM(CASE WHEN channel = 'ads' THEN 1 ELSE 0 END) AS ads,
       SUM(CASE WHEN channel = 'organic' THEN 1 ELSE 0 END) AS organic,
       SUM(CASE WHEN channel = 'referral' THEN 1 ELSE 0 END) AS referral,
       SUM(CASE WHEN channel NOT IN ('ads', 'organic', 'referral') THEN 1 ELSE 0 END) AS unknown,
       COUNT(*) AS total
FROM signups
GROUP BY month
ORDER BY month;
