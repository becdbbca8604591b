import random

import pandas as pd

from judge.grading.authoring import Case


def _dates(values):
    return pd.Series(pd.to_datetime(pd.Series(values, dtype="object"), format="ISO8601"),
                     dtype="datetime64[ns]")


def updates(rows):
    """rows: (update_id, user_id, email or None, plan, 'YYYY-MM-DD HH:MM' or None)."""
    return pd.DataFrame({
        "update_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "user_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "email": pd.Series([r[2] for r in rows], dtype="object"),
        "plan": pd.Series([r[3] for r in rows], dtype="object"),
        "updated_at": _dates([r[4] for r in rows]),
    })


def profiles(rows):
    """rows: (user_id, email or None, plan, time or None)."""
    return pd.DataFrame({
        "user_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "email": pd.Series([r[1] for r in rows], dtype="object"),
        "plan": pd.Series([r[2] for r in rows], dtype="object"),
        "updated_at": _dates([r[3] for r in rows]),
    })


SAMPLES = [
    Case((updates([(1, 10, "a@x.io", "free", "2024-01-05 09:00"),
                   (2, 11, "b@x.io", "free", "2024-01-06 10:00"),
                   (3, 10, "a@y.io", "pro", "2024-02-01 08:30"),
                   (4, 10, None, "pro", "2024-01-20 12:00")]),),
         expected=profiles([(10, "a@y.io", "pro", "2024-02-01 08:30"),
                            (11, "b@x.io", "free", "2024-01-06 10:00")]),
         note="user 10 changed three times; the row written last (id 4) is not the latest"),
    Case((updates([(8, 5, "c@x.io", "team", "2024-03-01 00:00"),
                   (7, 5, "c@z.io", "pro", "2024-03-01 00:00"),
                   (9, 5, "c@q.io", "free", None),
                   (12, 6, None, "free", None),
                   (11, 6, "d@x.io", "pro", None)]),),
         expected=profiles([(5, "c@x.io", "team", "2024-03-01 00:00"),
                            (6, None, "free", None)]),
         note="equal times: larger update_id wins; NaT is older than any known time"),
]


def _random(rng, n, users, nat_share):
    rows = []
    ids = rng.sample(range(1, 10 * n + 10), n)
    plans = ["free", "pro", "team", "enterprise"]
    for uid in ids:
        when = None
        if rng.random() >= nat_share:
            # coarse times so that equal timestamps within a user are common
            when = str(pd.Timestamp("2024-01-01") + pd.Timedelta(hours=6 * rng.randrange(40)))
        email = None if rng.random() < 0.15 else f"u{rng.randrange(99)}@mail.io"
        rows.append((uid, rng.randrange(1, users + 1), email, rng.choice(plans), when))
    return (updates(rows),)


def generate(rng):
    return _random(rng, rng.randint(0, 200), rng.randint(1, 30), rng.choice([0.0, 0.2, 0.5]))


_rng = random.Random(5150)

HIDDEN = [
    Case((updates([]),), note="no updates"),
    Case((updates([(3, 1, "solo@x.io", "free", "2023-12-31 23:59")]),), note="one row"),
    Case((updates([(5, 2, "x@x.io", "pro", "2024-01-01 10:00"),
                   (2, 2, "y@x.io", "free", "2024-01-01 10:00"),
                   (9, 2, "z@x.io", "team", "2024-01-01 10:00")]),),
         note="three changes at the same instant, larger id not first or last in input"),
    Case((updates([(1, 4, "old@x.io", "free", "2024-01-01 00:00"),
                   (2, 4, "new@x.io", "pro", None)]),),
         note="the newest id has an unknown time, so the dated row wins"),
    Case((updates([(20, 7, None, "pro", "2024-05-05 05:05"),
                   (10, 7, "kept@x.io", "free", "2024-05-01 00:00"),
                   (30, 8, None, "free", None), (25, 8, None, "team", None)]),),
         note="latest row has a cleared e-mail; a user with only NaT rows"),
    Case(_random(_rng, 60, 10, 0.3), note="random, many ties"),
    Case(_random(_rng, 4000, 600, 0.1), note="larger"),
]
