import random
from collections import Counter

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([5, 2, 6, 5], 7, 11), expected=[[2, 5], [2, 6], [5, 5], [5, 6]],
         note="the two 5s make one pack [5, 5]; [2, 5] is listed once"),
    Case(([3, 3, 3], 3, 6), expected=[[3], [3, 3]]),
    Case(([4, 1], 10, 20), expected=[], note="even all bars together fall short"),
]


def _random(rng: random.Random, n: int, top: int) -> list[int]:
    return [rng.randint(1, top) for _ in range(n)]


_rng = random.Random(1234)

HIDDEN = [
    Case(([], 1, 5), note="empty shelf"),
    Case(([7], 7, 7), note="a single bar, exactly the budget"),
    Case(([7], 1, 6), note="a single bar, too heavy"),
    Case(([2, 2, 2, 2], 4, 6), note="all duplicates"),
    Case(([1, 2, 3, 4], 1, 10**6), note="every pack fits"),
    Case(([10**4, 10**4, 1], 10**4, 10**4 + 1), note="extreme weights"),
    Case(([9, 1, 8, 2, 7, 3], 10, 10), note="an exact total"),
    Case(([10**4] * 40, 10**4 * 3, 10**4 * 5), note="forty equal bars"),
    Case((_random(_rng, 40, 60), 30, 58), note="largest, light bars"),
    Case((_random(_rng, 40, 400), 150, 320), note="largest, mixed bars"),
    Case((list(range(1, 41)), 20, 45), note="largest, all different"),
]


def generate(rng):
    n = rng.randint(0, 18)
    top = rng.choice([5, 20, 100])
    weights = _random(rng, n, top)
    high = rng.randint(1, 3 * top)
    return weights, rng.randint(1, high), high


def arguments():
    return st.tuples(st.lists(st.integers(1, 6), max_size=8), st.integers(1, 12),
                     st.integers(0, 8)).map(lambda t: (t[0], t[1], t[1] + t[2]))


def invariant(args, result):
    weights, low, high = args
    stock = Counter(weights)
    for pack in result:
        if not pack:
            return "a pack must not be empty"
        if list(pack) != sorted(pack):
            return f"pack {pack} is not in non-decreasing order"
        if not low <= sum(pack) <= high:
            return f"pack {pack} totals {sum(pack)}, outside [{low}, {high}]"
        if Counter(pack) - stock:
            return f"pack {pack} uses more bars than the shelf holds"
    packs = [list(pack) for pack in result]
    if any(a >= b for a, b in zip(packs, packs[1:], strict=False)):
        return "packs are repeated or not in lexicographic order"
    return None
