import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _resp_totals(x, w, m, v) -> np.ndarray:
    a = np.log(w) - 0.5 * np.log(2 * np.pi * v) - (x[:, None] - m) ** 2 / (2 * v)
    a = a - a.max(axis=1, keepdims=True)
    r = np.exp(a)
    r /= r.sum(axis=1, keepdims=True)
    return r.sum(axis=0)


def _c(x, w, m, v, floor) -> tuple:
    args = (_f(x), _f(w), _f(m), _f(v), float(floor))
    assert _resp_totals(*args[:4]).min() >= 1e-3, "a component loses all its readings"  # noqa: S101
    return args


SAMPLES = [
    Case(_c([0.0, 2.0], [1.0], [1.0], [1.0], 0.0),
         expected=(_f([1.0]), _f([1.0]), _f([1.0]), -1.0 - np.log(2 * np.pi)),
         note="one component: the new mean and biased variance of the readings; "
              "log-likelihood 2·(−½·log 2π − ½) = −1 − log 2π under the old parameters"),
    Case(_c([-1.0, 1.0], [0.5, 0.5], [-1.0, 1.0], [1.0, 1.0], 0.25),
         expected=(_f([0.5, 0.5]),
                   _f([-np.tanh(1.0), np.tanh(1.0)]),
                   _f([1.0 - np.tanh(1.0) ** 2, 1.0 - np.tanh(1.0) ** 2]),
                   2 * (np.log(0.5) - 0.5 * np.log(2 * np.pi) + np.log(1 + np.exp(-2.0)))),
         note="each reading gives 1/(1 + e⁻²) ≈ 0.881 to its own component; the variance "
              "1 − tanh²(1) ≈ 0.42 is above the floor 0.25"),
    Case(_c([5.0, 5.0, 9.0], [0.5, 0.5], [5.0, 9.0], [1e-4, 1e-4], 0.01),
         expected=(_f([2 / 3, 1 / 3]), _f([5.0, 9.0]), _f([0.01, 0.01]),
                   3 * np.log(0.5) - 1.5 * np.log(2 * np.pi * 1e-4)),
         note="both components collapse onto exact readings: variance 0, raised to the floor"),
]


