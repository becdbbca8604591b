WITH daily AS (
    SELECT store_id,
           order_date,
           CAST(order_date AS DATE) AS day,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id,
       order_date,
       day_revenue,
       CASE
           WHEN day - MIN(day) OVER (PARTITION BY store_id) >= 6
           THEN CAST(SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day
                                            RANGE BETWEEN INTERVAL 6 DAY PRECEDING
                                                      AND CURRENT ROW)
                     AS DOUBLE) / 7
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
