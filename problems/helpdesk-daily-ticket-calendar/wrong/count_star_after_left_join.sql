-- verdict: Wrong Answer
-- COUNT(*) after a LEFT JOIN counts the NULL row of an empty day: quiet days show 1.
WITH RECURSIVE days(day) AS (
    SELECT first_day FROM report_window
    UNION ALL
    SELECT date(day, '+1 day') FROM days, report_window WHERE day < last_day
),
opened AS (
    SELECT d.day, COUNT(*) AS n
    FROM days d LEFT JOIN tickets t ON substr(t.opened_at, 1, 10) = d.day
    GROUP BY d.day
),
resolved AS (
    SELECT d.day, COUNT(*) AS n
    FROM days d LEFT JOIN tickets t ON substr(t.resolved_at, 1, 10) = d.day
    GROUP BY d.day
)
SELECT o.day, o.n AS opened, r.n AS resolved
FROM opened o JOIN resolved r ON r.day = o.day
ORDER BY o.day;
