import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([5, 4, 3, 6], [50, 30, 20, 70], 7), expected=50,
         note="generators 1 and 2 give exactly 7 kW for 50; generator 3 alone falls short"),
    Case(([3, 3, 12], [10, 10, 25], 6), expected=20,
         note="the 12 kW generator overshoots, but 25 is dearer than two small ones at 20"),
    Case(([2, 2], [1, 1], 5), expected=-1, note="all generators together give only 4 kW"),
]

_rng = random.Random(5150)


def _fleet(rng: random.Random, n: int, low: int, high: int, plow: int,
           phigh: int) -> tuple[list[int], list[int]]:
    outputs = [rng.randint(low, high) for _ in range(n)]
    prices = [rng.randint(plow, phigh) for _ in range(n)]
    return outputs, prices


def _correlated(rng: random.Random, n: int) -> tuple[list[int], list[int]]:
    # prices close to proportional to output: many near-optimal sets, hard for greedy rules
    outputs = [rng.randint(1, 3000) for _ in range(n)]
    prices = [o * 100 + rng.randint(0, 99) for o in outputs]
    return outputs, prices


HIDDEN = [
    Case(([], [], 0), note="no generators, no demand"),
    Case(([], [], 1), note="no generators, some demand"),
    Case(([4, 9], [7, 3], 0), note="no demand: rent nothing"),
    Case(([5], [9], 5), note="a single generator that meets the demand exactly"),
    Case(([4], [9], 5), note="a single generator that falls short"),
    Case(([10**4], [10**6], 1), note="a single huge generator for a tiny demand"),
    Case(([0, 0, 6], [0, 5, 8], 6), note="generators with no output"),
    Case(([3, 0, 2], [0, 0, 0], 5), note="free generators"),
    Case(([2, 2, 2, 2], [5, 5, 5, 5], 5), note="duplicates: three are needed, not two reused"),
    Case(([2, 5], [1, 100], 4), note="the cheap small generator cannot be rented twice"),
    Case(([8, 5, 5], [8, 6, 6], 10), note="greedy by price per kW takes 8 kW first and pays 14"),
    Case(([4, 4, 9], [4, 4, 5], 8), note="the overshooting generator is cheapest"),
    Case(([7, 3, 3], [10, 1, 1], 8), note="overshoot needed: no set sums to exactly 8"),
    Case(([1, 2, 3, 10], [1, 1, 1, 1000], 6), note="every small generator, the big one unused"),
    Case(([10**4] * 3, [10**6, 10**6 - 1, 10**6], 10**4), note="extremes"),
    Case(([10**4, 1], [1, 10**6], 10**4), note="largest output meets the largest demand"),
    Case(([3] * 60, [_rng.randint(1, 9) for _ in range(60)], 91),
         note="60 equal outputs: 2**60 sets, 31 generators needed"),
    Case((*_fleet(_rng, 60, 1, 5, 1, 100), 120), note="60 small generators, 2**60 sets"),
    Case((*_fleet(_rng, 200, 1, 150, 0, 10**6), 10**4), note="largest, random, tight demand"),
    Case(_correlated(_rng, 200) + (10**4,), note="largest, prices nearly proportional"),
    Case((*_fleet(_rng, 200, 0, 10**4, 0, 10**6), 10**4), note="largest, big generators"),
    Case((*_fleet(_rng, 200, 1, 49, 0, 10**6), 10**4), note="largest, all together fall short"),
]


def generate(rng):
    n = rng.randint(1, 60)
    return (*_fleet(rng, n, 0, 60, 0, 1000), rng.randint(0, 700))


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    outputs = draw(st.lists(st.integers(0, 7), min_size=n, max_size=n))
    prices = draw(st.lists(st.integers(0, 9), min_size=n, max_size=n))
    return outputs, prices, draw(st.integers(0, 20))


def arguments():
    return _small()


def invariant(args, result):
    outputs, prices, demand = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result == -1:
        return None if sum(outputs) < demand else \
            f"all generators give {sum(outputs)} kW >= {demand}, so -1 is wrong"
    if sum(outputs) < demand:
        return f"all generators give only {sum(outputs)} kW < {demand}: expected -1"
    if not 0 <= result <= sum(prices):
        return f"the price must lie between 0 and {sum(prices)}, got {result}"
    return None


def scale(rng, n):
    """n generators (up to 200) with demand 50 * n (up to 10**4)."""
    return (*_fleet(rng, n, 1, 100, 0, 10**6), 50 * n)
