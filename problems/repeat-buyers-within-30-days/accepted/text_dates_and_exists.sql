-- ISO dates compare as text: a later order on or before date(a, '+30 days').
SELECT o.product_id,
       COUNT(DISTINCT o.user_id) AS buyers,
       COUNT(DISTINCT CASE WHEN EXISTS (
                 SELECT 1 FROM orders AS b
                 WHERE b.user_id = o.user_id AND b.product_id = o.product_id
                   AND b.ordered_on > o.ordered_on
                   AND b.ordered_on <= date(o.ordered_on, '+30 days'))
             THEN o.user_id END) AS repeat_buyers,
       CAST(COUNT(DISTINCT CASE WHEN EXISTS (
                 SELECT 1 FROM orders AS b
                 WHERE b.user_id = o.user_id AND b.product_id = o.product_id
                   AND b.ordered_on > o.ordered_on
                   AND b.ordered_on <= date(o.ordered_on, '+30 days'))
             THEN o.user_id END) AS REAL) / COUNT(DISTINCT o.user_id) AS repeat_rate
FROM orders AS o
WHERE o.user_id IS NOT NULL
GROUP BY o.product_id;
