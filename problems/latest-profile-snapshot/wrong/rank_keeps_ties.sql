-- verdict: Wrong Answer
-- RANK on updated_at alone gives every tied snapshot rank 1, so a user can appear twice.
WITH ranked AS (
    SELECT user_id, email, country, updated_at,
           RANK() OVER (PARTITION BY user_id ORDER BY updated_at DESC) AS rk
    FROM profile_snapshots
)
SELECT user_id, email, country, updated_at FROM ranked WHERE rk = 1;
