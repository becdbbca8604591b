import math
import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def features(times, **columns):
    """times: ISO strings or None (NaT); columns: name -> list of floats (NaN allowed)."""
    data = {"event_time": pd.Series(pd.to_datetime(times, format="ISO8601"),
                                    dtype="datetime64[ns]")}
    for name, values in columns.items():
        data[name] = pd.Series(values, dtype="float64")
    return pd.DataFrame(data)


def result(rows):
    """rows: (feature, bins, psi) in the required order."""
    return pd.DataFrame({
        "feature": pd.Series([r[0] for r in rows], dtype="object"),
        "bins": pd.Series([r[1] for r in rows], dtype="int64"),
        "psi": pd.Series([r[2] for r in rows], dtype="float64"),
    })


def _psi(pairs):
    return sum((c - b) * math.log(c / b) for b, c in pairs)


E = 1e-4
# amount: baseline 1..10 -> edges 1.9, 2.8, ..., 9.1, every baseline bin holds one value;
# current [1, 1, 10, NaN] -> shares .5 in bin 0, .25 in bin 9, .25 missing.
_AMOUNT = _psi([(0.1, 0.5)] + [(0.1, E)] * 8 + [(0.1, 0.25), (E, 0.25)])
# device_age: baseline [0]*8 + [3, 7] -> deciles 0 (seven times), 0.6, 3.4 -> edges 0, 0.6,
# 3.4 -> 4 bins (-inf, 0], (0, 0.6], (0.6, 3.4], (3.4, inf) with baseline shares .8, 0, .1,
# .1; current [0, 0.5, 2, 9] -> .25 each; no missing values on either side.
_DEVICE = _psi([(0.8, 0.25), (E, 0.25), (0.1, 0.25), (0.1, 0.25), (E, E)])

SAMPLES = [
    Case((features(
        [f"2024-06-{d:02d} 12:00" for d in range(1, 11)] + ["2024-07-01 00:00", "2024-07-03",
                                                            "2024-07-09", "2024-07-30"],
        amount=[float(v) for v in range(1, 11)] + [1.0, 10.0, 1.0, NAN],
        device_age=[0.0] * 8 + [3.0, 7.0] + [0.0, 0.5, 2.0, 9.0]),
        "2024-07-01 00:00:00"),
         expected=result([("amount", 10, _AMOUNT), ("device_age", 4, _DEVICE)]),
         note="baseline = the ten June rows; the row at exactly 2024-07-01 00:00 is current. "
              "`device_age`'s deciles are 0 (seven times), 0.6 and 3.4, so only three edges "
              "remain and the current 0 falls in the bin (-inf, 0]; an empty bin's share "
              "counts as 0.0001"),
    Case((features(["2024-12-31 23:59:59", "2025-01-01 00:00:00", None, "2024-12-30",
                    "2025-01-02"],
                   zip_code_risk=[0.5, 0.5, 9.0, 0.5, 0.5],
                   card_age=[2.0, 2.0, 9.0, 2.0, 2.0],
                   hour=[NAN, 5.0, 1.0, 4.0, NAN]),
              "2025-01-01 00:00:00"),
         expected=result([("hour", 2, _psi([(0.5, E), (E, 0.5), (0.5, 0.5)])),
                          ("card_age", 2, 0.0), ("zip_code_risk", 2, 0.0)]),
         note="the row without a time is in neither period; `card_age` and `zip_code_risk` "
              "tie at PSI 0 and are ordered by name; a missing value is a bin of its own"),
]

_FEATURES = ["amount", "amount_copy", "txn_count_7d", "merchant_risk", "account_age_days",
             "ip_distance_km", "tiny_score", "is_foreign", "Amount"]


def _value(rng, name, shifted):
    if name in ("amount", "amount_copy", "Amount"):
        return round(math.exp(rng.gauss(3.5 + (0.4 if shifted else 0.0), 1.0)), 2)
    if name == "txn_count_7d":
        return float(rng.randint(0, 6 if shifted else 4) + rng.randint(0, 3))
    if name == "merchant_risk":
        return rng.randrange(0, 11) / 10
    if name == "account_age_days":
        return NAN if rng.random() < (0.3 if shifted else 0.05) else float(rng.randint(0, 900))
    if name == "ip_distance_km":
        return rng.choice([1e-12, 1.0, 1e6, 1e12]) * rng.random()
    if name == "tiny_score":
        return rng.random() * 1e-12 + (3e-13 if shifted else 0.0)
    return float(rng.random() < (0.2 if shifted else 0.1))


