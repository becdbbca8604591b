-- Each user's orders of a product in date order: some order within 1 to 30 days of the one
-- before it exists exactly when some pair does (orders of the same day are 0 apart).
WITH seq AS (
    SELECT user_id, product_id, ordered_on,
           LAG(ordered_on) OVER (PARTITION BY user_id, product_id ORDER BY ordered_on) AS prev
    FROM orders
    WHERE user_id IS NOT NULL
),
per_user AS (
    SELECT product_id, user_id,
           MAX(CASE WHEN julianday(ordered_on) - julianday(prev) BETWEEN 1 AND 30
                    THEN 1 ELSE 0 END) AS came_back
    FROM seq
    GROUP BY product_id, user_id
)
SELECT product_id,
       COUNT(*) AS buyers,
       SUM(came_back) AS repeat_buyers,
       1.0 * SUM(came_back) / COUNT(*) AS repeat_rate
FROM per_user
GROUP BY product_id;
