import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([1, 2, 3, 4, 10]), 1000, 0.95, 0),
         expected={"mean": 4.0, "lower": 1.8, "upper": 7.0},
         note="a skewed sample: the interval is not symmetric around the mean"),
    Case((_f([2.5, 3.5]), 10, 0.8, 7),
         expected={"mean": 3.0, "lower": 2.5, "upper": 3.5},
         note="two values: every bootstrap mean is 2.5, 3.0 or 3.5"),
    Case((_f([5]), 50, 0.9, 1),
         expected={"mean": 5.0, "lower": 5.0, "upper": 5.0},
         note="one value: every resample is the same"),
]


def _sample(seed: int, n: int, kind: str) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if kind == "lognormal":
        return np.round(rng.lognormal(3.0, 1.2, n), 2)
    if kind == "binary":
        return (rng.random(n) < 0.03).astype(np.float64)
    return np.round(rng.normal(-50.0, 20.0, n), 3)


HIDDEN = [
    Case((_f([7, 7, 7, 7]), 200, 0.95, 3), note="constant data"),
    Case((_f([-1, 1]), 1, 0.95, 11), note="a single bootstrap replicate"),
    Case((_f([0, 0, 0, 1000000]), 3000, 0.99, 5), note="one extreme outlier"),
    Case((_f([1, 2, 3, 4, 5, 6]), 999, 0.5, 2**32 - 1), note="50% interval, largest seed"),
    Case((_sample(1, 300, "normal"), 2000, 0.9, 42), note="negative values"),
    Case((_sample(2, 1000, "lognormal"), 5000, 0.95, 123), note="heavy right tail, largest"),
    Case((_sample(3, 2000, "binary"), 2500, 0.95, 9), note="rare binary outcome, largest n"),
    Case((_sample(4, 2000, "normal"), 2500, 0.999, 2024), note="99.9% interval"),
    Case((np.array([1e6, 0.01, -1e6], dtype=np.float32), 40, 0.9, 13),
         note="a float32 array: the mean must not be accumulated in float32 (1e6 + 0.01 would round)"),
    Case((_sample(5, 400, "lognormal"), 3000, 0.6827, 77), note="one-sigma level: q = 15.865"),
    Case((_sample(6, 500, "normal"), 4000, 0.9973, 78), note="three-sigma level: q = 0.135"),
    Case((_sample(7, 50, "normal"), 2000, 0.999999, 79), note="q = 5e-5: between the two smallest means"),
    Case((_f([0.1] * 7), 30, 0.9, 80), note="a constant 0.1: its mean rounds"),
]


@st.composite
def _inputs(draw):
    x = draw(st.lists(st.integers(-50, 50).map(lambda v: v / 2), min_size=1, max_size=15))
    n_boot = draw(st.integers(1, 300))
    confidence = draw(st.one_of(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99]),
                                st.integers(1, 9999).map(lambda v: v / 10000)))
    seed = draw(st.integers(0, 2**32 - 1))
    return _f(x), n_boot, confidence, seed


def arguments():
    return _inputs()


def invariant(args, result):
    x = args[0]
    lower, upper = result["lower"], result["upper"]
    slack = 1e-9 * (1 + float(np.abs(x).max()))
    if lower > upper + slack:
        return f"lower {lower} is above upper {upper}"
    if lower < x.min() - slack or upper > x.max() + slack:
        return "a bootstrap mean cannot leave [min(x), max(x)]"
    return None
