-- verdict: Wrong Answer
-- Forgets that bins closed for repair are never listed.
SELECT b.bin_id, b.zone
FROM bins AS b
WHERE NOT EXISTS (SELECT 1 FROM stock AS s WHERE s.bin_id = b.bin_id AND s.quantity > 0);
