-- COUNT of a column of the joined table is 0 for a bin with no occupied record.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id AND s.quantity > 0
WHERE b.is_active = 1
GROUP BY b.bin_id, b.zone
HAVING COUNT(s.sku) = 0;
