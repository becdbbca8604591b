import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([1, 2, 3]), _f([4, 5, 6]), 99, 0), expected={"diff": 3.0, "p_value": 0.1},
         note="9 of the 99 shuffles are as extreme: (9 + 1) / (99 + 1)"),
    Case((_f([2.5, 3.0, 1.5, 2.0]), _f([3.5, 4.0, 2.5]), 499, 1),
         expected={"diff": 1.0833333333333335, "p_value": 0.146},
         note="72 extreme shuffles: (72 + 1) / 500"),
    Case((_f([1, 1, 1]), _f([1, 1]), 9, 3), expected={"diff": 0.0, "p_value": 1.0},
         note="all values equal: every shuffle counts"),
]


def _groups(seed: int, n_a: int, n_b: int, shift: float, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    a = np.round(rng.normal(0.0, scale, n_a), 2)
    b = np.round(rng.normal(shift, scale, n_b), 2)
    return a, b


HIDDEN = [
    Case((_f([3.5]), _f([-2.25]), 50, 4), note="one value per group: every shuffle is extreme"),
    Case((_f([1, 2]), _f([2, 1]), 100, 5), note="equal groups: diff = 0, p = 1"),
    Case((_f([0, 0, 0, 0]), _f([0, 0, 0, 9]), 1, 6), note="a single permutation"),
    Case((_f([-10000, 10000, 0.01]), _f([9999.99, -0.01]), 3000, 7), note="extreme values"),
    Case((*_groups(1, 5, 200, 1.0, 1.0), 2000, 8), note="very unequal sizes"),
    Case((*_groups(2, 40, 40, 0.0, 5.0), 5000, 2**32 - 1), note="no effect, largest seed"),
    Case((*_groups(3, 30, 30, 3.0, 1.0), 1000, 10), note="a strong effect: p = 1 / 1001"),
    Case((*_groups(4, 500, 500, 0.1, 1.0), 10_000, 11), note="largest"),
    Case((np.array([10000.0] * 499 + [0.25], dtype=np.float32), _f([9979, 9981]), 20, 12),
         note="a float32 control group: its mean must not be accumulated in float32"),    Case((_f([9979, 9981]), np.array([10000.0] * 499 + [0.25], dtype=np.float32), 20, 13),
         note="a float32 treatment group: its mean must not be accumulated in float32"),
    Case((_f([1.1, 2.2, 3.3]), _f([4.4, 5.5, 6.6]), 300, 3),
         note="tenths: a shuffle that reproduces the observed split sums in another order and"
              " misses |diff| by rounding, so it counts only through the 1e-9"),
    Case((_f([0.1] * 5 + [0.3]), _f([0.2] * 4), 300, 7),
         note="tenths with repeats: many exact ties, most of them off by rounding"),
    Case((_f([10000, 0.01]), _f([0, 0]), 200, 5),
         note="|d| = 4999.995 against |diff| = 5000.005: 2e-6 apart relative, not a tie"),
    Case((_f([0.01] + [0] * 199), _f([0] * 201), 400, 6),
         note="|d| = 0.01 / 201 against |diff| = 0.01 / 200: 2.5e-7 apart, not a tie"),
]


@st.composite
def _inputs(draw):
    value = st.integers(-40, 40).map(lambda v: v / 10)  # tenths: sums that round
    a = draw(st.lists(value, min_size=1, max_size=8))
    b = draw(st.lists(value, min_size=1, max_size=8))
    return _f(a), _f(b), draw(st.integers(1, 200)), draw(st.integers(0, 2**32 - 1))


def arguments():
    return _inputs()


def invariant(args, result):
    n_perm = args[2]
    p = result["p_value"]
    if not 1 / (n_perm + 1) - 1e-12 <= p <= 1 + 1e-12:
        return f"p_value {p} is not in [1 / (n_perm + 1), 1]"
    count = p * (n_perm + 1)
    if abs(count - round(count)) > 1e-6:
        return f"p_value * (n_perm + 1) = {count} is not a whole number of permutations"
    return None
