WITH billed AS (
    SELECT invoice_id, SUM(amount_cents) AS amount
    FROM invoice_lines
    GROUP BY invoice_id
),
received AS (
    SELECT invoice_id, SUM(amount_cents) AS amount
    FROM bank_transfers
    WHERE invoice_id IS NOT NULL
    GROUP BY invoice_id
),
both_sides AS (
    SELECT b.invoice_id, b.amount AS billed, r.amount AS received
    FROM billed AS b
    LEFT JOIN received AS r ON r.invoice_id = b.invoice_id
    UNION ALL
    SELECT r.invoice_id, NULL, r.amount
    FROM received AS r
    WHERE NOT EXISTS (SELECT 1 FROM billed AS b WHERE b.invoice_id = r.invoice_id)
)
SELECT invoice_id,
       billed,
       received,
       CASE
           WHEN received IS NULL THEN 'unpaid'
           WHEN billed IS NULL THEN 'unbilled'
           WHEN billed = received THEN 'matched'
           ELSE 'mismatch'
       END AS status
FROM both_sides;
