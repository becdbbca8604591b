import random

import pandas as pd

from judge.grading.authoring import Case


def _dates(values):
    return pd.Series(pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]")


def users(rows):
    """rows: (user_id, 'YYYY-MM-DD HH:MM' or None)."""
    return pd.DataFrame({"user_id": pd.Series([r[0] for r in rows], dtype="int64"),
                         "signup_at": _dates([r[1] for r in rows])})


def activity(rows):
    """rows: (user_id, 'YYYY-MM-DD HH:MM')."""
    return pd.DataFrame({"user_id": pd.Series([r[0] for r in rows], dtype="int64"),
                         "active_at": _dates([r[1] for r in rows])})


def table(rows):
    return pd.DataFrame({
        "cohort_month": _dates([r[0] for r in rows]),
        "months_since": pd.Series([r[1] for r in rows], dtype="int64"),
        "cohort_size": pd.Series([r[2] for r in rows], dtype="int64"),
        "active_users": pd.Series([r[3] for r in rows], dtype="int64"),
        "retention": pd.Series([r[4] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((users([(1, "2024-01-10 09:00"), (2, "2024-01-25 18:00"), (3, "2024-02-03 12:00")]),
          activity([(1, "2024-01-12 10:00"), (1, "2024-02-28 10:00"), (1, "2024-02-01 08:00"),
                    (2, "2024-03-05 07:00"), (3, "2024-02-03 12:00"), (9, "2024-01-15 00:00")]),
          2),
         expected=table([("2024-01-01", 0, 2, 1, 0.5), ("2024-01-01", 1, 2, 1, 0.5),
                         ("2024-01-01", 2, 2, 1, 0.5), ("2024-02-01", 0, 1, 1, 1.0),
                         ("2024-02-01", 1, 1, 0, 0.0), ("2024-02-01", 2, 1, 0, 0.0)]),
         note="user 2's March visit is offset 2 although only 40 days passed; user 9 is "
              "unknown; empty offsets are listed with 0"),
    Case((users([(5, "2023-12-31 23:00"), (6, None)]),
          activity([(5, "2023-12-31 22:00"), (5, "2024-01-01 00:30"), (6, "2024-01-02 00:00")]),
          1),
         expected=table([("2023-12-01", 0, 1, 0, 0.0), ("2023-12-01", 1, 1, 1, 1.0)]),
         note="activity before sign-up does not count; the user with no sign-up time is "
              "ignored"),
]


def _random(rng, n_users, n_events, max_months, nat_share, days_after=200):
    t0 = pd.Timestamp("2023-06-01")
    span = 60 * 24 * 420
    signup = {}
    rows = []
    for uid in range(1, n_users + 1):
        when = None if rng.random() < nat_share else t0 + pd.Timedelta(
            minutes=rng.randrange(span))
        signup[uid] = when
        rows.append((uid, None if when is None else str(when)))
    events = []
    for _ in range(n_events):
        uid = rng.randint(1, n_users + 3)            # a few unknown users
        base = signup.get(uid) or t0
        when = base + pd.Timedelta(minutes=rng.randrange(-60 * 24 * 20, 60 * 24 * days_after))
        events.append((uid, str(when)))
    return users(rows), activity(events), max_months


def generate(rng):
    return _random(rng, rng.randint(1, 40), rng.randint(0, 200), rng.randint(0, 24),
                   rng.choice([0.0, 0.2]), rng.choice([200, 800]))


_rng = random.Random(1001)

HIDDEN = [
    Case((users([]), activity([]), 3), note="no users"),
    Case((users([(1, None)]), activity([(1, "2024-01-01 00:00")]), 2),
         note="the only user has no sign-up time"),
    Case((users([(1, "2024-05-05 05:05"), (2, "2024-05-20 00:00")]), activity([]), 2),
         note="a cohort with no activity at all"),
    Case((users([(1, "2024-03-31 23:59"), (2, "2024-03-01 00:00")]),
          activity([(1, "2024-04-01 00:00"), (1, "2024-04-01 00:00"), (1, "2024-04-30 12:00"),
                    (2, "2024-03-01 00:00"), (2, "2024-07-01 00:00")]), 0),
         note="max_months = 0; duplicates; activity beyond the horizon"),
    Case((users([(1, "2023-11-15 00:00"), (2, "2024-01-15 00:00")]),
          activity([(1, "2024-01-14 00:00"), (1, "2024-01-16 00:00"),
                    (2, "2024-01-14 00:00")]), 3),
         note="two cohorts two months apart; the gap month is not a cohort"),
    Case((users([(1, "2024-02-29 23:59"), (2, "2024-02-01 00:00"), (3, "2024-02-15 12:00")]),
          activity([(1, "2025-02-28 23:59"), (1, "2025-03-01 00:00"), (2, "2025-01-31 23:59"),
                    (2, "2026-02-01 00:00"), (2, "2026-03-01 00:00"), (3, "2024-12-31 23:59"),
                    (3, "2025-01-01 00:00")]), 24),
         note="offsets of 10 to 25 months across year ends from a leap-day sign-up: 13 "
              "months is not offset 1; offset 24 counts, 25 is past the horizon; 1/3 "
              "retention"),
    Case(_random(_rng, 40, 300, 4, 0.1), note="random small"),
    Case(_random(_rng, 2000, 10000, 12, 0.05), note="larger"),
    Case(_random(_rng, 500, 6000, 24, 0.05, days_after=800), note="larger, two years of activity"),
]
