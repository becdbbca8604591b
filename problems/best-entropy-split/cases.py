import numpy as np

from judge.grading.authoring import Case, st

NAN = float("nan")


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[2, 10], [4, 30], [6, 20], [8, 40]]), _i([1, 0, 1, 0])),
         expected=(1, 25.0, 1.0),
         note="feature 1 at 25 separates the classes: a full bit of information"),
    Case((_f([[1], [2], [3], [4]]), _i([0, 0, 0, 1])),
         expected=(0, 3.5, 0.8112781),
         note="the parent entropy H(1/4, 3/4) is all gained by isolating the single 1"),
    Case((_f([[7, -1], [7, -1], [7, -1]]), _i([0, 1, 1])),
         expected=(-1, NAN, 0.0),
         note="every column is constant: no split"),
]


def _entropy(labels: np.ndarray) -> float:
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return float(-(p * np.log2(p)).sum())


def _gains(X: np.ndarray, y: np.ndarray) -> list[float]:
    n, d = X.shape
    out = []
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            mask = X[:, f] <= (a + b) / 2
            out.append(_entropy(y) - mask.sum() / n * _entropy(y[mask])
                       - (~mask).sum() / n * _entropy(y[~mask]))
    return out


def _no_near_ties(X: np.ndarray, y: np.ndarray) -> bool:
    """The statement's promise: a gain not equal to the best one (within rounding) is lower
    by more than 1e-7."""
    gains = np.array(_gains(X, y))
    if gains.size == 0:
        return True
    gap = gains.max() - gains
    return bool(np.all((gap < 1e-12) | (gap > 1e-7)))


def _checked(X: np.ndarray, y: np.ndarray) -> tuple:
    assert _no_near_ties(X, y), "a near-tie in a test case"  # noqa: S101
    return X, y


def _random(seed: int, n: int, d: int, classes: int, decimals: int, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-scale, scale, size=(n, d)), decimals)
    signal = X[:, 0] - 0.7 * X[:, d - 1] + rng.normal(0, scale / 2, size=n)
    y = np.digitize(signal, np.quantile(signal, np.linspace(0, 1, classes + 1)[1:-1]))
    return _checked(X.astype(np.float64), y.astype(np.int64))


def _close_gains() -> tuple:
    """One candidate per feature; feature 1's gain is larger than feature 0's by 5.7e-7, more
    than the promised 1e-7 but less than a loose tie tolerance."""
    y = np.repeat(_i([0, 1]), 300)
    zeros, ones = np.arange(300), np.arange(300, 600)
    left_0 = np.isin(np.arange(600), np.r_[zeros[:43], ones[:21]])    # counts (43, 21)
    left_1 = np.isin(np.arange(600), np.r_[zeros[:240], ones[:266]])  # counts (240, 266)
    X = np.column_stack([np.where(left_0, 0.1, 0.35), np.where(left_1, -2.47, 3.01)])
    order = np.random.default_rng(21).permutation(600)
    return _checked(X[order], y[order])


HIDDEN = [
    Case((_f([[0.5, -2.0, 9.0]]), _i([4])), note="a single row"),
    Case((_f([[1.0, 1.0]] * 4), _i([0, 1, 2, 3])), note="all columns constant"),
    Case((_f([[3.0, 2.0], [1.0, 4.0], [2.0, 6.0]]), _i([8, 8, 8])),
         note="a single class: every gain is 0, the first candidate wins"),
    Case((_f([[1.0, 3.0], [2.0, 4.0]]), _i([0, 1])),
         note="two perfect splits: the lower feature wins"),
    Case((_f([[0.0], [1.0], [2.0], [3.0]]), _i([0, 1, 1, 0])),
         note="equal gains at 0.5 and 2.5: the lower threshold wins"),
    Case((_f([[5.0, 0.0], [5.0, 1.0], [5.0, 2.0], [5.0, 3.0]]), _i([1, 1, 0, 0])),
         note="the first feature is constant"),
    Case((_f([[1.0], [1.0], [1.0], [2.0], [2.0], [3.0]]), _i([0, 1, 0, 1, 1, 1])),
         note="repeated values stay on the same side"),
    Case((_f([[-0.75, 2.0], [0.5, 2.0], [-3.25, 1.0], [1.25, 1.0], [-1.0, 3.0]]),
          _i([0, 1, 0, 1, 2])),
         note="negative and fractional values, three classes"),
    Case((_f([[float(i)] for i in range(10)]), _i([0, 0, 0, 0, 0, 0, 0, 0, 1, 0])),
         note="unbalanced children: weigh by size"),
    Case((_f([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]), _i([-500, 3, -500, 3, 1000, 1000])),
         note="negative and large labels"),
    Case(_close_gains(), note="the second feature's gain beats the first's by only 5.7e-7"),
    Case(_random(3, 40, 3, 2, 0, 5.0), note="small integers, many ties"),
    Case(_random(5, 250, 4, 3, 1, 10.0), note="three classes"),
    Case(_random(8, 1000, 6, 5, 2, 100.0), note="largest"),
    Case(_random(13, 1000, 2, 2, 0, 3.0), note="largest, very few distinct values"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 50)
        d = rng.randint(1, 4)
        X = _f([[rng.randint(-6, 6) / 2 for _ in range(d)] for _ in range(n)])
        y = _i([rng.randint(0, 2) for _ in range(n)])
        if _no_near_ties(X, y):
            return X, y


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    d = draw(st.integers(1, 3))
    value = st.integers(-3, 3).map(lambda v: v / 2)
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return _f(X), _i(y)


def arguments():
    return _small().filter(lambda args: _no_near_ties(*args))


def invariant(args, result):
    """The gain reported must be the gain of the split reported."""
    X, y = args
    feature, threshold, gain = result
    if feature == -1:
        return None
    mask = X[:, int(feature)] <= threshold
    if mask.all() or not mask.any():
        return f"the split X[:, {feature}] <= {threshold} leaves one side empty"
    n = len(y)
    actual = (_entropy(y) - mask.sum() / n * _entropy(y[mask])
              - (~mask).sum() / n * _entropy(y[~mask]))
    if abs(actual - gain) > 1e-9 + 1e-6 * abs(actual):
        return f"the split X[:, {feature}] <= {threshold} has gain {actual}, not {gain}"
    return None
