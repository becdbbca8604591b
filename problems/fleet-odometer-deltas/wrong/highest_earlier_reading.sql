-- verdict: Wrong Answer
-- Assumes odometers only go up and takes the highest earlier reading as the previous one,
-- which is wrong once an odometer has been replaced.
WITH running AS (
    SELECT log_id, odometer_km,
           MAX(odometer_km) OVER (PARTITION BY vehicle_id ORDER BY logged_at, log_id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
    FROM odometer_logs
)
SELECT l.vehicle_id, l.log_id, l.logged_at, l.odometer_km,
       r.odometer_km - r.before AS km_since_previous
FROM odometer_logs AS l
JOIN running AS r ON r.log_id = l.log_id
ORDER BY l.vehicle_id, l.logged_at, l.log_id;
