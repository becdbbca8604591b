-- Unpivot by crossing the sheet with the three channel names, keep the non-NULL cells, then
-- the window columns with their default frame (RANGE: the days are unique, so the same sum).
WITH channels(channel) AS (VALUES ('search'), ('social'), ('email')),
long AS (
    SELECT c.channel, d.day,
           CASE c.channel WHEN 'search' THEN d.search
                          WHEN 'social' THEN d.social
                          ELSE d.email END AS spend
    FROM daily_spend AS d CROSS JOIN channels AS c
)
SELECT channel,
       day,
       spend,
       SUM(spend) OVER (PARTITION BY channel ORDER BY day) AS cumulative_spend,
       DENSE_RANK() OVER (PARTITION BY channel ORDER BY spend DESC) AS spend_rank
FROM long
WHERE spend IS NOT NULL
ORDER BY channel, day;
