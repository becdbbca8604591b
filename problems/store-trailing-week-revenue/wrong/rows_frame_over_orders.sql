-- verdict: Wrong Answer
-- A ROWS frame over the raw orders: seven orders, not seven days, and one output row per
-- order instead of per date.
SELECT store_id, order_date,
       COALESCE(SUM(amount) OVER (PARTITION BY store_id, order_date), 0) AS day_revenue,
       CASE WHEN julianday(order_date) - MIN(julianday(order_date)) OVER (PARTITION BY store_id) >= 6
            THEN COALESCE(SUM(amount) OVER (PARTITION BY store_id ORDER BY order_date
                                            ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 0) / 7.0
       END AS avg_revenue_7d
FROM orders
ORDER BY store_id, order_date;
