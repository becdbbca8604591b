from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st

NAN = float("nan")


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[1.0, 5.0], [2.0, 1.0], [3.0, 2.0], [4.0, 6.0]]), _i([0, 1, 1, 0])),
         expected=(1, 3.5, 0.0),
         note="feature 1 separates the classes perfectly"),
    Case((_f([[0.0], [1.0], [1.0], [2.0], [3.0]]), _i([0, 0, 1, 1, 1])),
         expected=(0, 1.5, 4 / 15),
         note="the two rows at 1.0 always go to the same side"),
    Case((_f([[5.0, -2.0], [5.0, -2.0]]), _i([0, 1])),
         expected=(-1, NAN, NAN),
         note="every feature is constant: no split exists"),
]


def _impurities(X: np.ndarray, y: np.ndarray) -> list[Fraction]:
    """Every candidate's exact weighted impurity (an authoring check, see _separated)."""
    n, d = X.shape
    _, codes = np.unique(y, return_inverse=True)
    total = np.bincount(codes)
    out = []
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values, labels = X[order, feature], codes[order]
        left = np.zeros_like(total)
        for i in range(n - 1):
            left[labels[i]] += 1
            if values[i] != values[i + 1]:
                right = total - left
                score = (Fraction(int((left * left).sum()), i + 1)
                         + Fraction(int((right * right).sum()), n - i - 1))
                out.append(1 - score / n)
    return out


def _separated(X: np.ndarray, y: np.ndarray) -> tuple:
    """The statement promises: a candidate not exactly tied with the best is worse by more
    than 1e-7. Every fixed case is checked here when the module loads."""
    values = sorted(set(_impurities(X, y)))
    if len(values) > 1:
        assert values[1] - values[0] > Fraction(1, 10**7), "a near-tie in a test case"
    return X, y


def _close_impurities() -> tuple:
    """One candidate per feature; feature 1's impurity is lower than feature 0's by 6.7e-7,
    more than the promised 1e-7 but less than a loose tie tolerance."""
    y = np.repeat(_i([0, 1]), 300)
    zeros, ones = np.arange(300), np.arange(300, 600)
    left_0 = np.isin(np.arange(600), np.r_[zeros[:7], ones[:231]])    # counts (7, 231)
    left_1 = np.isin(np.arange(600), np.r_[zeros[:283], ones[:56]])   # counts (283, 56)
    X = np.column_stack([np.where(left_0, -0.3, 0.7), np.where(left_1, 1.01, 2.13)])
    order = np.random.default_rng(34).permutation(600)
    return _separated(X[order], y[order])


def _random(seed: int, n: int, d: int, classes: int, decimals: int, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-scale, scale, size=(n, d)), decimals)
    # Labels depend a little on the features so that some splits are clearly better.
    signal = X[:, 0] + 0.5 * X[:, d - 1] + rng.normal(0, scale / 2, size=n)
    y = np.digitize(signal, np.quantile(signal, np.linspace(0, 1, classes + 1)[1:-1]))
    return _separated(X.astype(np.float64), y.astype(np.int64))


