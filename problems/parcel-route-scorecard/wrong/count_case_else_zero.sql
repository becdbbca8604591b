-- verdict: Wrong Answer
-- COUNT counts the zeros of ELSE 0 as well: every column becomes the number of parcels.
SELECT route_code,
       COUNT(*) AS parcels,
       COUNT(status) AS scanned,
       COUNT(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
       COUNT(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       COUNT(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING COUNT(status) >= 3;
