-- verdict: Wrong Answer
-- COUNT(*) for `scanned` counts the rows whose status is NULL too.
SELECT route_code,
       COUNT(*) AS parcels,
       COUNT(*) AS scanned,
       SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING COUNT(status) >= 3;
