import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def events(rows):
    """rows: (user_id or None, 'YYYY-MM-DD HH:MM', event_type)."""
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="Int64"),
        "event_at": pd.Series(pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
                              dtype="datetime64[ns]"),
        "event_type": pd.Series([r[2] for r in rows], dtype="object"),
    })


def weeks(rows):
    """rows: (week_start, active_users, events, user_change, cumulative_events)."""
    return pd.DataFrame({
        "week_start": pd.Series(pd.to_datetime(pd.Series([r[0] for r in rows],
                                                         dtype="object")),
                                dtype="datetime64[ns]"),
        "active_users": pd.Series([r[1] for r in rows], dtype="int64"),
        "events": pd.Series([r[2] for r in rows], dtype="int64"),
        "user_change": pd.Series([r[3] for r in rows], dtype="float64"),
        "cumulative_events": pd.Series([r[4] for r in rows], dtype="int64"),
    })


SAMPLES = [
    Case((events([(1, "2024-03-04 09:00", "view"), (2, "2024-03-06 10:00", "click"),
                  (1, "2024-03-10 23:59", "view"), (1, "2024-03-11 00:00", "view"),
                  (None, "2024-03-12 08:00", "view")]),),
         expected=weeks([("2024-03-04", 2, 3, NAN, 3), ("2024-03-11", 1, 2, -1.0, 5)]),
         note="Sunday 23:59 belongs to the week of Monday 4 March; the anonymous event "
              "counts as an event but not as a user"),
    Case((events([(5, "2024-01-03 12:00", "click"), (6, "2024-01-22 12:00", "view"),
                  (7, "2024-01-23 12:00", "view")]),),
         expected=weeks([("2024-01-01", 1, 1, NAN, 1), ("2024-01-08", 0, 0, -1.0, 1),
                         ("2024-01-15", 0, 0, 0.0, 1), ("2024-01-22", 2, 2, 2.0, 3)]),
         note="two empty weeks in between are listed with zeros"),
]


def _random(rng, n, users, span_days, anon):
    t0 = pd.Timestamp("2023-12-28")
    rows = []
    for _ in range(n):
        uid = None if rng.random() < anon else rng.randint(1, users)
        when = t0 + pd.Timedelta(minutes=rng.randrange(span_days * 24 * 60))
        rows.append((uid, str(when), rng.choice(["view", "click", "share"])))
    return (events(rows),)


def generate(rng):
    return _random(rng, rng.randint(1, 200), rng.randint(1, 40), rng.randint(1, 120),
                   rng.choice([0.0, 0.3]))


_rng = random.Random(1212)

HIDDEN = [
    Case((events([]),), note="no events"),
    Case((events([(None, "2024-02-29 12:00", "view")]),), note="one anonymous event"),
    Case((events([(3, "2024-06-02 23:59", "view"), (3, "2024-06-03 00:00", "view"),
                  (3, "2024-06-03 00:00", "click"), (4, "2024-06-09 12:00", "view")]),),
         note="Sunday night versus Monday midnight; repeated user in a week"),
    Case((events([(1, "2024-12-30 10:00", "view"), (2, "2024-12-28 10:00", "view"),
                  (None, "2025-01-05 18:00", "view")]),),
         note="a week crossing new year; unsorted input"),
    Case((events([(9, "2024-01-01 00:00", "view"), (9, "2024-04-01 00:00", "view")]),),
         note="a long run of empty weeks"),
    Case(_random(_rng, 100, 8, 60, 0.2), note="random small"),
    Case(_random(_rng, 5000, 400, 365, 0.1), note="larger"),
]
