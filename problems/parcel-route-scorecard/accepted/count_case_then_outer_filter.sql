-- COUNT of a CASE without ELSE counts only the matching rows; the threshold is applied
-- outside, on the named column, instead of in HAVING.
WITH per_route AS (
    SELECT route_code,
           COUNT(*) AS parcels,
           COUNT(status) AS scanned,
           COUNT(CASE WHEN status = 'delivered' THEN 1 END) AS delivered,
           COUNT(CASE WHEN status = 'failed' THEN 1 END) AS failed,
           COUNT(CASE WHEN status = 'returned' THEN 1 END) AS returned
    FROM parcels
    WHERE route_code IS NOT NULL
    GROUP BY route_code
)
SELECT route_code, parcels, scanned, delivered, failed, returned
FROM per_route
WHERE scanned >= 3;
