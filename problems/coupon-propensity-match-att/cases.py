import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _c(treatment, propensity, y, caliper=None) -> tuple:
    return _i(treatment), _f(propensity), _f(y), caliper


SAMPLES = [
    Case(_c([0, 1, 0, 1, 0], [0.25, 0.5, 0.75, 0.625, 0.75], [3, 9, 5, 8, 1]),
         expected=4.5,
         note="customer 1 (0.5) is 0.25 from controls 0, 2 and 4: the lowest index, 0, wins "
              "(9 - 3 = 6); customer 3 (0.625) ties controls 2 and 4 and takes 2 (8 - 5 = 3); "
              "ATT = (6 + 3)/2 = 4.5"),
    Case(_c([1, 0, 1, 0, 1], [0.5, 0.625, 0.125, 0.375, 0.875], [10, 7, 4, 2, 12], 0.125),
         expected=3.0,
         note="caliper 0.125: customer 0 is exactly 0.125 from controls 1 and 3, is kept and "
              "takes control 1 (10 - 7 = 3); customers 2 and 4 are 0.25 from their nearest "
              "control and are dropped"),
    Case(_c([1, 0, 1, 0, 1], [0.5, 0.625, 0.125, 0.375, 0.875], [10, 7, 4, 2, 12], 0.1),
         expected=None, note="caliper 0.1: every treated customer is dropped"),
]


def _shop(seed: int, n_t: int, n_c: int, decimals: int | None, caliper,
          effect: float = 5.0) -> tuple:
    rng = np.random.default_rng(seed)
    e_t = rng.beta(3, 2, n_t)
    e_c = rng.beta(2, 3, n_c)
    e = np.concatenate([e_t, e_c])
    if decimals is not None:
        e = np.round(e, decimals)
    t = np.concatenate([np.ones(n_t, np.int64), np.zeros(n_c, np.int64)])
    order = rng.permutation(n_t + n_c)
    t, e = t[order], e[order]
    y = np.round(40.0 + 60.0 * e + effect * t * (1 + e) + 8.0 * rng.normal(size=t.size), 2)
    return t, e, y, caliper


HIDDEN = [
    Case(_c([], [], []), note="empty input"),
    Case(_c([1, 1], [0.2, 0.4], [3, 4]), note="no controls"),
    Case(_c([0, 0, 0], [0.2, 0.4, 0.9], [3, 4, 5]), note="no treated customers"),
    Case(_c([1, 0], [0.3, 0.7], [5, 1], 0.0), note="caliper 0 without exact matches: None"),
    Case(_c([1, 0, 1, 0], [0.3, 0.3, 0.7, 0.6], [5, 1, 9, 2], 0.0),
         note="caliper 0 keeps exact matches only"),
    Case(_c([1, 0], [0.3, 0.7], [5.5, 1.25]), note="one pair"),
    Case(_c([1, 0, 0, 1], [0.5, 0.75, 0.25, 0.375], [10, 4, 6, 3]),
         note="a tie where the control above has the lower index (1 beats 2)"),
    Case(_c([0, 0, 1, 0, 0], [0.25, 0.75, 0.5, 0.25, 0.75], [1, 2, 9, 3, 4]),
         note="a tie between two equal-score pairs: control 0 wins"),
    Case(_c([0, 0, 1, 0, 0], [0.75, 0.25, 0.5, 0.75, 0.25], [1, 2, 9, 3, 4]),
         note="the same, mirrored: control 0 (above) wins"),
    Case(_c([0, 0, 0, 1, 0], [0.4, 0.4, 0.4, 0.45, 0.4], [8, 1, 2, 6, 3]),
         note="four controls with the same score: the first one"),
    Case(_c([0, 1, 0, 1, 0], [0.25, 0.5, 0.75, 0.625, 0.75], [3, 9, 5, 8, 1]),
         note="the first sample again: each control may be used more than once"),
    Case(_c([1, 1, 1, 0, 0], [0.6, 0.61, 0.62, 0.6, 0.1], [10, 11, 12, 1, 20]),
         note="three treated share one control (with replacement); without it they spread"),
    Case(_c([1, 0, 0, 0], [0.0, 0.1, 0.2, 0.3], [5, 1, 2, 3]),
         note="treated score below every control"),
    Case(_c([0, 0, 0, 1], [0.7, 0.8, 0.9, 1.0], [1, 2, 3, 5]),
         note="treated score above every control"),
    Case(_c([1, 0, 1, 0, 0, 1], [0.9, 0.8, 0.7, 0.1, 0.2, 0.15], [20, 5, 18, 1, 2, 3]),
         note="ATT, not ATE: the controls' own matches do not count"),
    Case(_c([1, 0, 1, 0], [0.5, 0.75, 0.25, 0.5], [4, 3, 2, 1], 0.25),
         note="caliper 0.25 exactly equal to the distance keeps customer 2"),
    Case(_c([1, 0, 1, 0], [0.5, 0.75, 0.25, 0.5], [4, 3, 2, 1], 0.2499),
         note="just under the distance drops customer 2"),
    Case(_c([1, 0, 1, 0, 1], [0.3, 0.35, 0.5, 0.9, 0.1], [1e4, -1e4, 3.5, 0.1, -2.5], 0.05),
         note="extreme outcomes"),
    Case(_c([1, 0, 0], [0.5, 0.5 + 1e-12, 0.5 - 2e-12], [7, 1, 2]),
         note="scores 1e-12 apart: no tolerance may merge them"),
    Case(_shop(1, 40, 60, 2, None), note="small, duplicated scores"),
    Case(_shop(2, 300, 200, None, 0.01), note="continuous scores, caliper 0.01"),
    Case(_shop(3, 200_000, 200_000, 3, None), note="largest, many equal control scores"),
    Case(_shop(4, 200_000, 200_000, None, 0.00001), note="largest, tight caliper"),
    Case(_shop(5, 1_000, 399_000, 2, 0.005), note="few treated, many duplicated controls"),
]


def generate(rng):
    return _shop(rng.randrange(10**9), rng.randint(1, 200), rng.randint(1, 200),
                 rng.choice([None, 1, 2]), rng.choice([None, 0.0, 0.01, 0.05, 0.2]))


def scale(rng, n):
    seed = rng.randrange(10**9)
    return _shop(seed, n // 2, n - n // 2, None, None)


@st.composite
def _inputs(draw):
    n = draw(st.integers(0, 9))
    t = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    e = draw(st.lists(st.integers(0, 16).map(lambda v: v / 16), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(-50, 50).map(lambda v: v / 10), min_size=n, max_size=n))
    caliper = draw(st.sampled_from([None, None, 0.0, 0.0625, 0.125, 0.25]))
    return _i(t), _f(e), _f(y), caliper


def arguments():
    return _inputs()
