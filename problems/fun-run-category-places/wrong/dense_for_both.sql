-- verdict: Wrong Answer
-- DENSE_RANK() in both columns: place does not skip after a tie.
SELECT category, bib, runner, finish_seconds,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
