-- verdict: Wrong Answer
-- Groups the tickets by the days they mention: a day with no ticket gets no row at all.
WITH events AS (
    SELECT substr(opened_at, 1, 10) AS day, 1 AS o, 0 AS r FROM tickets
    UNION ALL
    SELECT substr(resolved_at, 1, 10), 0, 1 FROM tickets WHERE resolved_at IS NOT NULL
)
SELECT e.day, SUM(e.o) AS opened, SUM(e.r) AS resolved
FROM events e, report_window w
WHERE e.day BETWEEN w.first_day AND w.last_day
GROUP BY e.day
ORDER BY e.day;
