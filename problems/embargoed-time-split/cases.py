import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def _dates(values):
    """ISO strings (None for a lost time) as a datetime64[ns] column."""
    return pd.Series(pd.to_datetime(pd.Series(list(values), dtype="object"), format="ISO8601"),
                     dtype="datetime64[ns]")


def events(rows):
    """rows: (event_id, user_id, time or None, amount or NaN)."""
    return pd.DataFrame({
        "event_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "user_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "ts": _dates([r[2] for r in rows]),
        "amount": pd.Series([r[3] for r in rows], dtype="float64"),
    })


def split(rows):
    """rows: (event_id, user_id, time, amount, split) in the required order."""
    out = events([r[:4] for r in rows])
    out["split"] = pd.Series([r[4] for r in rows], dtype="object")
    return out


SAMPLES = [
    Case((events([(5, 1, "2024-03-01 00:00", 12.5), (3, 2, "2024-02-29 23:00", 40.0),
                  (9, 1, "2024-02-29 22:59", NAN), (1, 3, "2024-02-27 08:00", 3.0),
                  (4, 2, None, 8.0), (2, 3, "2024-03-02 10:00", 15.0),
                  (7, 3, "2024-02-29 22:00", 9.0)]),
          "2024-03-01 00:00:00", 60),
         expected=split([(1, 3, "2024-02-27 08:00", 3.0, "train"),
                         (7, 3, "2024-02-29 22:00", 9.0, "train"),
                         (9, 1, "2024-02-29 22:59", NAN, "train"),
                         (5, 1, "2024-03-01 00:00", 12.5, "test"),
                         (2, 3, "2024-03-02 10:00", 15.0, "test")]),
         note="the embargo is [23:00, 00:00): payment 3 at exactly 23:00 is dropped, payment 9 "
              "a minute earlier trains (its missing amount does not matter); payment 5 at the "
              "cut-off tests; payment 4 has no time and is dropped"),
    Case((events([(8, 4, "2024-06-30 12:00", 1.0), (6, 4, "2024-06-30 12:00", 2.0),
                  (2, 5, "2024-07-01 00:00", 3.0), (1, 5, "2024-06-30 23:59:59", 4.0)]),
          "2024-07-01 00:00:00", 0),
         expected=split([(6, 4, "2024-06-30 12:00", 2.0, "train"),
                         (8, 4, "2024-06-30 12:00", 1.0, "train"),
                         (1, 5, "2024-06-30 23:59:59", 4.0, "train"),
                         (2, 5, "2024-07-01 00:00", 3.0, "test")]),
         note="no embargo: one second before the cut-off trains; equal times are ordered by "
              "`event_id`"),
]


