-- verdict: Wrong Answer
-- Counts as scanned only the three final outcomes and forgets 'out_for_delivery'.
SELECT route_code,
       COUNT(*) AS parcels,
       SUM(CASE WHEN status IN ('delivered', 'failed', 'returned') THEN 1 ELSE 0 END)
           AS scanned,
       SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING SUM(CASE WHEN status IN ('delivered', 'failed', 'returned') THEN 1 ELSE 0 END) >= 3;
