-- verdict: Wrong Answer
-- Any record, even one with 0 units, makes the bin look occupied.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id
WHERE b.is_active = 1
  AND s.bin_id IS NULL;
