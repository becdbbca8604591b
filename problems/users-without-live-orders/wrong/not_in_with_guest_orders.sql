-- verdict: Wrong Answer
-- NOT IN against a list that holds a NULL (a guest order) is never true: nobody is listed.
SELECT u.user_id, u.name
FROM users AS u
WHERE u.user_id NOT IN (
    SELECT o.user_id FROM orders AS o WHERE o.status IS NOT 'cancelled'
);
