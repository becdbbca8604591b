import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([1, 2, 3, 4]), _f([2, 4, 6, 8]), 0.95),
         expected={"diff": 2.5, "se": 5 / math.sqrt(12), "df": 75 / 17,
                   "t_crit": 2.6771735784656183, "lower": -1.3641672154861966,
                   "upper": 6.364167215486196},
         note="df = 75/17 = 4.41: the 97.5% t quantile is 2.68, far above 1.96"),
    Case((_f([5, 5, 6, 7]), _f([1, 2, 3]), 0.9),
         expected={"diff": -3.75, "se": 0.75, "df": 4.330693069306931,
                   "t_crit": 2.0859233104975186, "lower": -5.3144424828731385,
                   "upper": -2.185557517126861},
         note="a negative difference: the whole interval is below zero"),
    Case((_f([3, 3, 3]), _f([1, 5, 6, 8]), 0.99),
         expected={"diff": 2.0, "se": 1.4719601443879744, "df": 3.0,
                   "t_crit": 5.8409093097333535, "lower": -6.5975857109121705,
                   "upper": 10.59758571091217},
         note="a constant control: df = 3, and t at 99.5% is 5.84"),
]


def _normal(seed: int, n_a: int, n_b: int, mu_b: float, sd_a: float, sd_b: float) -> tuple:
    rng = np.random.default_rng(seed)
    return (np.round(rng.normal(50.0, sd_a, n_a), 3), np.round(rng.normal(mu_b, sd_b, n_b), 3))


HIDDEN = [
    Case((_f([0, 1]), _f([0, 0]), 0.95), note="df = 1: Cauchy tails, t_crit = 12.7"),
    Case((_f([0, 1]), _f([5, 5]), 0.999), note="df = 1 at 99.9%: t_crit is about 637"),
    Case((_f([2, 9, 4]), _f([9, 4, 2]), 0.95), note="identical groups: diff = 0"),
    Case((_f([-1000000, 1000000, 0]), _f([1.5, -2.5]), 0.5), note="extreme values, 50% level"),
    Case(_normal(1, 2, 2, 51.0, 1.0, 3.0) + (0.95,), note="two values per group"),
    Case(_normal(2, 3, 400, 55.0, 20.0, 1.0) + (0.9,), note="tiny noisy control: df near 2"),
    Case(_normal(3, 60, 25, 48.0, 5.0, 12.0) + (0.975,), note="unequal sizes and spreads"),
    Case(_normal(4, 100_000, 100_000, 50.1, 10.0, 10.0) + (0.95,),
         note="largest: df near 2e5, t_crit near 1.96"),
    Case(_normal(5, 100_000, 2, 50.0, 10.0, 0.5) + (0.999,), note="largest, tiny treatment"),    Case((_f([-1000000, -993452]), _f([1000000, 999587.48]), 0.999),
         note="df just above 1 at 99.9% with lower near 0: t_crit must be accurate to a few 1e-9"),    Case((_f([9979, 9981]), np.array([10000.0] * 499 + [0.25], dtype=np.float32), 0.9),
         note="a float32 treatment group: its mean must not be accumulated in float32"),
    Case((np.array([10000.0] * 499 + [0.25], dtype=np.float32), _f([9979, 9981]), 0.9),
         note="a float32 control group: its mean must not be accumulated in float32"),
    Case((_f([0, 0]), _f([1, 0]), 0.5),
         note="df = 1 at 50%: t_crit is the Cauchy quartile, exactly 1, and lower is exactly 0"),
    Case((_f([0.1, 0.1000001, 0.1000003]), _f([0.1000002, 0.1000004, 0.1000005, 0.1000001]), 0.9),
         note="spreads of 1e-7: se is about 3e-8, no epsilon may swamp it"),
    Case((_f([0.1] * 3), _f([0.1000002, 0.1000004, 0.1000005, 0.1000001]), 0.95),
         note="a constant group whose mean rounds, against a spread of 1e-7: df = 3"),
    Case((np.round(np.random.default_rng(6).normal(999_999.0, 0.01, 1000), 4),
          np.round(np.random.default_rng(7).normal(999_999.02, 0.02, 1200), 4), 0.99),
         note="values near 1e6 with spreads of 0.01: a one-pass variance cancels every digit"),
]


@st.composite
def _inputs(draw):
    value = st.integers(-20, 20).map(lambda v: v / 4)
    a = draw(st.lists(value, min_size=2, max_size=10))
    b = draw(st.lists(value, min_size=2, max_size=10))
    if len(set(a)) == 1 and len(set(b)) == 1:  # both constant: the interval is undefined
        b[0] += 1.0
    return _f(a), _f(b), draw(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99, 0.999]))


def arguments():
    return _inputs()


def invariant(args, result):
    from statistics import NormalDist

    confidence = args[2]
    diff, lower, upper = result["diff"], result["lower"], result["upper"]
    slack = 1e-9 + 1e-9 * abs(diff)
    if not lower - slack <= diff <= upper + slack:
        return f"the interval [{lower}, {upper}] must contain diff {diff}"
    z = NormalDist().inv_cdf((1 + confidence) / 2)
    if result["t_crit"] < z * (1 - 1e-9):
        return f"t_crit {result['t_crit']} is below the normal quantile {z}"
    return None
