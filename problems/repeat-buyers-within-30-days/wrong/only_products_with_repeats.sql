-- verdict: Wrong Answer
-- Grouping the self-join itself drops products nobody came back for.
SELECT a.product_id,
       (SELECT COUNT(DISTINCT o.user_id) FROM orders AS o
        WHERE o.product_id = a.product_id) AS buyers,
       COUNT(DISTINCT a.user_id) AS repeat_buyers,
       CAST(COUNT(DISTINCT a.user_id) AS REAL) /
       (SELECT COUNT(DISTINCT o.user_id) FROM orders AS o
        WHERE o.product_id = a.product_id) AS repeat_rate
FROM orders AS a JOIN orders AS b
  ON b.user_id = a.user_id AND b.product_id = a.product_id
 AND julianday(b.ordered_on) - julianday(a.ordered_on) BETWEEN 1 AND 30
GROUP BY a.product_id;
