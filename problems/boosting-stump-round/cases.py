from fractions import Fraction

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _exact_gains(X, r_cents, keep) -> list[Fraction]:
    """Exact SSE reductions (in cents squared) of the candidates whose index is in `keep`."""
    n = len(r_cents)
    s = sum(r_cents)
    out, index = [], 0
    for feature in range(X.shape[1]):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        s_left = 0
        for i in range(n - 1):
            s_left += r_cents[order[i]]
            if values[i] == values[i + 1]:
                continue
            if index in keep:
                k = i + 1
                out.append(Fraction(s_left * s_left, k) + Fraction((s - s_left) ** 2, n - k)
                           - Fraction(s * s, n))
            index += 1
    return out


def _is_separated(X, y, F) -> bool:
    """The statement promises that a candidate split not exactly tied with the best removes
    less squared error by more than 1e-7 * max(1, SSE(r)). Candidates within 1e-6 * max(1, SSE)
    of the best in floats are checked exactly (y and F have two decimals, so 100 r is an int)."""
    r = y - F
    cents = [int(a) - int(b) for a, b in zip(np.rint(y * 100), np.rint(F * 100))]
    if len(set(cents)) <= 1:
        return True  # every gain is exactly 0
    n, d = X.shape
    c = r - r.mean()
    parts = []
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        ok = values[:-1] < values[1:]
        s = np.cumsum(c[order])[:-1][ok]
        k = np.arange(1, n)[ok]
        parts.append(s * s * n / (k * (n - k)))
    gains = np.concatenate(parts) if parts else np.zeros(0)
    if len(gains) == 0:
        return True
    sse = float(c @ c)
    near = set(np.flatnonzero(gains >= gains.max() - 1e-6 * max(1.0, sse)).tolist())
    exact = _exact_gains(X, cents, near)
    sse_cents = Fraction(sum(v * v for v in cents)) - Fraction(sum(cents) ** 2, n)
    slack = Fraction(1, 10**7) * max(Fraction(10**4), sse_cents)
    best = max(exact)
    return all(v == best or best - v > slack for v in exact)


def _case(X, y, F, lr) -> tuple:
    X, y, F = _f(X), _f(y), _f(F)
    if X.ndim == 1:
        X = X[:, None]
    assert _is_separated(X, y, F), "a near-tie in a test case"
    return X, y, F, float(lr)


SAMPLES = [
    Case(_case([[1.0], [2.0], [3.0], [4.0]], [1.0, 2.0, 6.0, 7.0], [4.0] * 4, 0.1),
         expected=_f([3.75, 3.75, 4.25, 4.25]),
         note="residuals (-3, -2, 2, 3) split at 2.5 into leaves -2.5 and 2.5; each row moves "
              "by 0.1 of its leaf"),
    Case(_case([[0.0, 1.0], [1.0, 0.0], [2.0, 1.0], [3.0, 0.0]], [5.0, 1.0, 5.0, 1.0],
               [2.0, 2.0, 4.0, 0.0], 0.5),
         expected=_f([3.5, 2 + 1 / 6, 4 + 1 / 6, 1 / 6]),
         note="residuals (3, -1, 1, 1): feature 0 at 0.5 leaves SSE 8/3 (feature 1 would fit "
              "y perfectly, but leaves residual SSE 4); leaves 3 and 1/3"),
    Case(_case([[2.0], [2.0], [2.0]], [1.0, 2.0, 3.0], [0.0, 0.0, 0.0], 0.3),
         expected=_f([0.6, 0.6, 0.6]),
         note="no split exists: the stump is a single leaf, the mean residual 2"),
]


def _close_gains():
    """Two binary features, one candidate each: feature 1's split beats feature 0's by about
    5e-7 * SSE(r), more than the promised 1e-7 but less than a loose tie tolerance."""
    rng = np.random.default_rng(11)
    n = 500
    y = np.round(rng.uniform(-100, 100, n), 2)
    F = np.round(rng.uniform(-50, 50, n), 2)
    c = (y - F) - (y - F).mean()
    masks = rng.random((3000, n)) < 0.5
    s = masks.astype(float) @ c
    k = masks.sum(axis=1)
    gains = s * s * n / (k * (n - k))
    sse = float(c @ c)
    order = np.argsort(gains)
    for a, b in zip(order[:-1], order[1:]):
        if 3e-7 * sse < gains[b] - gains[a] < 7e-7 * sse:
            X = np.column_stack([np.where(masks[a], -0.5, 1.25), np.where(masks[b], 2.0, 3.5)])
            return _case(X, y, F, 0.8)
    raise AssertionError("no close pair")


