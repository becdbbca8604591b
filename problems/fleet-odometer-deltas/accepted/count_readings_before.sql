-- Number the readings of each van; every log counts the readings before it, and that
-- count is the number of the previous reading.
WITH counted AS (
    SELECT *,
           COUNT(odometer_km) OVER (PARTITION BY vehicle_id ORDER BY logged_at, log_id
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               AS readings_before
    FROM odometer_logs
),
numbered AS (
    SELECT vehicle_id, odometer_km,
           ROW_NUMBER() OVER (PARTITION BY vehicle_id ORDER BY logged_at, log_id) AS n
    FROM odometer_logs
    WHERE odometer_km IS NOT NULL
)
SELECT c.vehicle_id, c.log_id, c.logged_at, c.odometer_km,
       c.odometer_km - p.odometer_km AS km_since_previous
FROM counted AS c
LEFT JOIN numbered AS p ON p.vehicle_id = c.vehicle_id AND p.n = c.readings_before
ORDER BY c.vehicle_id, c.logged_at, c.log_id;
