-- status_changes(change_id, scooter_id, changed_at, status); incidents(incident_id, scooter_id, reported_at)
-- incident_id, scooter_id, reported_at, status, status_since: one row per incident
SELECT incident_id, scooter_id, reported_at, NULL AS status, NULL AS status_since
FROM incidents;
