-- verdict: Wrong Answer
-- Finds the unpaid invoices with NOT IN over the transfers' invoice ids, which hold NULLs:
-- "x NOT IN (..., NULL)" is never true, so no invoice is unpaid once a transfer is unquoted.
WITH billed AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM invoice_lines GROUP BY invoice_id
),
received AS (
    SELECT invoice_id, SUM(amount_cents) AS amount
    FROM bank_transfers WHERE invoice_id IS NOT NULL GROUP BY invoice_id
)
SELECT r.invoice_id, b.amount AS billed, r.amount AS received,
       CASE WHEN b.amount IS NULL THEN 'unbilled'
            WHEN b.amount = r.amount THEN 'matched'
            ELSE 'mismatch' END AS status
FROM received AS r LEFT JOIN billed AS b ON b.invoice_id = r.invoice_id
UNION ALL
SELECT b.invoice_id, b.amount, NULL, 'unpaid'
FROM billed AS b
WHERE b.invoice_id NOT IN (SELECT invoice_id FROM bank_transfers);
