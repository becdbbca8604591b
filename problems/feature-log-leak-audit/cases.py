import random

import pandas as pd

from judge.grading.authoring import Case


def _dates(values):
    """ISO strings (None for a missing time) as a datetime64[ns] column."""
    return pd.Series(pd.to_datetime(pd.Series(list(values), dtype="object"), format="ISO8601"),
                     dtype="datetime64[ns]")


def labels(rows):
    """rows: (label_id, entity_id, 'YYYY-MM-DD[ HH:MM[:SS[.fffffffff]]]')."""
    return pd.DataFrame({
        "label_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "entity_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "label_time": _dates([r[2] for r in rows]),
    })


def features(rows):
    """rows: (entity_id, feature, time or None)."""
    return pd.DataFrame({
        "entity_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "feature": pd.Series([r[1] for r in rows], dtype="object"),
        "computed_at": _dates([r[2] for r in rows]),
    })


def report(rows):
    """rows: (feature, leaking_labels, leak_share) in the required order."""
    return pd.DataFrame({
        "feature": pd.Series([r[0] for r in rows], dtype="object"),
        "leaking_labels": pd.Series([r[1] for r in rows], dtype="int64"),
        "leak_share": pd.Series([r[2] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((labels([(1, 10, "2024-03-01 00:00"), (2, 10, "2024-03-10 00:00"),
                  (3, 20, "2024-03-05 12:00"), (4, 30, "2024-03-02 08:00")]),
          features([(10, "spend_7d", "2024-02-28 23:00"), (10, "spend_7d", "2024-03-05 06:00"),
                    (10, "spend_7d", "2024-03-12 06:00"), (10, "tickets", "2024-03-01 00:00"),
                    (20, "spend_7d", "2024-03-05 11:59"), (20, "tickets", "2024-03-06 09:00"),
                    (20, "plan", None)])),
         expected=report([("spend_7d", 2, 0.5), ("tickets", 2, 0.5), ("plan", 0, 0.0)]),
         note="label 1 leaks `spend_7d` once although two later values exist, and leaks "
              "`tickets` because a value computed exactly at its label time counts; label 3's "
              "`spend_7d` value (11:59) is safe; entity 30 has no features but label 4 is in "
              "the denominator (4 labels); `plan` has only an unlogged time and leaks nothing"),
    Case((labels([(7, 5, "2024-01-01"), (8, 5, "2024-01-01"), (9, 6, "2023-12-31 23:59:59")]),
          features([(6, "tenure", "2024-01-01 00:00"), (5, "tenure", "2023-12-31 23:59:59"),
                    (5, "age", "2024-01-01"), (6, "age", "2023-12-31")])),
         expected=report([("age", 2, 2 / 3), ("tenure", 1, 1 / 3)]),
         note="labels 7 and 8 share an entity and a time: each is counted; label 9 leaks "
              "`tenure` (computed one second later) but not `age`"),
]


def _iso(ts):
    return ts.isoformat()


_NAMES = ["spend_7d", "spend_30d", "tickets", "plan", "Plan", "age", "tenure", "logins_1h",
          "logins_24h", "refunds", "nps", "device", "country", "churn_score_v1",
          "churn_score_v2", "z_last"]


def _random_case(rng, n_entities, n_labels, n_features, n_names, nat_rate):
    entities = rng.sample(range(-50, 10 * n_entities + 50), n_entities)
    names = rng.sample(_NAMES, n_names)
    day0 = pd.Timestamp("2023-12-01")
    span = 60 * 24 * 90
    lab = []
    times_of = {}
    n_labels = min(n_labels, 30 * n_entities)      # the statement's per-entity caps
    n_features = min(n_features, 60 * n_entities)
    used = {}
    for label_id in rng.sample(range(1, 10 * n_labels + 10), n_labels):
        e = rng.choice(entities)
        while used.get(e, 0) >= 30:
            e = rng.choice(entities)
        used[e] = used.get(e, 0) + 1
        t = day0 + pd.Timedelta(minutes=rng.randrange(span))
        if rng.random() < 0.1:
            t = t.normalize()
        times_of.setdefault(e, []).append(t)
        lab.append((label_id, e, _iso(t)))
    feats = []
    used = {}
    for _ in range(n_features):
        e = rng.choice(entities)
        while used.get(e, 0) >= 60:
            e = rng.choice(entities)
        used[e] = used.get(e, 0) + 1
        name = rng.choice(names)
        r = rng.random()
        if r < nat_rate:
            when = None
        elif r < nat_rate + 0.15 and e in times_of:
            base = rng.choice(times_of[e])
            when = _iso(base + pd.Timedelta(rng.choice([0, 0, 1, -1, 60, -60]), unit="s"))
        else:
            when = _iso(day0 + pd.Timedelta(minutes=rng.randrange(span)))
        feats.append((e, name, when))
    rng.shuffle(feats)
    return labels(lab), features(feats)


def generate(rng):
    return _random_case(rng, rng.randint(1, 200), rng.randint(0, 600), rng.randint(0, 1500),
                        rng.randint(1, 12), rng.choice([0.0, 0.1, 0.4]))


_rng = random.Random(30111)

HIDDEN = [
    Case((labels([]), features([])), note="both tables empty"),
    Case((labels([(1, 1, "2024-01-01")]), features([])), note="no feature values"),
    Case((labels([]), features([(1, "b", "2024-01-01"), (1, "a", None), (2, "c", "2024-01-02")])),
         note="no labels: every feature listed with 0 and 0.0, by name"),
    Case((labels([(1, 1, "2024-05-05 10:00")]), features([(1, "x", "2024-05-05 10:00")])),
         note="one label, one value exactly at the label time: leaks"),
    Case((labels([(1, 1, "2024-05-05 10:00:00.000000001")]),
          features([(1, "x", "2024-05-05 10:00")])),
         note="value one nanosecond before the label: safe"),
    Case((labels([(1, 1, "2024-05-05 10:00"), (2, 1, "2024-05-05 10:00:00.000000001"),
                  (3, 2, "2024-05-05 09:00")]),
          features([(1, "x", "2024-05-05 10:00:00.000000001"), (1, "y", "2024-05-05 10:00"),
                    (2, "x", "2024-05-05 08:59:59"), (2, "y", "2024-05-05 09:00")])),
         note="equal and one-nanosecond differences on both sides"),
    Case((labels([(1, 3, "2024-02-01"), (2, 4, "2024-02-01"), (3, 5, "2024-02-01"),
                  (4, 6, "2024-02-01"), (5, 7, "2024-02-01")]),
          features([(3, "late", "2024-03-01"), (4, "early", "2024-01-01")])),
         note="most labels have no features: the share divides by all 5 labels"),
    Case((labels([(1, 8, "2024-04-01")]),
          features([(8, "clicks", "2024-04-02")] * 5 + [(8, "views", "2024-04-03"),
                                                        (8, "views", "2024-04-03")])),
         note="many late values of one feature still count one label once"),
    Case((labels([(1, 9, "2024-04-01"), (2, 9, "2024-04-05")]),
          features([(9, "only_nat", None), (9, "only_nat", None), (9, "mixed", None),
                    (9, "mixed", "2024-04-03")])),
         note="NaT values never leak; an all-NaT feature is still listed"),
    Case((labels([(1, 0, "2024-01-01"), (2, -3, "2024-01-01"), (3, 0, "2024-01-02")]),
          features([(0, "b", "2024-01-02"), (-3, "B", "2024-01-02"), (0, "a", "2024-01-03"),
                    (-3, "a", "2023-12-31"), (3, "b", "2025-01-01")])),
         note="zero and negative ids; names that differ only in case are different features; "
              "entity 3 has no label"),
    Case((labels([(10, 1, "2023-12-31 23:59:59"), (11, 1, "2024-01-01 00:00:00"),
                  (12, 2, "2024-12-31 23:59:59.999999999")]),
          features([(1, "year_end", "2024-01-01 00:00:00"), (2, "year_end", "2025-01-01"),
                    (2, "leap", "2024-02-29 12:00"), (1, "leap", "2024-02-29 00:00")])),
         note="midnight at the year end and a leap day"),
    Case((labels([(i, i % 3, "2024-06-01") for i in range(1, 10)]),
          features([(0, "t", "2024-06-01"), (1, "t", "2024-06-01"), (2, "u", "2024-06-01"),
                    (1, "u", "2024-06-01"), (0, "v", "2024-06-01"), (2, "w", "2024-05-31")])),
         note="ties on the count broken by name; shares in thirds"),
    Case(_random_case(_rng, 30, 80, 200, 6, 0.1), note="random, small"),
    Case(_random_case(_rng, 400, 3000, 6000, 16, 0.2), note="random, medium"),
    Case(_random_case(_rng, 10000, 50000, 100000, 16, 0.05), note="largest"),
]
