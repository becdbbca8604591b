import math
from statistics import NormalDist

from judge.grading.authoring import Case, st


def _raw(p_baseline: float, mde: float, alpha: float, power: float) -> float:
    normal = NormalDist()
    p1, p2 = p_baseline, p_baseline + mde
    p_bar = (p1 + p2) / 2
    spread = (normal.inv_cdf(1 - alpha / 2) * math.sqrt(2 * p_bar * (1 - p_bar))
              + normal.inv_cdf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return spread**2 / mde**2


def _clear(args: tuple) -> bool:
    """The statement promises n_raw is not within 1e-9 * n_raw of a whole number."""
    raw = _raw(*args)
    return abs(raw - round(raw)) > 1e-9 * raw


def _checked(*args) -> tuple:
    assert _clear(args), f"n_raw is too close to a whole number for {args}"
    return args


SAMPLES = [
    Case(_checked(0.1, 0.02, 0.05, 0.8), expected=3841,
         note="10% -> 12%, alpha 5%, power 80%: n_raw = 3840.85"),
    Case(_checked(0.5, 0.1, 0.05, 0.9), expected=519,
         note="n_raw = 518.04 is rounded up, not to the nearest"),
    Case(_checked(0.2, -0.05, 0.01, 0.8), expected=1348,
         note="detecting a drop: a negative mde"),
]

HIDDEN = [
    Case(_checked(0.5, 0.4, 0.05, 0.8), note="a huge effect: tiny groups"),
    Case(_checked(0.01, 0.001, 0.05, 0.8), note="rare events, tiny effect"),
    Case(_checked(0.998, -0.001, 0.05, 0.8), note="rate near 1"),
    Case(_checked(0.3, 0.05, 0.5, 0.5), note="alpha 0.5 and power 0.5"),
    Case(_checked(0.3, 0.05, 0.001, 0.999), note="strictest alpha and power"),
    Case(_checked(0.05, 0.001, 0.001, 0.999), note="largest size"),
    Case(_checked(0.6, -0.3, 0.1, 0.95), note="large drop"),
    Case(_checked(0.25, 0.25, 0.05, 0.8), note="treatment rate 0.5"),
    Case(_checked(0.1, 0.001, 0.2, 0.6), note="lenient alpha and power"),
    Case(_checked(0.3, 0.1346604534, 0.05, 0.8),
         note="n_raw = 200.00000049, just outside the 1e-9 promise: still 201"),
    Case(_checked(0.3, -0.1193535883, 0.05, 0.8),
         note="a drop with n_raw = 200.00000061: still 201"),
    Case(_checked(0.12, 0.04951893109, 0.01, 0.9), note="n_raw = 1500.003: 1501"),
]


def _valid(args: tuple) -> bool:
    p_baseline, mde, _, _ = args
    return abs(mde) >= 0.001 and 0 < p_baseline + mde < 1 and _clear(args)


def arguments():
    rate = st.integers(1, 999).map(lambda v: v / 1000)
    change = st.integers(-500, 500).map(lambda v: v / 1000)
    alpha = st.one_of(st.sampled_from([0.001, 0.01, 0.05, 0.1, 0.2, 0.5]),
                      st.integers(1, 500).map(lambda v: v / 1000))
    power = st.one_of(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.999]),
                      st.integers(500, 999).map(lambda v: v / 1000))
    return st.tuples(rate, change, alpha, power).filter(_valid)


def invariant(args, result):
    if not isinstance(result, int):
        return f"return an int, not a {type(result).__name__}"
    if result < 1:
        return "a group needs at least one user"
    return None
