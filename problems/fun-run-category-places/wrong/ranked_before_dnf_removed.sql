-- verdict: Wrong Answer
-- Ranks every runner and only then drops those who did not finish: in SQLite their NULL
-- times sort first and still push everyone else down.
SELECT *
FROM (
    SELECT category, bib, runner, finish_seconds,
           RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
           DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
    FROM finishers
) AS ranked
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
