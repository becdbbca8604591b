-- deliveries(delivery_id, driver_id, delay_minutes)
-- One row per 15-minute bucket from the lowest to the highest, empty ones included:
-- bucket_start, bucket_end, deliveries; ordered by bucket_start.
SELECT delay_minutes AS bucket_start, delay_minutes + 15 AS bucket_end, COUNT(*) AS deliveries
FROM deliveries
GROUP BY delay_minutes
ORDER BY bucket_start;
