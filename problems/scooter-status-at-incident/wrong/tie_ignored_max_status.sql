-- verdict: Wrong Answer
-- Finds the latest time with MAX(changed_at), then settles a tie at that second with
-- MAX(status), the alphabetically last status, instead of the largest change_id.
WITH latest AS (
    SELECT i.incident_id, MAX(s.changed_at) AS changed_at
    FROM incidents i
    JOIN status_changes s ON s.scooter_id = i.scooter_id AND s.changed_at <= i.reported_at
    GROUP BY i.incident_id
)
SELECT i.incident_id, i.scooter_id, i.reported_at,
       (SELECT MAX(s.status) FROM status_changes s
        WHERE s.scooter_id = i.scooter_id AND s.changed_at = l.changed_at) AS status,
       l.changed_at AS status_since
FROM incidents i
LEFT JOIN latest l ON l.incident_id = i.incident_id;
