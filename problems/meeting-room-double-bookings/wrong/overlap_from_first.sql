-- verdict: Wrong Answer
-- Assumes the smaller id starts first and ends first: the overlap is taken as the second
-- booking's start and the first booking's end.
SELECT a.room,
       a.booking_id AS first_booking,
       b.booking_id AS second_booking,
       b.starts_at AS overlap_start,
       a.ends_at AS overlap_end
FROM bookings AS a
JOIN bookings AS b
  ON b.room = a.room
 AND a.booking_id < b.booking_id
 AND a.starts_at < b.ends_at
 AND b.starts_at < a.ends_at
WHERE a.cancelled_at IS NULL
  AND b.cancelled_at IS NULL;
