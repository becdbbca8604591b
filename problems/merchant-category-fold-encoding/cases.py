import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def train(rows):
    """rows: (merchant_category or None/NaN, is_fraud, fold)."""
    return pd.DataFrame({
        "merchant_category": pd.Series([r[0] for r in rows], dtype="object"),
        "is_fraud": pd.Series([r[1] for r in rows], dtype="int64"),
        "fold": pd.Series([r[2] for r in rows], dtype="int64"),
    })


def encoded(values):
    return pd.Series(values, dtype="float64", name="merchant_category_te")


SAMPLES = [
    Case((train([("grocery", 1, 0), ("grocery", 0, 1), ("travel", 1, 1),
                 ("grocery", 1, 1), ("travel", 0, 0), (None, 1, 0)]), 1.0),
         expected=encoded([5 / 9, 5 / 6, 1 / 3, 5 / 6, 5 / 6, 2 / 3]),
         note="m = 1. Row 0 (fold 0) sees only fold 1: prior 2/3, grocery sum 1 over 2 rows, "
              "so (1 + 2/3) / (2 + 1) = 5/9. Row 5's missing category never occurs in fold 1, "
              "so it gets that fold's prior 2/3"),
    Case((train([(None, 1, 2), (NAN, 0, 5), ("toys", 1, 5), ("toys", 0, 7), (None, 1, 7),
                 ("books", 0, 2)]), 0.0),
         expected=encoded([0.5, 1.0, 0.0, 1.0, 0.5, 0.5]),
         note="m = 0 gives the plain out-of-fold mean. `None` and `NaN` are one missing "
              "category: row 1 (fold 5) sees rows 0 and 4, both frauds. `books` occurs only "
              "in fold 2, so row 5 gets the prior of folds 5 and 7: 2/4"),
]


def _random(rng, n, n_folds, n_cats, missing, m, skew=False):
    folds = rng.sample(range(0, 1001), n_folds)
    cats = [f"mcc_{rng.randrange(10000):04d}" for _ in range(n_cats)]
    rates = {c: rng.random() for c in cats}
    fold_bias = {f: (rng.random() - 0.5) * (0.8 if skew else 0.2) for f in folds}
    rows = []
    for i in range(n):
        fold = folds[i % n_folds] if i < n_folds else rng.choice(folds)
        if rng.random() < missing:
            cat, rate = rng.choice([None, NAN]), 0.7
        else:
            cat = cats[min(int(rng.paretovariate(1.2)) - 1, n_cats - 1)] if rng.random() < .7 \
                else rng.choice(cats)
            rate = rates[cat]
        y = 1 if rng.random() < min(1.0, max(0.0, rate + fold_bias[fold])) else 0
        rows.append((cat, y, fold))
    rng.shuffle(rows)
    return train(rows), m


def generate(rng):
    return _random(rng, rng.randint(2, 3000), rng.randint(2, 10), rng.randint(1, 300),
                   rng.choice([0.0, 0.05, 0.3]), rng.choice([0.0, 0.5, 1.0, 2.5, 10.0, 0.1]),
                   rng.random() < .5)


_rng = random.Random(30_06)

HIDDEN = [
    Case((train([]), 1.0), note="no rows"),
    Case((train([("fuel", 1, 0), ("fuel", 0, 1)]), 1.0), note="two rows, two folds"),
    Case((train([("fuel", 1, 0), ("fuel", 0, 1)]), 0.0),
         note="two rows, m = 0: each row sees only the other"),
    Case((train([(None, 1, 0), (NAN, 0, 1), (None, 1, 1), (NAN, 1, 0), (None, 0, 2)]), 2.0),
         note="every category missing, None and NaN mixed: one category"),
    Case((train([("nan", 1, 0), (NAN, 0, 1), ("None", 1, 1), (None, 0, 0), ("nan", 0, 1),
                 ("None", 0, 0), (NAN, 1, 0), (None, 1, 1)]), 0.5),
         note="the texts 'nan' and 'None' are ordinary categories, not missing values"),
    Case((train([("Travel", 1, 0), ("travel", 0, 1), ("travel ", 1, 1), ("Travel", 0, 1),
                 ("travel", 1, 0), ("travel ", 0, 0)]), 1.0),
         note="categories differing in case or a trailing space are different"),
    Case((train([("a", 1, 3), ("a", 1, 3), ("b", 1, 3), ("a", 0, 17), ("b", 0, 17),
                 ("c", 0, 17), ("c", 1, 999), ("a", 0, 999), ("a", 1, 17)]), 0.0),
         note="m = 0; fold ids 3, 17, 999 unsorted; 'c' of fold 17 sees one row, 'b' of "
              "fold 3 one row"),
    Case((train([("x", 1, 0)] * 6 + [("y", 1, 0)] * 2 + [("x", 0, 1)] * 5 + [("z", 0, 1)] * 3
                + [("q", 1, 0)]), 1000.0),
         note="fold 0 is all fraud, fold 1 none: out-of-fold priors 0 and 1 (the overall "
              "mean is 9/17); large m pulls each value to its prior"),
    Case((train([("x", 1, 0), ("x", 0, 0), ("x", 1, 1), ("y", 0, 1), ("y", 1, 2),
                 ("x", 0, 2), ("x", 1, 1), ("y", 1, 0)]), 1e-9),
         note="a tiny m: close to the plain mean, and the prior for unseen categories"),
    Case((train([("w", 1, 0)] * 3 + [("w", 0, 1)] * 3 + [("v", 1, 1)] * 2 + [("v", 0, 0)]),
          0.1),
         note="m = 0.1, leave-one-out would differ from out-of-fold"),
    Case(_random(_rng, 400, 3, 20, 0.2, 0.0), note="random, m = 0, 20% missing"),
    Case(_random(_rng, 5000, 5, 800, 0.05, 3.0, skew=True), note="many rare categories"),
    Case(_random(_rng, 100_000, 10, 5000, 0.05, 20.0, skew=True), note="largest"),
]