_HALF = [961.5, 923.3, 449.6, 82.5, -446.2, -678.7, 939.9, 32.1, -768.3, 247.0, 553.4,
         226.0, 834.6, -920.8, 57.2, -81.3, -875.3, 282.7, 705.3, 185.9, -479.8]


def _mirrored():
    """Residuals form a mirrored sequence: the splits at 1.5 and 40.5 tie exactly, and floats
    may compute them a few ulps apart."""
    r = _HALF + [_HALF[0]] + _HALF[::-1]
    return _case([[i] for i in range(len(r))], r, [0.0] * len(r), 0.25)


def _random(seed, n, d, *, distinct=None, y_mean=0.0, spread=300.0, f_mode="noisy", lr=0.1):
    rng = np.random.default_rng(seed)
    if distinct is None:
        X = np.round(rng.uniform(-1000, 1000, size=(n, d)), 2)
    else:
        X = rng.integers(0, distinct, size=(n, d)).astype(float) * 0.5 - 3.0
    signal = np.where(X[:, -1] > np.quantile(X[:, -1], 0.3), 1.0, -1.0)
    signal += np.where(X[:, 0] > np.quantile(X[:, 0], 0.7), 0.5, 0.0)
    y = np.clip(np.round(y_mean + spread * (0.4 * signal + 0.4 * rng.uniform(-1, 1, n)), 2),
                -1000, 1000)
    if f_mode == "zero":
        F = np.zeros(n)
    elif f_mode == "mean":
        F = np.full(n, np.round(y.mean(), 2))
    else:  # an earlier model's predictions: right on the last feature, wrong elsewhere
        F = np.clip(np.round(y_mean + spread * 0.4 * np.where(X[:, -1] > np.quantile(X[:, -1], 0.3), 1.0, -1.0)
                             + rng.uniform(-20, 20, n), 2), -1000, 1000)
    return _case(X, y, F, lr)


