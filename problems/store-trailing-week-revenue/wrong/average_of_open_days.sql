-- verdict: Wrong Answer
-- The right RANGE frame, but AVG divides by the number of dates with orders in it instead
-- of by 7: closed days do not count as zero.
WITH daily AS (
    SELECT store_id, order_date, CAST(julianday(order_date) AS INTEGER) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER (PARTITION BY store_id) >= 6
            THEN AVG(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW)
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
