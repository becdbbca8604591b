-- verdict: Wrong Answer
-- Lists runners who share a place by name instead of by bib.
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, runner, bib;
