-- DuckDB: count_if and a boolean cast to an integer.
SELECT route_code,
       count(*) AS parcels,
       count_if(status IS NOT NULL) AS scanned,
       count_if(status = 'delivered') AS delivered,
       sum((status = 'failed')::INTEGER) AS failed,
       count_if(status = 'returned') AS returned
FROM parcels
WHERE route_code IS NOT NULL
GROUP BY ALL
HAVING count(status) >= 3;
