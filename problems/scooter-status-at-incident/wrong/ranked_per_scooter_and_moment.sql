-- verdict: Wrong Answer
-- Ranks per (scooter, moment) instead of per incident, then joins the winners back to
-- incidents: fine for distinct reports, but the rank runs over the doubled rows of two
-- incidents at the same scooter and second, so only one of them keeps pick = 1.
WITH candidates AS (
    SELECT i.incident_id, i.scooter_id, i.reported_at, s.status, s.changed_at,
           ROW_NUMBER() OVER (PARTITION BY i.scooter_id, i.reported_at
                              ORDER BY s.changed_at DESC, s.change_id DESC) AS pick
    FROM incidents i
    LEFT JOIN status_changes s ON s.scooter_id = i.scooter_id AND s.changed_at <= i.reported_at
)
SELECT incident_id, scooter_id, reported_at, status, changed_at AS status_since
FROM candidates WHERE pick = 1;
