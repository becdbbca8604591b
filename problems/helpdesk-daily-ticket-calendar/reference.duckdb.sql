WITH RECURSIVE days(day) AS (
    SELECT CAST(first_day AS DATE) FROM report_window
    UNION ALL
    SELECT CAST(day + INTERVAL 1 DAY AS DATE)
    FROM days, report_window
    WHERE day < CAST(last_day AS DATE)
),
opened AS (
    SELECT CAST(substr(opened_at, 1, 10) AS DATE) AS day, COUNT(*) AS n
    FROM tickets
    GROUP BY substr(opened_at, 1, 10)
),
resolved AS (
    SELECT CAST(substr(resolved_at, 1, 10) AS DATE) AS day, COUNT(*) AS n
    FROM tickets
    WHERE resolved_at IS NOT NULL
    GROUP BY substr(resolved_at, 1, 10)
)
SELECT d.day AS day,
       COALESCE(o.n, 0) AS opened,
       COALESCE(r.n, 0) AS resolved
FROM days d
LEFT JOIN opened o ON o.day = d.day
LEFT JOIN resolved r ON r.day = d.day
ORDER BY d.day;
