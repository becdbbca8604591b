import math

import numpy as np

from judge.grading.authoring import Case, st


def _posterior(precision: float, weighted: float) -> list:
    return [weighted / precision, 1 / math.sqrt(precision)]


def _tail(threshold: float, mean: float, sd: float) -> float:
    return 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2)))


SAMPLES = [
    Case((0.0, 2.0, 1.0, [[1.0, 2.0, 3.0]], 1.0),
         expected={"mean": 24 / 13, "sd": 1 / math.sqrt(3.25),
                   "prob_above": _tail(1.0, 24 / 13, 1 / math.sqrt(3.25)),
                   "path": [[24 / 13, 1 / math.sqrt(3.25)]]},
         note="precision 1/4 + 3/1 = 3.25; mean (0/4 + 6/1) / 3.25 = 24/13 = 1.846; "
              "P(mu > 1) = 0.936"),
    Case((10.0, 1.0, 2.0, [[12.0], [], [8.0, 14.0]], 10.0),
         expected={"mean": 18.5 / 1.75, "sd": 1 / math.sqrt(1.75),
                   "prob_above": _tail(10.0, 18.5 / 1.75, 1 / math.sqrt(1.75)),
                   "path": [_posterior(1.25, 13.0), _posterior(1.25, 13.0),
                            _posterior(1.75, 18.5)]},
         note="one reading of 12: precision 1 + 1/4, mean (10 + 12/4) / 1.25 = 10.4; the empty "
              "morning changes nothing; then 8 and 14: precision 1.75, mean 18.5 / 1.75 = 10.57"),
    Case((3.0, 0.5, 1.0, [], 3.0),
         expected={"mean": 3.0, "sd": 0.5, "prob_above": 0.5, "path": []},
         note="no readings: the posterior is the prior N(3, 0.5²), and P(mu > 3) = 1/2"),
]


def _mornings(seed: int, n_batches: int, total: int, mu: float, sigma: float,
              empty_share: float = 0.1) -> list:
    rng = np.random.default_rng(seed)
    cuts = np.sort(rng.integers(0, total + 1, n_batches - 1))
    sizes = np.diff(np.concatenate([[0], cuts, [total]]))
    sizes[rng.random(n_batches) < empty_share] = 0
    return [np.round(rng.normal(mu, sigma, k), 2).tolist() for k in sizes]


