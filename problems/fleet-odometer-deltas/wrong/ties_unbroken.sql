-- verdict: Wrong Answer
-- Orders the window by logged_at alone: logs at the same second come in whatever order
-- the engine finds them (here the table's, which is not by log_id).
WITH readings AS (
    SELECT log_id,
           odometer_km - LAG(odometer_km) OVER (PARTITION BY vehicle_id
                                                ORDER BY logged_at) AS km
    FROM odometer_logs
    WHERE odometer_km IS NOT NULL
)
SELECT l.vehicle_id, l.log_id, l.logged_at, l.odometer_km, r.km AS km_since_previous
FROM odometer_logs AS l
LEFT JOIN readings AS r ON r.log_id = l.log_id
ORDER BY l.vehicle_id, l.logged_at, l.log_id;
