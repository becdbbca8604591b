import numpy as np

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([0, 3], [0, 1], 7),
         expected={"arm": 1, "draws": [0.006370652818501594, 0.5405214305495453]},
         note="arm 0 has no data: its posterior is the flat Beta(1, 1); arm 1's is Beta(4, 2)"),
    Case(([2, 30, 5], [8, 60, 10], 3),
         expected={"arm": 0,
                   "draws": [0.4322600353854779, 0.37898747381733316, 0.2519370670895488]},
         note="posterior means 3/11, 31/92, 6/17 favour arm 2, but this seed's draw for the "
              "uncertain arm 0 is the largest, so arm 0 is shown"),
]


def _arms(seed: int, k: int, top: int) -> tuple:
    rng = np.random.default_rng(seed)
    impressions = rng.integers(0, top + 1, size=k)
    rates = rng.uniform(0.001, 0.2, size=k)
    clicks = rng.binomial(impressions, rates)
    return clicks.tolist(), (impressions - clicks).tolist()


HIDDEN = [
    Case(([0], [0], 0), note="one arm, no data, seed 0"),
    Case(([5], [2], 2**32 - 1), note="one arm, the largest seed"),
    Case(([0, 0, 0, 0], [0, 0, 0, 0], 11), note="no data at all: four flat posteriors"),
    Case(([7, 0], [0, 7], 5), note="zero failures and zero successes"),
    Case(([10**9, 10**9 - 1], [10**9, 10**9 - 1], 99),
         note="the largest counts: two nearly identical, very narrow posteriors"),
    Case(([10**9, 0], [0, 10**9], 1), note="extreme posteriors near 1 and near 0"),
    Case(([2, 30, 5], [8, 60, 10], 0), note="seed 0: the arm with the highest mean wins here"),
    Case(([2, 30, 5], [8, 60, 10], 1), note="seed 1"),
    Case(([3, 1, 4, 1, 5], [9, 2, 6, 5, 3], 314159), note="five arms"),
    Case((*_arms(1, 1000, 10**6), 2026), note="1000 arms, up to 1e6 impressions"),
    Case((*_arms(2, 1000, 10), 17), note="1000 arms with little data"),
    Case((*_arms(3, 1000, 10**9), 4000000000), note="1000 arms, up to 1e9 impressions"),
]


def generate(rng):
    k = rng.choice([2, 3, 10, 1000])
    top = rng.choice([0, 5, 100, 10**9])
    return (*_arms(rng.randrange(2**32), k, top), rng.randrange(2**32))


def arguments():
    counts = st.integers(0, 20)
    return st.integers(1, 6).flatmap(lambda k: st.tuples(
        st.lists(counts, min_size=k, max_size=k), st.lists(counts, min_size=k, max_size=k),
        st.integers(0, 2**32 - 1)))


def invariant(args, result):
    draws = result["draws"]
    if len(draws) != len(args[0]):
        return f"{len(draws)} draws for {len(args[0])} arms"
    if any(not 0.0 <= v <= 1.0 for v in draws):
        return "every draw must lie in [0, 1]"
    if type(result["arm"]) is not int:
        return f"arm must be an int, not a {type(result['arm']).__name__}"
    best = max(draws)
    if result["arm"] != draws.index(best):
        return f"arm {result['arm']} is not the lowest index of the largest draw"
    return None
