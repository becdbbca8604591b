import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")
STEPS = ["visit", "signup", "activate", "purchase"]


def events(rows):
    """rows: (user_id, step, 'YYYY-MM-DD HH:MM' or None)."""
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "step": pd.Series([r[1] for r in rows], dtype="object"),
        "at": pd.Series(pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object")),
                        dtype="datetime64[ns]"),
    })


def funnel(users, from_prev, from_start):
    return pd.DataFrame({
        "step": pd.Series(STEPS, dtype="object"),
        "users": pd.Series(users, dtype="int64"),
        "rate_from_previous": pd.Series(from_prev, dtype="float64"),
        "rate_from_start": pd.Series(from_start, dtype="float64"),
    })


SAMPLES = [
    Case((events([(1, "visit", "2024-05-01 10:00"), (1, "signup", "2024-05-01 10:05"),
                  (1, "activate", "2024-05-01 11:00"), (1, "purchase", "2024-05-02 12:00"),
                  (2, "visit", "2024-05-01 09:00"), (2, "signup", "2024-05-01 09:30"),
                  (3, "signup", "2024-05-01 08:00"), (3, "visit", "2024-05-01 08:10"),
                  (4, "visit", "2024-05-01 10:00"), (4, "activate", "2024-05-01 10:30")]),),
         expected=funnel([4, 2, 1, 1], [NAN, 0.5, 0.5, 1.0], [1.0, 0.5, 0.25, 0.25]),
         note="user 3 signed up before visiting; user 4 skipped the sign-up"),
    Case((events([(7, "visit", "2024-01-01 10:00"), (7, "signup", "2024-01-01 09:00"),
                  (7, "signup", "2024-01-01 10:00"), (7, "activate", None),
                  (7, "search", "2024-01-01 10:01"), (8, "visit", None),
                  (8, "signup", "2024-01-01 10:00")]),),
         expected=funnel([1, 1, 0, 0], [NAN, 1.0, 0.0, NAN], [1.0, 1.0, 0.0, 0.0]),
         note="a sign-up at the same instant as the visit counts; NaT events are ignored; "
              "nobody activated, so purchase's rate from previous is NaN"),
]


def _random(rng, users, span_minutes):
    rows = []
    t0 = pd.Timestamp("2024-03-01")
    for uid in range(1, users + 1):
        for _ in range(rng.randint(0, 9)):
            step = rng.choice(STEPS + ["search"])
            when = None if rng.random() < 0.05 else str(
                t0 + pd.Timedelta(minutes=rng.randrange(span_minutes)))
            rows.append((uid, step, when))
    rng.shuffle(rows)
    return (events(rows),)


def generate(rng):
    return _random(rng, rng.randint(0, 40), rng.randint(1, 600))


_rng = random.Random(4242)

HIDDEN = [
    Case((events([]),), note="no events"),
    Case((events([(1, "signup", "2024-01-01 00:00"), (1, "purchase", "2024-01-02 00:00")]),),
         note="nobody visited"),
    Case((events([(1, "visit", "2024-01-01 00:00"), (1, "visit", "2024-01-01 00:00"),
                  (1, "signup", "2024-01-01 00:00"), (1, "activate", "2024-01-01 00:00"),
                  (1, "purchase", "2024-01-01 00:00")]),),
         note="every step at the same instant; a duplicated visit"),
    Case((events([(5, "visit", "2024-01-01 12:00"), (5, "signup", "2024-01-01 11:00"),
                  (5, "signup", "2024-01-01 13:00"), (5, "activate", "2024-01-01 12:30"),
                  (5, "activate", "2024-01-01 14:00"), (6, "visit", "2024-01-01 12:00"),
                  (6, "activate", "2024-01-01 12:30"), (6, "signup", "2024-01-01 13:00")]),),
         note="steps out of order; a repeated step after the previous one"),
    Case((events([(9, "visit", "2024-12-31 23:00"), (9, "signup", "2024-12-31 22:00"),
                  (9, "signup", "2025-01-01 01:00"), (9, "activate", "2025-01-01 00:30"),
                  (10, "visit", "2024-12-31 23:00"), (10, "signup", "2025-01-01 00:00"),
                  (10, "activate", "2025-01-01 00:00")]),),
         note="user 9 reaches signup at 01:00 (the 22:00 sign-up is before the visit), so "
              "the 00:30 activation does not count"),
    Case((events([(2, "visit", None), (2, "signup", None), (3, "visit", "2024-01-01 00:00")]),),
         note="missing times"),
    Case(_random(_rng, 30, 120), note="random small"),
    Case(_random(_rng, 1000, 60 * 24 * 7), note="larger"),
]
