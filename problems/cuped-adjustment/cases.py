import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


SAMPLES = [
    Case((_f([2, 4]), _f([1, 3]), _f([5, 7]), _f([2, 4])),
         expected={"theta": 1.4, "mean_a": 3.7, "mean_b": 5.3, "diff": 1.6,
                   "variance_reduction": 49 / 65},
         note="pooled: cov 7/3 over var 5/3 gives theta 1.4; the raw difference was 3"),
    Case((_f([3, 5, 4]), _f([0, 2, 1]), _f([6, 6]), _f([1, 1])),
         expected={"theta": 1.0, "mean_a": 4.0, "mean_b": 6.0, "diff": 2.0,
                   "variance_reduction": 2 / 6.8},
         note="after adjusting, every control user has the same metric"),
]


def _experiment(seed: int, n_a: int, n_b: int, effect: float, rho: float,
                scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.normal(100.0, scale, n_a + n_b)
    noise = rng.normal(0.0, scale, n_a + n_b)
    y = 20.0 + rho * (x - 100.0) + np.sqrt(max(1.0 - rho * rho, 0.0)) * noise
    y[n_a:] += effect
    x, y = np.round(x, 2), np.round(y, 2)
    return y[:n_a], x[:n_a], y[n_a:], x[n_a:]


HIDDEN = [
    Case((_f([1]), _f([5]), _f([3]), _f([9])), note="one user per group"),
    Case((_f([1, 2, 3]), _f([4, 4, 4]), _f([2, 5]), _f([4, 4])),
         note="a constant covariate: theta = 0, nothing changes"),
    Case((_f([7, 7]), _f([1, 2]), _f([7, 7, 7]), _f([3, 4, 5])),
         note="a constant metric: no variance to reduce"),
    Case((_f([2, 4, 6]), _f([1, 2, 3]), _f([8, 10]), _f([4, 5])),
         note="y is exactly 2x: everything is explained"),
    Case((_f([5, 1, 3]), _f([-1, 1, 0]), _f([2, 4]), _f([0.5, -0.5])),
         note="a negative relation: theta < 0"),
    Case((_f([-1e6, 1e6]), _f([3, -3]), _f([0.5]), _f([1e6])), note="extreme values"),
    Case(_experiment(1, 50, 60, 1.0, 0.0, 10.0), note="an unrelated covariate"),
    Case(_experiment(2, 500, 300, 0.5, 0.9, 5.0), note="a strong covariate"),
    Case(_experiment(3, 100_000, 100_000, 0.1, 0.7, 30.0), note="largest"),
    Case(_experiment(4, 3, 100_000, -2.0, -0.6, 1.0), note="tiny control group"),
    Case((_f([1e6, 1e6]), _f([999999.9, 1e6]), _f([1e6, 1e6, 1e6]), _f([999999.7, 999999.8, 1e6])),
         note="constant y near 1e6, covariate near 1e6: theta is exactly 0 (centre y before the product)"),
    Case((_f([1, 2, 4]), _f([0.7] * 3), _f([3, 0.5, 2]), _f([0.7] * 3)),
         note="a constant covariate 0.7 whose mean rounds: var(x) is 1e-32, not 0, yet theta = 0"),
    Case((_f([999999.9] * 4), _f([0.3, 1, 2, 5]), _f([999999.9] * 3), _f([-1, 0.1, 7])),
         note="a constant metric 999999.9 whose mean rounds: variance_reduction = 0"),
    Case((_f([2.1, 2.5, 1.9]), _f([0.1, 0.1000001, 0.1000002]), _f([2.7, 2.2]),
          _f([0.1000003, 0.1000001])),
         note="a covariate with a 1e-7 spread is not constant: theta is about 1.2e6"),
    Case((_f([1.5, 0.2, 0.9, 1.1]), _f([3e-9, -1e-9, 1e-9, 2e-9]), _f([0.4]), _f([-2e-9])),
         note="a covariate of size 1e-9: var(x) is 2e-18, no epsilon may swamp it"),
    Case((_f([0.3, 0.3000001, 0.3000003]), _f([1, 2, 4]), _f([0.3000002, 0.2999999]), _f([3, 0.5])),
         note="a metric with a 1e-7 spread: var(y) is 1e-14, no epsilon may swamp it"),
]


@st.composite
def _inputs(draw):
    value = st.integers(-30, 30).map(lambda v: v / 10)  # tenths: means that round
    n_a = draw(st.integers(1, 8))
    n_b = draw(st.integers(1, 8))

    def column(n):
        return _f(draw(st.lists(value, min_size=n, max_size=n)))

    return column(n_a), column(n_a), column(n_b), column(n_b)


def arguments():
    return _inputs()


def invariant(args, result):
    reduction = result["variance_reduction"]
    if not -1e-9 <= reduction <= 1 + 1e-9:
        return f"variance_reduction {reduction} is outside [0, 1]"
    gap = result["mean_b"] - result["mean_a"]
    if abs(result["diff"] - gap) > 1e-9 + 1e-6 * abs(gap):
        return "diff must equal mean_b - mean_a"
    return None
