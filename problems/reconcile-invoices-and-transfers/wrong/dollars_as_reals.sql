-- verdict: Wrong Answer
-- Sums the amounts in dollars as real numbers (cents / 100.0) and compares those sums for
-- equality: 0.10 + 0.20 is not 0.30 in floating point, so an exact payment is a 'mismatch'.
WITH billed AS (
    SELECT invoice_id, SUM(amount_cents / 100.0) AS dollars
    FROM invoice_lines GROUP BY invoice_id
),
received AS (
    SELECT invoice_id, SUM(amount_cents / 100.0) AS dollars
    FROM bank_transfers WHERE invoice_id IS NOT NULL GROUP BY invoice_id
)
SELECT COALESCE(b.invoice_id, r.invoice_id) AS invoice_id,
       CAST(ROUND(b.dollars * 100) AS INTEGER) AS billed,
       CAST(ROUND(r.dollars * 100) AS INTEGER) AS received,
       CASE WHEN r.dollars IS NULL THEN 'unpaid'
            WHEN b.dollars IS NULL THEN 'unbilled'
            WHEN b.dollars = r.dollars THEN 'matched'
            ELSE 'mismatch' END AS status
FROM billed AS b FULL OUTER JOIN received AS r ON r.invoice_id = b.invoice_id;
