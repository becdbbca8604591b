import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def daily(rows):
    """rows: (experiment, variant, 'YYYY-MM-DD', views, clicks, orders)."""
    return pd.DataFrame({
        "experiment": pd.Series([r[0] for r in rows], dtype="object"),
        "variant": pd.Series([r[1] for r in rows], dtype="object"),
        "day": pd.Series(pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object")),
                         dtype="datetime64[ns]"),
        "views": pd.Series([r[3] for r in rows], dtype="float64"),
        "clicks": pd.Series([r[4] for r in rows], dtype="float64"),
        "orders": pd.Series([r[5] for r in rows], dtype="float64"),
    })


def summary(rows):
    """rows: (experiment, variant, metric, days, total, mean, peak)."""
    return pd.DataFrame({
        "experiment": pd.Series([r[0] for r in rows], dtype="object"),
        "variant": pd.Series([r[1] for r in rows], dtype="object"),
        "metric": pd.Series([r[2] for r in rows], dtype="object"),
        "days": pd.Series([r[3] for r in rows], dtype="int64"),
        "total": pd.Series([r[4] for r in rows], dtype="float64"),
        "mean": pd.Series([r[5] for r in rows], dtype="float64"),
        "peak": pd.Series([r[6] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((daily([("checkout", "control", "2024-05-01", 100.0, 10.0, 2.0),
                 ("checkout", "control", "2024-05-02", 120.0, NAN, 3.0),
                 ("checkout", "treatment", "2024-05-01", 90.0, 12.0, NAN)]), 1),
         expected=summary([("checkout", "control", "views", 2, 220.0, 110.0, 120.0),
                           ("checkout", "control", "clicks", 1, 10.0, 10.0, 10.0),
                           ("checkout", "control", "orders", 2, 5.0, 2.5, 3.0),
                           ("checkout", "treatment", "views", 1, 90.0, 90.0, 90.0),
                           ("checkout", "treatment", "clicks", 1, 12.0, 12.0, 12.0)]),
         note="lost values are skipped; the treatment arm never reported orders"),
    Case((daily([("banner", "a", "2024-06-01", 10.0, 1.0, 0.0),
                 ("banner", "a", "2024-06-02", NAN, 3.0, 0.0),
                 ("banner", "b", "2024-06-01", 8.0, 2.0, 1.0),
                 ("banner", "b", "2024-06-02", 6.0, 0.0, NAN)]), 2),
         expected=summary([("banner", "a", "clicks", 2, 4.0, 2.0, 3.0),
                           ("banner", "a", "orders", 2, 0.0, 0.0, 0.0),
                           ("banner", "b", "views", 2, 14.0, 7.0, 8.0),
                           ("banner", "b", "clicks", 2, 2.0, 1.0, 2.0)]),
         note="min_days = 2 drops the groups with a single reported day; a reported 0 counts"),
]


def _random(rng, arms, days, lost, min_days):
    rows = []
    day0 = pd.Timestamp("2024-01-01")
    for e in range(arms):
        name = f"exp{e // 2}"
        variant = ["control", "treatment"][e % 2]
        for d in rng.sample(range(400), days):
            def val(scale):
                if rng.random() < lost:
                    return NAN
                # whole numbers, and fractions that are not exact in binary (tenths,
                # thirds, halves that round to even)
                return rng.choice([float(rng.randrange(scale)),
                                   round(rng.uniform(0, scale), rng.choice([1, 2, 3])),
                                   rng.randrange(3 * scale) / 3, rng.randrange(scale) + 0.5])
            rows.append((name, variant, str((day0 + pd.Timedelta(days=d)).date()),
                         val(1000), val(100), val(10)))
    rng.shuffle(rows)
    return daily(rows), min_days


def generate(rng):
    return _random(rng, rng.randint(1, 6), rng.randint(1, 30), rng.choice([0.0, 0.3, 0.7]),
                   rng.randint(1, 20))


_rng = random.Random(31337)

HIDDEN = [
    Case((daily([]), 1), note="no rows"),
    Case((daily([("x", "a", "2024-01-01", NAN, NAN, NAN)]), 1), note="every value lost"),
    Case((daily([("x", "a", "2024-01-01", 5.0, 1.0, 1.0),
                 ("x", "a", "2024-01-02", NAN, 1.0, NAN),
                 ("x", "a", "2024-01-03", NAN, NAN, NAN)]), 2),
         note="only clicks reach two reported days; the all-NaN day counts for nothing"),
    Case((daily([("x", "a", "2024-01-01", 5.0, 1.0, 1.0),
                 ("y", "a", "2024-01-01", 5.0, 1.0, 1.0)]), 1),
         note="same variant name in two experiments"),
    Case((daily([("f", "a", "2024-12-30", 0.1, 2.5, 1 / 3),
                 ("f", "a", "2024-12-31", 0.1, 0.5, 1 / 3),
                 ("f", "a", "2025-01-01", 0.1, 1.75, 1 / 3),
                 ("f", "b", "2024-02-29", 1e12 + 0.3, 0.0, 7.9),
                 ("f", "b", "2024-03-01", 2.6e-7, 1e-7, NAN)]), 1),
         note="fractional values: a constant 0.1 and 1/3 (means that round), a peak of 2.5, "
              "a total of 4.75; a huge and a tiny value"),
    Case(_random(_rng, 4, 12, 0.4, 6), note="threshold in the middle of the day counts"),
    Case(_random(_rng, 12, 300, 0.2, 240), note="larger"),
]
