-- verdict: Wrong Answer
-- Reports the average only from the seventh day after the first order: one day late.
WITH daily AS (
    SELECT store_id, order_date, CAST(julianday(order_date) AS INTEGER) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER (PARTITION BY store_id) >= 7
            THEN SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
