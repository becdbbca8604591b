import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([1, 2, 3, 4]), _f([2, 4, 6, 8])),
         expected={"t": math.sqrt(3), "df": 75 / 17, "p_value": 0.08326451666355043},
         note="t = 2.5 / sqrt(5/12 + 5/3) = sqrt(3)"),
    Case((_f([5, 5, 6, 7]), _f([1, 2, 3])),
         expected={"t": -5.0, "df": 4.330693069306931, "p_value": 5.733031437583892e-07},
         note="the treatment mean is lower, so t is negative"),
    Case((_f([3, 3, 3]), _f([1, 5, 6, 8])),
         expected={"t": 1.3587324409735149, "df": 3.0, "p_value": 0.17423138824802512},
         note="a constant control group: df = n_b - 1"),
]


def _normal(seed: int, n_a: int, n_b: int, mu_a: float, mu_b: float, sd_a: float,
            sd_b: float) -> tuple:
    rng = np.random.default_rng(seed)
    return (np.round(rng.normal(mu_a, sd_a, n_a), 3), np.round(rng.normal(mu_b, sd_b, n_b), 3))


HIDDEN = [
    Case((_f([1, 2]), _f([3, 5])), note="two values per group"),
    Case((_f([4, 8, 6]), _f([8, 6, 4])), note="identical groups in another order: t = 0, p = 1"),
    Case((_f([1, 2, 3, 4, 5]), _f([7, 7])), note="constant treatment group"),
    Case((_f([-3.5, -1.25, -8.0, -2.0]), _f([-1000000.0, 1000000.0, 0.0])),
         note="negatives and extreme values"),
    Case(_normal(1, 2, 500, 0.0, 0.1, 1.0, 1.0), note="very unequal sizes"),
    Case(_normal(2, 40, 60, 10.0, 10.0, 0.1, 30.0), note="very unequal variances"),
    Case(_normal(3, 200, 200, 5.0, 9.0, 1.0, 1.0), note="huge t: the p-value is tiny"),
    Case(_normal(4, 100_000, 100_000, 100.0, 100.02, 15.0, 15.0), note="largest"),
    Case(_normal(5, 100_000, 3, 0.0, 0.0, 2.0, 1.0), note="largest, tiny second group"),
    Case((_f([9979, 9981]), np.array([10000.0] * 499 + [0.25], dtype=np.float32)),
         note="a float32 treatment group: its mean must not be accumulated in float32"),
    Case((np.array([10000.0] * 499 + [0.25], dtype=np.float32), _f([9979, 9981])),
         note="a float32 control group: its mean must not be accumulated in float32"),
    Case((_f([0.1, 0.1000001, 0.1000003]), _f([0.1000002, 0.1000004, 0.1000005, 0.1000001])),
         note="spreads of 1e-7: v_a + v_b is about 1e-15, no epsilon may swamp it"),
    Case((_f([0.1] * 3), _f([0.1000002, 0.1000004, 0.1000005, 0.1000001])),
         note="a constant group whose mean rounds, against a spread of 1e-7"),
    Case(_normal(6, 1000, 1200, 999_999.0, 999_999.002, 0.01, 0.02),
         note="values near 1e6 with spreads of 0.01: a one-pass variance cancels every digit"),
]


@st.composite
def _groups(draw):
    value = st.integers(-20, 20).map(lambda v: v / 4)
    a = draw(st.lists(value, min_size=2, max_size=12))
    b = draw(st.lists(value, min_size=2, max_size=12))
    if len(set(a)) == 1 and len(set(b)) == 1:  # both constant: the test is undefined
        b[0] += 1.0
    return _f(a), _f(b)


def arguments():
    return _groups()


def invariant(args, result):
    a, b = args
    p, df, t = result["p_value"], result["df"], result["t"]
    if not 0.0 <= p <= 1.0:
        return f"p_value {p} is not in [0, 1]"
    low, high = min(len(a), len(b)) - 1, len(a) + len(b) - 2
    if not low - 1e-9 <= df <= high + 1e-9:
        return f"df {df} is outside [{low}, {high}], where Welch's df always lies"
    if (t > 0) != (b.mean() > a.mean()) and abs(b.mean() - a.mean()) > 1e-12:
        return "the sign of t must follow mean(b) - mean(a)"
    return None
