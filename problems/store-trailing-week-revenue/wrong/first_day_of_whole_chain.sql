-- verdict: Wrong Answer
-- MIN(day_no) OVER () takes the first order of the whole chain, not of the store: a store
-- that opened later reports averages before it has a week of history.
WITH daily AS (
    SELECT store_id, order_date, CAST(julianday(order_date) AS INTEGER) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER () >= 6
            THEN SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
