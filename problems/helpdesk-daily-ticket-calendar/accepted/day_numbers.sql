-- Counts days as offsets from first_day and turns each into a date with julianday.
WITH RECURSIVE offsets(i) AS (
    SELECT 0
    UNION ALL
    SELECT i + 1 FROM offsets, report_window
    WHERE i < CAST(julianday(last_day) - julianday(first_day) AS INTEGER)
),
days AS (
    SELECT date(julianday(first_day) + i) AS day FROM offsets, report_window
),
events AS (
    SELECT substr(opened_at, 1, 10) AS day, 1 AS o, 0 AS r FROM tickets
    UNION ALL
    SELECT substr(resolved_at, 1, 10), 0, 1 FROM tickets WHERE resolved_at IS NOT NULL
)
SELECT d.day, COALESCE(SUM(e.o), 0) AS opened, COALESCE(SUM(e.r), 0) AS resolved
FROM days d LEFT JOIN events e ON e.day = d.day
GROUP BY d.day
ORDER BY d.day;
