-- verdict: Wrong Answer
-- Filters out failed payments before grouping: a date with only failed payments loses its
-- row, and a store's history can seem to start later than it does.
WITH daily AS (
    SELECT store_id, order_date, CAST(julianday(order_date) AS INTEGER) AS day_no,
           SUM(amount) AS day_revenue
    FROM orders
    WHERE amount IS NOT NULL
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER (PARTITION BY store_id) >= 6
            THEN SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
