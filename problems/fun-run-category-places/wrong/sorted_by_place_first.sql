-- verdict: Wrong Answer
-- Sorts by place before category: all winners first, then all second places, ...
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY place, category, bib;
