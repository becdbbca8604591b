-- verdict: Wrong Answer
-- COUNT(*) counts the NULL row the left join makes for an unmatched bin, so it is never 0.
SELECT b.bin_id, b.zone
FROM bins AS b
LEFT JOIN stock AS s ON s.bin_id = b.bin_id AND s.quantity > 0
WHERE b.is_active = 1
GROUP BY b.bin_id, b.zone
HAVING COUNT(*) = 0;
