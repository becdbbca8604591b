-- verdict: Wrong Answer
-- ROW_NUMBER() gives tied runners different places (by bib) instead of a shared one.
SELECT category, bib, runner, finish_seconds,
       ROW_NUMBER() OVER (PARTITION BY category ORDER BY finish_seconds, bib) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
