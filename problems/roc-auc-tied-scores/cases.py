import numpy as np

from judge.grading.authoring import Case, st

NAN = float("nan")


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_i([0, 0, 1, 1]), _f([0.1, 0.4, 0.35, 0.8])), expected=0.75,
         note="3 of the 4 positive-negative pairs are ordered correctly"),
    Case((_i([1, 0, 1, 0]), _f([0.5, 0.5, 0.9, 0.2])), expected=0.875,
         note="pairs: (0.5, 0.5) tie = 1/2, the other three are wins: 3.5 / 4"),
    Case((_i([1, 1]), _f([0.3, 0.7])), expected=NAN, note="no negatives: undefined"),
]


def _random(seed: int, n: int, levels: int, signal: float) -> tuple:
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < 0.4).astype(np.int64)
    raw = rng.normal(0, 1, n) + signal * labels
    if levels:
        raw = np.round(raw * levels) / levels  # coarse scores: many ties
    return labels, raw


HIDDEN = [
    Case((_i([0]), _f([1.0])), note="a single example"),
    Case((_i([0, 0, 0]), _f([0.2, 0.1, 0.3])), note="no positives"),
    Case((_i([1, 0]), _f([2.0, 2.0])), note="one tied pair"),
    Case((_i([1, 0, 1, 0, 0, 1]), _f([7.0] * 6)), note="all scores equal"),
    Case((_i([0, 0, 1, 1]), _f([3.0, 4.0, 1.0, 2.0])), note="perfectly inverted"),
    Case((_i([1, 1, 0, 0, 0]), _f([9.0, 8.0, 1.0, 1.0, 0.0])), note="perfect, ties inside a class"),
    Case((_i([0, 1, 1, 0, 1, 0, 0]), _f([-3.5, -1.0, -1.0, -1.0, 2.0, 2.0, -100.0])),
         note="negative scores, mixed ties"),
    Case((_i([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
          _f([0.5, 0.1, 0.9, 0.5, 0.2, 0.3, 0.5, 0.7, 0.0, 0.4])),
         note="a single positive"),
    Case((_i([1, 0, 1, 0, 0, 1, 0, 1]),
          _f([0.1 + 0.2, 0.3, 2e-10, 1e-10, 1.0, 1.0 + 2.0**-52, -1000.0, 0.3])),
         note="distinct scores a hair apart are not ties: 0.1 + 0.2 > 0.3, 2e-10 > 1e-10, "
              "1 + 2**-52 > 1; only 0.3 and 0.3 tie"),
    Case(_random(1, 300, 0, 1.0), note="random, no ties"),
    Case(_random(2, 1000, 2, 0.7), note="random, heavy ties"),
    Case(_random(3, 100000, 0, 0.5), note="largest"),
    Case(_random(4, 100000, 3, 0.2), note="largest, heavy ties"),
]


def generate(rng):
    n = rng.randint(1, 200)
    levels = rng.choice([3, 10, 1000])
    labels = _i([int(rng.random() < 0.5) for _ in range(n)])
    return labels, _f([rng.randint(0, levels) / levels for _ in range(n)])


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
    if labels.min() == labels.max():
        return None
    if not 0.0 <= result <= 1.0:
        return f"the AUC {result} is outside [0, 1]"
    return None
