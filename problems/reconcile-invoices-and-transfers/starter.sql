-- invoice_lines(line_id, invoice_id, amount_cents)
-- bank_transfers(transfer_id, invoice_id, amount_cents, received_at)
-- invoice_id, billed, received, status
SELECT invoice_id, SUM(amount_cents) AS billed, NULL AS received, 'unpaid' AS status
FROM invoice_lines
GROUP BY invoice_id;
