import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 4, 2, 5], [30, 50, 15, 60], 7), expected=(80, [0, 1]),
         note="pieces 0 and 1 weigh 7 and are worth 80; 2 and 3 are worth only 75"),
    Case(([6, 0, 2], [100, 4, 3], 5), expected=(7, [1, 2]),
         note="piece 0 never fits; the weightless piece always does"),
]


def _items(rng: random.Random, n: int, low: int, high: int, vlow: int,
           vhigh: int) -> tuple[list[int], list[int]]:
    weights = [rng.randint(low, high) for _ in range(n)]
    values = [rng.randint(vlow, vhigh) for _ in range(n)]
    return weights, values


def _correlated(rng: random.Random, n: int, capacity: int) -> tuple:
    # values close to the weights: many near-optimal sets, hard for greedy rules
    weights = [rng.randint(1, 2000) for _ in range(n)]
    values = [w * 100 + rng.randint(0, 99) for w in weights]
    return weights, values, capacity


_rng = random.Random(2718)

HIDDEN = [
    Case(([], [], 10), note="no pieces"),
    Case(([], [], 0), note="no pieces, no room"),
    Case(([5], [9], 5), note="a single piece that fits exactly"),
    Case(([6], [9], 5), note="a single piece that does not fit"),
    Case(([0, 0, 3], [5, 0, 7], 0), note="zero capacity with weightless pieces"),
    Case(([2, 2, 2, 2], [5, 5, 5, 5], 5), note="duplicate pieces: only two fit"),
    Case(([1, 3, 4], [15, 20, 30], 4), note="one of each, not two of the lightest"),
    Case(([10, 20, 30], [60, 100, 120], 50), note="the best ratio is not in the best set"),
    Case(([4, 3, 3], [10, 6, 6], 6), note="greedy by ratio takes piece 0 and stops"),
    Case(([5, 5, 5], [0, 0, 0], 10), note="worthless pieces"),
    Case(([10**4, 5000, 5000], [10**6, 10**6 - 1, 1], 5000), note="extremes"),
    Case((*_items(_rng, 40, 1, 50, 1, 100), 500), note="40 pieces: 2**40 sets"),
    Case(_correlated(_rng, 200, 5000), note="largest, correlated values"),
    Case((*_items(_rng, 200, 1, 10**4, 0, 10**6), 5000), note="largest, random"),
    Case((*_items(_rng, 200, 0, 50, 0, 10**6), 5000), note="largest, light pieces"),
]


def generate(rng):
    n = rng.randint(1, 60)
    return (*_items(rng, n, 0, 60, 0, 1000), rng.randint(0, 500))


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    weights = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    values = draw(st.lists(st.integers(0, 9), min_size=n, max_size=n))
    return weights, values, draw(st.integers(0, 15))


def arguments():
    return _small()


def invariant(args, result):
    weights, values, capacity = args
    best, chosen = result
    chosen = list(chosen)
    if any(not 0 <= i < len(weights) for i in chosen):
        return f"chosen has an index outside 0..{len(weights) - 1}: {chosen}"
    if any(a >= b for a, b in zip(chosen, chosen[1:], strict=False)):
        return f"chosen must be strictly increasing (each piece at most once): {chosen}"
    weight = sum(weights[i] for i in chosen)
    if weight > capacity:
        return f"the chosen pieces weigh {weight}, more than the capacity {capacity}"
    value = sum(values[i] for i in chosen)
    if value != best:
        return f"the chosen pieces are worth {value}, not the claimed {best}"
    return None


def scale(rng, n):
    """n pieces (up to 200) with capacity 25 * n (up to 5000)."""
    return (*_items(rng, n, 1, 100, 0, 10**6), 25 * n)
