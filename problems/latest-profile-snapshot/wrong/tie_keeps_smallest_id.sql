-- verdict: Wrong Answer
-- The tie-break goes the wrong way: the smallest snapshot_id wins.
WITH ranked AS (
    SELECT user_id, email, country, updated_at,
           ROW_NUMBER() OVER (PARTITION BY user_id
                              ORDER BY updated_at DESC, snapshot_id ASC) AS rn
    FROM profile_snapshots
)
SELECT user_id, email, country, updated_at FROM ranked WHERE rn = 1;
