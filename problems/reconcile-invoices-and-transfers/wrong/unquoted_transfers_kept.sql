-- verdict: Wrong Answer
-- Grouping the transfers without dropping NULL ids adds an 'unbilled' row for invoice NULL.
WITH billed AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM invoice_lines GROUP BY invoice_id
), received AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM bank_transfers GROUP BY invoice_id
)
SELECT b.invoice_id, b.amount AS billed, r.amount AS received,
       CASE WHEN r.amount IS NULL THEN 'unpaid'
            WHEN b.amount = r.amount THEN 'matched' ELSE 'mismatch' END AS status
FROM billed AS b LEFT JOIN received AS r ON r.invoice_id = b.invoice_id
UNION ALL
SELECT r.invoice_id, NULL, r.amount, 'unbilled'
FROM received AS r LEFT JOIN billed AS b ON b.invoice_id = r.invoice_id
WHERE b.invoice_id IS NULL;
