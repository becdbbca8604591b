-- verdict: Wrong Answer
-- RANGE BETWEEN 7 PRECEDING: "the last seven days" counted back from the day before, plus
-- the day itself, which makes eight days.
WITH daily AS (
    SELECT store_id, order_date, CAST(julianday(order_date) AS INTEGER) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER (PARTITION BY store_id) >= 6
            THEN SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 7 PRECEDING AND CURRENT ROW) / 7.0
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
