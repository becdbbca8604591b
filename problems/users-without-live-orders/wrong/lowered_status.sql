-- verdict: Wrong Answer
-- Tidies the status before comparing (LOWER(TRIM(status))): 'Cancelled', 'CANCELLED' and
-- 'cancelled ' are live orders, not cancelled ones.
SELECT u.user_id, u.name
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1 FROM orders AS o
    WHERE o.user_id = u.user_id
      AND (o.status IS NULL OR LOWER(TRIM(o.status)) <> 'cancelled')
);
