-- verdict: Wrong Answer
-- Breaks ties in logged_at by the larger log_id first.
WITH readings AS (
    SELECT log_id,
           odometer_km - LAG(odometer_km) OVER (PARTITION BY vehicle_id
                                                ORDER BY logged_at, log_id DESC) AS km
    FROM odometer_logs
    WHERE odometer_km IS NOT NULL
)
SELECT l.vehicle_id, l.log_id, l.logged_at, l.odometer_km, r.km AS km_since_previous
FROM odometer_logs AS l
LEFT JOIN readings AS r ON r.log_id = l.log_id
ORDER BY l.vehicle_id, l.logged_at, l.log_id;
