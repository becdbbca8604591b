-- No window functions: a place is 1 plus the number of faster finishers in the category,
-- the dense place 1 plus the number of distinct faster times.
SELECT f.category,
       f.bib,
       f.runner,
       f.finish_seconds,
       1 + (SELECT COUNT(*) FROM finishers AS g
            WHERE g.category = f.category AND g.finish_seconds < f.finish_seconds) AS place,
       1 + (SELECT COUNT(DISTINCT g.finish_seconds) FROM finishers AS g
            WHERE g.category = f.category AND g.finish_seconds < f.finish_seconds)
           AS dense_place
FROM finishers AS f
WHERE f.finish_seconds IS NOT NULL
ORDER BY f.category, place, f.bib;
