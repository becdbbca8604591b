import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def runs(rows):
    """rows: (run_id, model, dataset, metric, value, 'YYYY-MM-DD HH:MM[:SS]')."""
    return pd.DataFrame({
        "run_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "model": pd.Series([r[1] for r in rows], dtype="object"),
        "dataset": pd.Series([r[2] for r in rows], dtype="object"),
        "metric": pd.Series([r[3] for r in rows], dtype="object"),
        "value": pd.Series([r[4] for r in rows], dtype="float64"),
        "finished_at": pd.Series(pd.to_datetime(pd.Series([r[5] for r in rows], dtype="object")),
                                 dtype="datetime64[ns]"),
    })


def grid(datasets, rows):
    """rows: (model, [one value per dataset])."""
    frame = pd.DataFrame({"model": pd.Series([r[0] for r in rows], dtype="object")})
    for k, name in enumerate(datasets):
        frame[name] = pd.Series([r[1][k] for r in rows], dtype="float64")
    return frame


SAMPLES = [
    Case((runs([
        (1, "bert-s", "squad", "f1", 0.81, "2024-05-01 10:00"),
        (2, "bert-s", "squad", "f1", 0.84, "2024-05-03 09:00"),
        (3, "bert-s", "squad", "em", 0.70, "2024-05-04 09:00"),
        (4, "bert-s", "news", "f1", 0.66, "2024-05-02 12:00"),
        (5, "t5-b", "news", "f1", 0.71, "2024-05-02 12:00"),
        (6, "gpt-x", "squad", "f1", 0.90, "2024-05-02 12:00"),
    ]), "f1", ["t5-b", "bert-s", "llama-n"], ["squad", "news", "wiki"]),
        expected=grid(["squad", "news", "wiki"], [
            ("t5-b", [NAN, 0.71, NAN]),
            ("bert-s", [0.84, 0.66, NAN]),
            ("llama-n", [NAN, NAN, NAN]),
        ]),
        note="run 2 replaces run 1 (it finished later); run 3 is another metric and gpt-x "
             "is not asked for; llama-n and wiki have no runs but still appear, as NaN"),
    Case((runs([
        (10, "m1", "d1", "acc", 0.5, "2024-06-01 00:00"),
        (12, "m1", "d1", "acc", 0.6, "2024-06-01 00:00"),
        (11, "m1", "d1", "acc", 0.7, "2024-06-01 00:00"),
        (20, "m1", "d2", "acc", 0.9, "2024-06-01 00:00"),
        (21, "m1", "d2", "acc", NAN, "2024-06-02 00:00"),
    ]), "acc", ["m1"], ["d2", "d1"]),
        expected=grid(["d2", "d1"], [("m1", [NAN, 0.6])]),
        note="runs 10-12 finished at the same time: the largest run_id (12) wins; run 21 "
             "diverged (NaN) but is the latest, so d2 shows NaN, not 0.9"),
]

