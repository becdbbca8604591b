from judge.grading.authoring import Case, st

SAMPLES = [
    Case((40, 200, 60, 200), expected={"z": 2.3094010767585025, "p_value": 0.020921335337794066},
         note="20% against 30%: pooled rate 0.25, z = 0.1 / sqrt(0.25 * 0.75 * 0.01)"),
    Case((30, 100, 20, 100), expected={"z": -1.6329931618554518, "p_value": 0.1024704348597495},
         note="B converts worse, so z is negative"),
    Case((0, 50, 0, 80), expected={"z": 0.0, "p_value": 1.0},
         note="nobody converted: the degenerate case"),
]

HIDDEN = [
    Case((10, 50, 10, 50), note="identical groups"),
    Case((120, 1000, 150, 1000), note="close to the 5% boundary"),
    Case((7, 7, 3, 3), note="everybody converted: degenerate"),
    Case((0, 1, 1, 1), note="one visitor per group"),
    Case((0, 1000, 5, 1000), note="zero conversions in one group"),
    Case((999, 1000, 1000, 1000), note="rates near 1"),
    Case((1, 3, 900, 1000), note="tiny versus large group"),
    Case((50_000, 1_000_000, 52_000, 1_000_000), note="a million visitors each: tiny p-value"),
    Case((123_456_789, 1_000_000_000, 123_470_000, 1_000_000_000), note="largest counts"),
    Case((3, 10, 3, 1_000_000_000), note="extremely unequal sizes"),
    Case((0, 1_000_000_000, 1, 1_000_000_000),
         note="pooled rate 5e-10 is not degenerate: se is 1e-9 and z = 1"),
    Case((1_000_000_000, 1_000_000_000, 999_999_999, 1_000_000_000),
         note="pooled rate 1 - 5e-10 is not degenerate: z is about -1"),
    Case((3, 1_000_000_000, 0, 1_000_000_000), note="three conversions in 2e9 visitors"),
]


@st.composite
def _counts(draw):
    n_a = draw(st.integers(1, 60))
    n_b = draw(st.integers(1, 60))
    return (draw(st.integers(0, n_a)), n_a, draw(st.integers(0, n_b)), n_b)


def arguments():
    return _counts()


def invariant(args, result):
    successes_a, n_a, successes_b, n_b = args
    z, p = result["z"], result["p_value"]
    if not 0.0 <= p <= 1.0:
        return f"p_value {p} is not in [0, 1]"
    diff = successes_b * n_a - successes_a * n_b  # the sign of p_b - p_a, exactly
    if (diff > 0 and z <= 0) or (diff < 0 and z >= 0):
        return "z must have the sign of p_b - p_a"
    return None
