-- odometer_logs(log_id, vehicle_id, logged_at, odometer_km)
-- vehicle_id, log_id, logged_at, odometer_km, km_since_previous;
-- ORDER BY vehicle_id, logged_at, log_id
SELECT vehicle_id, log_id, logged_at, odometer_km, NULL AS km_since_previous
FROM odometer_logs
ORDER BY vehicle_id, logged_at, log_id;
