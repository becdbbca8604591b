-- Every id of either table first (UNION drops the repeats), then each total by a
-- correlated subquery: SUM over no rows is NULL, as billed and received must be.
WITH ids AS (
    SELECT invoice_id FROM invoice_lines
    UNION
    SELECT invoice_id FROM bank_transfers WHERE invoice_id IS NOT NULL
),
totals AS (
    SELECT i.invoice_id,
           (SELECT SUM(l.amount_cents) FROM invoice_lines AS l
            WHERE l.invoice_id = i.invoice_id) AS billed,
           (SELECT SUM(t.amount_cents) FROM bank_transfers AS t
            WHERE t.invoice_id = i.invoice_id) AS received
    FROM ids AS i
)
SELECT invoice_id, billed, received,
       CASE WHEN billed = received THEN 'matched'
            WHEN billed <> received THEN 'mismatch'
            WHEN received IS NULL THEN 'unpaid'
            ELSE 'unbilled' END AS status
FROM totals;
