import math

import numpy as np

from judge.grading.authoring import Case, st

EPS = 1e-15


def _i(values):
    return np.array(values, dtype=np.int64)


def _f(values):
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_i([1, 0, 1]), _f([0.9, 0.2, 0.6]), None),
         expected=-(math.log(0.9) + math.log(0.8) + math.log(0.6)) / 3,
         note="(−ln 0.9 − ln 0.8 − ln 0.6) / 3 ≈ 0.2798"),
    Case((_i([1, 0]), _f([1.0, 1.0]), None),
         expected=(-math.log(1 - EPS) - math.log(1 - (1 - EPS))) / 2,
         note="both probabilities are clipped to 1 − 1e-15; the miss costs "
              "−ln(9.992e-16) ≈ 34.54 instead of infinity, mean ≈ 17.27"),
    Case((_i([0, 1, 1]), _f([0.0, 0.5, 0.75]), _f([1.0, 2.0, 1.0])),
         expected=(-math.log(1 - EPS) - 2 * math.log(0.5) - math.log(0.75)) / 4,
         note="weighted mean: (1·(−ln(1 − 1e-15)) + 2·(−ln 0.5) + 1·(−ln 0.75)) / 4 ≈ 0.4185"),
]


def _random(seed, n, weighted, extreme=0.1, wscale=1.0):
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < 0.3).astype(np.int64)
    logits = rng.normal(0, 3, n) + 2 * labels
    probs = 1 / (1 + np.exp(-logits))
    pick = rng.random(n) < extreme
    probs[pick] = rng.choice([0.0, 1.0, 1e-17, 1 - 1e-16, 0.5], pick.sum())
    if not weighted:
        return labels, probs
    weights = rng.exponential(1.0, n) * wscale
    weights[rng.random(n) < 0.05] = 0.0
    weights[0] = wscale
    return labels, probs, weights


HIDDEN = [
    Case((_i([1]), _f([0.0])), note="a single certain miss on a click: −ln(1e-15)"),
    Case((_i([0]), _f([1.0])), note="a single certain miss on a non-click: −ln(9.992e-16)"),
    Case((_i([1]), _f([1.0])), note="a single certain hit: −ln(1 − 1e-15), about 1e-15"),
    Case((_i([0]), _f([0.0])), note="a single certain hit on a non-click"),
    Case((_i([1, 0, 1, 0]), _f([0.0, 1.0, 1.0, 0.0])), note="exact 0s and 1s on both sides"),
    Case((_i([1, 0, 1, 0]), _f([1e-16, 1 - 1e-16, 5e-324, 1 - 2**-53])),
         note="just outside the clip range: 1e-16, 1 − 1e-16, the smallest subnormal"),
    Case((_i([1, 0, 1, 0]), _f([1e-15, 1 - 1e-15, 2e-15, 1 - 2e-15])),
         note="exactly on and just inside the clip bounds"),
    Case((_i([1, 0, 0, 1, 1]), _f([0.1, 0.1, 0.3, 0.7, 1 / 3])),
         note="values that are not exact in binary"),
    Case((_i([1, 1, 0, 0]), _f([0.5, 0.5, 0.5, 0.5])), note="all 0.5: ln 2"),
    Case((_i([1, 0, 1]), _f([0.8, 0.3, 0.6])), note="weights left out"),
    Case((_i([1, 0, 1]), _f([0.8, 0.3, 0.6]), None), note="weights passed explicitly as None"),
    Case((_i([1, 0, 1]), _f([0.8, 0.3, 0.6]), _f([2.5, 2.5, 2.5])),
         note="equal weights: the plain mean"),
    Case((_i([1, 0, 1, 0]), _f([0.0, 1.0, 0.9, 0.2]), _f([0.0, 0.0, 3.0, 1.0])),
         note="zero weights on the clipped misses remove them"),
    Case((_i([1, 0, 1]), _f([0.25, 0.6, 0.95]), _f([1e-12, 3e-12, 2e-12])),
         note="tiny weights: the weighted mean is scale-free"),
    Case((_i([1, 0, 1]), _f([0.25, 0.6, 0.95]), _f([1e9, 1.0, 0.1])),
         note="one huge weight dominates"),
    Case((_i([0, 0, 0]), _f([0.2, 0.0, 0.4]), _f([0.1, 0.2, 0.3])),
         note="no clicks, weights that are not exact in binary"),
    Case(_random(1, 50, False), note="random"),
    Case(_random(2, 50, True), note="random, weighted"),
    Case(_random(3, 200000, False), note="largest"),
    Case(_random(4, 200000, True, wscale=1e-9), note="largest, weighted, tiny weights"),
    Case(_random(5, 200000, True, extreme=0.5, wscale=1e6), note="largest, half clipped"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 300), rng.random() < 0.5,
                   extreme=rng.choice([0.0, 0.2, 0.6]), wscale=rng.choice([1e-6, 1.0, 1e3]))


_PROBS = [0.0, 1.0, 0.5, 0.1, 0.9, 1e-16, 1 - 1e-16, 1e-15, 0.3, 0.75]


@st.composite
def _small(draw):
    n = draw(st.integers(1, 8))
    labels = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    probs = draw(st.lists(st.one_of(st.sampled_from(_PROBS),
                                    st.floats(0, 1, allow_nan=False)), min_size=n, max_size=n))
    if draw(st.booleans()):
        return _i(labels), _f(probs)
    weights = draw(st.lists(st.sampled_from([0.0, 0.1, 1.0, 2.0, 7.5]), min_size=n, max_size=n))
    weights[0] = draw(st.sampled_from([0.5, 1.0, 3.0]))
    return _i(labels), _f(probs), _f(weights)


def arguments():
    return _small()


def invariant(args, result):
    if not 0.0 <= result <= 34.54:
        return f"the loss {result} is outside [0, -ln(9.992e-16)]"
    return None
