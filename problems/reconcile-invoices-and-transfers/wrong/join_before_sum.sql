-- verdict: Wrong Answer
-- Joining raw rows before summing repeats each line once per transfer (and vice versa).
SELECT i.invoice_id, SUM(i.amount_cents) AS billed, SUM(t.amount_cents) AS received,
       CASE WHEN SUM(t.amount_cents) IS NULL THEN 'unpaid'
            WHEN SUM(i.amount_cents) = SUM(t.amount_cents) THEN 'matched'
            ELSE 'mismatch' END AS status
FROM invoice_lines AS i
FULL OUTER JOIN bank_transfers AS t ON t.invoice_id = i.invoice_id
WHERE COALESCE(i.invoice_id, t.invoice_id) IS NOT NULL
GROUP BY COALESCE(i.invoice_id, t.invoice_id);
