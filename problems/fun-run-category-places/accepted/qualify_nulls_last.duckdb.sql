-- DuckDB style: a named window and QUALIFY, which filters after the window functions ran.
-- DuckDB sorts NULL last by default, so the runners who did not finish rank behind every
-- finisher and dropping them afterwards leaves the finishers' places as they are.
SELECT category, bib, runner, finish_seconds,
       rank() OVER w AS place,
       dense_rank() OVER w AS dense_place
FROM finishers
WINDOW w AS (PARTITION BY category ORDER BY finish_seconds)
QUALIFY finish_seconds IS NOT NULL
ORDER BY category, place, bib;
