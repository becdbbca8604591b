-- verdict: Wrong Answer
-- RANK() in both columns: dense_place skips after a tie like place does.
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
