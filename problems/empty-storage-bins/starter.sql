-- bins(bin_id, zone, is_active); stock(sku, bin_id, quantity)
-- One row per active bin holding no units: bin_id, zone.
SELECT bin_id, zone
FROM bins;
