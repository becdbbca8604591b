-- verdict: Wrong Answer
-- The threshold counts every parcel with COUNT(*), so unscanned parcels lift a route over it.
SELECT route_code,
       COUNT(*) AS parcels,
       COUNT(status) AS scanned,
       SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING COUNT(*) >= 3;
