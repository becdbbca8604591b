import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([0, 2, 2, 4, 6, 8]), _f([1, 3, 5, 7, 9, -1, 8, 8]), 4), expected=0.31769245775664157,
         note="lo = 0, hi = 8, edges 2, 4, 6; reference shares 1/6, 2/6, 1/6, 2/6; current "
              "(-1 and 9 go to the outer bins) 2/8, 1/8, 1/8, 4/8"),
    Case((_f([0, 1, 2, 3]), _f([0.5, 1.0, 0.2]), 2), expected=4.60431846666895,
         note="edge 1.5; reference 1/2, 1/2; current 1, 0 floored to 1e-4: "
              "(1 - 0.5)·ln(2) + (1e-4 - 0.5)·ln(1e-4 / 0.5)"),
]


def _drift(seed: int, n: int, m: int, bins: int, shift: float, spread: float) -> tuple:
    rng = np.random.default_rng(seed)
    reference = rng.normal(50.0, 10.0, n)
    current = rng.normal(50.0 + shift, 10.0 * spread, m)
    return reference, current, bins


HIDDEN = [
    Case((_f([0, 8]), _f([3.0]), 4), note="two reference values, one current value"),
    Case((_f([1, 2, 3, 4, 5]), _f([2, 2, 9, -4]), 1), note="one bin: PSI is 0"),
    Case((_f([0, 2, 4, 6, 8]), _f([0, 2, 4, 6, 8]), 4), note="identical samples: 0"),
    Case((_f([0, 2, 4, 6, 8, 8]), _f([2, 4, 6, 6, 2, 4]), 4),
         note="current values exactly on the edges 2, 4, 6 go to the right"),
    Case((_f([0, 0, 0, 0, 8]), _f([1, 3, 5, 7, 7, 2]), 4),
         note="empty reference bins (1/4 and 2/4 of the way) are floored"),
    Case((_f([-8, -6, -2, 0]), _f([-100, -100, 50]), 4),
         note="negative values; current values far outside on both sides"),
    Case((_f([10, 20, 30, 40]), _f([100, 200, 300]), 2), note="every current value above hi"),
    Case((_f([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]),
          _f([0, 1, 2]), 2),
         note="a reference share 0.04 below 1e-1 (an epsilon 1000 times too big would clamp it)"),
    Case((_f(list(range(12000))), _f([3.0] * 12000), 8),
         note="reference shares 1/8; current shares 1, 0, ...: the floor decides every term"),
    Case((_f([0.001 * k for k in range(1, 20001)]), _f([0.5] * 19999 + [19.0]), 10),
         note="current shares 1/20000 = 5e-5 below eps: floored up to 1e-4"),
    Case((_f([-1e6, 1e6, 0, 5]), _f([-1e6, 1e6, 999999.0]), 3), note="extreme magnitudes"),
    Case(_drift(1, 1000, 800, 10, 0.0, 1.0), note="same distribution: PSI near 0"),
    Case(_drift(2, 5000, 3000, 20, 3.0, 1.0), note="a small shift"),
    Case(_drift(3, 100000, 100000, 10, 8.0, 1.5), note="largest, shifted and wider"),
    Case(_drift(4, 100000, 70000, 100, -2.0, 0.3), note="largest, 100 bins, narrower"),
]


def generate(rng):
    n = rng.randint(2, 400)
    m = rng.randint(1, 400)
    bins = rng.choice([1, 2, 4, 8, 10, 16])
    reference = _f([rng.randint(-64, 64) / 4 for _ in range(n)])
    if reference.min() == reference.max():
        reference[0] = reference[0] + 1.0
    shift = rng.choice([0, 2, 10])
    current = _f([rng.randint(-64, 64) / 4 + shift for _ in range(m)])
    return reference, current, bins


@st.composite
def _small(draw):
    n = draw(st.integers(2, 12))
    reference = draw(st.lists(st.integers(-8, 8).map(float), min_size=n, max_size=n,
                              ).filter(lambda v: min(v) < max(v)))
    current = draw(st.lists(st.integers(-12, 12).map(lambda v: v / 2), min_size=1, max_size=12))
    bins = draw(st.sampled_from([1, 2, 4, 8]))
    return _f(reference), _f(current), bins


def arguments():
    return _small()


def invariant(args, result):
    if not result >= -1e-12:
        return f"the PSI {result} is negative (or nan)"
    return None
