-- NOT IN is safe once the NULLs are taken out of the list.
SELECT bin_id, zone
FROM bins
WHERE is_active = 1
  AND bin_id NOT IN (SELECT bin_id FROM stock WHERE quantity > 0 AND bin_id IS NOT NULL);
