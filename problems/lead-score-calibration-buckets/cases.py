import random

import numpy as np
import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def scored(rows):
    """rows: (lead_id, score or NaN, converted) tuples."""
    return pd.DataFrame({
        "lead_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "score": pd.Series([r[1] for r in rows], dtype="float64"),
        "converted": pd.Series([r[2] for r in rows], dtype="int64"),
    })


def table(n_buckets, filled):
    """filled: {bucket: (count, mean_score, positive_rate, ece_contribution)}."""
    rows = [(b, b / n_buckets, (b + 1) / n_buckets) + filled.get(b, (0, NAN, NAN, 0.0))
            for b in range(n_buckets)]
    cols = ["bucket", "lower", "upper", "count", "mean_score", "positive_rate",
            "ece_contribution"]
    dtypes = ["int64", "float64", "float64", "int64", "float64", "float64", "float64"]
    return pd.DataFrame({c: pd.Series([r[i] for r in rows], dtype=d)
                         for i, (c, d) in enumerate(zip(cols, dtypes))})


def _scored(pairs, rng):
    """pairs: (score, converted); shuffled, ids 1..n."""
    pairs = list(pairs)
    rng.shuffle(pairs)
    return scored([(i + 1, s, y) for i, (s, y) in enumerate(pairs)])


SAMPLES = [
    Case((scored([(1, 0.25, 0), (2, 1.0, 1), (3, 0.1, 0), (4, NAN, 1), (5, 0.0, 0),
                  (6, 0.8, 0)]), 4),
         expected=table(4, {0: (2, 0.05, 0.0, 0.02), 1: (1, 0.25, 0.0, 0.05),
                            3: (2, 0.9, 0.5, 0.16)}),
         note="`0.25` is on an edge and goes to the bucket on its right; `1.0` is in the last "
              "bucket; lead 4 has no score and is left out everywhere, so the weights are out "
              "of 5 scored leads; bucket 2 is empty but still listed"),
    Case((scored([(7, 0.3, 1), (8, 0.29, 0), (9, 0.3, 0), (10, 0.7, 1), (11, 1.0, 1),
                  (12, 0.95, 1)]), 10),
         expected=table(10, {2: (1, 0.29, 0.0, 0.29 / 6), 3: (2, 0.3, 0.5, 0.2 / 3),
                             7: (1, 0.7, 1.0, 0.05), 9: (2, 0.975, 1.0, 0.025 / 3)}),
         note="`0.3 == 3 / 10`, so both leads scored `0.3` are in bucket 3; the sum of "
              "`ece_contribution` (about 0.173) is the expected calibration error"),
]


def _random_case(rng: random.Random, n_rows: int, n_buckets: int, missing: float):
    bend = rng.choice([0.5, 1.0, 2.0])
    pairs = []
    for _ in range(n_rows):
        r = rng.random()
        if r < missing:
            s = NAN
        elif r < missing + 0.1:
            s = rng.randrange(n_buckets + 1) / n_buckets       # exactly on an edge
        elif r < missing + 0.15:
            s = rng.choice([0.0, 1.0, 1e-12, 1 - 1e-12, 0.1, 0.7, 1 / 3])
        else:
            s = rng.random()
        p = 0.5 if s != s else s ** bend
        pairs.append((s, int(rng.random() < p)))
    return _scored(pairs, rng), n_buckets


def generate(rng):
    return _random_case(rng, rng.choice([30, 5000, 100000]), rng.randint(1, 50),
                        rng.choice([0.0, 0.02, 0.3]))


_rng = random.Random(991)
_edges49 = [(k / 49, k % 2) for k in range(50)]
_tenths = [(k / 10, (k * 7) % 3 == 0) for k in range(11)] * 3
_near = [(float(np.nextafter(k / 8, -1.0)), 1) for k in range(1, 9)] + \
        [(float(np.nextafter(k / 8, 2.0)), 0) for k in range(0, 8)]

HIDDEN = [
    Case((scored([]), 5), note="empty table: five empty buckets"),
    Case((scored([(1, NAN, 1), (2, NAN, 0)]), 3), note="no lead has a score"),
    Case((scored([(1, 0.42, 1)]), 1), note="one lead, one bucket [0, 1]"),
    Case((scored([(3, 1.0, 1), (4, 1.0, 0), (5, 1.0, 1)]), 7),
         note="every score is exactly 1.0: all in the last bucket"),
    Case((scored([(3, 0.0, 0), (4, 0.0, 1)]), 2), note="every score is exactly 0.0"),
    Case((_scored(_edges49, random.Random(1)), 49),
         note="49 buckets and a score on every edge k / 49 (floor(score · 49) misplaces some)"),
    Case((_scored([(s, int(y)) for s, y in _tenths], random.Random(2)), 10),
         note="tenths 0.0 .. 1.0 on the edges of 10 buckets (np.linspace edges misplace 0.3)"),
    Case((_scored(_near, random.Random(3)), 8),
         note="scores one ulp below and above every edge of 8 buckets"),
    Case((_scored([(1 / 3, 1), (2 / 3, 0), (1e-12, 0), (1 - 1e-12, 1), (0.5, 1)],
                  random.Random(4)), 3),
         note="thirds on the edges of 3 buckets; scores 1e-12 from 0 and 1"),
    Case((_scored([(0.1, 1)] * 10 + [(NAN, 0)] * 5 + [(0.95, 0)] * 4, random.Random(5)), 2),
         note="NaN scores do not count in the weights"),
    Case((_scored([(0.55, 1), (0.05, 0), (0.56, 1), (0.58, 0)], random.Random(6)), 50),
         note="50 buckets, nearly all empty"),
    Case(_random_case(_rng, 400, 10, 0.1), note="random, 10 buckets"),
    Case(_random_case(_rng, 100000, 50, 0.02), note="largest"),
]
