-- verdict: Wrong Answer
-- DuckDB: DATE + INTERVAL is a TIMESTAMP; without the cast back to DATE every day after the
-- first is shown with a time of day ('2024-02-28 00:00:00').
WITH RECURSIVE days(day) AS (
    SELECT CAST(first_day AS TIMESTAMP) FROM report_window
    UNION ALL
    SELECT day + INTERVAL 1 DAY FROM days, report_window
    WHERE day < CAST(last_day AS TIMESTAMP)
)
SELECT d.day,
       (SELECT COUNT(*) FROM tickets
        WHERE CAST(opened_at AS TIMESTAMP) >= d.day
          AND CAST(opened_at AS TIMESTAMP) < d.day + INTERVAL 1 DAY) AS opened,
       (SELECT COUNT(*) FROM tickets
        WHERE CAST(resolved_at AS TIMESTAMP) >= d.day
          AND CAST(resolved_at AS TIMESTAMP) < d.day + INTERVAL 1 DAY) AS resolved
FROM days d
ORDER BY d.day;
