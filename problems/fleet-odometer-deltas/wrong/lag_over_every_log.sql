-- verdict: Wrong Answer
-- LAG over every log: a reading right after a skipped one is compared with NULL.
SELECT vehicle_id, log_id, logged_at, odometer_km,
       odometer_km - LAG(odometer_km) OVER (PARTITION BY vehicle_id
                                            ORDER BY logged_at, log_id) AS km_since_previous
FROM odometer_logs
ORDER BY vehicle_id, logged_at, log_id;
