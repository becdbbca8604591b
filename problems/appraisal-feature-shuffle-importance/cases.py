import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[1, 0], [2, 1], [3, 0]]), _f([1, 4, 3]), _f([1, 2]), 0.0, 2, 0),
         expected=_f([7 / 3, 8 / 3]),
         note="the model is exact, so base = 0. With seed 0 the draws are (2, 0, 1) and "
              "(2, 1, 0) for feature 0, then (2, 0, 1) and (1, 2, 0) for feature 1. Feature 0 "
              "shuffled to (3, 1, 2) gives MSE (4 + 1 + 1)/3 = 2 and to (3, 2, 1) gives 8/3: "
              "importance (2 + 8/3)/2 = 7/3. Both shuffles of feature 1 give 8/3"),
    Case((_f([[0, 5], [1, -5], [2, 7]]), _f([2, 2, 6]), _f([2, 0]), 1.0, 2, 1),
         expected=_f([8 / 3, 0.0]),
         note="base = 1. Seed 1 draws the identity (0, 1, 2) first (difference 0), then "
              "(2, 0, 1): predictions (5, 1, 3), MSE 19/3, difference 16/3; mean 8/3. Feature 1 "
              "has weight 0, so its importance is 0"),
]


def _random(seed, n, d, n_repeats, draw_seed, noise=1.0, flip=False, const_col=False,
            zero_w=False, dup_col=False, scale=1.0):
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-10, 10, size=(n, d)) * scale, 3)
    w = np.round(rng.uniform(-10, 10, size=d), 2)
    b = float(np.round(rng.uniform(-100, 100), 2))
    if const_col:
        X[:, 0] = 0.1
    if dup_col and d > 1:
        X[:, 1] = X[:, 0]
    y = X @ w + b + rng.normal(0, noise, size=n)
    if flip:  # the model has some signs wrong: shuffling those features helps
        w = w * np.where(rng.random(d) < 0.5, -1.0, 1.0)
    if zero_w:
        w[rng.random(d) < 0.3] = 0.0
    y = np.clip(y, -1000, 1000)
    return X, y, w, b, n_repeats, draw_seed


HIDDEN = [
    Case((_f([[3.5, -2.0]]), _f([7.0]), _f([1.5, 2.0]), -0.25, 5, 11),
         note="n = 1: the only permutation is the identity"),
    Case((_f([[1.0], [2.0], [3.0], [4.0]]), _f([2.0, 4.0, 6.0, 8.0]), _f([2.0]), 0.0, 1, 3),
         note="d = 1, one repeat, exact model"),
    Case((_f([[0.1, 1.0], [0.1, 2.0], [0.1, -3.0], [0.1, 4.0]]), _f([1.0, 2.0, 3.0, 4.0]),
          _f([5.0, 0.5]), 1.0, 3, 42), note="a constant column: shuffling it changes nothing"),
    Case((_f([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [-4.0, -4.0], [5.0, 5.0]]),
          _f([2.0, 4.0, 6.0, -8.0, 10.0]), _f([1.0, 1.0]), 0.0, 4, 2**32 - 1),
     note="two identical columns; the largest seed"),
    Case((_f([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0], [5.0, 0.0]]),
          _f([-1.0, -2.0, -3.0, -4.0, -5.0]), _f([1.0, 0.0]), 0.0, 3, 5),
     note="the weight has the wrong sign: shuffling helps, the importance is negative"),
    Case((_f([[10.0, -10.0, 10.0], [-10.0, 10.0, 10.0], [10.0, 10.0, -10.0]]),
          _f([1000.0, -1000.0, 1000.0]), _f([10.0, -10.0, 10.0]), 100.0, 20, 9),
     note="extreme values, n = 3, many repeats"),
    Case(_random(1, 6, 3, 4, 0), note="random small"),
    Case(_random(2, 50, 8, 5, 123, flip=True, zero_w=True), note="random, wrong signs, "
                                                                  "zero weights"),
    Case(_random(3, 10000, 30, 20, 2024, noise=5.0), note="largest"),
    Case(_random(4, 2000, 5, 7, 77, const_col=True, dup_col=True, scale=0.001),
         note="tiny feature values, constant and duplicate columns"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 40), rng.randint(1, 6),
                   rng.randint(1, 6), rng.randint(0, 2**32 - 1), flip=rng.random() < 0.5,
                   zero_w=rng.random() < 0.3, const_col=rng.random() < 0.2)


@st.composite
def _small(draw):
    n, d = draw(st.integers(1, 6)), draw(st.integers(1, 3))
    entry = st.integers(-8, 8).map(lambda v: v / 2)
    X = draw(st.lists(st.lists(entry, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(-40, 40).map(lambda v: v / 4), min_size=n, max_size=n))
    w = draw(st.lists(st.integers(-6, 6).map(lambda v: v / 2), min_size=d, max_size=d))
    return (_f(X), _f(y), _f(w), draw(st.integers(-4, 4)) / 2, draw(st.integers(1, 4)),
            draw(st.integers(0, 2**32 - 1)))


def arguments():
    return _small()


def invariant(args, result):
    X, w = args[0], args[2]
    imp = np.asarray(result)
    if imp.shape != (X.shape[1],):
        return "the result must have shape (d,)"
    for j in range(X.shape[1]):
        if (w[j] == 0 or np.all(X[:, j] == X[0, j])) and abs(imp[j]) > 1e-9:
            return f"feature {j} cannot change the predictions, so its importance must be 0"
    return None