def _random_case(rng: random.Random, n_rows: int, names, nat_share=0.01, at_cut=0.01):
    cut = pd.Timestamp("2025-01-01 00:00:00")
    times, cols = [], {n: [] for n in names}
    for _ in range(n_rows):
        r = rng.random()
        if r < nat_share:
            t = None
        elif r < nat_share + at_cut:
            t = str(cut)
        else:
            t = str(cut + pd.Timedelta(seconds=rng.randint(-40 * 86400, 20 * 86400)))
        shifted = t is not None and t >= str(cut)
        row = {n: _value(rng, n, shifted) for n in names if n != "amount_copy"}
        if "amount_copy" in names:
            row["amount_copy"] = row.get("amount", 1.0)
        if rng.random() < 0.02:
            row[rng.choice(names)] = NAN
        times.append(t)
        for n in names:
            cols[n].append(row[n])
    return features(times, **cols), "2025-01-01 00:00:00"


def generate(rng):
    names = rng.sample(_FEATURES, rng.randint(1, len(_FEATURES)))
    return _random_case(rng, rng.choice([20, 2000, 100000]), names)


_rng = random.Random(5150)

HIDDEN = [
    Case((features([], amount=[], txn_count_7d=[]), "2024-01-01 00:00:00"),
         note="empty table: PSI NaN, features by name"),
    Case((features(["2024-01-01", "2024-02-01"], b=[1.0, 2.0], a=[3.0, NAN]),
               "2024-03-01 00:00:00"), note="no current rows: PSI NaN"),
    Case((features(["2024-04-01", "2024-05-01"], b=[1.0, 2.0], a=[3.0, NAN]),
               "2024-03-01 00:00:00"), note="no baseline rows: one numeric bin, PSI NaN"),
    Case((features(["2024-02-29 23:59:59", "2024-03-01 00:00:00"], x=[1.0, 2.0]),
               "2024-03-01 00:00:00"), note="one row each side, leap day, cut-off at midnight"),
    Case((features(["2024-01-01", "2024-03-01", "2024-03-02"], x=[NAN, 1.0, NAN],
                   y=[NAN, NAN, NAN]), "2024-03-01 00:00:00"),
         note="baseline values all missing: no edges"),
    Case((features(["2024-01-01"] * 3 + ["2024-03-01"] * 3,
                   flat=[7.0] * 6, up=[7.0] * 3 + [7.0, 7.0, 7.1]), "2024-03-01 00:00:00"),
         note="a constant baseline: all deciles equal, one edge, two bins; 7.0 is on it"),
    Case((features([f"2024-01-{d:02d}" for d in range(1, 12)] + ["2024-02-01"] * 11,
                   x=[float(v) for v in range(11)] * 2,
                   y=[float(v) for v in range(11)] + [float(v) + 0.5 for v in range(11)]),
          "2024-02-01 00:00:00"),
         note="eleven baseline values put every decile on a data point: bins are closed on "
              "the right"),
    Case((features([None, None, "2024-01-01", "2024-06-01"], x=[1.0, 2.0, 3.0, 4.0]),
          "2024-03-01 00:00:00"), note="rows without a time belong to no period"),
    Case((features(["2024-12-31 23:59:59.999"] * 4 + ["2025-01-01 00:00:00"] * 4,
                   q=[1e12, 2e12, 3e12, 4e12, 1e12, 1e12, 5e12, 5e12],
                   p=[1e-12, 2e-12, 3e-12, 4e-12, 1e-12, 1e-12, 5e-12, 5e-12]),
          "2025-01-01 00:00:00"),
         note="year end; values near 1e12 and 1e-12 with the same shape tie"),
    Case((features(["2024-05-01"] * 5 + ["2024-05-02"] * 5,
                   m=[NAN] * 5 + [1.0, 2.0, 3.0, 4.0, 5.0],
                   n=[1.0, 2.0, 3.0, 4.0, 5.0] + [NAN] * 5), "2024-05-02 00:00:00"),
         note="NaN bin against numbers in both directions"),
    Case(_random_case(_rng, 300, ["amount", "amount_copy", "txn_count_7d", "is_foreign"]),
         note="random, a duplicated feature"),
    Case(_random_case(_rng, 100000, _FEATURES), note="largest, nine features"),
]
