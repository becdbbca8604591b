import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def _dates(values):
    """ISO strings as a datetime64[ns] column."""
    return pd.Series(pd.to_datetime(pd.Series(list(values), dtype="object"), format="ISO8601"),
                     dtype="datetime64[ns]")


def readings(rows):
    """rows: (reading_id, device_id, time, value or NaN)."""
    return pd.DataFrame({
        "reading_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "device_id": pd.Series([r[1] for r in rows], dtype="object"),
        "ts": _dates([r[2] for r in rows]),
        "value": pd.Series([r[3] for r in rows], dtype="float64"),
    })


def answer(rows):
    """rows: (reading_id, device_id, time, value, window_count, window_mean)."""
    out = readings([r[:4] for r in rows])
    out["window_count"] = pd.Series([r[4] for r in rows], dtype="int64")
    out["window_mean"] = pd.Series([r[5] for r in rows], dtype="float64")
    return out


SAMPLES = [
    Case((readings([(1, "pump-1", "2024-05-01 10:10", 4.0), (2, "pump-1", "2024-05-01 10:00", 2.0),
                    (3, "pump-2", "2024-05-01 10:05", 9.0), (4, "pump-1", "2024-05-01 10:04", NAN),
                    (5, "pump-1", "2024-05-01 10:21", 6.0)]), 10),
         expected=answer([(1, "pump-1", "2024-05-01 10:10", 4.0, 2, 3.0),
                          (2, "pump-1", "2024-05-01 10:00", 2.0, 1, 2.0),
                          (3, "pump-2", "2024-05-01 10:05", 9.0, 1, 9.0),
                          (4, "pump-1", "2024-05-01 10:04", NAN, 1, 2.0),
                          (5, "pump-1", "2024-05-01 10:21", 6.0, 1, 6.0)]),
         note="reading 1's window [10:00, 10:10] includes reading 2, exactly ten minutes "
              "earlier; the NaN at 10:04 is skipped, not averaged as 0; pump-2 is never "
              "mixed in; reading 5's window [10:11, 10:21] holds only itself"),
    Case((readings([(7, "fan-a", "2024-05-02 08:00:30", 1.0), (8, "fan-a", "2024-05-02 08:00:30", NAN),
                    (9, "fan-a", "2024-05-02 07:59:30", 5.0), (10, "fan-a", "2024-05-02 08:00:30", 3.0),
                    (11, "fan-b", "2024-05-02 08:00:00", NAN)]), 1),
         expected=answer([(7, "fan-a", "2024-05-02 08:00:30", 1.0, 3, 3.0),
                          (8, "fan-a", "2024-05-02 08:00:30", NAN, 3, 3.0),
                          (9, "fan-a", "2024-05-02 07:59:30", 5.0, 1, 5.0),
                          (10, "fan-a", "2024-05-02 08:00:30", 3.0, 3, 3.0),
                          (11, "fan-b", "2024-05-02 08:00:00", NAN, 0, NAN)]),
         note="readings 7, 8 and 10 share a time and therefore a window, (1 + 5 + 3) / 3; "
              "fan-b's only reading has no value, so its mean is NaN"),
]

_DEVICES = ["pump-%02d" % i for i in range(1, 301)]


def _random_case(rng, n, n_devices, window, nan_rate, dup_rate, spread_minutes):
    devices = rng.sample(_DEVICES, n_devices)
    t0 = pd.Timestamp("2023-12-31 18:00")
    last = {}
    rows = []
    ids = rng.sample(range(-5, 10 * n + 10), n)
    for rid in ids:
        d = rng.choice(devices)
        r = rng.random()
        if d in last and r < dup_rate:
            when = last[d]
        elif d in last and r < dup_rate + 0.1:
            when = last[d] + pd.Timedelta(minutes=window) * rng.choice([1, -1])
        else:
            when = t0 + pd.Timedelta(seconds=rng.randrange(spread_minutes * 60))
        last[d] = when
        r = rng.random()
        if r < nan_rate:
            value = NAN
        elif r < nan_rate + 0.2:
            value = rng.choice([0.1, 0.2, 0.3, -0.1, 1e-7, 1e4, -1e4, 1 / 3])
        else:
            value = round(rng.uniform(-50, 150), rng.choice([0, 1, 3]))
        rows.append((rid, d, when.isoformat(), value))
    rng.shuffle(rows)
    return readings(rows), window


