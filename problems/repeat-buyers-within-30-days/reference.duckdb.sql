WITH repeaters AS (
    SELECT DISTINCT a.product_id, a.user_id
    FROM orders AS a
    JOIN orders AS b
      ON b.user_id = a.user_id
     AND b.product_id = a.product_id
     AND CAST(b.ordered_on AS DATE) - CAST(a.ordered_on AS DATE) BETWEEN 1 AND 30
),
buyers AS (
    SELECT product_id, COUNT(DISTINCT user_id) AS buyers
    FROM orders
    WHERE user_id IS NOT NULL
    GROUP BY product_id
)
SELECT b.product_id,
       b.buyers,
       COUNT(r.user_id) AS repeat_buyers,
       CAST(COUNT(r.user_id) AS DOUBLE) / b.buyers AS repeat_rate
FROM buyers AS b
LEFT JOIN repeaters AS r ON r.product_id = b.product_id
GROUP BY b.product_id, b.buyers;
