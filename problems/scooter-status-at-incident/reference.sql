WITH candidates AS (
    SELECT i.incident_id,
           i.scooter_id,
           i.reported_at,
           s.status,
           s.changed_at,
           ROW_NUMBER() OVER (PARTITION BY i.incident_id
                              ORDER BY s.changed_at DESC, s.change_id DESC) AS pick
    FROM incidents i
    LEFT JOIN status_changes s
           ON s.scooter_id = i.scooter_id
          AND s.changed_at <= i.reported_at
)
SELECT incident_id, scooter_id, reported_at, status, changed_at AS status_since
FROM candidates
WHERE pick = 1;