HIDDEN = [
    Case((-2.5, 1.5, 4.0, [], 0.0), note="no batches: the prior's tail P(mu > 0)"),
    Case((1.0, 3.0, 2.0, [[], [], []], 2.0), note="three empty mornings: the prior three times"),
    Case((1.0, 3.0, 2.0, [[], [4.0, 5.5]], 2.0), note="an empty first morning"),
    Case((0.0, 1e6, 0.5, [[5.2, 4.8, 5.1]], 5.0),
         note="a nearly flat prior: mean = 5.0333 (the readings' mean), sd = 0.5/sqrt(3)"),
    Case((7.0, 1e-3, 1000.0, [[9000.0, -8000.0, 9500.0, 10000.0]], 7.0),
         note="a nearly certain prior: the far-off readings barely move it"),
    Case((0.0, 1.0, 1.0, [[2.0]], 0.5), note="one reading with tau0 = sigma: the mean halves the gap"),
    Case((0.0, 0.5, 3.0, [[2.5]], 0.1), note="one reading, tau0 != sigma"),
    Case((4.0, 2.0, 0.7, [[3.1, 3.3, 2.9, 3.4, 3.0]], 3.1605661298194234),
         note="threshold at the posterior mean: prob_above = 1/2"),
    Case((0.0, 10.0, 1.0, [[0.1, -0.2, 0.3, 0.0]], 4.0), note="threshold far above: a tail of 1.3e-15"),
    Case((0.0, 10.0, 1.0, [[0.1, -0.2, 0.3, 0.0]], -2.5), note="threshold far below: prob_above near 1"),
    Case((-12.0, 5.0, 2.5, [[-15.5, -14.0], [-16.2], [-13.9, -15.0, -14.4]], -13.0),
         note="a negative offset over three mornings"),
    Case((0.0, 0.3, 5.0, [[1.5, 4.0, -2.0, 3.5, 6.0, 0.5]], 0.4),
         note="readings spread far more than sigma: the sample sd must not replace sigma"),
    Case((0.3, 0.1, 0.1, [[0.1] * 10, [0.7] * 3], 0.3), note="tenths, tau0 = sigma = 0.1"),
    Case((10000.0, 1e6, 0.1, [[10000.0, 9999.9] * 20], 9999.96),
         note="readings near 1e4 with sigma = 0.1: the tail is near 0.5 and must keep its digits"),
    Case((-10000.0, 1e-3, 0.1, [[10000.0] * 5], -9990.005),
         note="a tight prior (precision 1e6) against five readings 2e4 away (precision 500): "
              "the mean moves by 10"),
    Case((0.0, 2.0, 3.0, _mornings(1, 1000, 200_000, 0.8, 3.0), 0.79),
         note="largest: 1000 mornings, 2e5 readings"),
    Case((5.0, 1e6, 1000.0, _mornings(2, 1, 200_000, -3.0, 1000.0, 0.0), 0.0),
         note="largest single batch: 2e5 noisy readings"),
    Case((1.0, 1.0, 1.0, _mornings(3, 400, 800, 1.2, 1.0, 0.5), 1.1), note="many mornings, half empty"),
]


def generate(rng) -> tuple:
    seed = rng.randrange(10**9)
    tau0 = 10 ** rng.uniform(-3, 6)
    sigma = 10 ** rng.uniform(-1, 3)
    mu0 = round(rng.uniform(-100, 100), 2)
    mu = round(rng.uniform(-100, 100), 2)
    n_batches = rng.choice([1, 3, 20, 300])
    total = rng.choice([0, 5, 200, 20_000])
    batches = _mornings(seed, n_batches, total, mu, sigma, rng.choice([0.0, 0.3]))
    # a threshold near the posterior, so that the tail is neither 0 nor 1
    precision = 1 / tau0**2 + sum(map(len, batches)) / sigma**2
    mean = (mu0 / tau0**2 + math.fsum(math.fsum(b) for b in batches) / sigma**2) / precision
    threshold = round(mean + rng.uniform(-2, 2) / math.sqrt(precision), 4)
    return mu0, tau0, sigma, batches, max(-1e4, min(1e4, threshold))


@st.composite
def _inputs(draw):
    tenth = st.integers(-50, 50).map(lambda v: v / 10)
    mu0 = draw(tenth)
    tau0 = draw(st.sampled_from([1e-3, 0.3, 1.0, 2.0, 10.0, 1e6]))
    sigma = draw(st.sampled_from([0.1, 0.5, 1.0, 3.0, 1000.0]))
    batches = draw(st.lists(st.lists(tenth, max_size=5), max_size=5))
    return mu0, tau0, sigma, batches, draw(tenth)


def arguments():
    return _inputs()


def invariant(args, result):
    tau0, batches = args[1], args[3]
    p = result["prob_above"]
    if not 0.0 <= p <= 1.0:
        return f"prob_above {p} is not a probability"
    if result["sd"] > tau0 * (1 + 1e-9):
        return f"the posterior sd {result['sd']} exceeds the prior's {tau0}"
    path = result["path"]
    if len(path) != len(batches):
        return f"path has {len(path)} pairs for {len(batches)} batches"
    if path:
        for got, want in zip(path[-1], (result["mean"], result["sd"])):
            if abs(got - want) > 1e-9 + 1e-6 * abs(want):
                return f"the last pair of path {path[-1]} is not [mean, sd]"
    return None
