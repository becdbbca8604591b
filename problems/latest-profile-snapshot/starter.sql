-- profile_snapshots(snapshot_id, user_id, email, country, updated_at)
-- one row per user: user_id, email, country, updated_at of the latest snapshot
SELECT user_id, email, country, updated_at
FROM profile_snapshots;
