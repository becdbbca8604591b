import math

import numpy as np

from judge.grading.authoring import Case, st


def _joint_log_likelihood(X_train, y_train, X_test, var_smoothing):
    """The same model as the reference, used only to keep near-ties out of the tests."""
    classes, codes = np.unique(y_train, return_inverse=True)
    jll = []
    for k in range(len(classes)):
        rows = X_train[codes == k]
        mu = rows.mean(axis=0)
        var = ((rows - mu) ** 2).mean(axis=0) + var_smoothing
        jll.append(math.log(len(rows) / len(codes)) - 0.5 * np.log(2 * np.pi * var).sum()
                   - (((X_test - mu) ** 2) / (2 * var)).sum(axis=1))
    return classes, np.array(jll).T


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _separated(args: tuple) -> bool:
    """No query has its two best classes within 1e-6 of each other (the statement's promise)."""
    _, jll = _joint_log_likelihood(*args)
    if jll.shape[1] < 2:
        return True
    top = -np.sort(-jll, axis=1)
    return bool((top[:, 0] - top[:, 1] > 1e-6).all())


def _checked(*args) -> tuple:
    assert _separated(args), "two classes nearly tie in a case"
    return args


# Sample 1 by hand: class 0 = {0, 2} -> mu 1, var 1 + 1 = 2; class 1 = {10} -> mu 10, var 0 + 1.
# At x = 2: jll0 = ln(2/3) - 0.5 ln(4 pi) - 1/4;  jll1 = ln(1/3) - 0.5 ln(2 pi) - 32.
_J0 = math.log(2 / 3) - 0.5 * math.log(4 * math.pi) - 0.25
_J1 = math.log(1 / 3) - 0.5 * math.log(2 * math.pi) - 32.0
_P1 = 1 / (1 + math.exp(_J0 - _J1))

SAMPLES = [
    Case((_f([[0.0], [2.0], [10.0]]), _i([0, 0, 1]), _f([[2.0]]), 1.0),
         expected=(_i([0]), _f([[1 - _P1, _P1]])),
         note="variances 1 + 1 = 2 and 0 + 1 = 1 (population variance plus var_smoothing)"),
    Case((_f([[0.0, 5.0], [0.0, 5.0], [4.0, 5.0], [4.0, 5.0]]), _i([3, 3, 8, 8]),
          _f([[2.0, 5.0], [1000.0, 5.0]]), 0.5),
         expected=(_i([3, 8]), _f([[0.5, 0.5], [0.0, 1.0]])),
         note="the midpoint is an exact tie (label 3 wins); the far point underflows without "
              "log-space normalisation"),
]


def _random(seed: int, n: int, m: int, d: int, c: int, spread: float, smoothing: float):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, spread, size=(c, d))
    scales = rng.uniform(0.3, 3.0, size=(c, d))
    labels = rng.choice(np.arange(-c * 1000, 0, 1000), size=c, replace=False)
    codes = rng.choice(c, size=n, p=rng.dirichlet(np.ones(c) * 2))
    X_train = centres[codes] + rng.normal(size=(n, d)) * scales[codes]
    X_test = rng.normal(0, spread * 1.5, size=(m, d))
    return _checked(np.round(X_train, 3), labels[codes].astype(np.int64),
                    np.round(X_test, 3), smoothing)


HIDDEN = [
    Case(_checked(_f([[1.0, -2.0]]), _i([4]), _f([[0.0, 0.0], [100.0, 100.0]]), 0.1),
         note="a single training row, a single class"),
    Case(_checked(_f([[1.0], [2.0], [3.0]]), _i([7, 7, 7]), _f([[-50.0]]), 1e-6),
         note="one class: every posterior is 1"),
    Case(_checked(_f([[0.0], [0.0], [1.0], [9.0]]), _i([0, 0, 1, 1]), _f([[0.4], [5.0], [0.1]]),
                  1e-3),
         note="a zero-variance class relies on the smoothing"),
    Case(_checked(_f([[0.0, 1.0], [0.0, 2.0], [5.0, 1.0], [5.0, 2.0], [5.0, 3.0]]),
                  _i([-1, -1, 2, 2, 2]), _f([[2.4, 1.5], [2.6, 1.5]]), 0.01),
         note="unequal priors near the boundary"),
    Case(_checked(_f([[0.0], [1.0], [20.0], [21.0], [22.0], [23.0]]), _i([1, 1, 0, 0, 0, 0]),
                  _f([[1e4], [-1e4]]), 1e-6),
         note="far queries: every density underflows"),
    Case(_checked(_f([[i, (i * 7) % 5] for i in range(12)]), _i([i % 3 for i in range(12)]),
                  _f([[3.0, 1.0], [8.5, 4.0], [-2.0, 2.0]]), 10.0),
         note="large smoothing"),
    Case(_checked(_f([[0.0], [2.0], [4.0], [6.0]]), _i([0, 0, 5, 5]),
                  _f([[3.000001], [3.00001], [2.99999]]), 1.0),
         note="mirrored classes, queries just off the midpoint: the best jll leads by 2e-6 "
              "or 2e-5, not a tie (label 5 wins the first two)"),
    Case(_checked(_f([[0.1, -7.3], [0.3, -7.3], [0.7, -6.1], [0.9, -6.1]]), _i([-4, -4, 9, 9]),
                  _f([[0.5, -6.7 + 3e-7]]), 0.3),
         note="non-dyadic values; the larger label leads by 1.2e-6, just over the stated gap"),
    Case(_random(1, 60, 20, 3, 3, 2.0, 1e-3), note="random"),
    Case(_random(2, 5000, 2000, 20, 20, 3.0, 1e-2), note="largest"),
]


def generate(rng):
    for _ in range(100):
        n, m, d, c = rng.randint(1, 40), rng.randint(1, 10), rng.randint(1, 4), rng.randint(1, 4)
        X_train = _f([[rng.randint(-20, 20) / 4 for _ in range(d)] for _ in range(n)])
        X_test = _f([[rng.randint(-30, 30) / 4 for _ in range(d)] for _ in range(m)])
        y = _i([rng.randint(0, c - 1) for _ in range(n)])
        args = (X_train, y, X_test, rng.choice([1e-4, 0.1, 1.0]))
        if _separated(args):
            return args
    raise AssertionError("no separated case drawn")


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 8))
    m = draw(st.integers(1, 3))
    value = st.integers(-12, 12).map(lambda v: v / 4)
    row = st.lists(value, min_size=d, max_size=d)
    X_train = draw(st.lists(row, min_size=n, max_size=n))
    X_test = draw(st.lists(row, min_size=m, max_size=m))
    y = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return _f(X_train), _i(y), _f(X_test), draw(st.sampled_from([1e-3, 0.25, 2.0]))


def arguments():
    return _small().filter(_separated)


def invariant(args, result):
    _, y_train, _, _ = args
    labels, proba = result
    proba = np.asarray(proba, dtype=float)
    if not np.allclose(proba.sum(axis=1), 1.0):
        return "each row of proba must sum to 1"
    classes = np.unique(y_train)
    if not np.array_equal(np.asarray(labels), classes[np.argmax(proba, axis=1)]):
        return "each label must be the class with the largest posterior"
    return None
