-- NOT IN is safe once the list can hold no NULL: guest orders are left out of it.
SELECT user_id, name
FROM users
WHERE user_id NOT IN (
    SELECT user_id FROM orders
    WHERE user_id IS NOT NULL
      AND COALESCE(status, '') <> 'cancelled'
);
