import math

import numpy as np

from judge.grading.authoring import Case, st

ALPHA_PERFECT = 0.5 * math.log((1 - 1e-10) / 1e-10)  # eps clipped to 1e-10


def _w(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _l(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _case(w, y, h) -> tuple:
    return _w(w), _l(y), _l(h)


SAMPLES = [
    Case(_case([0.25, 0.25, 0.25, 0.25], [1, 1, -1, -1], [1, 1, -1, 1]),
         expected=(0.5 * math.log(3), _w([1 / 6, 1 / 6, 1 / 6, 1 / 2])),
         note="eps = 0.25, alpha = ½·ln 3; the one mistake ends up with half of the weight"),
    Case(_case([2.0, 1.0, 1.0], [1, -1, 1], [1, 1, 1]),
         expected=(0.5 * math.log(3), _w([1 / 3, 1 / 2, 1 / 6])),
         note="weights need not sum to 1: eps = 1/4 of the total"),
    Case(_case([0.5, 0.3, 0.2], [1, -1, 1], [1, -1, 1]),
         expected=(ALPHA_PERFECT, _w([0.5, 0.3, 0.2])),
         note="no mistakes: eps is clipped to 1e-10, alpha = ½·ln((1 - 1e-10) / 1e-10)"),
    Case(_case([0.25, 0.25, 0.25, 0.25], [1, -1, 1, -1], [-1, 1, -1, -1]),
         expected=(0.0, _w([0.25, 0.25, 0.25, 0.25])),
         note="eps = 0.75 is worse than chance: alpha = 0 and the weights stay"),
]


def _random(seed, n, *, err=0.3, spread=3.0, scale=1.0):
    rng = np.random.default_rng(seed)
    w = scale * np.exp(rng.uniform(-spread, spread, n))
    y = rng.choice(np.array([-1, 1]), n)
    h = np.where(rng.random(n) < err, -y, y)
    return _w(w), _l(y), _l(h)


def _tiny_error(mistake_weight, n=1000):
    w = np.full(n, 1.0 / n)
    w[n // 2] = mistake_weight
    y = _l(np.where(np.arange(n) % 3 == 0, -1, 1))
    h = y.copy()
    h[n // 2] = -h[n // 2]
    return _w(w), y, h


HIDDEN = [
    Case(_case([1.0], [1], [1]), note="one sample, predicted right"),
    Case(_case([0.7], [-1], [1]), note="one sample, predicted wrong: eps = 1"),
    Case(_case([0.125] * 8, [1, 1, 1, 1, -1, -1, -1, -1], [-1, -1, -1, -1, 1, 1, 1, 1]),
         note="every prediction wrong"),
    Case(_case([0.25, 0.25, 0.25, 0.25], [1, 1, -1, -1], [-1, 1, 1, -1]),
         note="eps exactly 0.5: alpha = 0"),
    Case(_case([0.2, 0.2, 0.2, 0.2, 0.2], [-1, -1, -1, -1, -1], [-1, 1, -1, -1, -1]),
         note="all labels -1"),
    Case(_case([0.3, 0.3, 0.2, 0.2], [1, -1, 1, -1], [1, -1, -1, 1]),
         note="eps = 0.4 with only some of the mass wrong"),
    Case(_case([1e6, 3e5, 2.5e5, 1e-12], [1, -1, 1, -1], [1, -1, -1, -1]),
         note="large unnormalised weights and a tiny one"),
    Case(_case([4.0, 4.0, 2.0], [1, 1, -1], [1, -1, -1]),
         note="weights sum to 10, not 1: eps = 0.4 of the total"),
    Case(_case([0.5001, 0.4999], [1, 1], [1, -1]), note="eps = 0.4999, just under a half"),
    Case(_case([0.4999, 0.5001], [1, 1], [1, -1]), note="eps = 0.5001, just over a half"),
    Case(_tiny_error(5e-11), note="eps about 5e-11: below the floor, clipped to 1e-10"),
    Case(_tiny_error(3e-10), note="eps about 3e-10: above the floor, not clipped"),
    Case(_tiny_error(1e-3, n=3), note="three samples, one with a small weight wrong"),
    Case(_random(3, 50, err=0.1), note="a strong learner"),
    Case(_random(8, 50, err=0.45, spread=0.1), note="a weak learner, nearly equal weights"),
    Case(_random(21, 100000, err=0.3), note="largest"),
    Case(_random(34, 100000, err=0.6, spread=10.0), note="largest, worse than chance"),
    Case(_random(55, 100000, err=0.02, spread=12.0, scale=1e-6),
         note="largest, weights from 1e-11 to 0.16"),
]


def generate(rng):
    n = rng.randint(1, 60)
    kind = rng.random()
    w = [math.exp(rng.uniform(-4, 4)) * rng.choice([1.0, 1e-3, 1e3]) for _ in range(n)]
    y = [rng.choice([-1, 1]) for _ in range(n)]
    p = 0.0 if kind < 0.15 else (0.7 if kind < 0.3 else rng.uniform(0.0, 0.5))
    h = [-v if rng.random() < p else v for v in y]
    return _w(w), _l(y), _l(h)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 12))
    w = draw(st.lists(st.floats(1e-6, 1e3), min_size=n, max_size=n))
    y = draw(st.lists(st.sampled_from([-1, 1]), min_size=n, max_size=n))
    h = draw(st.lists(st.sampled_from([-1, 1]), min_size=n, max_size=n))
    return _w(w), _l(y), _l(h)


def arguments():
    return _small()


def invariant(args, result):
    """The new weights are a distribution, alpha is never negative, and the samples the
    learner got right keep their relative weights."""
    w, y, h = args
    alpha, new = result
    new = np.asarray(new, dtype=float)
    if new.shape != w.shape:
        return f"expected {w.shape[0]} weights, got shape {new.shape}"
    if alpha < 0:
        return f"alpha is {alpha}, below 0"
    if np.any(new < 0) or abs(new.sum() - 1) > 1e-9:
        return f"the new weights sum to {new.sum()}, not 1"
    right = y == h
    if right.sum() >= 2:
        ratio = new[right] / w[right]
        if np.ptp(ratio) > 1e-9 * ratio.max():
            return "samples predicted right were rescaled by different factors"
    return None
