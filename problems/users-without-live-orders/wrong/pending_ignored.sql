-- verdict: Wrong Answer
-- status <> 'cancelled' is NULL for a pending order, so pending orders do not count as live.
SELECT u.user_id, u.name
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1 FROM orders AS o
    WHERE o.user_id = u.user_id AND o.status <> 'cancelled'
);
