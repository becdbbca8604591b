-- verdict: Wrong Answer
-- Keeps the runners who did not finish: SQLite sorts NULL first, so they take place 1.
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
ORDER BY category, place, bib;
