-- verdict: Wrong Answer
-- Tests each joined record on its own: a bin with a 0-unit record is listed even when another
-- record holds units, and once per 0-unit record.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id
WHERE b.is_active = 1
  AND (s.bin_id IS NULL OR s.quantity = 0);