def _random_case(rng, n, n_users, nat_rate, tie_rate):
    ids = rng.sample(range(-10, 20 * n + 20), n)
    t0 = pd.Timestamp("2023-11-01")
    span_min = 60 * 24 * 120
    cut = t0 + pd.Timedelta(minutes=rng.randrange(span_min // 4, 3 * span_min // 4))
    gap = rng.choice([0, 1, 30, 60, 24 * 60, 7 * 24 * 60, rng.randrange(0, 20000)])
    edges = [cut, cut - pd.Timedelta(minutes=gap)]
    rows = []
    pool = []
    for event_id in ids:
        r = rng.random()
        if r < nat_rate:
            when = None
        elif r < nat_rate + 0.05:
            when = rng.choice(edges) + pd.Timedelta(rng.choice([0, 0, -1, 1]), unit="s")
        elif pool and r < nat_rate + 0.05 + tie_rate:
            when = rng.choice(pool)
        else:
            when = t0 + pd.Timedelta(seconds=rng.randrange(span_min * 60))
        if when is not None:
            pool.append(when)
        amount = NAN if rng.random() < 0.1 else round(rng.uniform(0.1, 999.99), 2)
        rows.append((event_id, rng.randrange(1, n_users + 1), None if when is None else when.isoformat(), amount))
    rng.shuffle(rows)
    return events(rows), cut.strftime("%Y-%m-%d %H:%M:%S"), gap


def generate(rng):
    return _random_case(rng, rng.randint(0, 800), rng.randint(1, 50), rng.choice([0.0, 0.05, 0.3]),
                        rng.choice([0.0, 0.3]))


_rng = random.Random(30222)

_small = events([(1, 1, "2024-01-10 00:00", 1.0), (2, 1, "2024-01-11 00:00", 2.0),
                 (3, 2, "2024-01-12 00:00", 3.0)])

HIDDEN = [
    Case((events([]), "2024-01-01 00:00:00", 60), note="no payments"),
    Case((events([(1, 1, None, 5.0), (2, 1, None, NAN)]), "2024-01-01 00:00:00", 0),
         note="every time lost: nothing is kept"),
    Case((events([(1, 1, "2024-01-01 00:00", 5.0)]), "2024-01-01 00:00:00", 0),
         note="one payment exactly at the cut-off"),
    Case((events([(1, 1, "2023-12-31 23:00", 5.0)]), "2024-01-01 00:00:00", 60),
         note="one payment exactly at the embargo start: dropped"),
    Case((events([(1, 1, "2023-12-31 22:59:59", 5.0)]), "2024-01-01 00:00:00", 60),
         note="one payment a second before the embargo: train"),
    Case((events([(1, 1, "2024-01-01 00:59:59", 5.0), (2, 1, "2024-01-01 01:00", 6.0)]),
          "2024-01-01 00:00:00", 60),
         note="test rows right after the cut-off stay in test (no embargo after the cut)"),
    Case((_small, "2024-01-01 00:00:00", 60), note="cut-off before every payment: all test"),
    Case((_small, "2024-02-01 00:00:00", 0), note="cut-off after every payment: all train"),
    Case((_small, "2024-01-12 00:00:00", 10 ** 6), note="embargo longer than the history"),
    Case((_small, "2024-01-12 00:00:00", 1440),
         note="a one-day embargo: the payment exactly one day before is dropped"),
    Case((events([(4, 1, "2024-02-29 12:00", NAN), (2, 2, "2024-02-29 12:00", NAN),
                  (3, 1, "2024-02-29 12:00", 1.0), (1, 1, "2024-03-01 12:00", NAN),
                  (5, 2, "2024-03-01 12:00", 0.0), (-1, 3, "2024-03-01 12:00", 2.0)]),
          "2024-03-01 00:00:00", 719),
         note="ties on the time ordered by event id (negative ids too); NaN amounts kept"),
    Case((events([(10, 1, "2023-12-31 23:59:59", 1.0), (11, 1, "2024-01-01 00:00", 2.0),
                  (12, 1, "2023-12-31 23:58:59", 3.0), (13, 1, "2023-12-31 23:59", 4.0),
                  (14, 1, None, 5.0)]),
          "2024-01-01 00:00:00", 1),
         note="across the year end with a one-minute embargo"),
    Case((events([(i, i % 7, "2024-05-%02d %02d:00" % (1 + i % 28, i % 24), float(i) / 10)
                  for i in range(1, 200)]), "2024-05-15 06:00:00", 36 * 60),
         note="a 36-hour embargo over a month of hourly payments"),
    Case((events([(1, 1, "2024-01-01 00:00", 0.1 + 0.2), (2, 1, "2023-12-01", 1e-7),
                  (3, 2, "2024-01-02", 123456789.123456), (4, 2, "2023-11-30", 2 / 3)]),
          "2024-01-01 00:00:00", 60),
         note="amounts are returned unchanged, all their digits included"),
    Case(_random_case(_rng, 3000, 40, 0.1, 0.3), note="random, many ties"),
    Case(_random_case(_rng, 100000, 5000, 0.02, 0.1), note="largest"),
]
