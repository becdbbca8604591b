-- verdict: Wrong Answer
-- The status test sits in WHERE, after the join: a user with one cancelled and one live order
-- slips through, once per cancelled order.
SELECT u.user_id, u.name
FROM users AS u
LEFT JOIN orders AS o ON o.user_id = u.user_id
WHERE o.order_id IS NULL OR o.status = 'cancelled';
