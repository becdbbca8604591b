-- verdict: Wrong Answer
-- The quantity test in WHERE runs after the join and removes the NULL rows the anti join
-- looks for: nothing is ever listed.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id
WHERE b.is_active = 1
  AND s.quantity > 0
  AND s.bin_id IS NULL;
