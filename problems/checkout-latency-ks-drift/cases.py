import random

import numpy as np

from judge.grading.authoring import Case, st


def _f(values):
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([3.0, 1.0, 2.0]), _f([3.5, 2.5])), expected=2 / 3,
         note="at x = 2: F_before = 2/3 and F_after = 0"),
    Case((_f([2.0, 1.0, 3.0, 2.0]), _f([2.0, 4.0, 2.0])), expected=1 / 3,
         note="at x = 2 all four 2s count: F_before = 3/4, F_after = 2/3; the largest gap is "
              "at x = 3: 1 − 2/3 = 1/3 (stepping through the tied 2s one at a time would "
              "report 1/2)"),
    Case((_f([5.0, 5.0, 7.0]), _f([7.0, 5.0, 5.0])), expected=0.0,
         note="the same values in another order: D = 0"),
]


def _random(seed, n, m, shift, levels):
    rng = np.random.default_rng(seed)
    a = rng.lognormal(5.0, 0.5, n)
    b = rng.lognormal(5.0 + shift, 0.5, m)
    if levels:
        a = np.round(a / levels) * levels  # whole (or coarser) milliseconds: heavy ties
        b = np.round(b / levels) * levels
    return a, b


HIDDEN = [
    Case((_f([4.0]), _f([4.0])), note="one value each, tied: D = 0"),
    Case((_f([4.0]), _f([9.0])), note="one value each, apart: D = 1"),
    Case((_f([9.0]), _f([4.0])), note="one value each, the other way round: D = 1"),
    Case((_f([1.0, 1.0, 1.0]), _f([1.0])), note="everything tied: D = 0"),
    Case((_f([1.0, 1.0, 2.0]), _f([1.0])), note="a tie group across the samples: D = 1/3"),
    Case((_f([3.0]), _f([1.0, 2.0, 3.0, 3.0, 3.0])),
         note="the largest gap is just before the shared value, at an `after` value"),
    Case((_f([0.0, 10.0]), _f([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])),
         note="the gap is largest at the values of `after` only"),
    Case((_f([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]), _f([0.0, 10.0])),
         note="the gap is largest at the values of `before` only"),
    Case((_f([-5.0, -3.0, -3.0, 0.0, 2.0]), _f([-3.0, 0.0, 0.0, 0.0, 1e9, -1e9])),
         note="negative values, zero, both extremes"),
    Case((_f([0.1 + 0.2, 1e-12, 1.0]), _f([0.3, 2e-12, 1.0 + 2**-52])),
         note="values a hair apart are not ties"),
    Case((_f([7.0] * 50 + [8.0] * 50), _f([8.0] * 30 + [7.0] * 70)),
         note="two tie groups shared by both samples"),
    Case((_f(list(range(100))), _f(list(range(100, 200)))), note="disjoint: D = 1"),
    Case(_random(1, 40, 60, 0.2, 25.0), note="random, coarse values"),
    Case(_random(2, 1000, 700, 0.05, 1.0), note="random, whole milliseconds"),
    Case(_random(3, 100000, 100000, 0.01, 1.0), note="largest, heavy ties"),
    Case(_random(4, 100000, 100000, 0.003, 0.0), note="largest, no ties"),
    Case(_random(5, 100000, 1, 0.0, 1.0), note="largest before, a single after"),
    Case(_random(6, 3, 100000, 0.1, 10.0), note="three before, largest after"),
]


def generate(rng):
    n = rng.randint(1, 300)
    m = rng.randint(1, 300)
    levels = rng.choice([2, 5, 1000])
    a = _f([rng.randint(0, levels) for _ in range(n)])
    b = _f([rng.randint(0, levels) + rng.choice([0, 0, 1]) for _ in range(m)])
    return a, b


def scale(rng, n):
    return _random(rng.randint(0, 10**9), n, n, 0.01, 1.0)


@st.composite
def _small(draw):
    a = draw(st.lists(st.integers(-3, 3), min_size=1, max_size=8))
    b = draw(st.lists(st.integers(-3, 3), min_size=1, max_size=8))
    return _f(a), _f(b)


def arguments():
    return _small()


def invariant(args, result):
    a, b = args
    if not 0.0 <= result <= 1.0:
        return f"D = {result} is outside [0, 1]"
    scaled = result * len(a) * len(b)  # |i * m - j * n| for counts i, j: an integer
    if abs(scaled - round(scaled)) > 1e-6 * max(1.0, scaled):
        return f"D = {result} is not of the form |i/n - j/m|"
    return None
