-- verdict: Wrong Answer
-- Days of the year plus 365 per year between: right except over the end of a leap year,
-- where it is one day short (2024-12-15 to 2025-01-15 comes out as 30 days, not 31).
WITH repeaters AS (
    SELECT DISTINCT a.product_id, a.user_id
    FROM orders AS a JOIN orders AS b
      ON b.user_id = a.user_id AND b.product_id = a.product_id
     AND (CAST(strftime('%Y', b.ordered_on) AS INTEGER)
          - CAST(strftime('%Y', a.ordered_on) AS INTEGER)) * 365
         + CAST(strftime('%j', b.ordered_on) AS INTEGER)
         - CAST(strftime('%j', a.ordered_on) AS INTEGER) BETWEEN 1 AND 30
), buyers AS (
    SELECT product_id, COUNT(DISTINCT user_id) AS buyers FROM orders
    WHERE user_id IS NOT NULL GROUP BY product_id
)
SELECT b.product_id, b.buyers, COUNT(r.user_id) AS repeat_buyers,
       CAST(COUNT(r.user_id) AS REAL) / b.buyers AS repeat_rate
FROM buyers AS b LEFT JOIN repeaters AS r ON r.product_id = b.product_id
GROUP BY b.product_id, b.buyers;
