-- verdict: Wrong Answer
-- NOT IN over a list holding a NULL (stock on the dock) is never true: nothing is listed.
SELECT bin_id, zone
FROM bins
WHERE is_active = 1
  AND bin_id NOT IN (SELECT bin_id FROM stock WHERE quantity > 0);
