-- The days from a recursive CTE, each count from a correlated subquery.
WITH RECURSIVE days(day) AS (
    SELECT first_day FROM report_window
    UNION ALL
    SELECT date(day, '+1 day') FROM days, report_window WHERE day < last_day
)
SELECT d.day,
       (SELECT COUNT(*) FROM tickets WHERE opened_at >= d.day
            AND opened_at < date(d.day, '+1 day')) AS opened,
       (SELECT COUNT(*) FROM tickets WHERE resolved_at >= d.day
            AND resolved_at < date(d.day, '+1 day')) AS resolved
FROM days d
ORDER BY d.day;
