-- DuckDB: live bookings first, timestamps compared as TIMESTAMP, greatest() and least().
WITH live AS (
    SELECT booking_id, room, starts_at, ends_at,
           CAST(starts_at AS TIMESTAMP) AS t0, CAST(ends_at AS TIMESTAMP) AS t1
    FROM bookings
    WHERE cancelled_at IS NULL AND room IS NOT NULL
)
SELECT a.room,
       a.booking_id AS first_booking,
       b.booking_id AS second_booking,
       greatest(a.starts_at, b.starts_at) AS overlap_start,
       least(a.ends_at, b.ends_at) AS overlap_end
FROM live AS a
JOIN live AS b USING (room)
WHERE a.booking_id < b.booking_id
  AND greatest(a.t0, b.t0) < least(a.t1, b.t1);
