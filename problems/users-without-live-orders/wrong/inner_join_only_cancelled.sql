-- verdict: Wrong Answer
-- An inner join: users who never ordered anything are lost.
SELECT DISTINCT u.user_id, u.name
FROM users AS u
JOIN orders AS o ON o.user_id = u.user_id
WHERE o.status = 'cancelled'
  AND NOT EXISTS (SELECT 1 FROM orders AS k
                  WHERE k.user_id = u.user_id AND k.status IS NOT 'cancelled');
