-- verdict: Wrong Answer
-- Counts as resolved the tickets opened that day that are resolved by now, not the tickets
-- resolved that day.
WITH RECURSIVE days(day) AS (
    SELECT first_day FROM report_window
    UNION ALL
    SELECT date(day, '+1 day') FROM days, report_window WHERE day < last_day
)
SELECT d.day, COUNT(t.ticket_id) AS opened, COUNT(t.resolved_at) AS resolved
FROM days d
LEFT JOIN tickets t ON substr(t.opened_at, 1, 10) = d.day
GROUP BY d.day
ORDER BY d.day;
