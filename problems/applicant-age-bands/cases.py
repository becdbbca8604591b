import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def applicants(ages):
    return pd.DataFrame({
        "applicant_id": pd.Series(range(1, len(ages) + 1), dtype="int64"),
        "age": pd.Series(ages, dtype="float64"),
    })


def bands(rows):
    return pd.DataFrame({
        "band": pd.Series([r[0] for r in rows], dtype="object"),
        "applicants": pd.Series([r[1] for r in rows], dtype="int64"),
        "share": pd.Series([r[2] for r in rows], dtype="float64"),
    })


EDGES = [18, 25, 35, 50, 65]
LABELS = ["18-24", "25-34", "35-49", "50-64"]

SAMPLES = [
    Case((applicants([25.0, 24.9, 18.0, 40.0, NAN, 65.0, 17.5, 50.0, 33.0, NAN]), EDGES, LABELS),
         expected=bands([("18-24", 2, 0.2), ("25-34", 2, 0.2), ("35-49", 1, 0.1),
                         ("50-64", 1, 0.1), ("out_of_range", 2, 0.2), ("unknown", 2, 0.2)]),
         note="25.0 opens `25-34` and 18.0 opens `18-24` (left edges are included); 65.0 is "
              "past the last band and 17.5 before the first; the two missing ages are "
              "`unknown` and count in the shares"),
    Case((applicants([70.0, 19.0, 19.0, 101.0]), [0, 18, 65, 120], ["minor", "adult", "senior"]),
         expected=bands([("minor", 0, 0.0), ("adult", 2, 0.5), ("senior", 2, 0.5),
                         ("out_of_range", 0, 0.0), ("unknown", 0, 0.0)]),
         note="empty bands are still listed, in band order, with a count of 0"),
]


def _ages(rng, n, edges, nan_share):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < nan_share:
            out.append(NAN)
        elif r < nan_share + 0.1:
            e = rng.choice(edges)
            out.append(rng.choice([e, e - 1e-9, e + 1e-9, e - 0.5]))   # on and beside edges
        elif r < nan_share + 0.13:
            out.append(rng.choice([-0.5, -3.0, 0.0, 150.0, 1e12, -1e12]))   # data errors
        else:
            out.append(round(rng.uniform(edges[0] - 5, edges[-1] + 5), rng.choice([0, 1, 2])))
    return out


def _edges(rng):
    k = rng.randint(1, 8)
    points = sorted(rng.sample(range(0, 100), k + 1))
    edges = [p + rng.choice([0, 0, 0.5, 0.25]) for p in points]
    edges = sorted(set(edges))
    return edges, [f"band{j}" for j in range(len(edges) - 1)]


def _random(rng, n, nan_share=0.05):
    edges, labels = _edges(rng)
    while len(edges) < 2:
        edges, labels = _edges(rng)
    return applicants(_ages(rng, n, edges, nan_share)), edges, labels


def generate(rng):
    return _random(rng, rng.randint(0, 300), rng.choice([0.0, 0.05, 0.3]))


_rng = random.Random(1865)

HIDDEN = [
    Case((applicants([]), EDGES, LABELS), note="no applicants: counts 0, shares 0.0"),
    Case((applicants([NAN]), EDGES, LABELS), note="a single missing age"),
    Case((applicants([NAN, NAN, 30.0]), EDGES, LABELS), note="missing ages are in the denominator"),
    Case((applicants([18.0]), EDGES, LABELS), note="exactly the lowest edge"),
    Case((applicants([65.0, 64.999999999, 50.0, 49.999999999]), EDGES, LABELS),
         note="exactly the highest edge is out of range; just below it is in the last band"),
    Case((applicants([17.999999999, -0.5, 0.0, 1e12, -1e12]), [0, 18], ["child"]),
         note="a single band; negative and huge ages are out of range; 0.0 is in"),
    Case((applicants([-0.5, -0.25, 0.5]), [0.0, 0.5, 1.0], ["a", "b"]),
         note="ages just below zero are out of range, not truncated into the first band"),
    Case((applicants([17.5, 17.49, 21.0, 21.25, 30.0]), [17.5, 21.25, 30.0], ["young", "mid"]),
         note="fractional edges, values exactly on them"),
    Case((applicants([0.1 + 0.2, 0.3, 0.30000000000000004]), [0.0, 0.30000000000000004, 1.0],
          ["low", "high"]), note="0.1 + 0.2 is exactly the edge; 0.3 is below it"),
    Case((applicants([40.0] * 7), EDGES, LABELS), note="everyone in one band"),
    Case(_random(_rng, 500), note="random"),
    Case(_random(_rng, 100000, 0.02), note="largest, random edges"),
    Case((applicants(_ages(_rng, 100000, [0, 18, 25, 35, 50, 65, 120], 0.03)),
          [0, 18, 25, 35, 50, 65, 120], ["0-17", "18-24", "25-34", "35-49", "50-64", "65+"]),
         note="largest, six bands"),
]
