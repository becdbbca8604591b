-- verdict: Wrong Answer
-- Joins the opened and the resolved tickets to the same day row at once: a day with 2
-- opened and 3 resolved tickets makes 6 rows, and both counts come out multiplied.
WITH RECURSIVE days(day) AS (
    SELECT first_day FROM report_window
    UNION ALL
    SELECT date(day, '+1 day') FROM days, report_window WHERE day < last_day
)
SELECT d.day, COUNT(o.ticket_id) AS opened, COUNT(r.ticket_id) AS resolved
FROM days d
LEFT JOIN tickets o ON substr(o.opened_at, 1, 10) = d.day
LEFT JOIN tickets r ON substr(r.resolved_at, 1, 10) = d.day
GROUP BY d.day
ORDER BY d.day;
