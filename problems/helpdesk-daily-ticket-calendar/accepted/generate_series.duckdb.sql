-- DuckDB: the calendar from generate_series over dates, the counts from FILTER clauses.
SELECT CAST(s.day AS DATE) AS day,
       COUNT(t.ticket_id) FILTER (WHERE CAST(t.opened_at AS DATE) = CAST(s.day AS DATE)) AS opened,
       COUNT(t.ticket_id) FILTER (WHERE CAST(t.resolved_at AS DATE) = CAST(s.day AS DATE)) AS resolved
FROM report_window w,
     generate_series(CAST(w.first_day AS DATE), CAST(w.last_day AS DATE), INTERVAL 1 DAY) AS s(day)
LEFT JOIN tickets t
       ON CAST(t.opened_at AS DATE) = CAST(s.day AS DATE)
       OR CAST(t.resolved_at AS DATE) = CAST(s.day AS DATE)
GROUP BY s.day
ORDER BY s.day;
