-- verdict: Wrong Answer
-- The last snapshot to arrive is not the latest edit when edits arrive late.
SELECT s.user_id, s.email, s.country, s.updated_at
FROM profile_snapshots AS s
WHERE s.snapshot_id = (SELECT MAX(t.snapshot_id) FROM profile_snapshots AS t
                       WHERE t.user_id = s.user_id);