HIDDEN = [
    Case(_case([[3.5, 1.0, -7.0]], [2.5], [1.0], 0.1), note="a single row: one leaf"),
    Case(_case([[2.0, 2.0]] * 4, [0.5, 1.0, 0.0, 1.0], [0.25, 0.25, 0.25, 0.25], 1.0),
         note="all features constant, learning rate 1"),
    Case(_case([[4.0, 1.0], [4.0, 3.0], [4.0, 2.0], [4.0, 0.0]], [1.0, 1.0, 0.0, 0.0],
               [0.0, 0.5, 0.0, 0.5], 0.5),
         note="the first feature is constant"),
    Case(_case([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 1.0]], [5.0, 1.0, 1.0, 5.0],
               [0.0] * 4, 0.5),
         note="feature 0 at 0.5 and feature 1 at 0.5 tie with different leaves: feature 0 wins"),
    Case(_case([[1.0, 5.0], [2.0, 4.0], [3.0, 3.0]], [1.5, -2.0, 7.25], [1.5, -2.0, 7.25], 0.5),
         note="F already equals y: every residual is 0 and nothing moves"),
    Case(_case([[1.0, 4.0], [2.0, 3.0], [3.0, 2.0], [4.0, 1.0]], [3.0, 3.0, 3.0, 3.0],
               [1.0, 2.0, 3.0, 4.0], 0.5),
         note="constant y but varying residuals"),
    Case(_case([[0.0, 7.0], [1.0, 7.0], [2.0, 9.0], [3.0, 9.0]], [0.0, 6.0, 6.0, 0.0],
               [0.0] * 4, 0.2),
         note="thresholds 0.5 and 2.5 tie: the lower one wins"),
    Case(_case([[5.0, 5.0], [6.0, 6.0], [7.0, 7.0], [8.0, 8.0]], [1.3, 1.7, 1.7, 1.3],
               [1.0] * 4, 0.7),
         note="identical features and mirrored residuals: feature 0, threshold 5.5"),
    Case(_case([[1.0], [1.0], [2.0]], [0.0, 10.0, 10.0], [0.0, 0.0, 0.0], 0.5),
         note="two rows share a value: no threshold separates them"),
    Case(_case([[-0.5, 0.0], [0.25, 0.0], [-3.75, 1.0], [1.5, 1.0], [-1.0, 1.0]],
               [-2.5, 3.25, -7.0, 3.0, -1.75], [1.0, -1.0, 0.5, 0.0, 2.0], 0.05),
         note="negative and fractional values"),
    Case(_case([[v] for v in range(1, 9)], [0, 0, 0, 0, 0, 0, 10, 0], [0.5] * 8, 0.3),
         note="unbalanced children"),
    Case(_case([[0.0], [1.0], [2.0], [3.0]], [5.0, 5.0, -5.0, -5.0], [10.0, 10.0, -10.0, -10.0],
               0.1),
         note="residuals point the other way from y"),
    Case(_close_gains(), note="feature 1 beats feature 0 by only 5e-7 * SSE(r)"),
    Case(_mirrored(), note="an exact tie at 1.5 and 40.5"),
    Case(_random(3, 40, 3, distinct=12), note="small, many duplicate values"),
    Case(_random(8, 300, 4, distinct=40, spread=3.0, lr=0.01), note="small targets"),
    Case(_random(21, 2000, 5), note="largest"),
    Case(_random(34, 2000, 5, distinct=30, f_mode="mean", lr=1.0),
         note="largest, few distinct values, F = mean(y), learning rate 1"),
    Case(_random(55, 2000, 4, f_mode="zero", lr=0.3), note="largest, F = 0"),
    Case(_random(89, 2000, 3, y_mean=998.0, spread=2.0, f_mode="zero", lr=0.5),
         note="largest, residuals near 998 with a small spread"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 60)
        d = rng.randint(1, 4)
        step = rng.choice([1.0, 0.5, 0.25, 0.1])
        X = _f([[rng.randint(-6, 6) * step for _ in range(d)] for _ in range(n)])
        y = _f([rng.randint(-500, 500) / rng.choice([1, 10, 100]) for _ in range(n)])
        F = _f([rng.randint(-500, 500) / rng.choice([1, 10, 100]) for _ in range(n)])
        lr = rng.choice([0.01, 0.05, 0.1, 0.3, 0.5, 1.0])
        if _is_separated(X, y, F):
            return X, y, F, lr


@st.composite
def _small(draw):
    n = draw(st.integers(1, 8))
    d = draw(st.integers(1, 3))
    value = st.integers(-3, 3).map(lambda v: v / 2)
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(-4, 4), min_size=n, max_size=n))
    F = draw(st.lists(st.integers(-8, 8).map(lambda v: v / 4), min_size=n, max_size=n))
    lr = draw(st.sampled_from([0.1, 0.5, 1.0]))
    return _f(X), _f(y), _f(F), lr


def arguments():
    return _small().filter(lambda a: _is_separated(a[0], a[1], a[2]))


def invariant(args, result):
    """Leaves predict mean residuals, so the total of the predictions moves by exactly
    learning_rate * sum(y - F), and the squared error never grows."""
    X, y, F, lr = args
    result = np.asarray(result, dtype=float)
    if result.shape != F.shape:
        return f"expected shape {F.shape}, got {result.shape}"
    want = F.sum() + lr * (y - F).sum()
    if abs(result.sum() - want) > 1e-6 * (1 + np.abs(F).sum() + np.abs(y).sum()):
        return f"the predictions sum to {result.sum()}, not sum(F) + lr * sum(y - F) = {want}"
    before, after = ((y - F) ** 2).sum(), ((y - result) ** 2).sum()
    if after > before + 1e-6 * (1 + before):
        return f"the squared error grew from {before} to {after}"
    return None
