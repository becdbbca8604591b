import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_i([1, 0, 1, 1, 0]), _f([0.9, 0.8, 0.8, 0.5, 0.5])), expected=0.7555555555555555,
         note="thresholds 0.9, 0.8, 0.5: (1/3)·1 + (1/3)·(2/3) + (1/3)·(3/5)"),
    Case((_i([0, 1, 1, 0]), _f([0.7, 0.7, 0.2, 0.9])), expected=0.41666666666666663,
         note="0.9 flags only a negative (recall stays 0); 0.7: precision 1/3 at recall 1/2; "
              "0.2: precision 1/2 at recall 1, so (1/2)·(1/3) + (1/2)·(1/2)"),
    Case((_i([0, 0, 0]), _f([0.3, 0.1, 0.2])), expected=0.0, note="no positives: 0.0"),
]


def _random(seed: int, n: int, levels: int, signal: float, rate: float) -> tuple:
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < rate).astype(np.int64)
    raw = rng.normal(0, 1, n) + signal * labels
    if levels:
        raw = np.round(raw * levels) / levels  # coarse scores: many ties
    return labels, raw


HIDDEN = [
    Case((_i([1]), _f([0.4])), note="a single positive"),
    Case((_i([0]), _f([0.4])), note="a single negative: no positives"),
    Case((_i([1, 1, 1]), _f([0.2, 0.9, 0.5])), note="only positives"),
    Case((_i([0, 1, 0, 1, 1, 0]), _f([3.0] * 6)), note="all scores tied: one threshold"),
    Case((_i([0, 0, 1, 1]), _f([4.0, 3.0, 2.0, 1.0])), note="perfectly inverted"),
    Case((_i([1, 1, 0, 0, 0]), _f([9.0, 9.0, 1.0, 1.0, 0.0])), note="perfect, ties inside a class"),
    Case((_i([0, 1, 0, 1, 0, 1]), _f([0.5, 0.5, 0.5, 0.5, 0.1, 0.9])),
         note="a tie group where negatives come first in index order"),
    Case((_i([1, 0, 1, 0, 1, 0]), _f([0.5, 0.5, 0.5, 0.5, 0.1, 0.9])),
         note="a tie group where positives come first in index order"),
    Case((_i([0, 0, 0, 1, 0, 0]), _f([0.6, 0.9, 0.6, 0.2, 0.1, 0.2])),
         note="one positive inside the lowest-but-one tie group"),
    Case((_i([1, 0, 1, 0, 0, 1, 0]), _f([-3.5, -1.0, -1.0, -1.0, 2.0, 2.0, -100.0])),
         note="negative scores, mixed ties"),
    Case((_i([1, 0, 0, 1, 0, 1]), _f([0.0, -0.0, 1e-300, -0.0, -1e300, 1e300])),
         note="0.0 and -0.0 are one score; extreme magnitudes"),
    Case((_i([1, 0, 1, 0, 0, 1, 0, 1]),
          _f([0.1 + 0.2, 0.3, 2e-10, 1e-10, 1.0, 1.0 + 2.0**-52, -1000.0, 0.3])),
         note="scores a hair apart are not ties: 0.1 + 0.2 > 0.3, 2e-10 > 1e-10, "
              "1 + 2**-52 > 1; only 0.3 and 0.3 tie"),
    Case((_i([0] * 9 + [1]), _f([0.1 * k for k in range(10)])), note="the only positive scores highest"),
    Case(_random(1, 300, 0, 1.0, 0.3), note="random, no ties"),
    Case(_random(2, 2000, 2, 0.7, 0.2), note="random, heavy ties"),
    Case(_random(3, 100000, 0, 0.8, 0.02), note="largest, rare positives"),
    Case(_random(4, 100000, 3, 0.4, 0.1), note="largest, heavy ties"),
]


def generate(rng):
    n = rng.randint(1, 300)
    levels = rng.choice([3, 10, 1000])
    rate = rng.choice([0.05, 0.3, 0.7])
    labels = _i([int(rng.random() < rate) for _ in range(n)])
    return labels, _f([rng.randint(-levels, levels) / levels for _ in range(n)])


@st.composite
def _small(draw):
    n = draw(st.integers(1, 12))
    labels = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    scores = draw(st.lists(st.integers(-4, 4).map(lambda v: v / 4), min_size=n, max_size=n))
    return _i(labels), _f(scores)


def arguments():
    return _small()


def invariant(args, result):
    labels, _ = args
    if not 0.0 <= result <= 1.0:
        return f"average precision {result} is outside [0, 1]"
    if labels.min() == 1 and result != 1.0:
        return "with only positives every precision is 1, so AP must be 1.0"
    return None
