-- verdict: Wrong Answer
-- MAX() per column stitches values from different snapshots and skips NULLs.
SELECT user_id, MAX(email) AS email, MAX(country) AS country, MAX(updated_at) AS updated_at
FROM profile_snapshots
GROUP BY user_id;
