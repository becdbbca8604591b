-- DuckDB style: generate_series fills in each store's calendar, closed days get revenue 0,
-- and a ROWS frame over the gap-free calendar is a frame of seven days.
WITH daily AS (
    SELECT store_id, CAST(order_date AS DATE) AS day, order_date,
           COALESCE(SUM(amount), 0) AS day_revenue
    FROM orders
    GROUP BY ALL
),
calendar AS (
    SELECT store_id, unnest(generate_series(MIN(day), MAX(day), INTERVAL 1 DAY)) AS day,
           MIN(day) AS first_day
    FROM daily
    GROUP BY store_id
),
averaged AS (
    SELECT c.store_id, d.order_date, d.day_revenue, c.day, c.first_day,
           sum(COALESCE(d.day_revenue, 0)) OVER (PARTITION BY c.store_id ORDER BY c.day
                                                 ROWS 6 PRECEDING) / 7 AS week
    FROM calendar AS c
    LEFT JOIN daily AS d ON d.store_id = c.store_id AND d.day = c.day
)
SELECT store_id, order_date, day_revenue,
       CASE WHEN date_diff('day', first_day, day) >= 6 THEN week END AS avg_revenue_7d
FROM averaged
WHERE order_date IS NOT NULL
ORDER BY store_id, order_date;
