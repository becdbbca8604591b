-- verdict: Wrong Answer
-- DuckDB: an ASOF JOIN with ">" matches only changes strictly before the report.
WITH last_per_second AS (
    SELECT scooter_id, changed_at, arg_max(status, change_id) AS status
    FROM status_changes
    GROUP BY scooter_id, changed_at
)
SELECT i.incident_id, i.scooter_id, i.reported_at, s.status, s.changed_at AS status_since
FROM incidents i
ASOF LEFT JOIN last_per_second s
    ON s.scooter_id = i.scooter_id AND i.reported_at > s.changed_at;
