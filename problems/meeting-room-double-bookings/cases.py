import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("booking_id", "INTEGER"), ("room", "TEXT"), ("starts_at", "TEXT"),
           ("ends_at", "TEXT"), ("cancelled_at", "TEXT"))
DAY = "2024-05-06"


def tables(rows) -> tuple:
    """rows: (booking_id, room, starts_at, ends_at[, cancelled_at]); a bare 'HH:MM' is on DAY."""
    def stamp(value):
        return value if value is None or len(value) > 5 else f"{DAY} {value}"
    full = tuple((r[0], r[1], stamp(r[2]), stamp(r[3]), stamp(r[4]) if len(r) > 4 else None)
                 for r in rows)
    return ({"bookings": Table(COLUMNS, full)},)


def result(*rows):
    return SqlResult(columns=("room", "first_booking", "second_booking", "overlap_start",
                              "overlap_end"),
                     rows=tuple((r[0], r[1], r[2], f"{DAY} {r[3]}", f"{DAY} {r[4]}")
                                for r in rows))


SAMPLES = [
    Case(tables([(1, "Atlas-3", "09:00", "10:00"), (2, "Atlas-3", "09:30", "11:00"),
                 (3, "Atlas-3", "10:00", "10:30"), (4, "Borealis", "09:00", "10:00"),
                 (5, "Atlas-3", "09:45", "10:15", "2024-05-01 08:00")]),
         expected=result(("Atlas-3", 1, 2, "09:30", "10:00"),
                         ("Atlas-3", 2, 3, "10:00", "10:30")),
         note="1 and 3 are back to back, which is no clash; 4 is another room; 5 was "
              "cancelled"),
    Case(tables([(10, "Cobalt", "13:00", "17:00"), (11, "Cobalt", "14:00", "15:00"),
                 (7, "Cobalt", "16:30", "18:00"), (12, None, "14:00", "15:00")]),
         expected=result(("Cobalt", 10, 11, "14:00", "15:00"),
                         ("Cobalt", 7, 10, "16:30", "17:00")),
         note="11 lies inside 10; 7 has the smaller id though it starts later; 12 has no room"),
]

ROOMS = ["Atlas", "Borealis", "Cobalt", "Dune", "Ember", "Fjord", "Grove", "Harbor"]
BASE = datetime.datetime(2024, 12, 30, 7, 0)


def _fmt(minutes: int) -> str:
    return (BASE + datetime.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M")


def _random(rng: random.Random, n: int, n_rooms: int, days: int, cancel: float = 0.15,
            no_room: float = 0.05) -> tuple:
    rooms = [f"{rng.choice(ROOMS)}-{k}" for k in range(1, n_rooms + 1)]
    ids = rng.sample(range(1, 10 * n + 10), n)
    rows = []
    for booking_id in ids:
        start = rng.randrange(0, days * 24 * 60, 15)
        length = rng.choice([15, 30, 30, 45, 60, 60, 90, 120, 240, 600])
        cancelled = _fmt(start - rng.randint(60, 5000)) if rng.random() < cancel else None
        room = None if rng.random() < no_room else rng.choice(rooms)
        rows.append((booking_id, room, _fmt(start), _fmt(start + length), cancelled))
    return ({"bookings": Table(COLUMNS, tuple(rows))},)


def generate(rng):
    return _random(rng, rng.randint(0, 60), rng.randint(1, 6), rng.randint(1, 3),
                   rng.choice([0.0, 0.2]), rng.choice([0.0, 0.1]))


_rng = random.Random(2604)

HIDDEN = [
    Case(tables([]), note="empty table"),
    Case(tables([(1, "Atlas-1", "09:00", "10:00")]), note="a single booking"),
    Case(tables([(1, "Atlas-1", "09:00", "10:00"), (2, "Atlas-1", "10:00", "11:00"),
                 (3, "Atlas-1", "08:00", "09:00")]),
         note="back to back on both sides: no clash"),
    Case(tables([(4, "Atlas-1", "09:00", "10:00"), (9, "Atlas-1", "09:00", "10:00")]),
         note="two bookings with exactly the same times"),
    Case(tables([(3, "Dune-2", "12:00", "12:30"), (8, "Dune-2", "08:00", "18:00")]),
         note="the smaller id lies inside the larger one"),
    Case(tables([(8, "Dune-2", "12:00", "12:30"), (3, "Dune-2", "08:00", "18:00")]),
         note="the larger id lies inside the smaller one"),
    Case(tables([(1, "Ember-1", "09:00", "11:00"), (2, "Ember-1", "10:00", "12:00"),
                 (3, "Ember-1", "10:30", "10:45")]),
         note="three bookings that all clash: three pairs"),
    Case(tables([(1, "Ember-1", "09:00", "10:00"), (2, "Ember-2", "09:00", "10:00"),
                 (3, None, "09:00", "10:00"), (4, None, "09:30", "10:30")]),
         note="same times in different rooms, and two bookings without a room"),
    Case(tables([(1, "Fjord-1", "09:00", "10:00", "2024-05-01 12:00"),
                 (2, "Fjord-1", "09:30", "10:30"),
                 (3, "Fjord-2", "09:00", "10:00"),
                 (4, "Fjord-2", "09:30", "10:30", "2024-05-02 12:00")]),
         note="the cancelled booking is the first of the pair in one room, the second in the "
              "other"),
    Case(tables([(1, "Grove-1", "2024-12-31 22:00", "2025-01-01 02:00"),
                 (2, "Grove-1", "2025-01-01 01:59", "2025-01-01 03:00"),
                 (3, "Grove-1", "2025-01-01 02:00", "2025-01-01 04:00")]),
         note="across midnight and the new year; a one-minute overlap; back to back"),
    Case(tables([(1, "Harbor-1", "09:00", "09:01"), (2, "Harbor-1", "09:00", "17:00"),
                 (3, "Harbor-1", "16:59", "17:30")]),
         note="a one-minute booking, and overlaps of one minute"),
    Case(tables([(-2, "Atlas-1", "09:00", "10:00"), (0, "Atlas-1", "09:15", "09:45")]),
         note="ids 0 and negative"),
    Case(_random(_rng, 40, 3, 1), note="random, small"),
    Case(_random(_rng, 4000, 300, 14), note="largest"),
    Case(_random(_rng, 1500, 20, 3, 0.3, 0.2), note="busy rooms, many clashes"),
]
