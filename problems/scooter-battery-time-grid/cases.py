import random

import numpy as np
import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")

# bucket sizes allowed by the statement: the divisors of 1440
DIVISORS = [d for d in range(1, 1441) if 1440 % d == 0]


def _dates(values):
    return pd.Series(pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]")


def readings(rows):
    """rows: (scooter_id, 'YYYY-MM-DD HH:MM:SS', level or NaN)."""
    return pd.DataFrame({
        "scooter_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "read_at": _dates([r[1] for r in rows]),
        "level": pd.Series([r[2] for r in rows], dtype="float64"),
    })


def grid(rows):
    """rows: (scooter_id, bucket_start, n_levels, mean_level, carried_level)."""
    return pd.DataFrame({
        "scooter_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "bucket_start": _dates([r[1] for r in rows]),
        "n_levels": pd.Series([r[2] for r in rows], dtype="int64"),
        "mean_level": pd.Series([r[3] for r in rows], dtype="float64"),
        "carried_level": pd.Series([r[4] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((readings([(7, "2024-05-10 09:47:10", 70.0), (7, "2024-05-10 08:15:00", NAN),
                    (3, "2024-05-10 08:20:00", 55.5), (7, "2024-05-10 08:03:00", 80.0),
                    (7, "2024-05-10 08:30:00", 75.0), (7, "2024-05-10 08:14:59", 79.0)]),
          15, 2),
         expected=grid([(3, "2024-05-10 08:15", 1, 55.5, 55.5),
                        (7, "2024-05-10 08:00", 2, 79.5, 79.5),
                        (7, "2024-05-10 08:15", 0, NAN, 79.5),
                        (7, "2024-05-10 08:30", 1, 75.0, 75.0),
                        (7, "2024-05-10 08:45", 0, NAN, 75.0),
                        (7, "2024-05-10 09:00", 0, NAN, 75.0),
                        (7, "2024-05-10 09:15", 0, NAN, NAN),
                        (7, "2024-05-10 09:30", 0, NAN, NAN),
                        (7, "2024-05-10 09:45", 1, 70.0, 70.0)]),
         note="08:14:59 is in the 08:00 bucket and 08:15:00 starts the next one; the 08:15 "
              "bucket holds only a NaN reading, so it is filled like an empty one; after "
              "08:30 the level 75.0 is carried for `max_fill` = 2 buckets and then stops"),
    Case((readings([(12, "2025-01-01 03:05:00", 36.0), (12, "2024-12-31 23:00:00", 38.0),
                    (5, "2025-01-01 00:00:00", NAN), (12, "2024-12-31 22:59:59", 40.0),
                    (12, "2025-01-01 02:30:00", NAN), (12, "2024-12-31 23:00:00", 37.0),
                    (5, "2024-12-31 23:59:59", NAN)]),
          60, 1),
         expected=grid([(5, "2024-12-31 23:00", 0, NAN, NAN),
                        (5, "2025-01-01 00:00", 0, NAN, NAN),
                        (12, "2024-12-31 22:00", 1, 40.0, 40.0),
                        (12, "2024-12-31 23:00", 2, 37.5, 37.5),
                        (12, "2025-01-01 00:00", 0, NAN, 37.5),
                        (12, "2025-01-01 01:00", 0, NAN, NAN),
                        (12, "2025-01-01 02:00", 0, NAN, NAN),
                        (12, "2025-01-01 03:00", 1, 36.0, 36.0)]),
         note="two readings at the same instant both count; scooter 5 sent only NaN "
              "readings but still gets its two buckets; the 02:00 bucket is three buckets "
              "after the last level, more than `max_fill` = 1"),
]


def _frame(ids, seconds, levels, base="2024-05-10 06:00:00"):
    base = pd.Timestamp(base)
    return pd.DataFrame({
        "scooter_id": pd.Series(np.asarray(ids, dtype="int64")),
        "read_at": pd.Series(base + pd.to_timedelta(np.asarray(seconds, dtype="int64"),
                                                     unit="s"), dtype="datetime64[ns]"),
        "level": pd.Series(np.asarray(levels, dtype="float64")),
    })


def _random(rng, scooters, per_scooter, bucket, nan_share, base, id_pool=None):
    """Each scooter starts somewhere in the first day and moves on by steps that are zero
    (duplicate instants), a few seconds, exactly one bucket, or a gap of several buckets;
    some readings sit exactly on a bucket edge."""
    size = bucket * 60
    if id_pool is None:
        id_pool = list(range(-3, 10 * scooters + 10))
    ids_chosen = rng.sample(id_pool, scooters)
    ids, secs, levels = [], [], []
    for sid in ids_chosen:
        now = rng.randrange(0, 86400)
        count = max(1, int(per_scooter * rng.uniform(0.5, 1.5)))
        level = rng.uniform(5, 100)
        for _ in range(count):
            kind = rng.random()
            if kind < 0.1:
                step = 0
            elif kind < 0.5:
                step = rng.randrange(1, size)
            elif kind < 0.7:
                step = size
            elif kind < 0.9:
                step = size * rng.randint(2, 7) + rng.randrange(-30, 30)
            else:
                step = rng.randrange(1, 3 * size)
            now = max(0, now + step)
            if rng.random() < 0.15:
                now -= now % size          # exactly on a bucket edge
            level = min(100.0, max(0.0, level + rng.uniform(-3, 1)))
            value = NAN if rng.random() < nan_share else round(level, rng.choice([0, 1, 2]))
            ids.append(sid)
            secs.append(now)
            levels.append(value)
    order = list(range(len(ids)))
    rng.shuffle(order)
    return _frame([ids[i] for i in order], [secs[i] for i in order],
                  [levels[i] for i in order], base)


def generate(rng):
    bucket = rng.choice([1, 5, 15, 15, 30, 45, 60, 90, 160, 1440])
    base = rng.choice(["2024-05-10 06:00:00", "2024-12-31 18:00:00", "2024-02-28 20:00:00",
                       "2023-12-31 00:00:00"])
    frame = _random(rng, rng.randint(1, 12), rng.randint(1, 40), bucket,
                    rng.choice([0.0, 0.1, 0.4]), base)
    return frame, bucket, rng.choice([0, 1, 2, 3, 5, 50])


def _largest(seed, scooters, per_scooter, bucket, nan_share, base):
    return _random(random.Random(seed), scooters, per_scooter, bucket, nan_share, base,
                   id_pool=list(range(-50, 10**6)))


HIDDEN = [
    Case((readings([]), 15, 2), note="no readings at all: the five columns and no rows"),
    Case((readings([(4, "2024-03-01 10:07:30", 61.2)]), 15, 3), note="a single reading"),
    Case((readings([(4, "2024-03-01 10:07:30", NAN)]), 30, 3), note="a single NaN reading"),
    Case((readings([(9, "2024-03-01 10:59:00", NAN), (9, "2024-03-01 10:00:00", NAN),
                    (9, "2024-03-01 10:20:00", NAN)]), 20, 4),
         note="every reading NaN: the spine is still there, with no levels"),
    Case((readings([(1, "2024-03-01 10:01:00", 50.0), (1, "2024-03-01 10:40:00", 48.0),
                    (2, "2024-03-01 10:05:00", NAN), (2, "2024-03-01 10:50:00", 90.0),
                    (3, "2024-03-01 10:10:00", 20.0), (3, "2024-03-01 10:11:00", NAN)]), 15, 5),
         note="scooter 2 starts with a NaN reading: nothing may be carried into it from "
              "scooter 1"),
    Case((readings([(6, "2024-07-01 10:00:00", 10.0), (6, "2024-07-01 10:14:59", 20.0),
                    (6, "2024-07-01 10:15:00", 30.0), (6, "2024-07-01 10:29:59", 40.0),
                    (6, "2024-07-01 10:30:00", 50.0), (6, "2024-07-01 10:45:00", 60.0)]),
          15, 1),
         note="readings exactly on bucket edges belong to the bucket they start"),
    Case((readings([(6, "2024-07-01 10:15:00", 30.0), (6, "2024-07-01 11:00:00", 50.0),
                    (6, "2024-07-01 11:00:00", 70.0)]), 15, 1),
         note="first and last readings on edges; a one-bucket-wide carry"),
    Case((readings([(8, "2024-07-01 00:00:00", 90.0), (8, "2024-07-01 01:45:00", 80.0),
                    (8, "2024-07-01 02:00:01", 70.0)]), 15, 0),
         note="max_fill = 0: nothing is carried"),
    Case((readings([(8, "2024-07-01 00:00:00", 90.0), (8, "2024-07-01 01:00:00", 80.0),
                    (8, "2024-07-01 01:30:00", 70.0), (8, "2024-07-01 02:45:00", 60.0)]),
          15, 3),
         note="gaps of exactly max_fill and of max_fill + 1 empty buckets"),
    Case((readings([(8, "2024-07-01 00:00:00", 90.0), (8, "2024-07-01 01:00:00", 80.0),
                    (8, "2024-07-01 01:30:00", 70.0), (8, "2024-07-01 02:45:00", 60.0)]),
          15, 4),
         note="the same readings with max_fill = 4"),
    Case((readings([(2, "2024-12-31 23:59:59", 44.0), (2, "2025-01-01 00:00:00", 43.0),
                    (3, "2024-02-28 12:00:00", 99.0), (3, "2024-03-02 00:00:00", 91.0),
                    (2, "2025-01-04 08:00:00", 40.0), (2, "2024-12-30 06:00:00", NAN)]),
          1440, 1),
         note="day buckets across a year end and a leap day"),
    Case((readings([(11, "2024-09-09 00:44:59", 30.0), (11, "2024-09-09 00:45:00", 29.0),
                    (11, "2024-09-09 01:29:59", 28.0), (11, "2024-09-09 01:30:00", 27.0),
                    (11, "2024-09-08 23:59:00", 31.0), (11, "2024-09-08 23:14:59", 32.0),
                    (11, "2024-09-08 23:15:00", NAN)]), 45, 2),
         note="45-minute buckets are aligned to midnight, not to the hour or to the first "
              "reading"),
    Case((readings([(11, "2024-09-09 07:13:20", 30.0), (12, "2024-09-09 05:02:00", 29.0),
                    (11, "2024-09-09 23:50:00", 28.0), (12, "2024-09-10 10:40:00", 27.0)]),
          160, 2),
         note="160-minute buckets, aligned to midnight"),
    Case((readings([(5, "2024-01-01 08:00:00", 70.0), (5, "2024-01-01 08:00:59", 60.0),
                    (5, "2024-01-01 08:01:00", NAN), (5, "2024-01-01 08:03:30", 58.0),
                    (5, "2024-01-01 08:06:00", 57.0)]), 1, 2),
         note="one-minute buckets with seconds"),
    Case((readings([(0, "2024-04-01 12:00:00", 10.0), (0, "2024-04-01 12:00:00", 20.0),
                    (-5, "2024-04-01 12:00:00", 0.0), (-5, "2024-04-01 12:31:00", NAN),
                    (10**12, "2024-04-01 11:59:59", 100.0), (0, "2024-04-01 12:45:00", NAN)]),
          15, 10),
         note="ids 0, negative and 10^12; a level 0.0 is a level, not a missing one; two "
              "levels at one instant are averaged and the mean is carried"),
    Case((readings([(1, "2024-04-01 12:0%d:00" % i, 0.1 * (i % 3 + 1)) for i in range(10)]
                   + [(1, "2024-04-01 12:50:00", 1e-12), (1, "2024-04-01 13:20:00", 33.3)]),
          10, 2),
         note="float means of tenths; a tiny level"),
    Case((readings([(1, "2024-06-01 00:00:00", 50.0), (2, "2024-06-03 00:00:00", 40.0),
                    (1, "2024-06-01 00:20:00", 45.0), (2, "2024-06-03 00:25:00", 35.0)]),
          15, 3),
         note="two scooters far apart in time: each has its own spine"),
    Case((_random(random.Random(31), 8, 30, 15, 0.2, "2024-05-10 06:00:00"), 15, 2),
         note="random, 20% NaN"),
    Case((_random(random.Random(32), 20, 60, 5, 0.1, "2024-12-31 12:00:00"), 5, 4),
         note="random five-minute buckets across a year end"),
    Case((_largest(33, 400, 250, 15, 0.1, "2024-12-30 00:00:00"), 15, 3),
         note="largest: 10^5 readings of 400 scooters"),
    Case((_largest(34, 40, 2500, 5, 0.3, "2024-02-27 00:00:00"), 5, 1),
         note="large: long spines of five-minute buckets over a leap day"),
]
