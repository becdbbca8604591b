from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _exact_gains(X: np.ndarray, y: np.ndarray, keep) -> list[Fraction]:
    """Exact gains (in cents squared) of the candidates whose index is in `keep` (targets
    have at most two decimals, so 100 * y is an integer)."""
    cents = [int(v) for v in np.rint(np.asarray(y) * 100)]
    n = len(cents)
    s = sum(cents)
    out, index = [], 0
    for feature in range(X.shape[1]):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        s_left = 0
        for i in range(n - 1):
            s_left += cents[order[i]]
            if values[i] == values[i + 1]:
                continue
            if index in keep:
                k = i + 1
                out.append(Fraction(s_left * s_left, k) + Fraction((s - s_left) ** 2, n - k)
                           - Fraction(s * s, n))
            index += 1
    return out


def _float_gains(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    n, d = X.shape
    c = y - y.mean()
    parts = []
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        ok = values[:-1] < values[1:]
        s_left = np.cumsum(c[order])[:-1][ok]
        k = np.arange(1, n)[ok]
        parts.append(s_left ** 2 * n / (k * (n - k)))
    gains = np.concatenate(parts) if parts else np.zeros(0)
    return gains, float((c * c).sum())


def _is_separated(X: np.ndarray, y: np.ndarray) -> bool:
    """The statement promises that a candidate not exactly tied with the best has a gain
    lower by more than 1e-7 * max(1, SSE(y)). Candidates further than 1e-6 * max(1, SSE) from
    the best (in floats) keep it; the others are checked exactly."""
    if np.all(y == y[0]):
        return True  # every gain is exactly 0
    gains, sse = _float_gains(X, y)
    if len(gains) == 0:
        return True
    near = set(np.flatnonzero(gains >= gains.max() - 1e-6 * max(1.0, sse)).tolist())
    exact = _exact_gains(X, y, near)
    cents = [int(v) for v in np.rint(y * 100)]
    sse_cents = Fraction(sum(v * v for v in cents)) - Fraction(sum(cents) ** 2, len(cents))
    slack = Fraction(1, 10**7) * max(Fraction(10**4), sse_cents)
    best = max(exact)
    return all(v == best or best - v > slack for v in exact)


def _separated(X, y) -> tuple:
    X, y = _f(X), _f(y)
    assert _is_separated(X, y), "a near-tie in a test case"
    return X, y


SAMPLES = [
    Case((_f([[1.0], [2.0], [3.0], [4.0], [5.0]]), _f([1.0, 1.2, 0.8, 5.0, 5.4])),
         expected=(0, 3.5, 21.168),
         note="left {1.0, 1.2, 0.8} and right {5.0, 5.4}: SSE 0.08 + 0.08 instead of 21.328"),
    Case((_f([[0.0, 7.0], [1.0, 7.0], [2.0, 9.0], [3.0, 9.0]]), _f([0.0, 6.0, 6.0, 0.0])),
         expected=(0, 0.5, 12.0),
         note="thresholds 0.5 and 2.5 of feature 0 tie with gain 12 (feature 1 gains 0): "
              "the lower threshold wins"),
    Case((_f([[2.0, -1.0], [2.0, -1.0], [2.0, -1.0]]), _f([1.0, 2.0, 3.0])),
         expected=None,
         note="every feature is constant: no split exists"),
]


def _random(seed: int, n: int, d: int, *, distinct: int | None = None, y_const=None,
            y_mean: float = 0.0, y_spread: float = 400.0) -> tuple:
    rng = np.random.default_rng(seed)
    if distinct is None:
        X = np.round(rng.uniform(-1000, 1000, size=(n, d)), 2)
    else:
        X = rng.integers(-distinct // 2, distinct - distinct // 2, size=(n, d)).astype(float) * 0.25
    if y_const is not None:
        y = np.full(n, y_const)
    else:
        # The target depends on a step in the last feature plus noise.
        step = np.where(X[:, d - 1] > np.median(X[:, d - 1]) / 2 + 0.01, 1.0, -1.0)
        y = y_mean + y_spread * (0.5 * step + 0.5 * rng.uniform(-1, 1, size=n))
        y = np.clip(np.round(y, 2), -1000, 1000)
    return _separated(X, y)


def _close_gains():
    """Two binary features, one candidate each: feature 1's gain beats feature 0's by about
    5e-7 * SSE(y), more than the promised 1e-7 but less than a loose tie tolerance."""
    rng = np.random.default_rng(7)
    n = 600
    y = np.round(rng.uniform(-100, 100, n), 2)
    c = y - y.mean()
    masks = rng.random((3000, n)) < 0.5
    s = masks.astype(float) @ c
    k = masks.sum(axis=1)
    gains = s * s * n / (k * (n - k))
    sse = float(c @ c)
    order = np.argsort(gains)
    for a, b in zip(order[:-1], order[1:]):
        if 3e-7 * sse < gains[b] - gains[a] < 7e-7 * sse:
            X = np.column_stack([np.where(masks[a], -0.5, 1.25), np.where(masks[b], 2.0, 3.5)])
            return _separated(X, y)
    raise AssertionError("no close pair")


_HALF_1 = [961.5, 923.3, 449.6, 82.5, -446.2, -678.7, 939.9, 32.1, -768.3, 247.0, 553.4,
           226.0, 834.6, -920.8, 57.2, -81.3, -875.3, 282.7, 705.3, 185.9, -479.8]
_HALF_2 = [615.9, 30.7, -428.4, -892.1, -233.3, -183.1, -909.4, -902.5, 998.4, 304.7, -531.0,
           -130.1, 948.4, 795.4, 688.5, -215.2, -14.0, 353.4, -878.4, 111.2, -457.1]


def _mirrored_noise(half):
    """An exact tie (a mirrored sequence) whose two gains floats compute a few ulps apart, the
    later one larger with some formulas: tie tolerance must be relative to SSE(y)."""
    y = half + [half[0]] + half[::-1]
    return _separated(_f([[i] for i in range(len(y))]), y)


def _unweighted_trap():
    # SSE isolates the 10 with one zero (6.5); averaging the two variances prefers 7.5.
    return _f([[v] for v in range(1, 9)]), _f([0, 0, 0, 0, 0, 0, 10, 0])


HIDDEN = [
    Case((_f([[3.5, 1.0, -7.0]]), _f([2.5])), note="a single row: no split"),
    Case((_f([[2.0, 2.0]] * 5), _f([0.5, 1.0, 0.0, 1.0, 1.0])), note="all features constant"),
    Case((_f([[4.0, 1.0], [4.0, 3.0], [4.0, 2.0], [4.0, 0.0]]), _f([1.0, 1.0, 0.0, 0.0])),
         note="the first feature is constant"),
    Case((_f([[3.0, 9.0], [1.0, 8.0], [2.0, 7.0]]), _f([0.1, 0.1, 0.1])),
         note="constant target: every gain is 0, the first candidate wins"),
    Case((_f([[1.0, 10.0], [2.0, 20.0]]), _f([-3.0, 4.0])),
         note="two perfect splits: the lower feature wins"),
    Case((_f([[5.0, 5.0], [6.0, 6.0], [7.0, 7.0], [8.0, 8.0]]), _f([0.3, 0.7, 0.7, 0.3])),
         note="identical features and mirrored targets: feature 0, threshold 5.5"),
    Case((_f([[1.0], [1.0], [2.0]]), _f([0.0, 10.0, 10.0])),
         note="two rows share a value: no threshold separates them"),
    Case((_f([[2.0, -1.0], [2.0, -1.0], [2.0, 1.0], [5.0, 1.0], [5.0, 1.0], [5.0, 1.0]]),
          _f([0.0, 0.0, 4.0, 4.0, 4.0, 4.0])),
         note="duplicate rows"),
    Case((_f([[-0.5, 0.0], [0.25, 0.0], [-3.75, 1.0], [1.5, 1.0], [-1.0, 1.0]]),
          _f([-2.5, 3.25, -7.0, 3.0, -1.75])),
         note="negative and fractional values: check the midpoint"),
    Case(_unweighted_trap(), note="unbalanced children: SSE is a sum, not an average"),
    Case((_f([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]), _f([0.1, 0.7, 0.3, 0.3, 0.7, 0.1])),
         note="mirrored tenths: equal gains at 0.5 and 4.5 and at 1.5 and 3.5"),
    Case(_close_gains(), note="feature 1 beats feature 0 by only 5e-7 * SSE(y)"),
    Case(_mirrored_noise(_HALF_2), note="a mirrored exact tie at 7.5 and 34.5"),
    Case(_mirrored_noise(_HALF_1), note="an exact tie at 1.5 and 40.5 that floats compute as "
                                 "1397668.8601815086 and 1397668.860181511"),
    Case(_random(3, 40, 3, distinct=12), note="small, many duplicate values"),
    Case(_random(8, 300, 4, distinct=40, y_spread=3.0), note="small targets"),
    Case(_random(21, 20000, 8), note="largest"),
    Case(_random(34, 20000, 8, distinct=30), note="largest, very few distinct values"),
    Case(_random(55, 20000, 5, y_const=999.99),
         note="largest, constant target 999.99: all gains are 0 (centre y before summing "
              "squares)"),
    Case(_random(90, 20000, 6, y_mean=998.0, y_spread=2.0),
         note="largest, targets near 998 with a small spread"),
    Case(_random(144, 20000, 1), note="largest, one feature"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 60)
        d = rng.randint(1, 4)
        step = rng.choice([1.0, 0.5, 0.25, 0.1])
        X = _f([[rng.randint(-6, 6) * step for _ in range(d)] for _ in range(n)])
        y = _f([rng.randint(-50, 50) / rng.choice([1, 10, 100]) for _ in range(n)])
        if _is_separated(X, y):
            return X, y


@st.composite
def _small(draw):
    n = draw(st.integers(1, 8))
    d = draw(st.integers(1, 3))
    value = st.integers(-3, 3).map(lambda v: v / 2)
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(-4, 4), min_size=n, max_size=n))
    return _f(X), _f(y)


def arguments():
    return _small().filter(lambda a: _is_separated(*a))


def invariant(args, result):
    """The gain reported must be the gain of the split reported, with both sides non-empty."""
    X, y = args
    if result is None:
        return None
    feature, threshold, gain = result
    mask = X[:, int(feature)] <= threshold
    if mask.all() or not mask.any():
        return f"the split X[:, {feature}] <= {threshold} leaves one side empty"

    def sse(v):
        return float(((v - v.mean()) ** 2).sum())

    real = sse(y) - sse(y[mask]) - sse(y[~mask])
    if abs(real - gain) > 1e-6 + 1e-6 * abs(real):
        return f"the split X[:, {feature}] <= {threshold} has gain {real}, not {gain}"
    return None
