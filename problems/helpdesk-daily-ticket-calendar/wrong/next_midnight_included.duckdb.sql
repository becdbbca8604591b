-- verdict: Wrong Answer
-- DuckDB: BETWEEN day AND day + 1 day on timestamps includes the next midnight, so a
-- ticket opened or resolved at exactly 00:00:00 counts on the day before as well.
WITH RECURSIVE days(day) AS (
    SELECT CAST(first_day AS DATE) FROM report_window
    UNION ALL
    SELECT CAST(day + INTERVAL 1 DAY AS DATE) FROM days, report_window
    WHERE day < CAST(last_day AS DATE)
)
SELECT d.day,
       (SELECT COUNT(*) FROM tickets WHERE CAST(opened_at AS TIMESTAMP)
            BETWEEN d.day AND d.day + INTERVAL 1 DAY) AS opened,
       (SELECT COUNT(*) FROM tickets WHERE CAST(resolved_at AS TIMESTAMP)
            BETWEEN d.day AND d.day + INTERVAL 1 DAY) AS resolved
FROM days d
ORDER BY d.day;
