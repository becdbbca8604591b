import numpy as np

from judge.grading.authoring import Case, st


def _r(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _v(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_r([10.0, 0.0]), _v([1, 4]), 8, 0.5, 1),
         expected={"ratio": 2.0, "lower": 1.5, "upper": 10.0},
         note="the 8 draws are users [0,1], [1,1], [0,0], [1,1], [0,0], [1,0], [0,1], [0,0], "
              "so the sorted replicates are 0, 0, 2, 2, 2, 10, 10, 10; the 25% quantile sits at "
              "position 0.25·7 = 1.75, between 0 and 2: 1.5"),
    Case((_r([0.0, 12.5, 3.0, 0.0, 40.0]), _v([1, 3, 2, 1, 4]), 1000, 0.9, 7),
         expected={"ratio": 55.5 / 11, "lower": 6 / 7, "upper": 145 / 18},
         note="revenue per visit 55.5 / 11 = 5.045; the mean of the users' own ratios would be "
              "3.13 instead"),
    Case((_r([6.0]), _v([3]), 20, 0.95, 0),
         expected={"ratio": 2.0, "lower": 2.0, "upper": 2.0},
         note="one user: every replicate is that user"),
]


def _users(seed: int, n: int, buy_rate: float = 0.3, scale: float = 40.0) -> tuple:
    rng = np.random.default_rng(seed)
    visits = 1 + rng.poisson(rng.gamma(1.5, 2.0, n))
    buys = rng.random(n) < 1 - (1 - buy_rate) ** visits
    revenue = np.where(buys, np.round(rng.lognormal(np.log(scale), 1.0, n), 2), 0.0)
    return revenue, visits.astype(np.int64)


HIDDEN = [
    Case((_r([0.0, 0.0, 0.0]), _v([2, 5, 1]), 100, 0.95, 3), note="nobody bought: all zero"),
    Case((_r([1.0, 3.0]), _v([1, 1]), 1, 0.9, 11), note="a single replicate"),
    Case((_r([0.1] * 6), _v([1] * 6), 50, 0.8, 5), note="constant 0.1 per visit"),
    Case((_r([1000000.0, 0.0, 0.0, 0.0]), _v([1, 10000, 10000, 10000]), 3000, 0.99, 2**32 - 1),
         note="one huge order, heavy visitors, largest seed"),
    Case((_r([5.0, 5.0, 0.0, 20.0]), _v([1, 10, 1, 2]), 999, 0.5, 0),
         note="the mean of per-user ratios (2.5) is far from revenue per visit (30 / 14)"),
    Case(_users(1, 300) + (2000, 0.95, 42), note="300 users"),
    Case(_users(2, 5000, 0.05, 80.0) + (1000, 0.95, 123), note="largest n, rare buyers"),
    Case(_users(3, 1000) + (5000, 0.999, 9), note="largest n_boot, 99.9%: the tails"),
    Case(_users(4, 2500) + (2000, 0.6827, 77), note="one-sigma level"),
    Case(_users(5, 40, 0.5, 10.0) + (4999, 0.9, 2024), note="an odd number of replicates"),
    Case(_users(6, 7, 0.9) + (37, 0.999999, 1), note="tail 5e-7: the quantile sits between the two smallest replicates"),
    Case(_users(7, 333) + (15, 0.01, 8), note="a 1% interval: both quantiles near the median"),
]


def generate(rng):
    n = rng.randint(1, 2500)
    n_boot = rng.randint(1, min(5000, 5_000_000 // n))
    return _users(rng.randrange(2**32), n, rng.uniform(0.01, 0.9)) + (
        n_boot, round(rng.uniform(0.5, 0.999), 4), rng.randrange(2**32))


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 12))
    revenue = draw(st.lists(st.one_of(st.just(0.0), st.integers(1, 500).map(lambda v: v / 4)),
                            min_size=n, max_size=n))
    visits = draw(st.lists(st.integers(1, 9), min_size=n, max_size=n))
    return (_r(revenue), _v(visits), draw(st.integers(1, 200)),
            draw(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99])), draw(st.integers(0, 2**32 - 1)))


def arguments():
    return _inputs()


def invariant(args, result):
    if result["lower"] > result["upper"]:
        return f"lower {result['lower']} is above upper {result['upper']}"
    return None
