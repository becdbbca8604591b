import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([3, 1, 2, 2, 5]), _f([1, 2, 0, 4, 3]), None),
         expected=_f([1.75, 1.75, 1.75, 1.75, 3.0]),
         note="x = 2 is pooled first (value 2, weight 2); groups by x: 2, 2, 1, 3; the 1 "
              "merges with both groups before it: (2 + 2·2 + 1) / 4 = 1.75"),
    Case((_f([0, 1, 2, 3]), _f([1, 3, 2, 0]), _f([1, 1, 2, 3])),
         expected=_f([1.0, 7 / 6, 7 / 6, 7 / 6]),
         note="3 and 2 (weight 2) merge to 7/3 with weight 3; then 0 (weight 3) merges: "
              "(7 + 0) / 6 = 7/6, which is above the first value 1"),
]


def _random(seed: int, n: int, distinct: int, weighted: bool, noise: float) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.integers(0, distinct, n).astype(np.float64) / 7.0
    y = np.tanh(x / x.max() * 3 - 1.5) * 100 + rng.normal(0, noise, n)
    w = rng.uniform(1e-3, 1e3, n) if weighted else None
    return x, y, w


def _rise_then_drop(n: int) -> tuple:
    # Every prefix is increasing and the last point drops below all of them: one merge at
    # a time, each found at the far end.
    x = np.arange(n, dtype=np.float64)
    y = np.arange(n, dtype=np.float64) / n
    y[-1] = -1e6
    return x, y, None


HIDDEN = [
    Case((_f([4.5]), _f([-2.0]), None), note="a single point"),
    Case((_f([4.5]), _f([-2.0]), _f([0.25])), note="a single weighted point"),
    Case((_f([1, 1]), _f([0, 2]), None), note="a tie already in increasing order is still pooled"),
    Case((_f([2, 2, 2, 2]), _f([5, -1, 3, 0]), _f([1, 3, 0.5, 2])), note="one x for everyone"),
    Case((_f([1, 2, 3, 4]), _f([-1, 0, 0, 7]), None), note="already non-decreasing (equal neighbours)"),
    Case((_f([1, 2, 3, 4, 5]), _f([5, 4, 3, 2, 1]), None), note="decreasing: one block"),
    Case((_f([0, 1, 2]), _f([3, 4, 1]), None), note="a merge that creates a new violation behind it"),
    Case((_f([0, 1, 2, 3, 4]), _f([1, 5, 4, 3, 2]), _f([1000, 1, 1, 1, 1])),
         note="a heavy first point"),
    Case((_f([0, 1, 2]), _f([10, 0, 0]), _f([0.001, 1000, 1000])),
         note="extreme weight ratio"),
    Case((_f([5, 3, 4, 1, 2]), _f([5, 2, 1, 0, 3]), None), note="input not sorted by x"),
    Case((_f([0.0, -0.0, 1.0, -1.0]), _f([3, -1, 0, 2]), None), note="0.0 and -0.0 are one score"),
    Case((_f([-1e6, 1e6, 0.5, 0.5, -3]), _f([1e6, -1e6, 7, -7, 0]), _f([2, 2, 1, 3, 1])),
         note="extreme values and negatives"),
    Case((_f([0.1 + 0.2, 0.3, 0.3]), _f([0, 5, 1]), None),
         note="0.1 + 0.2 and 0.3 are different scores"),
    Case(_random(1, 60, 12, False, 40.0), note="small, heavy ties"),
    Case(_random(2, 300, 300, True, 60.0), note="weighted, few ties"),
    Case(_random(3, 100000, 100000, False, 30.0), note="largest, few ties"),
    Case(_random(4, 100000, 500, True, 80.0), note="largest, weighted, heavy ties"),
    Case((np.zeros(100000), np.linspace(-1e6, 1e6, 100000), None), note="largest, one score"),
    Case(_rise_then_drop(100000), note="largest, a final drop below everything"),
]


def generate(rng):
    n = rng.randint(1, 250)
    distinct = rng.choice([3, 20, 1000])
    x = _f([rng.randint(-distinct, distinct) / 4 for _ in range(n)])
    y = _f([rng.randint(-50, 50) / 10 for _ in range(n)])
    w = _f([rng.choice([0.5, 1.0, 2.5, 100.0]) for _ in range(n)]) if rng.random() < 0.5 else None
    return x, y, w


def scale(rng, n):
    return _rise_then_drop(n)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    x = draw(st.lists(st.integers(-3, 3).map(float), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(-6, 6).map(lambda v: v / 2), min_size=n, max_size=n))
    weighted = draw(st.booleans())
    w = draw(st.lists(st.sampled_from([0.5, 1.0, 3.0]), min_size=n, max_size=n)) if weighted else None
    return _f(x), _f(y), (_f(w) if weighted else None)


def arguments():
    return _small()


def invariant(args, result):
    x, y, w = args
    if result.shape != x.shape:
        return f"expected shape {x.shape}, got {result.shape}"
    order = np.argsort(x, kind="stable")
    xs, fs = x[order], result[order]
    same = xs[1:] == xs[:-1]
    if np.any(np.abs(fs[1:][same] - fs[:-1][same]) > 1e-9 * (1 + np.abs(fs[1:][same]))):
        return "points with equal x must get the same fitted value"
    if np.any(np.diff(fs) < -1e-7 * (1 + np.abs(fs[1:]))):
        return "the fit decreases as x grows"
    w = np.ones(len(x)) if w is None else w
    if abs(np.sum(w * (result - y))) > 1e-6 * (1 + np.sum(w * np.abs(y))):
        return "the weighted mean of the fit must equal the weighted mean of y"
    return None
