-- DuckDB's ANTI JOIN keeps the left rows with no match.
SELECT b.bin_id, b.zone
FROM bins AS b
ANTI JOIN (SELECT bin_id FROM stock WHERE quantity > 0) AS s ON s.bin_id = b.bin_id
WHERE b.is_active = 1;
