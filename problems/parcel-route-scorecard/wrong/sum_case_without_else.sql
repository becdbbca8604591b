-- verdict: Wrong Answer
-- SUM(CASE ... THEN 1 END) is NULL, not 0, for a route with no parcel of that status.
SELECT route_code,
       COUNT(*) AS parcels,
       COUNT(status) AS scanned,
       SUM(CASE WHEN status = 'delivered' THEN 1 END) AS delivered,
       SUM(CASE WHEN status = 'failed' THEN 1 END) AS failed,
       SUM(CASE WHEN status = 'returned' THEN 1 END) AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING COUNT(status) >= 3;
