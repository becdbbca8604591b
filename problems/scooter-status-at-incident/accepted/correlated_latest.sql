-- A correlated subquery picks the id of the change in force; a second join reads it.
SELECT i.incident_id, i.scooter_id, i.reported_at, s.status, s.changed_at AS status_since
FROM incidents i
LEFT JOIN status_changes s ON s.change_id = (
    SELECT c.change_id FROM status_changes c
    WHERE c.scooter_id = i.scooter_id AND c.changed_at <= i.reported_at
    ORDER BY c.changed_at DESC, c.change_id DESC
    LIMIT 1);
