import numpy as np

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4890, 5110], [50.0, 50.0], 0.01),
         expected={"statistic": 4.84, "p_value": 0.027806895026997264, "mismatch": False},
         note="a 50/50 split: both arms expect 5000; (110**2 + 110**2) / 5000 = 4.84, p = 0.028"),
    Case(([50400, 49100, 100500], [1.0, 1.0, 2.0], 0.001),
         expected={"statistic": 21.9, "p_value": 1.7558015301105876e-05, "mismatch": True},
         note="a 1:1:2 split: expected 50000, 50000, 100000; dof 2 so p = exp(-21.9 / 2)"),
    Case(([1000, 1000, 1000, 1000, 1000], [1.0, 1.0, 1.0, 1.0, 1.0], 1.0),
         expected={"statistic": 0.0, "p_value": 1.0, "mismatch": False},
         note="a perfect split: p = 1 is not below 1.0, so no alarm"),
]


def _random(seed: int, k: int, n: int, skew: float) -> tuple:
    rng = np.random.default_rng(seed)
    weights = [float(round(w, 3)) for w in rng.uniform(0.01, 100.0, k)]
    probs = np.array(weights) / sum(weights)
    tilted = probs * rng.uniform(1.0 - skew, 1.0 + skew, k)
    counts = [int(c) for c in rng.multinomial(n, tilted / tilted.sum())]
    return counts, weights


HIDDEN = [
    Case(([1, 0], [1.0, 1.0], 0.5), note="the smallest experiment: statistic 1, p = 0.3173"),
    Case(([0, 7, 3], [0.2, 0.5, 0.3], 0.05), note="an empty arm (observed 0) with tenths as weights"),
    Case(([123, 877], [10.0, 90.0], 0.05), note="percent weights: they must be normalised"),
    Case(([3000, 7000], [0.3, 0.7], 0.05), note="exact split, weights not exact in binary"),
    Case(([2100, 1950, 4020], [1.0, 1.0, 2.0], 0.05), note="dof 2, p = 0.0582: no alarm at 0.05"),
    Case(([2100, 1950, 4020], [1.0, 1.0, 2.0], 0.06), note="the same test, alarm at 0.06"),
    Case(([10, 10, 10, 10], [0.1, 0.2, 0.3, 0.4], 0.01), note="dof 3: odd dof with one extra term"),
    Case(([100000000, 99900000], [1.0, 1.0], 0.001), note="2e8 users, a 0.05% imbalance: statistic 50, p = 1.5e-12"),
    Case(([100000000, 90000000], [1.0, 1.0], 1e-300), note="huge statistic: p underflows to 0.0"),
    Case(([1255892, 1255889, 1255892, 1255893, 1255889, 1255890, 1255892, 1255893, 1255890,
           1255889, 1255889], [1.0] * 11, 0.5),
         note="statistic 2.2e-5 with dof 10: the summed tail rounds to 1.0000000000000002, clamp it"),
    Case(([5, 5], [1.0, 1.0], 1.0), note="statistic 0 with dof 1 and threshold 1: no alarm"),
    Case(([8, 4], [2.0, 1.0], 1.0), note="statistic 0 with weights 2:1"),
    Case(([5, 6], [1.0, 1.0], 1.0), note="any positive statistic gives p < 1: alarm at threshold 1"),
    Case(([4, 4, 4, 4], [1.0, 1.0, 1.0, 1.0], 1.0), note="statistic 0 with odd dof 3"),
    Case(([7, 7, 7], [1.0, 1.0, 1.0], 1.0), note="statistic 0 with even dof 2"),
    Case(([1, 2, 3], [0.01, 0.01, 100.0], 0.5), note="weights at both ends of their range"),
    Case((*_random(1, 2, 20000, 0.05), 0.05), note="random 2 arms"),
    Case((*_random(2, 5, 100000, 0.02), 0.01), note="random 5 arms"),
    Case((*_random(3, 12, 10**8, 0.001), 0.001), note="largest: 12 arms, 1e8 users, odd dof 11"),
    Case((*_random(4, 11, 10**8, 0.0005), 0.001), note="11 arms, 1e8 users, even dof 10"),
    Case((*_random(5, 12, 5000, 0.0), 0.2), note="12 arms, a correct split"),
    Case((*_random(6, 9, 3000000, 0.01), 0.05), note="9 arms, a broken split"),
]


@st.composite
def _inputs(draw):
    k = draw(st.integers(2, 6))
    counts = draw(st.lists(st.integers(0, 400), min_size=k, max_size=k))
    if sum(counts) == 0:
        counts[0] = 1
    weights = draw(st.lists(st.floats(0.01, 100.0), min_size=k, max_size=k))
    threshold = draw(st.sampled_from([0.001, 0.01, 0.05, 0.1, 0.5, 1.0]))
    return counts, weights, threshold


def arguments():
    return _inputs()


def invariant(args, result):
    if set(result) != {"statistic", "p_value", "mismatch"}:
        return "the dict must have exactly the keys statistic, p_value and mismatch"
    if type(result["mismatch"]) is not bool:
        return f"mismatch must be a bool, not a {type(result['mismatch']).__name__}"
    if not 0.0 <= result["p_value"] <= 1.0:
        return f"p_value {result['p_value']} is not in [0, 1]"
    if result["statistic"] < 0.0:
        return "the statistic cannot be negative"
    if result["mismatch"] != (result["p_value"] < args[2]):
        return "mismatch must be exactly p_value < threshold"
    return None
