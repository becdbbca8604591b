-- Fill in every calendar day of each store's history (closed days with revenue 0) with a
-- recursive CTE; on a gap-free calendar a ROWS frame of seven rows is seven days.
WITH RECURSIVE daily AS (
    SELECT store_id, order_date, COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY store_id, order_date
),
calendar(store_id, day, last_day, age) AS (
    SELECT store_id, MIN(order_date), MAX(order_date), 0 FROM daily GROUP BY store_id
    UNION ALL
    SELECT store_id, date(day, '+1 day'), last_day, age + 1
    FROM calendar
    WHERE day < last_day
),
filled AS (
    SELECT c.store_id, c.day, c.age, d.order_date, COALESCE(d.day_revenue, 0) AS revenue,
           d.day_revenue
    FROM calendar AS c
    LEFT JOIN daily AS d ON d.store_id = c.store_id AND d.order_date = c.day
),
averaged AS (
    SELECT *, SUM(revenue) OVER (PARTITION BY store_id ORDER BY day
                                 ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0 AS week
    FROM filled
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN age >= 6 THEN week END AS avg_revenue_7d
FROM averaged
WHERE order_date IS NOT NULL
ORDER BY store_id, order_date;
