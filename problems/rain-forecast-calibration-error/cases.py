import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([0.1, 0.2, 0.7, 0.9, 0.95]), _i([0, 1, 1, 1, 0]), 2), expected=0.25,
         note="bin [0, 0.5): acc 1/2, conf 0.15; bin [0.5, 1]: acc 2/3, conf 0.85; "
              "ECE = (2/5)·0.35 + (3/5)·(1/6) = 0.25"),
    Case((_f([0.0, 0.25, 0.5, 0.75, 1.0, 0.6]), _i([0, 0, 1, 1, 0, 1]), 4),
         expected=0.31666666666666665,
         note="edges 0, 0.25, 0.5, 0.75, 1: bins {0.0}, {0.25}, {0.5, 0.6}, {0.75, 1.0}; "
              "gaps 0, 0.25, 0.45, 0.375 weighted 1/6, 1/6, 2/6, 2/6"),
]


def _random(seed: int, n: int, m: int, decimals, skew: float) -> tuple:
    rng = np.random.default_rng(seed)
    probs = rng.beta(0.7, 0.7, n)
    if decimals is not None:
        probs = np.round(probs, decimals)  # published forecasts are rounded: many on edges
    rained = rng.random(n) < np.clip(probs ** skew, 0.0, 1.0)
    return probs, rained.astype(np.int64), m


def _on_edges(seed: int, m: int, repeat: int) -> tuple:
    rng = np.random.default_rng(seed)
    probs = np.tile(np.arange(m + 1) / m, repeat)
    return probs, (rng.random(len(probs)) < 0.5).astype(np.int64), m


HIDDEN = [
    Case((_f([0.7]), _i([1]), 10), note="a single forecast"),
    Case((_f([0.0, 0.0]), _i([0, 1]), 5), note="only zeros"),
    Case((_f([1.0, 1.0, 1.0]), _i([0, 1, 0]), 3), note="only 1.0: all in the last bin"),
    Case((_f([1.0, 0.95, 0.2]), _i([0, 1, 0]), 10), note="1.0 shares the last bin with 0.95"),
    Case((_f([0.0, 0.25, 0.5, 0.75, 1.0, 0.6]), _i([0, 0, 1, 1, 0, 1]), 1),
         note="one bin: the gap of the overall rain rate"),
    Case((_f([0.3, 0.25, 0.35]), _i([1, 0, 0]), 10),
         note="0.3 equals the edge 3/10: bin 3, not bin 2 (np.linspace gives 0.30000000000000004)"),
    Case((_f([1 / 49, 0.5 / 49, 1.5 / 49]), _i([1, 0, 0]), 49),
         note="1/49 equals the edge 1/49 although (1/49)·49 < 1"),
    Case((_f([0.5, 0.5, 0.25, 0.75]), _i([1, 1, 0, 0]), 2),
         note="0.5 is on the middle edge: right bin"),
    Case((_f([0.05, 0.15, 0.15, 0.85, 0.86]), _i([0, 1, 0, 1, 1]), 1000),
         note="M far above n: almost every bin empty"),
    Case((_f([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), _i([1] + [0] * 9), 10),
         note="perfectly calibrated (a gap of float noise only)"),
    Case((_f([0.62, 0.64, 0.61, 0.1]), _i([1, 0, 0, 1]), 10),
         note="one large bin and a single-forecast bin of a different size"),
    Case(_on_edges(1, 10, 3), note="every edge k/10 three times"),
    Case(_on_edges(2, 49, 2), note="every edge k/49 twice"),
    Case(_on_edges(3, 22, 2), note="every edge k/22 twice"),
    Case(_random(4, 500, 10, 1, 1.0), note="forecasts in tenths, 10 bins"),
    Case(_random(5, 100000, 15, None, 1.3), note="largest, overconfident"),
    Case(_random(6, 100000, 1000, 2, 0.8), note="largest, forecasts in hundredths, 1000 bins"),
]


def generate(rng):
    n = rng.randint(1, 300)
    m = rng.choice([1, 2, 3, 7, 10, 20, 49])
    denom = rng.choice([m, 2 * m, 100])
    probs = _f([rng.randint(0, denom) / denom for _ in range(n)])
    labels = _i([int(rng.random() < p) for p in probs.tolist()])
    return probs, labels, m


@st.composite
def _small(draw):
    n = draw(st.integers(1, 12))
    m = draw(st.integers(1, 8))
    probs = draw(st.lists(st.integers(0, 2 * m).map(lambda v: v / (2 * m)), min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    return _f(probs), _i(labels), m


def arguments():
    return _small()


def invariant(args, result):
    if not 0.0 <= result <= 1.0:
        return f"the ECE {result} is outside [0, 1]"
    return None
