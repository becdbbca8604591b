-- verdict: Wrong Answer
-- Ranks the largest time first, as for points on a leaderboard; here a smaller time wins.
SELECT category, bib, runner, finish_seconds,
       RANK() OVER (PARTITION BY category ORDER BY finish_seconds DESC) AS place,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY finish_seconds DESC) AS dense_place
FROM finishers
WHERE finish_seconds IS NOT NULL
ORDER BY category, place, bib;
