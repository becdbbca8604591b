-- The anti-join: a LEFT JOIN to the user's live orders, with the live test in ON (so it
-- filters the joined orders, not the users), keeping the users with no partner.
SELECT u.user_id, u.name
FROM users AS u
LEFT JOIN orders AS o
       ON o.user_id = u.user_id
      AND (o.status IS NULL OR o.status <> 'cancelled')
WHERE o.order_id IS NULL;
