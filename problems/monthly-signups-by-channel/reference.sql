SELECT substr(signup_at, 1, 7) AS month,
       SUM(CASE WHEN channel = 'ads' THEN 1 ELSE 0 END) AS ads,
       SUM(CASE WHEN channel = 'organic' THEN 1 ELSE 0 END) AS organic,
       SUM(CASE WHEN channel = 'referral' THEN 1 ELSE 0 END) AS referral,
       SUM(CASE WHEN channel IS NULL OR channel = '' THEN 1 ELSE 0 END) AS unknown,
       COUNT(*) AS total
FROM signups
GROUP BY substr(signup_at, 1, 7)
ORDER BY month;
