-- verdict: Wrong Answer
-- Forgets PARTITION BY: places are counted over the whole field, not per category.
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (ORDER BY finish_seconds) AS place,
       DENSE_RANK() OVER (ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
