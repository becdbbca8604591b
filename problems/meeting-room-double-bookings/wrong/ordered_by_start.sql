-- verdict: Wrong Answer
-- Orders the pair by start time instead of id: same-start pairs are lost, and the first
-- booking is the earlier one, not the smaller id.
SELECT a.room,
       a.booking_id AS first_booking,
       b.booking_id AS second_booking,
       CASE WHEN a.starts_at > b.starts_at THEN a.starts_at ELSE b.starts_at END
           AS overlap_start,
       CASE WHEN a.ends_at < b.ends_at THEN a.ends_at ELSE b.ends_at END AS overlap_end
FROM bookings AS a
JOIN bookings AS b
  ON b.room = a.room
 AND a.starts_at < b.starts_at
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
WHERE a.cancelled_at IS NULL
  AND b.cancelled_at IS NULL;
