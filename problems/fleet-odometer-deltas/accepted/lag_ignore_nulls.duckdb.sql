-- DuckDB style: LAG(... IGNORE NULLS) passes over the skipped readings by itself, and a
-- log whose own reading is NULL gives NULL because NULL minus anything is NULL.
SELECT vehicle_id, log_id, logged_at, odometer_km,
       odometer_km - lag(odometer_km IGNORE NULLS) OVER (
           PARTITION BY vehicle_id ORDER BY logged_at, log_id) AS km_since_previous
FROM odometer_logs
ORDER BY vehicle_id, logged_at, log_id;