def _mixture(seed: int, n: int, k: int, spread: float, far: int = 0, floor: float = 1e-6,
             centre: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    true_m = centre + rng.uniform(-50, 50, size=k) * spread
    x = true_m[rng.integers(0, k, size=n)] + rng.normal(0, spread, size=n)
    if far:
        x[rng.choice(n, size=far, replace=False)] = rng.choice([-1e4, 1e4], size=far)
    w = rng.dirichlet(np.full(k, 3.0))
    m = true_m + rng.normal(0, spread, size=k)
    v = (spread * rng.uniform(0.5, 3.0, size=k)) ** 2
    return _c(x, w, m, v, floor)


HIDDEN = [
    Case(_c([3.7], [1.0], [0.0], [2.0], 0.0), note="one reading, one component: variance 0"),
    Case(_c([3.7], [1.0], [0.0], [2.0], 0.5), note="one reading, floored variance"),
    Case(_c([0.1, 0.2, 0.3, 0.1], [1.0], [0.2], [0.01], 0.0), note="k = 1, tenths"),
    Case(_c([1.0, 1.0, 1.0, 1.0], [0.3, 0.7], [0.0, 2.0], [1.0, 1.0], 1e-3),
         note="identical readings halfway between two equal-variance components"),
    Case(_c([0.0, 0.1, 10.0, 10.2, 1e4], [0.4, 0.4, 0.2], [0.0, 10.0, 5.0], [1.0, 1.0, 4.0],
            1e-6),
         note="a reading 10⁴ away: every exp(a) underflows"),
    Case(_c([-1e4, -9999.5, 1e4, 9999.0], [0.5, 0.5], [-1e4, 1e4], [1e-6, 1e-6], 1e-9),
         note="extreme readings and tiny variances"),
    Case(_c([-3.0, 0.0, 3.0, 100.0], [0.25, 0.75], [0.0, 0.0], [1.0, 9.0], 0.0),
         note="two components with the same mean and different variances"),
    Case(_c([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [1 / 3, 1 / 3, 1 / 3], [2.0, 2.0, 5.0],
            [1.0, 1.0, 1.0], 0.0),
         note="two identical components share their responsibilities equally"),
    Case(_c([0.0, 0.5, 1.0, 1.5], [0.5, 0.5], [0.25, 1.25], [1e6, 1e6], 0.0),
         note="huge variances: the responsibilities are nearly equal"),
    Case(_c([1e4 - 1e-3, 1e4, 1e4 + 1e-3, 1e4 + 2e-3], [1.0], [1e4], [1e-6], 0.0),
         note="readings far from 0 with a tiny spread (one-pass variance cancels)"),
    Case(_c([-2.0, -1.0, 1.0, 2.0, 2.5], [0.6, 0.4], [-1.5, 1.8], [0.5, 0.3], 0.4),
         note="one variance floored, one not"),
    Case(_c([0.0, 1.0, 2.0, 3.0, 50.0], [0.9, 0.1], [1.5, 50.0], [1.0, 1.0], 0.0),
         note="a small component owning one reading: N_j - 1 is near 0"),
    Case(_mixture(1, 200, 3, 1.0), note="three modes"),
    Case(_mixture(2, 500, 5, 0.01, far=3, centre=9000.0),
         note="five narrow modes near 9000 and far readings"),
    Case(_mixture(3, 20000, 10, 20.0, far=20, floor=1.0), note="largest"),
    Case(_mixture(4, 20000, 2, 0.001, centre=-9990.0, floor=0.0),
         note="largest, narrow and far from 0"),
]


def generate(rng):
    while True:
        n = rng.randint(1, 80)
        k = rng.randint(1, 4)
        x = [round(rng.uniform(-20, 20), 2) for _ in range(n)]
        raw = [rng.uniform(0.2, 1.0) for _ in range(k)]
        w = [r / sum(raw) for r in raw]
        m = [round(rng.uniform(-20, 20), 1) for _ in range(k)]
        v = [rng.choice([0.01, 0.5, 3.0, 40.0]) for _ in range(k)]
        floor = rng.choice([0.0, 1e-6, 0.05, 1.0])
        args = (_f(x), _f(w), _f(m), _f(v), floor)
        if _resp_totals(*args[:4]).min() >= 1e-3:
            return args


@st.composite
def _small(draw):
    n = draw(st.integers(1, 8))
    k = draw(st.integers(1, 3))
    x = draw(st.lists(st.integers(-30, 30), min_size=n, max_size=n))
    raw = draw(st.lists(st.integers(1, 5), min_size=k, max_size=k))
    m = draw(st.lists(st.integers(-10, 10), min_size=k, max_size=k))
    v = draw(st.lists(st.sampled_from([0.5, 1.0, 4.0, 25.0]), min_size=k, max_size=k))
    floor = draw(st.sampled_from([0.0, 0.1, 2.0]))
    return _f(x) / 2, _f(raw) / sum(raw), _f(m), _f(v), floor


def arguments():
    return _small().filter(lambda a: _resp_totals(*a[:4]).min() >= 1e-3)


def invariant(args, result):
    """The new weights sum to 1, the new variances respect the floor, and every new mean is a
    weighted average of the readings, so it lies within their range."""
    x, _, _, _, floor = args
    w, m, v, _ = result
    w, m, v = (np.asarray(a, dtype=float) for a in (w, m, v))
    if abs(w.sum() - 1.0) > 1e-9:
        return "the new weights do not sum to 1"
    if np.any(v < floor):
        return "a new variance is below the floor"
    if np.any(m < x.min() - 1e-9 * (1 + abs(x.min()))) or np.any(
            m > x.max() + 1e-9 * (1 + abs(x.max()))):
        return "a new mean lies outside the range of the readings"
    return None
