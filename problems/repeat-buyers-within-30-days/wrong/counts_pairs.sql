-- verdict: Wrong Answer
-- Counts matching pairs of orders, so a user who came back twice counts twice.
WITH buyers AS (
    SELECT product_id, COUNT(DISTINCT user_id) AS buyers FROM orders
    WHERE user_id IS NOT NULL GROUP BY product_id
), pairs AS (
    SELECT a.product_id, COUNT(*) AS n
    FROM orders AS a JOIN orders AS b
      ON b.user_id = a.user_id AND b.product_id = a.product_id
     AND julianday(b.ordered_on) - julianday(a.ordered_on) BETWEEN 1 AND 30
    GROUP BY a.product_id
)
SELECT b.product_id, b.buyers, COALESCE(p.n, 0) AS repeat_buyers,
       CAST(COALESCE(p.n, 0) AS REAL) / b.buyers AS repeat_rate
FROM buyers AS b LEFT JOIN pairs AS p ON p.product_id = b.product_id;
