-- verdict: Wrong Answer
-- Day numbers built as year * 372 + month * 31 + day: every month seems to have 31 days,
-- so a window over the end of February or of a 30-day month reaches too few days back.
WITH daily AS (
    SELECT store_id, order_date,
           CAST(substr(order_date, 1, 4) AS INTEGER) * 372
             + CAST(substr(order_date, 6, 2) AS INTEGER) * 31
             + CAST(substr(order_date, 9, 2) AS INTEGER) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN day_no - MIN(day_no) OVER (PARTITION BY store_id) >= 6
            THEN SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY day_no
                                        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0
       END AS avg_revenue_7d
FROM daily
ORDER BY store_id, order_date;
