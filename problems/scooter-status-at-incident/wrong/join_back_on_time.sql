-- verdict: Wrong Answer
-- Joins the changes back on the latest time: with two changes at that second the incident
-- comes out twice.
WITH latest AS (
    SELECT i.incident_id, MAX(s.changed_at) AS changed_at
    FROM incidents i
    JOIN status_changes s ON s.scooter_id = i.scooter_id AND s.changed_at <= i.reported_at
    GROUP BY i.incident_id
)
SELECT i.incident_id, i.scooter_id, i.reported_at, s.status, l.changed_at AS status_since
FROM incidents i
LEFT JOIN latest l ON l.incident_id = i.incident_id
LEFT JOIN status_changes s ON s.scooter_id = i.scooter_id AND s.changed_at = l.changed_at;
