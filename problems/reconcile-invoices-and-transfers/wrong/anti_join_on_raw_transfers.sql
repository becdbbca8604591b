-- verdict: Wrong Answer
-- The second half of the emulation reads raw transfers: one row per transfer, not per invoice.
WITH billed AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM invoice_lines GROUP BY invoice_id
), received AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM bank_transfers
    WHERE invoice_id IS NOT NULL GROUP BY invoice_id
)
SELECT b.invoice_id, b.amount AS billed, r.amount AS received,
       CASE WHEN r.amount IS NULL THEN 'unpaid'
            WHEN b.amount = r.amount THEN 'matched' ELSE 'mismatch' END AS status
FROM billed AS b LEFT JOIN received AS r ON r.invoice_id = b.invoice_id
UNION ALL
SELECT t.invoice_id, NULL, t.amount_cents, 'unbilled'
FROM bank_transfers AS t
WHERE t.invoice_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM billed AS b WHERE b.invoice_id = t.invoice_id);