MODELS = [f"model-{k:03d}" for k in range(250)]
DATASETS = [f"ds-{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"set{k}" for k in range(30)]
METRICS = ["acc", "f1", "auc", "loss"]


def _value(rng):
    r = rng.random()
    if r < 0.05:
        return NAN
    if r < 0.1:
        return 0.0
    if r < 0.15:
        return rng.choice([0.1, 0.30000000000000004, 1e-12, 1 - 1e-12, 123456.789])
    return round(rng.random(), rng.choice([2, 4, 17]))


def _random(rng, n, n_models, n_datasets, n_times, extra=3):
    pool_m = rng.sample(MODELS, n_models + extra)
    pool_d = rng.sample(DATASETS, n_datasets + extra)
    t0 = pd.Timestamp("2024-12-31 20:00")
    times = [str(t0 + pd.Timedelta(minutes=17 * rng.randrange(2000))) for _ in range(n_times)]
    ids = rng.sample(range(1, 10 * n + 10), n)
    rows = [(rid, rng.choice(pool_m), rng.choice(pool_d), rng.choice(METRICS), _value(rng),
             rng.choice(times)) for rid in ids]
    asked_m = pool_m[:n_models] + rng.sample(MODELS, 2)   # some may have no runs at all
    asked_m = list(dict.fromkeys(asked_m))
    asked_d = list(dict.fromkeys(pool_d[:n_datasets] + [rng.choice(DATASETS)]))
    rng.shuffle(asked_m)
    rng.shuffle(asked_d)
    return runs(rows), rng.choice(METRICS), asked_m, asked_d


def generate(rng):
    return _random(rng, rng.randint(0, 400), rng.randint(1, 12), rng.randint(1, 8),
                   rng.randint(1, 10))


_rng = random.Random(5150)

HIDDEN = [
    Case((runs([]), "f1", ["a", "b"], ["x", "y"]), note="no runs: every cell NaN"),
    Case((runs([(1, "a", "x", "f1", 0.5, "2024-01-01")]), "f1", [], ["x"]),
         note="no models asked: no rows"),
    Case((runs([(1, "a", "x", "f1", 0.5, "2024-01-01")]), "f1", ["a"], []),
         note="no datasets asked: only the model column"),
    Case((runs([(1, "a", "x", "acc", 0.5, "2024-01-01"), (2, "b", "y", "acc", 0.25, "2024-01-01")]),
          "f1", ["a", "b"], ["x", "y"]), note="runs exist, none of the asked metric"),
    Case((runs([(1, "a", "x", "f1", 0.5, "2024-01-01")]), "f1", ["a"], ["x"]), note="one run"),
    Case((runs([(3, "a", "x", "f1", 0.25, "2024-12-31 23:59:59"),
                (1, "a", "x", "f1", 0.75, "2025-01-01 00:00:00"),
                (2, "a", "x", "f1", 0.5, "2024-12-31 23:59:58")]), "f1", ["a"], ["x"]),
         note="a run one second into the new year wins over a larger run_id"),
    Case((runs([(5, "a", "x", "f1", NAN, "2024-03-01"), (4, "a", "x", "f1", 0.9, "2024-03-01"),
                (6, "a", "y", "f1", 0.0, "2024-03-01"), (7, "a", "y", "f1", NAN, "2024-02-01")]),
          "f1", ["a"], ["x", "y"]),
         note="a diverged run wins a tie by run_id; a zero is a real value, not missing"),
    Case((runs([(1, "a", "x", "f1", 0.1, "2024-01-01"), (2, "a", "x", "f1", 0.2, "2024-01-02"),
                (3, "a", "x", "f1", 0.6, "2024-01-03"), (4, "b", "x", "f1", 0.3, "2024-01-01"),
                (5, "b", "x", "F1", 0.99, "2024-01-05")]), "f1", ["b", "a"], ["x"]),
         note="three runs of one cell (their mean is not the answer); metric names are "
              "case-sensitive"),
    Case((runs([(1, "m", "z", "auc", 0.7, "2024-01-01"), (2, "m", "a", "auc", 0.6, "2024-01-01"),
                (3, "m", "k", "auc", 0.5, "2024-01-01")]), "auc", ["m"], ["k", "z", "a"]),
         note="columns in the asked order, not sorted nor in the order of the data"),
    Case((runs([(1, "b", "x", "f1", 0.1, "2024-01-01"), (2, "a", "x", "f1", 0.2, "2024-01-01"),
                (3, "c", "x", "f1", 0.3, "2024-01-01")]), "f1", ["c", "a", "b"], ["x"]),
         note="rows in the asked order"),
    Case(_random(_rng, 300, 10, 5, 4), note="random, many ties in time"),
    Case(_random(_rng, 20000, 80, 20, 200), note="larger"),
    Case(_random(_rng, 100000, 200, 50, 5000), note="largest"),
]
