-- Active bins minus the occupied ones (bin_id is unique, so EXCEPT's de-duplication is safe).
SELECT bin_id, zone FROM bins WHERE is_active = 1
EXCEPT
SELECT b.bin_id, b.zone
FROM bins AS b
JOIN stock AS s ON s.bin_id = b.bin_id
WHERE s.quantity > 0;
