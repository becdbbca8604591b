import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([1, 2, 2, 5]), _f([2, 3, 4]), True),
         expected={"u": 4.0, "z": -1.5 / math.sqrt(52 / 7), "p_value": 0.5820796519295022},
         note="pooled ranks 1, 3, 3, 3, 5, 6, 7: R_x = 1 + 3 + 3 + 7 = 14, u = 14 - 10 = 4; "
              "mean 6, variance 1 · (8 - 24/42) = 52/7; d = -2 moves to -1.5"),
    Case((_f([3.5, 1.25, 7.0]), _f([2.0, 9.5, 4.5, 5.0]), False),
         expected={"u": 4.0, "z": -1 / math.sqrt(2), "p_value": 0.47950012218695354},
         note="no ties: u counts 3.5 > 2.0, 7.0 > 2.0, 4.5, 5.0; variance 12/12 · 8 = 8, "
              "z = -2 / sqrt(8)"),
    Case((_f([4, 4, 4]), _f([4, 4]), True),
         expected={"u": 3.0, "z": 0.0, "p_value": 1.0},
         note="all values tied: the variance is 0, so z = 0 and p = 1"),
]


def _times(seed: int, n: int, m: int, shift: float, decimals: int, scale: float = 60.0):
    rng = np.random.default_rng(seed)
    x = np.round(rng.exponential(scale, n) + shift, decimals)
    y = np.round(rng.exponential(scale, m), decimals)
    return x, y


def _large(seed: int, n: int, m: int, shift: float, decimals: int, continuity: bool,
           scale: float = 60.0) -> tuple:
    x, y = _times(seed, n, m, shift, decimals, scale)
    return (x, y, continuity)


HIDDEN = [
    Case((_f([7.5]), _f([2.25]), True), note="n = m = 1, x larger: d = 0.5 shrinks to 0"),
    Case((_f([7.5]), _f([2.25]), False), note="n = m = 1 without correction"),
    Case((_f([1.0]), _f([1.0]), False), note="n = m = 1, tied: variance 0"),
    Case((_f([-3.0, 1.5, 2.0, 4.5]), _f([-2.0, 1.0, 2.5, 4.0]), True),
         note="negatives, d = 0: the corrected z stays 0 and p = 1"),
    Case((_f([0.1 + 0.2, 0.3, 0.3]), _f([0.3, 0.30000000000000004, 0.2]), False),
         note="0.1 + 0.2 is not 0.3: only exactly equal values tie"),
    Case((_f([5, 5, 5, 5, 6]), _f([5, 5, 5, 1]), True),
         note="one big tie group across both samples"),
    Case((_f([5, 5, 5, 5, 6]), _f([5, 5, 5, 1]), False), note="the same without correction"),
    Case((_f([1, 2, 3, 4, 5, 6]), _f([10, 20]), True), note="x entirely below y: u = 0"),
    Case((_f([10, 20]), _f([1, 2, 3, 4, 5, 6]), False), note="x entirely above y: u = n·m"),
    Case((_f([1e6, -1e6, 1e6]), _f([-1e6, 0.5, 1e6, 1e6]), True), note="the value range ends"),
    Case((_f([2, 2, 2, 9]), _f([2, 2, 3, 3, 3]), False), note="ties inside y only and across"),
    Case((_f([1, 1, 2]), _f([3, 4, 4, 4, 4, 4, 4, 4, 5]), True),
         note="ties inside each sample, none across"),
    Case(_large(1, 100000, 100000, 0.0, 0, True), note="largest, integer seconds, H0"),
    Case(_large(2, 100000, 100000, 1.0, 0, False, scale=5.0),
         note="largest, few distinct values, a small shift"),
    Case(_large(3, 100000, 100000, 30.0, 2, True), note="largest, a big shift: p underflows"),
    Case(_large(4, 100000, 3, 0.0, 1, False), note="n = 1e5, m = 3"),
    Case(_large(5, 1, 100000, 0.0, 0, True), note="n = 1, m = 1e5"),
    Case((np.zeros(100000) + 7.0, np.full(100000, 7.0), True),
         note="largest, all tied: variance 0"),
    Case((np.concatenate([np.zeros(99999), [1.0]]), np.zeros(100000), False),
         note="largest, one value differs: a huge tie correction"),
]


def _small():
    values = st.integers(-4, 4).map(float) | st.sampled_from([0.1, 0.2, 0.30000000000000004, 0.3, 2.5])
    return st.tuples(st.lists(values, min_size=1, max_size=12).map(_f),
                     st.lists(values, min_size=1, max_size=12).map(_f),
                     st.booleans())


def arguments():
    return _small()


def invariant(args, result):
    n, m = len(args[0]), len(args[1])
    if not 0.0 <= result["u"] <= n * m:
        return f"u = {result['u']} is outside [0, n·m] = [0, {n * m}]"
    if not 0.0 <= result["p_value"] <= 1.0:
        return f"p_value {result['p_value']} is not in [0, 1]"
    return None
