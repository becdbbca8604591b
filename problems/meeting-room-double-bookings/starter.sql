-- bookings(booking_id, room, starts_at, ends_at, cancelled_at)
-- One row per clashing pair: room, first_booking, second_booking, overlap_start, overlap_end.
SELECT a.room, a.booking_id AS first_booking, a.booking_id AS second_booking,
       a.starts_at AS overlap_start, a.ends_at AS overlap_end
FROM bookings AS a;
