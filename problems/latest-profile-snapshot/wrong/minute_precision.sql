-- verdict: Wrong Answer
-- Compares the times to the minute (the first 16 characters): two edits within one minute
-- look tied, and the larger snapshot_id wins even when it is the earlier edit.
WITH ranked AS (
    SELECT user_id, email, country, updated_at,
           ROW_NUMBER() OVER (PARTITION BY user_id
                              ORDER BY substr(updated_at, 1, 16) DESC, snapshot_id DESC) AS rn
    FROM profile_snapshots
)
SELECT user_id, email, country, updated_at
FROM ranked
WHERE rn = 1;
