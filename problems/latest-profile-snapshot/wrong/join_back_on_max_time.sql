-- verdict: Wrong Answer
-- Joining back on the latest timestamp keeps every snapshot that shares it.
SELECT s.user_id, s.email, s.country, s.updated_at
FROM profile_snapshots AS s
JOIN (SELECT user_id, MAX(updated_at) AS latest
      FROM profile_snapshots GROUP BY user_id) AS m
  ON m.user_id = s.user_id AND m.latest = s.updated_at;
