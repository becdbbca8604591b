-- orders(order_id, store_id, order_date, amount)
-- store_id, order_date, day_revenue, avg_revenue_7d; ORDER BY store_id, order_date
SELECT store_id, order_date, SUM(amount) AS day_revenue, NULL AS avg_revenue_7d
FROM orders
GROUP BY store_id, order_date
ORDER BY store_id, order_date;
