SELECT u.user_id, u.name
FROM users AS u
WHERE NOT EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.user_id = u.user_id
      AND o.status IS DISTINCT FROM 'cancelled'
);
