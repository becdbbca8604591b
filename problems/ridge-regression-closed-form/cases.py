import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[0], [1], [2], [3]]), _f([1, 3, 5, 7]), 5.0),
         expected=(_f([1.0]), 2.5),
         note="the least-squares slope 2 is shrunk to 1; the intercept is not shrunk"),
    Case((_f([[1, 4], [2, 4], [3, 4]]), _f([2, 4, 9]), 2.0),
         expected=(_f([1.75, 0.0]), 1.5),
         note="a constant feature gets weight 0"),
]


def _random(seed: int, n: int, d: int, alpha: float, offset: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-10, 10, size=(n, d)) + offset, 2)
    w = rng.uniform(-5, 5, size=d)
    y = np.round(X @ w + rng.uniform(-50, 50) + rng.normal(0, 5, size=n), 3)
    return X, y, alpha


def _collinear(seed: int) -> tuple:
    X, y, alpha = _random(seed, 60, 3, 0.5)
    return np.hstack([X, X[:, [0]], 2 * X[:, [2]]]), y, alpha


HIDDEN = [
    Case((_f([[3.0, -2.0]]), _f([5.0]), 1.0), note="one sample: w = 0, b = y"),
    Case((_f([[1], [3]]), _f([2, -2]), 1e-3), note="a tiny penalty: close to least squares"),
    Case((_f([[1], [3]]), _f([2, -2]), 1e4), note="a huge penalty: w near 0, b near mean(y)"),
    Case((_f([[7, 7], [7, 7], [7, 7]]), _f([1, 2, 6]), 3.0), note="all features constant"),
    Case((_f([[1, 1], [2, 2], [3, 3], [4, 4]]), _f([1, 2, 2, 5]), 0.7),
         note="two identical columns share the weight"),
    Case((_f([[1, 0, 0, 2, 5], [0, 1, 0, 1, 5], [0, 0, 1, 0, 5]]), _f([1, 2, 3]), 0.25),
         note="fewer samples than features"),
    Case((_f([[-1000], [1000], [0], [500]]), _f([1000, -1000, 3, -499]), 10.0),
         note="extreme values"),
    Case((_f([[999.995], [999.994], [999.993], [999.991], [999.992], [999.99], [999.99]]),
          _f([-1000.0] * 7), 1e-3),
         note="constant targets: w is exactly 0 once y is centred; the column sums of the "
              "centred X are only 0 up to rounding, which adding mean(y) would amplify"),
    Case((_f([[0.501, 0.1], [0.498, 0.1], [0.503, 0.1], [0.497, 0.1], [0.5, 0.1], [0.502, 0.1]]),
          _f([731.7, -412.9, 955.1, -840.3, 12.6, 377.7]), 1e-3),
         note="a spread of 1e-3: the smallest penalty is most of the diagonal; a constant column "
              "of 0.1 whose mean is not exact"),
    Case(_random(1, 50, 1, 2.0, offset=300.0), note="one feature far from the origin"),
    Case(_collinear(2), note="collinear columns"),
    Case(_random(3, 300, 8, 25.0, offset=-40.0), note="eight features, shifted"),
    Case(_random(4, 5000, 50, 100.0), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 80)
    d = rng.randint(1, 8)
    X = _f([[rng.randint(-20, 20) / 2 for _ in range(d)] for _ in range(n)])
    y = _f([rng.randint(-100, 100) / 4 for _ in range(n)])
    return X, y, rng.choice([0.01, 0.5, 1.0, 3.0, 100.0])


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 10))
    value = st.integers(-3, 3)
    X = _f(draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n)))
    y = _f(draw(st.lists(st.integers(-9, 9), min_size=n, max_size=n)))
    alpha = draw(st.sampled_from([0.1, 0.5, 1.0, 2.0, 10.0]))
    return X, y, alpha


def arguments():
    return _small()


def invariant(args, result):
    """At the minimiser the gradient of J vanishes: sum of residuals is 0 and
    X.T @ residual = alpha * w."""
    X, y, alpha = args
    w, b = result
    w = np.asarray(w, dtype=float)
    residual = y - X @ w - float(b)
    scale = 1.0 + np.abs(X).sum() * (1.0 + np.abs(y).max())
    if abs(residual.sum()) > 1e-6 * scale:
        return "the residuals must sum to zero when the intercept is free"
    if np.abs(X.T @ residual - alpha * w).max() > 1e-6 * scale:
        return "X.T @ (y - X @ w - b) must equal alpha * w at the minimum"
    return None
