-- verdict: Wrong Answer
-- Filters out the skipped readings and forgets to bring their logs back.
SELECT vehicle_id, log_id, logged_at, odometer_km,
       odometer_km - LAG(odometer_km) OVER (PARTITION BY vehicle_id
                                            ORDER BY logged_at, log_id) AS km_since_previous
FROM odometer_logs
WHERE odometer_km IS NOT NULL
ORDER BY vehicle_id, logged_at, log_id;
