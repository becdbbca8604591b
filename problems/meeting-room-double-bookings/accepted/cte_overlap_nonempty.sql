-- Live bookings in a CTE; the later start must come before the earlier end.
WITH live AS (
    SELECT booking_id, room, starts_at, ends_at
    FROM bookings
    WHERE cancelled_at IS NULL
),
pairs AS (
    SELECT a.room, a.booking_id AS first_booking, b.booking_id AS second_booking,
           CASE WHEN b.starts_at > a.starts_at THEN b.starts_at ELSE a.starts_at END AS s,
           CASE WHEN b.ends_at < a.ends_at THEN b.ends_at ELSE a.ends_at END AS e
    FROM live AS a
    JOIN live AS b ON a.room = b.room AND a.booking_id < b.booking_id
)
SELECT room, first_booking, second_booking, s AS overlap_start, e AS overlap_end
FROM pairs
WHERE s < e;
