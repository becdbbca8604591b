import random

import pandas as pd

from judge.grading.authoring import Case


def _dates(values):
    return pd.Series(pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]")


def clicks(rows):
    """rows: (user_id, 'YYYY-MM-DD HH:MM[:SS]' or None, page)."""
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "clicked_at": _dates([r[1] for r in rows]),
        "page": pd.Series([r[2] for r in rows], dtype="object"),
    })


def sessions(rows):
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "session_number": pd.Series([r[1] for r in rows], dtype="int64"),
        "started_at": _dates([r[2] for r in rows]),
        "ended_at": _dates([r[3] for r in rows]),
        "clicks": pd.Series([r[4] for r in rows], dtype="int64"),
        "distinct_pages": pd.Series([r[5] for r in rows], dtype="int64"),
        "duration_minutes": pd.Series([r[6] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((clicks([(1, "2024-04-02 10:11", "/home"), (1, "2024-04-02 09:00", "/home"),
                  (2, "2024-04-02 09:05", "/home"), (1, "2024-04-02 09:10", "/search"),
                  (1, "2024-04-02 09:40", "/item/7")]), 30),
         expected=sessions([(1, 1, "2024-04-02 09:00", "2024-04-02 09:40", 3, 3, 40.0),
                            (1, 2, "2024-04-02 10:11", "2024-04-02 10:11", 1, 1, 0.0),
                            (2, 1, "2024-04-02 09:05", "2024-04-02 09:05", 1, 1, 0.0)]),
         note="09:10 → 09:40 is exactly 30 minutes and stays in the session; 09:40 → "
              "10:11 is 31 minutes and starts a new one"),
    Case((clicks([(3, "2024-04-03 12:00", "/a"), (3, "2024-04-03 12:00", "/a"),
                  (3, None, "/b"), (3, "2024-04-03 12:20", "/b"),
                  (3, "2024-04-03 12:30", "/a")]), 15),
         expected=sessions([(3, 1, "2024-04-03 12:00", "2024-04-03 12:00", 2, 1, 0.0),
                            (3, 2, "2024-04-03 12:20", "2024-04-03 12:30", 2, 2, 10.0)]),
         note="a repeated click counts twice but is one distinct page; the NaT click is "
              "dropped"),
]


def _random(rng, n, users, gap, nat_share, t0="2024-05-01 08:00"):
    t0 = pd.Timestamp(t0)
    rows = []
    for uid in range(1, users + 1):
        now = t0 + pd.Timedelta(minutes=rng.randrange(120))
        for _ in range(max(1, n // users)):
            # steps near the gap so that "exactly gap" and "gap + 1" both occur; a step of
            # a day and a little (whose .dt.seconds is under the gap); some steps with
            # seconds, so that gaps sit a few seconds past the limit and durations are
            # fractional minutes
            step = rng.choice([0, 1, 5, gap - 1, gap, gap, gap + 1, 3 * gap,
                               1440 + rng.randrange(gap)])
            seconds = rng.choice([0, 0, 0, 20, rng.randrange(60)])
            now = now + pd.Timedelta(minutes=max(0, step), seconds=seconds)
            when = None if rng.random() < nat_share else str(now)
            rows.append((uid, when, f"/p/{rng.randrange(12)}"))
    rng.shuffle(rows)
    return clicks(rows), gap


def generate(rng):
    return _random(rng, rng.randint(1, 200), rng.randint(1, 10), rng.randint(1, 40),
                   rng.choice([0.0, 0.1]),
                   rng.choice(["2024-05-01 08:00", "2024-12-31 21:00", "2024-02-28 22:00"]))


def _long_session():
    """One session of 31 clicks 100 minutes and 20 seconds apart (gap 120): 50 hours and
    10 minutes, across a year end; the next user's clicks are a day and 5 minutes apart."""
    start = pd.Timestamp("2023-12-31 09:00:00")
    rows = [(1, str(start + k * pd.Timedelta(minutes=100, seconds=20)), f"/p/{k % 4}")
            for k in range(31)]
    rows += [(2, "2024-02-28 23:58:00", "/a"), (2, "2024-02-29 23:59:00", "/a"),
             (2, "2024-03-01 00:04:00", "/b")]
    return clicks(rows), 120


_rng = random.Random(2024)

HIDDEN = [
    Case((clicks([]), 30), note="no clicks"),
    Case((clicks([(1, None, "/x"), (2, None, "/y")]), 30), note="every timestamp lost"),
    Case((clicks([(1, "2024-01-01 00:00", "/a")]), 1), note="a single click"),
    Case((clicks([(1, "2024-01-01 10:00", "/a"), (2, "2024-01-01 10:05", "/a"),
                  (2, "2024-01-01 10:50", "/b"), (1, "2024-01-01 10:20", "/c")]), 30),
         note="one user's click follows another's within the gap"),
    Case((clicks([(5, "2024-01-01 23:50:00", "/a"), (5, "2024-01-02 00:00:00", "/a"),
                  (5, "2024-01-02 00:10:01", "/b")]), 10),
         note="across midnight; ten minutes and one second is over the gap"),
    Case((clicks([(3, "2024-03-03 10:00:00", "/a"), (3, "2024-03-03 10:01:30", "/b")]), 5),
         note="a session of 90 seconds lasts 1.5 minutes, not a whole number"),
    Case((clicks([(4, "2024-12-31 23:59:40", "/a"), (4, "2025-01-01 00:00:00", "/b"),
                  (4, "2025-01-01 00:10:10", "/c"), (4, "2025-01-01 00:10:30", "/c")]), 10),
         note="a 20-second session across the year end lasts 1/3 minute; ten minutes and ten "
              "seconds is over the gap"),
    Case(_long_session(), note="a session of over two days across a year end; a gap of a day "
                               "and a minute across the leap day"),
    Case(_random(_rng, 120, 4, 20, 0.1), note="random small"),
    Case(_random(_rng, 6000, 150, 30, 0.05), note="larger"),
    Case(_random(_rng, 3000, 60, 45, 0.05, "2024-12-30 20:00"), note="larger, across a year end"),
]
