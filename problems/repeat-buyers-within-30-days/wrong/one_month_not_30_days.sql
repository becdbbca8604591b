-- verdict: Wrong Answer
-- date(a, '+1 month') for "30 days": a return 31 days later in a 31-day month counts.
WITH repeaters AS (
    SELECT DISTINCT a.product_id, a.user_id
    FROM orders AS a JOIN orders AS b
      ON b.user_id = a.user_id AND b.product_id = a.product_id
     AND b.ordered_on > a.ordered_on
     AND b.ordered_on <= date(a.ordered_on, '+1 month')
), buyers AS (
    SELECT product_id, COUNT(DISTINCT user_id) AS buyers FROM orders
    WHERE user_id IS NOT NULL GROUP BY product_id
)
SELECT b.product_id, b.buyers, COUNT(r.user_id) AS repeat_buyers,
       CAST(COUNT(r.user_id) AS REAL) / b.buyers AS repeat_rate
FROM buyers AS b LEFT JOIN repeaters AS r ON r.product_id = b.product_id
GROUP BY b.product_id, b.buyers;
