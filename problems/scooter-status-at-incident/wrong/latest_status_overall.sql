-- verdict: Wrong Answer
-- Takes each scooter's latest change overall, which is its status now, not at the report.
WITH latest AS (
    SELECT scooter_id, status, changed_at,
           ROW_NUMBER() OVER (PARTITION BY scooter_id
                              ORDER BY changed_at DESC, change_id DESC) AS pick
    FROM status_changes
)
SELECT i.incident_id, i.scooter_id, i.reported_at, l.status, l.changed_at AS status_since
FROM incidents i
LEFT JOIN latest l ON l.scooter_id = i.scooter_id AND l.pick = 1;
