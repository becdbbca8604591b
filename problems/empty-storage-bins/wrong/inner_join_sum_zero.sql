-- verdict: Wrong Answer
-- An inner join keeps only the bins that some record names: a bin never used is lost.
SELECT b.bin_id, b.zone
FROM bins AS b
JOIN stock AS s ON s.bin_id = b.bin_id
WHERE b.is_active = 1
GROUP BY b.bin_id, b.zone
HAVING SUM(s.quantity) = 0;
