import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def orders(rows):
    """rows: (order_id, region, 'YYYY-MM-DD HH:MM', amount or NaN)."""
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "region": pd.Series([r[1] for r in rows], dtype="object"),
        "ordered_at": pd.Series(pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object")),
                                dtype="datetime64[ns]"),
        "amount": pd.Series([r[3] for r in rows], dtype="float64"),
    })


def grid(months, columns):
    data = {"month": pd.Series(pd.to_datetime(pd.Series(months, dtype="object")),
                               dtype="datetime64[ns]")}
    for name, values in columns.items():
        data[name] = pd.Series(values, dtype="float64")
    return pd.DataFrame(data)


SAMPLES = [
    Case((orders([(1, "emea", "2024-01-15 10:00", 100.0), (2, "apac", "2024-01-31 23:59", 40.0),
                  (3, "emea", "2024-01-02 08:00", 25.5), (4, "emea", "2024-03-01 00:00", 10.0)]),),
         expected=grid(["2024-01-01", "2024-03-01"],
                       {"apac": [40.0, 0.0], "emea": [125.5, 10.0]}),
         note="February has no orders, so it is not listed"),
    Case((orders([(1, "na", "2023-12-31 22:00", 5.0), (2, "latam", "2024-01-01 01:00", NAN),
                  (3, "na", "2023-01-10 12:00", 7.0)]),),
         expected=grid(["2023-01-01", "2023-12-01", "2024-01-01"],
                       {"latam": [0.0, 0.0, 0.0], "na": [7.0, 5.0, 0.0]}),
         note="a region whose only amount is NaN still gets a column of zeros"),
]


def _random(rng, n, regions):
    names = ["emea", "apac", "na", "latam", "anz", "mena"][:regions]
    start = pd.Timestamp("2022-11-01")
    rows = []
    for oid in rng.sample(range(1, 20 * n + 20), n):
        when = start + pd.Timedelta(minutes=rng.randrange(60 * 24 * 800))
        # cents, and amounts that are not whole cents (thirds, tenths of a cent)
        amount = NAN if rng.random() < 0.1 else rng.choice(
            [rng.randrange(0, 100000) / 100, rng.randrange(0, 300000) / 3,
             rng.randrange(0, 1000000) / 1000])
        rows.append((oid, rng.choice(names), str(when), amount))
    return (orders(rows),)


def generate(rng):
    return _random(rng, rng.randint(1, 150), rng.randint(1, 6))


_rng = random.Random(777)

HIDDEN = [
    Case((orders([]),), note="no orders"),
    Case((orders([(9, "emea", "2024-07-04 12:00", NAN)]),), note="one order without amount"),
    Case((orders([(1, "na", "2023-05-05 05:05", 1.0), (2, "na", "2024-05-20 20:00", 2.0),
                  (3, "emea", "2024-05-31 23:59", 3.0), (4, "emea", "2024-06-01 00:00", 4.0)]),),
         note="the same month number in two years; a month boundary at midnight"),
    Case((orders([(1, "emea", "2024-02-29 23:59", 1 / 3), (2, "emea", "2024-02-01 00:00", 1 / 3),
                  (3, "apac", "2024-02-10 10:00", 2.675), (4, "apac", "2024-12-31 23:59", 0.005),
                  (5, "emea", "2025-01-01 00:00", 1e9 + 0.1), (6, "apac", "2025-01-15 00:00", 1e-7)]),),
         note="amounts that are not whole cents (two thirds, 2.675, half a cent, 1e-7) and a "
              "billion; a leap day and a year end"),
    Case(_random(_rng, 50, 3), note="random small"),
    Case(_random(_rng, 4000, 6), note="larger"),
]
