SELECT b.bin_id, b.zone
FROM bins AS b
WHERE b.is_active = 1
  AND NOT EXISTS (
    SELECT 1
    FROM stock AS s
    WHERE s.bin_id = b.bin_id
      AND s.quantity > 0
  );
