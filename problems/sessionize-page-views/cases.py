import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("view_id", "INTEGER"), ("user_id", "INTEGER"), ("viewed_at", "TEXT"),
           ("page", "TEXT"))


def tables(rows) -> tuple:
    return ({"page_views": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("user_id", "session_number", "session_start", "session_end",
                              "views", "gap_to_next_seconds"), rows=tuple(rows))


def at(hms: str, day: str = "2024-03-01") -> str:
    return f"{day} {hms}"


SAMPLES = [
    Case(tables([(1, 7, at("09:00:00"), "/"), (2, 7, at("09:10:00"), "/shoes"),
                 (3, 7, at("09:40:00"), "/cart"), (4, 7, at("10:10:01"), "/"),
                 (5, 8, at("09:05:00"), "/"), (6, None, at("09:06:00"), "/")]),
         expected=result((7, 1, at("09:00:00"), at("09:40:00"), 3, 1801),
                         (7, 2, at("10:10:01"), at("10:10:01"), 1, None),
                         (8, 1, at("09:05:00"), at("09:05:00"), 1, None)),
         note="a gap of exactly 30 minutes stays in the session, 30 minutes and 1 second "
              "does not; the anonymous view is ignored"),
    Case(tables([(10, 3, at("23:50:00"), "/a"), (11, 3, at("00:15:00", "2024-03-02"), "/b"),
                 (12, 3, at("23:50:00"), "/c"), (9, 3, at("08:00:00", "2024-03-02"), "/d")]),
         expected=result((3, 1, at("23:50:00"), at("00:15:00", "2024-03-02"), 3, 27900),
                         (3, 2, at("08:00:00", "2024-03-02"), at("08:00:00", "2024-03-02"),
                          1, None)),
         note="a session over midnight; two views at the same second; ids out of order"),
]


STEPS = [0, 5, 60, 300, 1200, 1799, 1800, 1801, 3600, 7200, 86400]
LONG_STEPS = [0, 1, 59, 61, 1799, 1800, 1801, 1830, 3599, 43200, 86399, 86400, 86401,
              2 * 86400 + 1800, 9 * 86400 + 7]


def _random(rng: random.Random, n_views: int, n_users: int,
            base: datetime.datetime = datetime.datetime(2024, 5, 1, 8, 0, 0),
            steps: list[int] = STEPS):
    rows = []
    cursors = {u: base + datetime.timedelta(minutes=rng.randint(0, 600))
               for u in range(1, n_users + 1)}
    ids = rng.sample(range(1, 20 * n_views), n_views)
    for vid in ids:
        user = rng.randint(1, n_users)
        step = rng.choice(steps)
        cursors[user] += datetime.timedelta(seconds=step)
        owner = None if rng.random() < 0.05 else user
        rows.append((vid, owner, cursors[user].strftime("%Y-%m-%d %H:%M:%S"),
                     rng.choice(["/", "/search", "/item", "/cart"])))
    rng.shuffle(rows)
    return tables(rows)


_rng = random.Random(1800)

HIDDEN = [
    Case(tables([]), note="no views"),
    Case(tables([(1, None, at("10:00:00"), "/")]), note="only an anonymous view"),
    Case(tables([(1, 5, at("10:00:00"), "/")]), note="one view"),
    Case(tables([(1, 5, at("10:00:00"), "/"), (2, 5, at("10:00:00"), "/"),
                 (3, 5, at("10:00:00"), "/x")]),
         note="three views at the same second"),
    Case(tables([(9, 4, at("09:00:00"), "/a"), (3, 4, at("10:00:00"), "/b"),
                 (7, 4, at("10:00:00"), "/c"), (1, 4, at("10:00:00"), "/d"),
                 (5, 4, at("10:20:00"), "/e")]),
         note="a new session opened by three views at the same second"),
    Case(tables([(1, 1, at("10:00:00"), "/"), (2, 1, at("10:30:00"), "/"),
                 (3, 1, at("11:00:00"), "/"), (4, 1, at("11:30:00"), "/"),
                 (5, 1, at("12:00:01"), "/")]),
         note="a chain of gaps of exactly 30 minutes, then one longer"),
    Case(tables([(4, 1, at("10:00:00"), "/"), (3, 2, at("10:20:00"), "/"),
                 (2, 1, at("10:40:00"), "/"), (1, 2, at("11:30:00"), "/")]),
         note="two users interleaved in time; ids in reverse order"),
    Case(_random(_rng, 80, 4), note="random, small"),
    Case(_random(_rng, 4000, 200), note="larger"),
    Case(tables([(1, 1, "2024-12-31 23:50:00", "/"), (2, 1, "2025-01-01 00:10:00", "/"),
                 (3, 1, "2025-01-01 00:40:00", "/"), (4, 1, "2025-01-01 01:10:01", "/"),
                 (5, 2, "2023-12-31 22:00:00", "/"), (6, 2, "2024-01-01 09:30:15", "/")]),
         note="a session over New Year with gaps of 20 and 30 minutes, then 30:01; a gap "
              "to the next session over New Year"),
    Case(tables([(1, 1, "2024-02-29 23:45:00", "/"), (2, 1, "2024-03-01 00:15:00", "/"),
                 (3, 1, "2024-03-01 00:45:01", "/"), (4, 2, "2024-02-28 23:59:59", "/"),
                 (5, 2, "2024-03-01 00:00:00", "/"), (6, 3, "2024-04-30 23:40:00", "/"),
                 (7, 3, "2024-05-01 00:09:59", "/"), (8, 3, "2024-05-31 23:59:30", "/")]),
         note="over the leap day and month ends: a gap of exactly 30 minutes at midnight, "
              "a gap of one day and one second, a gap of about a month"),
    Case(_random(_rng, 800, 12, datetime.datetime(2024, 12, 24, 21, 0, 0), LONG_STEPS),
         note="random, gaps of seconds to days, over a year end"),
    Case(_random(_rng, 800, 12, datetime.datetime(2024, 2, 20, 23, 0, 0), LONG_STEPS),
         note="random, gaps of seconds to days, over the leap day and month ends"),
]
