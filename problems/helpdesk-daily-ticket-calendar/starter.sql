-- report_window(first_day, last_day); tickets(ticket_id, opened_at, resolved_at)
-- day, opened, resolved (one row per calendar day of the window, ORDER BY day)
SELECT substr(opened_at, 1, 10) AS day, COUNT(*) AS opened, 0 AS resolved
FROM tickets
GROUP BY substr(opened_at, 1, 10)
ORDER BY day;
