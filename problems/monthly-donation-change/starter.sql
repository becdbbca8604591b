-- donations(donation_id, donated_at, amount_cents)
-- month, total_cents, change_cents, pct_change (one row per calendar month, ORDER BY month)
SELECT substr(donated_at, 1, 7) AS month, SUM(amount_cents) AS total_cents,
       NULL AS change_cents, NULL AS pct_change
FROM donations
GROUP BY substr(donated_at, 1, 7)
ORDER BY month;
