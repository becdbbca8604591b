import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_i([1, 2, 3, 4]), _i([0, 1, 1, 3]), _i([2, 2, 5]), _i([1, 2, 2]), 0.95),
         expected={"ratio_control": 0.5, "ratio_treatment": 0.5555555555555556,
                   "difference": 0.05555555555555558, "std_error": 0.21462315843630253,
                   "lower": -0.36509810522783115, "upper": 0.4762092163389423},
         note="control 5 / 10, treatment 5 / 9; residual variances 0.5 and 0.7037"),
    Case((_i([1, 3]), _i([1, 0]), _i([2, 4, 2]), _i([1, 2, 2]), 0.9),
         expected={"ratio_control": 0.25, "ratio_treatment": 0.625, "difference": 0.375,
                   "std_error": 0.4014135180832853, "lower": -0.2852664811266419,
                   "upper": 1.0352664811266419},
         note="two control users, a 90% interval"),
]


def _users(rng, n: int, rate: float, spread: float, heavy: float) -> tuple:
    sessions = 1 + np.minimum(rng.geometric(1.0 / heavy, n) - 1, 999)
    alpha = rate * spread
    beta = (1.0 - rate) * spread
    p = rng.beta(alpha, beta, n)
    clicked = rng.binomial(sessions, p)
    return _i(sessions), _i(clicked)


def _experiment(seed: int, n_c: int, n_t: int, rate: float, lift: float, spread: float,
                heavy: float, level: float) -> tuple:
    rng = np.random.default_rng(seed)
    return (*_users(rng, n_c, rate, spread, heavy), *_users(rng, n_t, rate + lift, spread, heavy),
            level)


HIDDEN = [
    Case((_i([1, 1]), _i([0, 1]), _i([1, 1]), _i([1, 1]), 0.95),
         note="two users per arm; treatment has zero residual variance"),
    Case((_i([3, 3, 3]), _i([1, 1, 1]), _i([2, 4, 6]), _i([1, 2, 3]), 0.95),
         note="clicks proportional to sessions in both arms: std_error 0, a point interval"),
    Case((_i([2, 5, 1]), _i([0, 0, 0]), _i([4, 1, 1]), _i([4, 1, 1]), 0.8),
         note="rates 0 and 1: both arms have zero variance"),
    Case((_i([1, 1, 1, 1000]), _i([1, 0, 1, 10]), _i([1, 2, 1, 1]), _i([1, 1, 0, 1]), 0.95),
         note="one heavy user dominates the control ratio (12 / 1003)"),
    Case((_i([10, 1]), _i([1, 1]), _i([1, 10]), _i([1, 1]), 0.999),
         note="mean of user ratios (0.55) differs from the ratio of sums (2 / 11)"),
    Case((_i([5, 5, 5, 5, 5]), _i([0, 1, 2, 3, 4]), _i([5, 5, 5]), _i([2, 2, 3]), 0.5),
         note="every user has 5 sessions: constant x, so the variance is var(y) / (n * 25); level 0.5"),
    Case(_experiment(1, 50, 60, 0.1, 0.01, 2.0, 3.0, 0.95), note="small random arms"),
    Case(_experiment(2, 2000, 1800, 0.3, -0.02, 0.5, 10.0, 0.9),
         note="clustered users (beta spread 0.5), heavy session counts"),
    Case(_experiment(3, 200000, 200000, 0.05, 0.001, 5.0, 20.0, 0.95),
         note="largest: 200000 users per arm"),
    Case(_experiment(4, 150000, 50000, 0.7, 0.0, 1.0, 2.0, 0.99), note="unequal arms, A/A"),
    Case(_experiment(5, 5000, 5000, 0.01, 0.002, 0.3, 50.0, 0.95),
         note="rare clicks, very heavy users (up to 1000 sessions)"),
    Case(_experiment(6, 3000, 3000, 0.2, 0.01, 100.0, 1.5, 0.95),
         note="nearly independent sessions, few sessions per user"),
]


@st.composite
def _inputs(draw):
    arms = []
    for _ in range(2):
        n = draw(st.integers(2, 12))
        sessions = draw(st.lists(st.integers(1, 30), min_size=n, max_size=n))
        clicked = [draw(st.integers(0, s)) for s in sessions]
        arms += [_i(sessions), _i(clicked)]
    level = draw(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99]))
    return (*arms, level)


def arguments():
    return _inputs()


def invariant(args, result):
    keys = {"ratio_control", "ratio_treatment", "difference", "std_error", "lower", "upper"}
    if set(result) != keys:
        return "the dict must have exactly the keys " + ", ".join(sorted(keys))
    if result["std_error"] < 0:
        return "std_error cannot be negative"
    if not result["lower"] <= result["difference"] <= result["upper"]:
        return "the interval must contain the difference"
    return None
