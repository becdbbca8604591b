-- The quantity test belongs to the join condition, so unmatched bins keep their NULL row.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id AND s.quantity > 0
WHERE b.is_active = 1
  AND s.bin_id IS NULL;
