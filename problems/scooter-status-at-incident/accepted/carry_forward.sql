-- One timeline per scooter: changes and reports sorted together (a change before a report
-- at the same second, changes of one second by id). A running count of changes numbers
-- each status's stretch, and every report takes the change that opened its stretch.
WITH events AS (
    SELECT scooter_id, changed_at AS at, 0 AS kind, change_id AS id, status
    FROM status_changes
    UNION ALL
    SELECT scooter_id, reported_at, 1, incident_id, NULL
    FROM incidents WHERE scooter_id IS NOT NULL
),
stretched AS (
    SELECT *, SUM(1 - kind) OVER (PARTITION BY scooter_id ORDER BY at, kind, id
                                  ROWS UNBOUNDED PRECEDING) AS stretch
    FROM events
),
opened AS (
    SELECT scooter_id, stretch, status, at FROM stretched WHERE kind = 0
)
SELECT i.incident_id, i.scooter_id, i.reported_at, o.status, o.at AS status_since
FROM incidents i
LEFT JOIN stretched e ON e.kind = 1 AND e.id = i.incident_id
LEFT JOIN opened o ON o.scooter_id = e.scooter_id AND o.stretch = e.stretch;
