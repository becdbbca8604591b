-- verdict: Wrong Answer
-- Stops the recursion one day early: the window's last day is missing.
WITH RECURSIVE days(day) AS (
    SELECT first_day FROM report_window
    UNION ALL
    SELECT date(day, '+1 day') FROM days, report_window WHERE date(day, '+1 day') < last_day
)
SELECT d.day,
       (SELECT COUNT(*) FROM tickets WHERE substr(opened_at, 1, 10) = d.day) AS opened,
       (SELECT COUNT(*) FROM tickets WHERE substr(resolved_at, 1, 10) = d.day) AS resolved
FROM days d
ORDER BY d.day;
