-- SQLite 3.40's FULL OUTER JOIN of the two per-invoice totals; the id comes from whichever
-- side has it.
WITH billed AS (
    SELECT invoice_id, SUM(amount_cents) AS amount FROM invoice_lines GROUP BY invoice_id
),
received AS (
    SELECT invoice_id, SUM(amount_cents) AS amount
    FROM bank_transfers WHERE invoice_id IS NOT NULL GROUP BY invoice_id
)
SELECT COALESCE(b.invoice_id, r.invoice_id) AS invoice_id,
       b.amount AS billed,
       r.amount AS received,
       CASE WHEN b.amount IS NULL THEN 'unbilled'
            WHEN r.amount IS NULL THEN 'unpaid'
            WHEN b.amount = r.amount THEN 'matched'
            ELSE 'mismatch' END AS status
FROM billed AS b FULL OUTER JOIN received AS r ON r.invoice_id = b.invoice_id;
