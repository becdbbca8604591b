-- Each assigned user's step times in one pass of correlated MINs (NULL when a step was not
-- reached: MIN over no rows), then counts of the non-NULL ones per variant.
WITH steps AS (
    SELECT a.user_id, a.variant,
           (SELECT MIN(e.event_time) FROM events AS e
            WHERE e.user_id = a.user_id AND e.event_name = 'view') AS viewed_at
    FROM assignments AS a
),
carts AS (
    SELECT s.*,
           (SELECT MIN(e.event_time) FROM events AS e
            WHERE e.user_id = s.user_id AND e.event_name = 'add_to_cart'
              AND e.event_time >= s.viewed_at) AS carted_at
    FROM steps AS s
),
buys AS (
    SELECT c.*,
           (SELECT MIN(e.event_time) FROM events AS e
            WHERE e.user_id = c.user_id AND e.event_name = 'purchase'
              AND e.event_time >= c.carted_at) AS bought_at
    FROM carts AS c
)
SELECT variant,
       COUNT(*) AS users,
       COUNT(viewed_at) AS viewed,
       COUNT(carted_at) AS carted,
       COUNT(bought_at) AS purchased,
       1.0 * COUNT(bought_at) / COUNT(*) AS conversion_rate
FROM buys
GROUP BY variant;
