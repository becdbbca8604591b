-- verdict: Wrong Answer
-- last_value(... IGNORE NULLS) with the default frame, which ends at the current row: the
-- "previous" reading is the log's own, so every difference comes out 0.
SELECT vehicle_id, log_id, logged_at, odometer_km,
       odometer_km - last_value(odometer_km IGNORE NULLS) OVER (
           PARTITION BY vehicle_id ORDER BY logged_at, log_id) AS km_since_previous
FROM odometer_logs
ORDER BY vehicle_id, logged_at, log_id;
