-- users(user_id, name, signup_date); orders(order_id, user_id, status, created_at)
-- One row per user with no live order: user_id, name.
SELECT user_id, name
FROM users;
