-- verdict: Wrong Answer
-- Pairs orders within one calendar year only (same 'YYYY' prefix), so a return over New
-- Year is missed.
WITH repeaters AS (
    SELECT DISTINCT a.product_id, a.user_id
    FROM orders AS a JOIN orders AS b
      ON b.user_id = a.user_id AND b.product_id = a.product_id
     AND substr(b.ordered_on, 1, 4) = substr(a.ordered_on, 1, 4)
     AND julianday(b.ordered_on) - julianday(a.ordered_on) BETWEEN 1 AND 30
), buyers AS (
    SELECT product_id, COUNT(DISTINCT user_id) AS buyers FROM orders
    WHERE user_id IS NOT NULL GROUP BY product_id
)
SELECT b.product_id, b.buyers, COUNT(r.user_id) AS repeat_buyers,
       CAST(COUNT(r.user_id) AS REAL) / b.buyers AS repeat_rate
FROM buyers AS b LEFT JOIN repeaters AS r ON r.product_id = b.product_id
GROUP BY b.product_id, b.buyers;