def generate(rng):
    return _random_case(rng, rng.randint(0, 800), rng.randint(1, 12), rng.choice([1, 5, 10, 60, 1440]),
                        rng.choice([0.0, 0.1, 0.5]), rng.choice([0.0, 0.2]),
                        rng.choice([30, 600, 3000]))


_rng = random.Random(30444)

HIDDEN = [
    Case((readings([]), 10), note="no readings"),
    Case((readings([(1, "p", "2024-01-01 00:00", 2.5)]), 10), note="one reading"),
    Case((readings([(1, "p", "2024-01-01 00:00", NAN)]), 10), note="one reading without value"),
    Case((readings([(1, "p", "2024-01-01 00:00", NAN), (2, "p", "2024-01-01 00:05", NAN),
                    (3, "p", "2024-01-01 00:20", 1.0), (4, "p", "2024-01-01 00:25", NAN)]), 10),
         note="windows with no value at all"),
    Case((readings([(1, "p", "2024-01-01 00:00", 1.0),
                    (2, "p", "2024-01-01 00:10:00.000000001", 2.0),
                    (3, "p", "2024-01-01 00:10", 4.0)]), 10),
         note="the left edge exactly on a reading, and one nanosecond past it"),
    Case((readings([(1, "p", "2024-01-01 00:00", 1.0), (2, "p", "2024-01-01 00:00", 2.0),
                    (3, "p", "2024-01-01 00:00", 3.0), (4, "p", "2024-01-01 00:00", NAN)]), 5),
         note="all readings at one time share one window"),
    Case((readings([(5, "p", "2024-01-01 00:01", 8.0), (4, "p", "2024-01-01 00:01", 0.0),
                    (3, "p", "2024-01-01 00:00", 4.0), (2, "p", "2024-01-01 00:01", NAN),
                    (1, "p", "2024-01-01 00:02", -2.0)]), 1),
         note="duplicates listed before earlier times, zero and negative values"),
    Case((readings([(1, "b", "2024-01-01 00:00", 100.0), (2, "a", "2024-01-01 00:00", 1.0),
                    (3, "b", "2024-01-01 00:01", 100.0), (4, "a", "2024-01-01 00:01", 3.0),
                    (5, "c", "2024-01-01 00:01", NAN)]), 5),
         note="interleaved devices at equal times never share a window"),
    Case((readings([(1, "p", "2023-12-31 23:50", 1.0), (2, "p", "2024-01-01 00:00", 2.0),
                    (3, "p", "2024-01-01 00:09:59", 3.0), (4, "q", "2024-02-29 23:55", 5.0),
                    (5, "q", "2024-03-01 00:05", 7.0)]), 10),
         note="windows across the year end and a leap day"),
    Case((readings([(i, "p", "2024-01-01 00:00:%02d" % (i % 60), 0.1) for i in range(1, 61)]), 1),
         note="sixty readings of 0.1 one second apart"),
    Case((readings([(1, "p", "2024-03-01 00:00", 1e4), (2, "p", "2024-03-01 00:30", 1e-7),
                    (3, "p", "2024-03-01 01:00", -1e4), (4, "p", "2024-03-01 01:00", 1e-7),
                    (5, "p", "2024-03-01 01:31", 1e-7)]), 30),
         note="large values leaving the window before tiny ones"),
    Case((readings([(i, "p", "2024-01-01 %02d:%02d" % (i // 60, i % 60), float(i)) for i in range(0, 600, 7)]),
          1440), note="the widest window"),
    Case(_random_case(_rng, 3000, 8, 10, 0.2, 0.3, 600), note="random, many duplicates"),
    Case(_random_case(_rng, 100000, 300, 15, 0.1, 0.1, 3000), note="largest"),
]
