-- verdict: Wrong Answer
-- NOT LIKE 'cancelled' for "not cancelled": SQLite's LIKE ignores case, so an old order whose
-- status is 'Cancelled' counts as cancelled, though only exactly 'cancelled' is.
SELECT u.user_id, u.name
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1 FROM orders AS o
    WHERE o.user_id = u.user_id
      AND (o.status IS NULL OR o.status NOT LIKE 'cancelled')
);
