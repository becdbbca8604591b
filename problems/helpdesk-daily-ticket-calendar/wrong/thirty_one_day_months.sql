-- verdict: Wrong Answer
-- Builds the calendar by hand from day numbers 01..31 of every month and keeps the ones
-- date() accepts; SQLite's date() passes '2024-02-30' and '2023-04-31' through as they
-- are, so the calendar gets days that do not exist.
WITH RECURSIVE months(m) AS (
    SELECT substr(first_day, 1, 7) || '-01' FROM report_window
    UNION ALL
    SELECT date(m, '+1 month') FROM months, report_window WHERE date(m, '+1 month') <= last_day
),
nums(n) AS (
    SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 31
),
days(day) AS (
    SELECT date(substr(m, 1, 8) || printf('%02d', n))
    FROM months, nums, report_window
    WHERE date(substr(m, 1, 8) || printf('%02d', n)) BETWEEN first_day AND last_day
)
SELECT d.day,
       (SELECT COUNT(*) FROM tickets WHERE substr(opened_at, 1, 10) = d.day) AS opened,
       (SELECT COUNT(*) FROM tickets WHERE substr(resolved_at, 1, 10) = d.day) AS resolved
FROM days d
ORDER BY d.day;