HIDDEN = [
    Case((_f([[3.5, 1.0, -7.0]]), _i([2])), note="a single row: no split"),
    Case((_f([[2.0, 2.0]] * 5), _i([0, 1, 0, 1, 1])), note="all features constant"),
    Case((_f([[4.0, 1.0], [4.0, 3.0], [4.0, 2.0], [4.0, 0.0]]), _i([1, 1, 0, 0])),
         note="the first feature is constant"),
    Case((_f([[3.0, 9.0], [1.0, 8.0], [2.0, 7.0]]), _i([5, 5, 5])),
         note="one class only: every split is pure"),
    Case((_f([[1.0, 10.0], [2.0, 20.0]]), _i([0, 1])),
         note="two perfect splits: the lower feature wins"),
    Case((_f([[0.0], [1.0], [2.0], [3.0]]), _i([0, 1, 1, 0])),
         note="equal impurity at 0.5 and 2.5: the lower threshold wins"),
    Case((_f([[2.0, -1.0], [2.0, -1.0], [2.0, 1.0], [5.0, 1.0], [5.0, 1.0], [5.0, 1.0]]),
          _i([0, 0, 1, 1, 1, 1])),
         note="duplicate rows"),
    Case((_f([[-0.5, 0.0], [0.25, 0.0], [-3.75, 1.0], [1.5, 1.0], [-1.0, 1.0]]),
          _i([0, 1, 0, 1, 0])),
         note="negative and fractional values: check the midpoint"),
    Case((_f([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0], [8.0]]),
          _i([0, 0, 0, 0, 0, 0, 1, 0])),
         note="unbalanced children: weigh by size"),
    Case((_f([[0.0, 5.0], [1.0, 4.0], [2.0, 3.0], [3.0, 2.0], [4.0, 1.0], [5.0, 0.0]]),
          _i([3, 1, 2, 0, 3, 1])),
         note="four classes"),
    Case((_f([[1.0], [1.0], [2.0], [3.0], [3.0], [3.0]]), _i([-100, 7, 7, -100, -100, 7])),
         note="negative and unordered labels"),
    Case((_f([[3.0, 0.0, 0.0], [1.0, 1.0, -3.0], [1.0, -2.0, 0.0], [-3.0, 2.0, 2.0],
              [2.0, 0.0, 0.0], [1.0, -3.0, -2.0], [-1.0, 3.0, 3.0]]), _i([2, 1, 2, 0, 0, 2, 0])),
         note="equal impurities that floats compute as 0.4 and 0.39999999999999997: the "
              "first feature wins"),
    Case((_f([[-3.0, 1.0, 2.0], [3.0, -2.0, 0.0], [2.0, 0.0, 1.0], [0.0, 3.0, 1.0],
              [2.0, -2.0, 2.0], [3.0, -1.0, -1.0], [2.0, -3.0, -2.0]]),
          _i([0, 2, 2, 0, 0, 2, 1])),
         note="equal impurities that floats tell apart: the lower threshold wins"),
    Case(_close_impurities(),
         note="the second feature's impurity is below the first's by only 6.7e-7"),
    Case(_random(3, 40, 3, 2, 0, 5.0), note="small integers, many ties"),
    Case(_random(8, 200, 4, 3, 1, 10.0), note="three classes"),
    Case(_random(21, 1000, 6, 4, 2, 100.0), note="largest"),
    Case(_random(34, 1000, 2, 2, 0, 3.0), note="largest, very few distinct values"),
]


def generate(rng):
    n = rng.randint(1, 60)
    d = rng.randint(1, 4)
    step = rng.choice([1.0, 0.5, 0.25])
    X = _f([[rng.randint(-6, 6) * step for _ in range(d)] for _ in range(n)])
    y = _i([rng.randint(0, 2) for _ in range(n)])
    return _separated(X, y)


@st.composite
def _small(draw):
    # With n <= 10, two different weighted impurities differ by at least 1e-4, so the
    # near-tie promise holds without checking.
    n = draw(st.integers(1, 10))
    d = draw(st.integers(1, 3))
    value = st.integers(-3, 3).map(lambda v: v / 2)
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return _f(X), _i(y)


def arguments():
    return _small()


def invariant(args, result):
    """The impurity reported must be the impurity of the split reported."""
    X, y = args
    feature, threshold, impurity = result
    if feature == -1:
        return None
    mask = X[:, int(feature)] <= threshold
    n = len(y)
    weighted = 0.0
    for side in (y[mask], y[~mask]):
        if len(side) == 0:
            return f"the split X[:, {feature}] <= {threshold} leaves one side empty"
        _, counts = np.unique(side, return_counts=True)
        weighted += len(side) / n * (1 - ((counts / len(side)) ** 2).sum())
    if abs(weighted - impurity) > 1e-9 + 1e-6 * abs(weighted):
        return (f"the split X[:, {feature}] <= {threshold} has weighted Gini {weighted}, "
                f"not {impurity}")
    return None
