-- Without a frame: each store date joined to the store dates of its week, summed.
WITH daily AS (
    SELECT store_id, order_date, julianday(order_date) AS day_no,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
),
opened AS (
    SELECT store_id, MIN(day_no) AS first_day FROM daily GROUP BY store_id
)
SELECT d.store_id,
       d.order_date,
       d.day_revenue,
       CASE WHEN d.day_no - o.first_day >= 6 THEN SUM(w.day_revenue) / 7.0 END
           AS avg_revenue_7d
FROM daily AS d
JOIN opened AS o ON o.store_id = d.store_id
JOIN daily AS w
  ON w.store_id = d.store_id AND w.day_no BETWEEN d.day_no - 6 AND d.day_no
GROUP BY d.store_id, d.order_date, d.day_revenue, d.day_no, o.first_day
ORDER BY d.store_id, d.order_date;
