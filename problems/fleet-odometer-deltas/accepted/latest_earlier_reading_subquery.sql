-- Without window functions: the latest earlier reading of the same van, found by a
-- correlated subquery that orders the candidates by time and then by log_id.
SELECT l.vehicle_id,
       l.log_id,
       l.logged_at,
       l.odometer_km,
       l.odometer_km - (
           SELECT p.odometer_km
           FROM odometer_logs AS p
           WHERE p.vehicle_id = l.vehicle_id
             AND p.odometer_km IS NOT NULL
             AND (p.logged_at < l.logged_at
                  OR (p.logged_at = l.logged_at AND p.log_id < l.log_id))
           ORDER BY p.logged_at DESC, p.log_id DESC
           LIMIT 1
       ) AS km_since_previous
FROM odometer_logs AS l
ORDER BY l.vehicle_id, l.logged_at, l.log_id;
