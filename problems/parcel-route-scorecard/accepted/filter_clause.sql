-- Aggregate FILTER clauses (SQLite 3.30+ and DuckDB both have them).
SELECT route_code,
       COUNT(*) AS parcels,
       COUNT(*) FILTER (WHERE status IS NOT NULL) AS scanned,
       COUNT(*) FILTER (WHERE status = 'delivered') AS delivered,
       COUNT(*) FILTER (WHERE status = 'failed') AS failed,
       COUNT(*) FILTER (WHERE status = 'returned') AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY route_code
HAVING COUNT(*) FILTER (WHERE status IS NOT NULL) >= 3;
