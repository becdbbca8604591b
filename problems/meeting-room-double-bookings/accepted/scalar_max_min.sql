-- SQLite's two-argument scalar max() and min(); the clash test written as "not disjoint".
SELECT a.room,
       a.booking_id AS first_booking,
       b.booking_id AS second_booking,
       max(a.starts_at, b.starts_at) AS overlap_start,
       min(a.ends_at, b.ends_at) AS overlap_end
FROM bookings AS a
JOIN bookings AS b ON b.room = a.room AND b.booking_id > a.booking_id
WHERE a.cancelled_at IS NULL
  AND b.cancelled_at IS NULL
  AND NOT (a.ends_at <= b.starts_at OR b.ends_at <= a.starts_at);
