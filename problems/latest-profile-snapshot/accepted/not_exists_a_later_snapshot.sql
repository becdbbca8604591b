-- A snapshot is kept when no snapshot of the same user is later, or as late with a larger id.
SELECT s.user_id, s.email, s.country, s.updated_at
FROM profile_snapshots AS s
WHERE NOT EXISTS (
    SELECT 1
    FROM profile_snapshots AS t
    WHERE t.user_id = s.user_id
      AND (t.updated_at > s.updated_at
           OR (t.updated_at = s.updated_at AND t.snapshot_id > s.snapshot_id))
);
